"""Within one article, a Chinese organisation's name printed with its places less fully is the
same organisation: "上海X集团" and "X集团", "甘肃省某市第一人民医院" and "某第一人民医院",
"某区卫健委" and "区卫健委", a branch with and without its bank's legal form. Names that are
not organisations' never become places ("X集团" is no place government).

All names and organisations here are invented for the tests.
"""

from __future__ import annotations

import pytest
from kg.assemble.resolve import Resolver
from kg.model import Extraction, OrgMention
from kg.orgnames import place_shortenings
from kg.placenames import place_body
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


@pytest.mark.parametrize(
    "long,short",
    [
        ("上海澜岙集团", "澜岙集团"),
        ("甘肃省岷川市第一人民医院", "岷川第一人民医院"),
        ("甘肃省岷川市第一人民医院", "第一人民医院"),
        ("青禾区卫健委", "区卫健委"),
        ("浦岚银行股份有限公司城东分行", "浦岚银行城东分行"),
    ],
)
def test_a_shorter_form_joins_its_full_name(long, short):
    assert short in place_shortenings(long)
    got = keys(long, short)
    assert got[short] == got[long]


def test_two_candidates_join_neither():
    got = keys("岷川市第一人民医院", "青禾市第一人民医院", "第一人民医院")
    assert got["第一人民医院"] not in (got["岷川市第一人民医院"], got["青禾市第一人民医院"])


@pytest.mark.parametrize(
    "long,short",
    [
        ("市第一人民医院", "人民医院"),  # an ordinal is no place
        ("中国澜岙银行", "澜岙银行"),  # 中国 is not dropped here
        ("岷川市第一人民医院", "岷川"),  # a place alone is no shorter organisation
    ],
)
def test_other_shortenings_are_not_read(long, short):
    got = keys(long, short)
    assert got[short] != got[long]


@pytest.mark.parametrize("name", ["邮岚集团", "澜岙集团公司", "青禾区卫健委", "城东分行"])
def test_an_organisation_name_is_no_place(name):
    assert place_body(name) is None


@pytest.mark.parametrize("name", ["安徽", "岷川", "防城港"])
def test_a_bare_place_is_still_one(name):
    assert place_body(name) is not None
