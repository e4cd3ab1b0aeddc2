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
from dataclasses import replace
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
    if dropped:
        found.orgs[:] = [o for o in found.orgs if o.name not in dropped]
        found.roles[:] = [r for r in found.roles if r.org not in dropped]
    _to_named_organs(article, vocab, found, implied)


def _to_named_organs(article: Article, vocab: Vocab, found: Extraction, implied: set) -> None:
    """An implied post goes to the organ the text names for its organisation: "General Secretary
    X" on a page that names the CPC Central Committee (党中央, 中共中央) is that committee's, as
    the post's full title says (`implied_org_organs`). The party is then no organisation of the
    page unless it holds another post there or the text names it outside other bodies' names."""
    organs = load_lexicon("en").get("implied_org_organs") or {}
    for whole, organ in sorted(organs.items()):
        whole_key, organ_key = vocab.org_key(whole), vocab.org_key(organ)
        if whole_key not in implied or organ_key is None:
            continue
        parties = [o.name for o in found.orgs if vocab.org_key(o.name) == whole_key]
        named = [  # by its name or a short name ("X (CPC) Central Committee": CPC Central Committee)
            o.name
            for o in found.orgs
            if organ_key in {vocab.org_key(n) for n in (o.name, *o.aliases)}
        ]
        if not parties or not named:
            continue
        titles = set(_implied_titles(whole))
        found.roles[:] = [
            replace(r, org=named[0]) if r.org in parties and r.role in titles else r
            for r in found.roles
        ]
        if any(r.org in parties for r in found.roles):
            continue
        others = [o.name for o in found.orgs if o.name not in parties]
        if not _named(_blanked(article.body, others), _names_of(vocab, whole_key)):
            found.orgs[:] = [o for o in found.orgs if o.name not in parties]


def _implied_titles(whole: str) -> tuple[str, ...]:
    """The role notations whose implied organisation is `whole` (en.yml's `implicit_orgs`)."""
    en = load_lexicon("en").get("implicit_orgs") or {}
    return tuple(sorted(role for role, name in en.items() if name == whole))


def _blanked(text: str, names: list[str]) -> str:
    """The text with the given names blanked out, longest first."""
    for name in sorted(set(names), key=len, reverse=True):
        text = text.replace(name, " " * len(name))
    return text


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
