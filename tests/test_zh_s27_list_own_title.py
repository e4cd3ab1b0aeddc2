"""A name in a 、-list followed by a title of its own ("X部副部长A、B主任一行"): B holds that
title, not the list head's (sentences written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_list_item_with_own_title_does_not_take_the_heads():
    found = zh_extract(
        "5月6日，宏达化工副总经理林春生、云海峰主任一行到新港物流调研。",
        headline="宏达化工一行到新港物流调研",
        date="2024-05-07",
    )
    roles = roles_of(found)
    assert ("Lin Chunsheng", "deputy-general-manager", "宏达化工", "current") in roles
    assert not any(r[0] == "Yun Haifeng" and r[1] == "deputy-general-manager" for r in roles)


def test_list_items_without_titles_still_share_the_heads():
    found = zh_extract(
        "5月6日，宏达化工副总经理林春生、云海峰、周立新出席会议。",
        headline="宏达化工召开会议",
        date="2024-05-07",
    )
    roles = roles_of(found)
    assert ("Yun Haifeng", "deputy-general-manager", "宏达化工", "current") in roles
    assert ("Zhou Lixin", "deputy-general-manager", "宏达化工", "current") in roles
