"""Titles at two organisations before one name, and an organisation's bracketed short name."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "4月2日，宏达化工集团总经理助理兼西南分公司总经理缪建国参加调研。",
            {
                ("Miao Jianguo", "assistant-general-manager", "宏达化工集团", "current"),
                ("Miao Jianguo", "general-manager", "西南分公司", "current"),
            },
        ),
        (
            "4月2日，宏达化工集团董事会秘书、法律事务部部长蒲晓东参加会议。",
            {
                ("Pu Xiaodong", "board-secretary", "宏达化工集团", "current"),
                ("Pu Xiaodong", "head", "法律事务部", "current"),
            },
        ),
        (
            "4月2日，宏达化工集团总经理助理、规划发展部主任仝海燕陪同调研。",
            {
                ("Tong Haiyan", "assistant-general-manager", "宏达化工集团", "current"),
                ("Tong Haiyan", "head", "规划发展部", "current"),
            },
        ),
    ],
)
def test_titles_at_two_organisations(body, expected):
    found = zh_extract(body, headline="宏达化工集团领导到西南分公司调研")
    assert expected == roles_of(found)


def test_titles_after_a_bracketed_short_name_belong_to_the_full_name():
    found = zh_extract(
        "4月2日，青岚重型机械有限公司（以下简称“青岚重机”）党委书记、董事长柯文涛一行到宏达化工交流。"
        "青岚重机副总经理蒲晓东参加交流。",
        headline="宏达化工与青岚重机交流座谈",
    )
    assert {
        ("Ke Wentao", "party-secretary", "青岚重型机械有限公司", "current"),
        ("Ke Wentao", "chairman", "青岚重型机械有限公司", "current"),
        ("Pu Xiaodong", "deputy-general-manager", "青岚重型机械有限公司", "current"),
    } == roles_of(found)


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "4月2日，柯文涛到宏达化工湘南分公司调研，分公司总经理仝海燕陪同。",
            ("Tong Haiyan", "general-manager", "宏达化工湘南分公司", "current"),
        ),
        (
            "4月2日，柯文涛到湘南分行调研，分行行长仝海燕汇报工作。",
            ("Tong Haiyan", "general-manager", "湘南分行", "current"),
        ),
    ],
)
def test_a_bare_unit_word_before_a_title_is_the_unit_just_named(body, expected):
    found = zh_extract(body, headline="宏达化工集团领导到湘南调研")
    assert expected in roles_of(found)
    assert not any(r[0] == expected[0] and r[2] == "宏达化工" for r in roles_of(found))
