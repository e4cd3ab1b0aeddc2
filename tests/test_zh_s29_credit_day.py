"""Chinese events: "昨日" right after a story's credit in ASCII brackets ("(本报记者A)昨日，…")
dates the story's event; 单位 ("成员单位") is no person."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def test_yesterday_after_a_credit_in_ascii_brackets_dates_the_meeting():
    found = zh_extract(
        "(本报记者周明远)昨日，省长韩立新在省城会见了芬兰客人一行。副省长邓志强参加会见。",
        headline="韩立新会见芬兰客人",
        date="2024-05-09",
    )
    assert found.events, "no event"
    event = found.events[0]
    assert event.start == date(2024, 5, 8)
    parts = {p.person: p.part for p in event.participants}
    assert parts.get("Han Lixin") == "host"
    assert "Deng Zhiqiang" in parts


def test_a_member_unit_is_no_person():
    found = zh_extract(
        "5月8日，省政府召开工作调度会，20个省直成员单位通报了支持情况。副省长邓志强出席会议。",
        headline="省政府召开工作调度会",
        date="2024-05-09",
    )
    assert "单位" not in {p.native for p in found.persons}
    assert "Shan Wei" not in {p.name for p in found.persons}
