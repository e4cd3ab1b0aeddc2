"""A word of a current post between an organisation and a title ("X集团新任总经理A",
"X管理局现任行政总裁B") keeps the title the organisation's (sentences invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_new_holder_between_organisation_and_title():
    found = zh_extract(
        "宏达化工集团新任总经理周明远今日到任，与班子成员座谈。",
        headline="宏达化工集团召开干部大会",
    )
    assert ("Zhou Mingyuan", "general-manager", "宏达化工集团", "current") in roles_of(found)


def test_present_holder_between_organisation_and_title():
    found = zh_extract(
        "深圳港务管理局现任行政总裁林佩珊表示，将继续推动港口发展。",
        headline="深圳港务管理局公布年度计划",
    )
    assert ("Lin Peishan", "general-manager", "深圳港务管理局", "current") in roles_of(found)


def test_former_mark_still_makes_the_post_former():
    found = zh_extract(
        "宏达化工集团原总经理周明远今日到访，与班子成员座谈。", headline="宏达化工集团召开干部大会"
    )
    assert ("Zhou Mingyuan", "general-manager", "宏达化工集团", "former") in roles_of(found)
