"""Two Chinese cities spelt alike in pinyin ("Taizhou" is 泰州 and 台州) are not one organisation
across English articles: each article's city of that name is its own; other cities still join.

All people and companies here are invented for the tests.
"""

from __future__ import annotations

from kg.assemble.resolve import Resolver
from kg.model import Extraction, OrgMention
from kg.read import make_article
from kg.vocab import load_vocab

RESOLVER = Resolver(load_vocab())
TEXT = "Invented headline about a city\ndate:2024-05-06\n\nThe city government met investors.\n"


def keys(ident: str, *names: str) -> dict[str, str]:
    found = Extraction(make_article(ident, TEXT))
    found.orgs.extend(OrgMention(n, None) for n in names)  # type: ignore[arg-type]
    return RESOLVER.org_keys(found)


def test_a_shared_spelling_is_each_articles_own():
    a = keys("a.txt", "Taizhou Municipal Government", "Taizhou")
    b = keys("b.txt", "Taizhou Municipal Government")
    assert a["Taizhou"] == a["Taizhou Municipal Government"]  # one city within the article
    assert a["Taizhou Municipal Government"] != b["Taizhou Municipal Government"]


def test_a_city_of_its_own_spelling_still_joins_across_articles():
    a = keys("a.txt", "Wenzhou Municipal Government")
    b = keys("b.txt", "Wenzhou Municipal Government")
    assert a["Wenzhou Municipal Government"] == b["Wenzhou Municipal Government"]
