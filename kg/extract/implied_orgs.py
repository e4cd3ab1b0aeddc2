"""An organisation a title implies is kept only where the article names it.

A few titles carry their organisation without printing it: "General Secretary X" and
"X总书记" are the Communist Party's (`implicit_orgs` in en.yml, `implied_orgs` in zh.yml). The
roles extractors give such a title its organisation, which makes the article mention an
organisation it never names: a page that only quotes "General Secretary X's important speech"
would list the party beside the companies and offices it does name. The graph model's
articles mention what they name, so where none of the organisation's names (the alias table's,
and for the party the Chinese phrases that name it, `party_phrases`) occurs in the text, the
organisation and the roles given to it are dropped. The role is not lost for a reader: a
head of a party is known without this article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Article, Extraction
from kg.vocab import Vocab, load_lexicon


def drop_unnamed_implied_orgs(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Drop implied organisations the text never names, with the roles given to them."""
    implied = {vocab.org_key(name) for name in _implied_names()} - {None}
    dropped = {
        org.name
        for org in found.orgs
        if vocab.org_key(org.name) in implied
        and not _named(article.body, _names_of(vocab, vocab.org_key(org.name)))
    }
    if not dropped:
        return
    found.orgs[:] = [o for o in found.orgs if o.name not in dropped]
    found.roles[:] = [r for r in found.roles if r.org not in dropped]


@lru_cache(maxsize=1)
def _implied_names() -> tuple[str, ...]:
    en = load_lexicon("en").get("implicit_orgs") or {}
    zh = load_lexicon("zh").get("implied_orgs") or {}
    return tuple(sorted({*en.values(), *zh.values()}))


def _names_of(vocab: Vocab, key: str | None) -> tuple[str, ...]:
    entry = vocab.orgs.get(key) if key else None
    names = (entry.label, *entry.names) if entry else ()
    party = load_lexicon("zh").get("party_phrases") or ()
    if any(name == load_lexicon("zh").get("party_name") for name in names):
        names = (*names, *party)
    return tuple(names)


def _named(text: str, names: tuple[str, ...]) -> bool:
    return any(_pattern(name).search(text) for name in names)


@lru_cache(maxsize=256)
def _pattern(name: str) -> re.Pattern[str]:
    if name.isascii():
        return re.compile(rf"\b{re.escape(name)}\b")
    return re.compile(re.escape(name))
