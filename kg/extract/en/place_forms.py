"""The forms a place's organisation is printed in ("Hubei province", "Wuhan City"): kept as
aliases of the place's organisation ("Hubei"), so each printed form names it in the graph and
across articles."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.alternation import longest_first
from kg.extract.en.lexicon import get_lexicon
from kg.model import Article, Extraction
from kg.vocab import Vocab


def add_place_forms(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add to each organisation named by a listed place the forms "<place> <place suffix>" the
    text prints (`place_suffixes` of kg/vocab/en.yml, any case)."""
    lex = get_lexicon(vocab)
    suffixes = longest_first(lex.place_suffixes)
    lower = longest_first(s.casefold() for s in lex.place_suffixes)
    capital = longest_first(s.capitalize() for s in lex.place_suffixes)
    for i, org in enumerate(found.orgs):
        if org.name.casefold() in lex.places:
            pattern = re.compile(
                rf"(?<![\w-]){re.escape(org.name)}\s+(?:{suffixes})(?![\w-])", re.I
            )
        elif _PLAIN_NAME.fullmatch(org.name):
            # a place the lexicon does not list, printed with a lower-case ending ("Riverton
            # district": a company's name is never so followed) or a capitalised one that ends
            # the name ("Vice Governor of Yunhe Province,", not "Yunhe City Commercial Bank")
            pattern = re.compile(
                rf"(?<![\w-]){re.escape(org.name)}\s+"
                rf"(?:(?:{lower})(?![\w-])|(?:{capital})(?![\w-])(?!\s+[A-Z]|'s|’s))"
            )
        else:
            continue
        printed = sorted({" ".join(m.group().split()) for m in pattern.finditer(article.body)})
        extra = tuple(p for p in printed if p != org.name and p not in org.aliases)
        if extra:
            found.orgs[i] = replace(org, aliases=org.aliases + extra)


_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
