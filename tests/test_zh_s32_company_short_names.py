"""Within one article, a company's bare short name ("嘉船") and its name with a company's ending
("嘉船公司") are one organisation, though a bare Han name could be read as a place's government;
a group's name and a bare name stay apart (the bare name is as often its listed company), and a
place with its level ("岷川市") is not joined to a company. Invented names only.
"""

from __future__ import annotations

import pytest
from kg.assemble.resolve import Resolver
from kg.model import Extraction, OrgMention
from kg.read import make_article
from kg.vocab import load_vocab

RESOLVER = Resolver(load_vocab())


def keys(*names: str) -> dict[str, str]:
    article = make_article(
        "a.txt",
        "虚构的组织名称测试标题\ndate:2024-05-06\n\n这是一篇为测试而虚构的新闻正文，讲述几家单位的会议。\n",
    )
    found = Extraction(article)
    found.orgs.extend(OrgMention(n, None) for n in names)  # type: ignore[arg-type]
    return RESOLVER.org_keys(found)


@pytest.mark.parametrize("short, long", [("嘉船", "嘉船公司"), ("澜岙", "澜岙股份有限公司")])
def test_a_companys_short_name_joins_its_full_name(short, long):
    got = keys(long, short)
    assert got[short] == got[long]


@pytest.mark.parametrize("short, long", [("澜岙", "澜岙集团"), ("岷川市", "岷川市公司")])
def test_a_group_or_a_place_with_its_level_stays_apart(short, long):
    got = keys(long, short)
    assert got[short] != got[long]


def test_a_listed_place_stays_apart_from_a_branch_of_its_name():
    got = keys("四川公司", "四川")  # a group's Sichuan company, and the province
    assert got["四川"] != got["四川公司"]
