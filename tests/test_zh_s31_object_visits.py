"""A leader who "对X进行调研" (made an inspection of X) is the visit's visitor: the visited thing
stands between the name and the verb."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _parts_on(found, day: date) -> dict[str, str]:
    event = next(e for e in found.events if e.start == day)
    return {p.person: p.part for p in event.participants}


def test_object_between_name_and_inspection_verb():
    found = zh_extract(
        "8月15日，嘉南县委书记李建强对全县重点项目进行调研。县长袁小林一同参加调研。",
        headline="李建强调研重点项目",
        date="2025-08-16",
    )
    parts = _parts_on(found, date(2025, 8, 15))
    assert parts.get("Li Jianqiang") == "visitor"
    assert "Yuan Xiaolin" in parts


def test_object_between_name_and_inspection_verb_traditional():
    found = zh_extract(
        "8月15日，嘉南縣長林國華對轄區防汛工作進行視察。",
        headline="縣長視察防汛工作",
        date="2025-08-16",
    )
    assert _parts_on(found, date(2025, 8, 15)).get("Lin Guohua") == "visitor"


def test_a_summing_up_of_a_visit_is_no_visit():
    found = zh_extract(
        "8月15日，嘉南县委书记李建强对此次调研进行了总结。",
        headline="县委书记总结调研",
        date="2025-08-16",
    )
    assert all("Li Jianqiang" not in {p.person for p in e.participants} for e in found.events)
