"""Organisation names folded for comparison: spelling variants unified (`org_fold`), one generic
corporate ending cut (`org_stem`), group names told (`is_group_name`), generic names that say
what an organisation does but not whose it is told (`is_generic`); the word lists are
kg/vocab/org_matching.yml. Used where names are compared: the resolver of keys
(kg.assemble.resolve) and extractors (kg.extract.headline_forms)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.hanzi import simplified
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


@lru_cache(maxsize=1)
def _generic_rules() -> tuple[frozenset[str], frozenset[str], str, frozenset[str]]:
    data = load_lexicon("org_matching")
    return (
        frozenset(w.casefold() for w in data.get("generic_heads") or []),
        frozenset(w.casefold() for w in data.get("generic_fields") or []),
        str(data.get("generic_han_openers") or ""),
        frozenset(data.get("generic_han_units") or []),
    )


@lru_cache(maxsize=1 << 14)
def is_generic(name: str) -> bool:
    """A name that says what an organisation does but not whose it is ("Ministry of Finance",
    "市政协", "组织部"): see `generic_heads` in kg/vocab/org_matching.yml."""
    heads, fields, openers, units = _generic_rules()
    if any("\u3400" <= ch <= "\u9fff" for ch in name):
        name = simplified(name)  # "國際處" is "国际处"
        return name in units or (len(name) <= 8 and name[0] in openers) or _field_unit(name)
    words = re.findall(r"[A-Za-z'’&]+", name.casefold())
    if bool(words) and words[0] in heads and all(w in fields for w in words[1:]):
        return True
    if len(words) > 1 and words[-1] in heads and all(w in fields or w in heads for w in words):
        return True  # the head last: "Foreign Ministry", "Propaganda Department"
    return _unit_of_a_field(name, heads)


def _unit_of_a_field(name: str, heads: frozenset[str]) -> bool:
    """A generic head, "of" or "for", then words none of which says whose the unit is: no
    acronym, no place, country or people's adjective of the English lexicon ("Department of
    Strategic Development", "Office of the President"; not "Department of Health of Lanshan",
    "Office of SASAC")."""
    words = re.findall(r"[A-Za-z'’&-]+", name)
    if len(words) < 3 or words[0].casefold() not in heads or words[1] not in ("of", "for"):
        return False
    if any(w in ("of", "in") for w in words[2:]):
        return False  # "Department of Health of Arland": a second "of" names whose it is
    owners = _owner_words()
    rest = [w for w in words[2:] if w not in ("the", "and", "&")]
    return (
        bool(rest)
        and not any((w.isupper() and len(w) > 1) or w.casefold() in owners for w in rest)
        and not any(" ".join(rest[i : i + 2]).casefold() in owners for i in range(len(rest) - 1))
    )


@lru_cache(maxsize=1)
def _owner_words() -> frozenset[str]:
    """Places, countries, peoples' adjectives and organisation words (`org_suffixes`) of
    kg/vocab/en.yml: words that say whose a unit is ("of Kestrel Mining", "of the State Council")."""
    data = load_lexicon("en")
    words = [
        *(data.get("org_suffixes") or ()),
        *(data.get("places") or ()),
        *(data.get("world_places") or ()),
        *(data.get("countries") or ()),
        *(data.get("demonyms") or {}),
    ]
    return frozenset(str(w).casefold() for w in words)


@lru_cache(maxsize=1)
def _han_unit_rules() -> tuple[tuple[str, ...], frozenset[str], int]:
    data = load_lexicon("org_matching")
    endings = sorted(data.get("generic_han_unit_endings") or [], key=len, reverse=True)
    fields = frozenset(data.get("generic_han_fields") or [])
    return tuple(endings), fields, max((len(f) for f in fields), default=0)


def _field_unit(name: str) -> bool:
    """A unit named only by its field ("国际教育学院", "科研处"): field words, then a unit ending."""
    endings, fields, longest = _han_unit_rules()
    return any(
        name.endswith(ending)
        and len(name) > len(ending)
        and _field_words_only(name[: -len(ending)], fields, longest)
        for ending in endings
    )


def _field_words_only(text: str, fields: frozenset[str], longest: int) -> bool:
    """Whether `text` is a sequence of `fields` (each word at most `longest` characters)."""
    ends = {0}  # offsets a sequence of field words can reach
    for i in range(len(text)):
        if i in ends:
            ends.update(
                j for j in range(i + 1, min(len(text), i + longest) + 1) if text[i:j] in fields
            )
    return len(text) in ends
