"""Organisation names folded for comparison: spelling variants unified (`org_fold`), one generic
corporate ending cut (`org_stem`), group names told (`is_group_name`); the word lists are
kg/vocab/org_matching.yml. Used where names are compared: the resolver of keys
(kg.assemble.resolve) and extractors (kg.extract.headline_forms)."""

from __future__ import annotations

from functools import lru_cache

from kg.vocab import fold, load_lexicon


@lru_cache(maxsize=1)
def _spelling() -> tuple[tuple[str, str], ...]:
    variants = load_lexicon("org_matching").get("organisation_name_variants") or {}
    return tuple(sorted(variants.items()))


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    endings = load_lexicon("org_matching").get("generic_endings") or []
    return tuple(sorted({fold(e) for e in endings}, key=lambda e: (-len(e), e)))


@lru_cache(maxsize=1 << 16)
def org_stem(name: str) -> str:
    """The folded name without one generic corporate ending ("Hengda Copper Group" -> "hengdacopper")."""
    key = org_fold(name)
    for ending in _endings():
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return key


@lru_cache(maxsize=1)
def _group_endings() -> tuple[str, ...]:
    endings = load_lexicon("org_matching").get("group_endings") or []
    return tuple(sorted({fold(e) for e in endings}, key=lambda e: (-len(e), e)))


def is_group_name(name: str) -> bool:
    """A name ending in a word for a group of companies ("Hengda Copper Group", "恒达铜业集团")."""
    key = org_fold(name)
    return any(key.endswith(e) and len(key) > len(e) + 1 for e in _group_endings())


@lru_cache(maxsize=1 << 16)
def org_fold(name: str) -> str:
    """The folded organisation name with spelling variants unified."""
    key = fold(name)
    for variant, standard in _spelling():
        key = key.replace(variant, standard)
    return key
