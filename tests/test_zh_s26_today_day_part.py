"""A name, "today" with its date in brackets, and the part of the day before the verb ("A今(13)日
下午出席X", Taiwan and Hong Kong releases; "A今日上午會見"): the name takes part all the same."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_bracketed_today_and_afternoon_before_attending():
    found = zh_extract(
        "市長王建明今(13)日下午出席「海風節」開幕典禮,並與市民同樂。",
        headline="市長出席海風節開幕典禮",
        date="2025-04-13",
    )
    assert parts_of(found).get("Wang Jianming") == "attendee"


def test_name_title_bracketed_today_and_morning_before_receiving():
    found = zh_extract(
        "周立德總統今(13)日上午接見青年志工代表團,感謝各位長期投入社區服務。",
        headline="總統接見青年志工代表團",
        date="2025-04-13",
    )
    assert parts_of(found).get("Zhou Lide") == "host"
