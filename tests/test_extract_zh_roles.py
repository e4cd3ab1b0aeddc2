"""Chinese roles: title chains, organisations before them, lists, implied organisations, former roles."""
from __future__ import annotations

import pytest
from zh_article import roles_of, zh_extract

HEADLINE = "宏达化工召开年度工作会议"


@pytest.mark.parametrize("body, expected", [
    ("宏达化工党委书记、董事长孙立平出席会议。",
     {("Sun Liping", "party-secretary", "宏达化工", "current"), ("Sun Liping", "chairman", "宏达化工", "current")}),
    ("宏达化工党委副书记、工会主席曾晓梅主持会议。",
     {("Zeng Xiaomei", "deputy-party-secretary", "宏达化工", "current"),
      ("Zeng Xiaomei", "union-chairman", "宏达化工", "current")}),
    ("公司领导班子成员芦军、马征宇出席会议。",
     {("Lu Jun", "leadership-member", "宏达化工", "current"), ("Ma Zhengyu", "leadership-member", "宏达化工", "current")}),
    ("南方电网公司副总经理郑洁出席。", {("Zheng Jie", "deputy-general-manager", "南方电网公司", "current")}),
    ("公司总经理助理吴桐出席。", {("Wu Tong", "assistant-general-manager", "宏达化工", "current")}),
    ("学习贯彻习近平总书记重要讲话精神。", {("Xi Jinping", "general-secretary", "中国共产党", "current")}),
    ("宏达化工原董事长王建国出席。", {("Wang Jianguo", "chairman", "宏达化工", "former")}),
    ("免去王建国的公司董事长职务，任命李振华为公司董事长。",
     {("Wang Jianguo", "chairman", "宏达化工", "former"), ("Li Zhenhua", "chairman", "宏达化工", "current")}),
    ("金川市市长任振宇出席。", {("Ren Zhenyu", "mayor", "金川市", "current")}),
    ("公司总工程师翟明出席。", {("Zhai Ming", "other", "宏达化工", "current")}),
    ("常青、安然等公司领导出席会议。",
     {("Chang Qing", "leadership-member", "宏达化工", "current"), ("An Ran", "leadership-member", "宏达化工", "current")}),
    ("宏达化工党委常委、纪委书记向红作工作报告。",
     {("Xiang Hong", "party-committee-member", "宏达化工", "current"),
      ("Xiang Hong", "discipline-secretary", "宏达化工", "current")}),
])
def test_roles_in_sentence(body, expected):
    assert roles_of(zh_extract(body, headline=HEADLINE)) == expected


def test_roles_keep_the_title_as_printed_and_the_sentence():
    found = zh_extract("宏达化工党委副书记、总经理周敏出席会议。", headline=HEADLINE)
    titles = {r.title for r in found.roles}
    assert titles == {"党委副书记", "总经理"}
    assert all(r.evidence.quote == "宏达化工党委副书记、总经理周敏出席会议。" for r in found.roles)


def test_roles_government_title_without_place_gets_no_company():
    assert roles_of(zh_extract("副省长杜江出席。", headline=HEADLINE)) == set()
