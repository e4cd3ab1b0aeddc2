"""A company's brand printed alone, read as the company ("Kestrel said ..." beside "Kestrel Foods
Inc."): one organisation of the article, not two.

English company news names a company once in full, with its legal form, and then by its brand.
A brand (one word, no place, industry, suffix or other generic word) that opens exactly one longer
name of the same article, the rest of which is capitalised and ends with a legal form
(`legal_suffixes` of kg/vocab/en.yml), is that company: its roles, events and parents go to the
full name, and the brand's own mention goes. Names with a group's word in them ("X Holdings Ltd",
"X Group Co., Ltd.") are left alone: beside them the bare name is as often the listed company or
a subsidiary. The brand is not written as a name of the company (a node's names are shared by
every article), and a name the alias table gives to another organisation is never folded.
"""

from __future__ import annotations

from kg.extract.en.lexicon import get_lexicon
from kg.extract.headline_forms import rename_orgs
from kg.model import Article, Extraction
from kg.vocab import Vocab


def fold_brand_names(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Read each bare brand of a company's full name in the article as that company."""
    lex = get_lexicon(vocab)
    legal = {w.casefold() for w in lex.words("legal_suffixes")}
    groups = {w.casefold() for w in lex.words("group_words_in_names")}
    names = sorted({o.name for o in found.orgs})
    folded: dict[str, str] = {}
    for brand in names:
        word = brand.casefold().strip(".,")
        if (
            " " in brand
            or word in lex.generic_words
            or word in lex.places
            or word in lex.folded("countries")  # "Ambassador of Egypt": no "Egypt X Company"
            or word in legal
        ):
            continue  # one word of no generic kind: "Ras Kharima" may be the emirate
        owners = [n for n in names if n.startswith(brand + " ") and _company_tail(n, brand, legal)]
        if len(owners) != 1 or any(w.casefold().strip(".,") in groups for w in owners[0].split()):
            continue
        if vocab.org_key(brand) in (None, vocab.org_key(owners[0])):
            folded[brand] = owners[0]
    if folded:
        rename_orgs(found, folded)


def _company_tail(name: str, brand: str, legal: set[str]) -> bool:
    """Whether the words after `brand` are capitalised and end with a legal form ("Foods Inc.")."""
    tail = name[len(brand) :].split()
    return (
        bool(tail)
        and all(w[:1].isupper() for w in tail)
        and tail[-1].casefold().strip(".,") in legal
    )
