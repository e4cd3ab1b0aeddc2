"""Chinese title chains joined by 兼 or 兼任: each title goes to the body printed with it."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # 兼任 joins two titles before the name, each with its own body
            "宏达化工总经理兼任宏远物流公司董事长孙立平出席会议。",
            {
                ("Sun Liping", "general-manager", "宏达化工", "current"),
                ("Sun Liping", "chairman", "宏远物流公司", "current"),
            },
        ),
        (
            "宏達化工總經理兼任宏遠物流公司董事長孫立平出席會議。",
            {
                ("Sun Liping", "general-manager", "宏達化工", "current"),
                ("Sun Liping", "chairman", "宏遠物流公司", "current"),
            },
        ),
        (  # no second body printed: the same body
            "宏达化工总经理兼任董事长孙立平出席会议。",
            {
                ("Sun Liping", "general-manager", "宏达化工", "current"),
                ("Sun Liping", "chairman", "宏达化工", "current"),
            },
        ),
        (  # after the name: 兼 opens titles at a further body
            "孙立平任宏达化工总经理兼宏远物流公司董事长。",
            {
                ("Sun Liping", "general-manager", "宏达化工", "current"),
                ("Sun Liping", "chairman", "宏远物流公司", "current"),
            },
        ),
        (
            "孫立平任宏達化工總經理兼任宏遠物流公司董事長。",
            {
                ("Sun Liping", "general-manager", "宏達化工", "current"),
                ("Sun Liping", "chairman", "宏遠物流公司", "current"),
            },
        ),
    ],
)
def test_concurrent_titles_keep_their_bodies(body, expected):
    headline = "宏達化工召開年度工作會議" if "宏達" in body else "宏达化工召开年度工作会议"
    assert roles_of(zh_extract(body, headline=headline)) == expected


@pytest.mark.parametrize(
    "body, branch",
    [
        ("副行长兼临江分行行长孙立平出席会议。", "临江分行"),
        ("副行長兼臨江分行行長孫立平出席會議。", "臨江分行"),
    ],
)
def test_title_before_jian_is_not_the_later_bodys(body, branch):
    """ "副行长兼X分行行长A": the deputy post is not X's (its body is not printed)."""
    roles = roles_of(zh_extract(body))
    assert ("Sun Liping", "general-manager", branch, "current") in roles
    assert ("Sun Liping", "deputy-general-manager", branch, "current") not in roles


def test_deputy_chief_chair_joined_by_jian():
    body = "代表团拜访临江商会时，受到了该会总主席王大海、常务副总主席兼执行主席孙立平等的欢迎。"
    assert ("Sun Liping", "other", "临江商会", "current") in roles_of(zh_extract(body))
