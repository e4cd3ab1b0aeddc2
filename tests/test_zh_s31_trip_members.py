"""Members of a travelling delegation named in a later clause take part in the trip: "A、B参与行程",
"A、B将参与部分行程" (traditional 參與 too) and "A、B随团出访" (visitors)."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _parts_on(found, day: date) -> dict[str, str]:
    event = next(e for e in found.events if e.start == day)
    return {p.person: p.part for p in event.participants}


def test_members_who_will_join_part_of_the_trip_traditional():
    found = zh_extract(
        "5月8日，嘉南市市長林小華率團訪問日本，副市長王建華、秘書長陳志明將參與部分行程。",
        headline="嘉南市長率團訪日",
        date="2025-05-09",
    )
    assert {"Wang Jianhua", "Chen Zhiming"} <= set(_parts_on(found, date(2025, 5, 8)))


def test_members_who_join_the_trip_simplified():
    found = zh_extract(
        "5月8日，嘉南市市长林小华率团访问日本，副市长王建华、秘书长陈志明参与行程。",
        headline="嘉南市长率团访日",
        date="2025-05-09",
    )
    assert {"Wang Jianhua", "Chen Zhiming"} <= set(_parts_on(found, date(2025, 5, 8)))


def test_members_travelling_with_the_delegation_are_visitors():
    found = zh_extract(
        "5月8日，嘉南市市长林小华率团访问日本，副市长王建华、秘书长陈志明随团出访。",
        headline="嘉南市长率团访日",
        date="2025-05-09",
    )
    parts = _parts_on(found, date(2025, 5, 8))
    assert parts.get("Wang Jianhua") == "visitor" and parts.get("Chen Zhiming") == "visitor"
