"""Days of visits and receptions as Taiwan's agency dispatches print them (sentences written for
these tests; every name is invented): a span of days without its month after the leader's name
("A12日至15日率團訪問X", "於3至6日（當地時間）訪問X"), taken in the month of publication even
when its last day falls after it."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _visit(found):
    return next(e for e in found.events if e.kind == "inspection")


def test_a_span_of_days_after_the_leaders_name():
    found = zh_extract(
        "行政院副院長高文海12日至15日率團訪問日本東京，盼能凝聚產業合作共識。",
        headline="高文海率團訪日",
        date="2025-04-14",
    )
    event = _visit(found)
    assert (event.start, event.end) == (date(2025, 4, 12), date(2025, 4, 15))
    assert {p.person for p in event.participants} == {"Gao Wenhai"}


def test_a_span_of_days_without_the_first_days_mark():
    found = zh_extract(
        "國際貿易局局長方志明率訪團於3至6日（當地時間）訪問墨西哥，成果豐碩。",
        headline="方志明率團訪墨",
        date="2025-04-09",
    )
    event = _visit(found)
    assert (event.start, event.end) == (date(2025, 4, 3), date(2025, 4, 6))
    duration = zh_extract(  # a duration is no date
        "申請手續為期3至6日在網上辦理，市民毋須親身前往參觀。",
        headline="市民可網上申請",
        date="2025-04-09",
    )
    assert not duration.events
