"""Resolving names to canonical keys: which node a mention belongs to.

Persons are keyed by their folded Latin (pinyin) name, so "何文建" (read as He
Wenjian) and an English "He Wenjian" meet, while "Lu Dong" and "Lu Dongliang"
stay apart. Organisations are keyed by the alias table (kg/vocab/org_aliases.yml)
when any of their names is in it, else by their own folded name; abbreviations an
article defines join the name they abbreviate within that article.
"""
from __future__ import annotations

from functools import lru_cache

from kg.model import Extraction
from kg.vocab import Vocab, fold, load_lexicon


def person_key(name: str) -> str:
    """The merge key of a person name (Latin script, family name first)."""
    return fold(name)


@lru_cache(maxsize=1)
def _spelling() -> tuple[tuple[str, str], ...]:
    variants = load_lexicon("spelling").get("organisation_name_variants") or {}
    return tuple(sorted(variants.items()))


def org_fold(name: str) -> str:
    """The folded organisation name with spelling variants unified."""
    key = fold(name)
    for variant, standard in _spelling():
        key = key.replace(variant, standard)
    return key


class Resolver:
    """Maps the organisation names one article uses to canonical organisation keys."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._table = {org_fold(n): k for n, k in vocab.org_names()}

    def known_key(self, name: str) -> str | None:
        """The alias-table key of `name`, if it is a known organisation name."""
        return self.vocab.org_key(name) or self._table.get(org_fold(name))

    def free_key(self, name: str) -> str:
        """The key of an organisation the table does not know."""
        key = org_fold(name)
        return f"{key}~" if key in self.vocab.orgs else key

    def org_keys(self, extraction: Extraction) -> dict[str, str]:
        """Every organisation name of the article (mentions, aliases, role and event orgs) -> key."""
        keys: dict[str, str] = {}
        for mention in extraction.orgs:
            names = (mention.name, *mention.aliases) + ((mention.native,) if mention.native else ())
            key = next((k for k in map(self.known_key, names) if k), None) or self.free_key(mention.name)
            for name in names:
                keys.setdefault(name, key)
        return keys

    def org_key(self, name: str, article_keys: dict[str, str]) -> str:
        """The key of an organisation name used in an article."""
        return article_keys.get(name) or self.known_key(name) or self.free_key(name)
