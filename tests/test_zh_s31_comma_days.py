"""A day without its month after a comma and before a part of the day ("X典禮，2日上午在Y舉辦")
dates the event the sentence tells, in the month of publication."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def test_day_after_a_comma_dates_the_ceremony():
    found = zh_extract(
        "嘉南市工商協進會第五屆理監事就職典禮，2日上午在市府大禮堂舉辦，市長林小華出席。",
        headline="工商協進會理監事就職",
        date="2025-05-03",
    )
    event = next(e for e in found.events if e.start == date(2025, 5, 2))
    assert "Lin Xiaohua" in {p.person for p in event.participants}


def test_a_span_end_after_a_comma_is_no_day_of_its_own():
    found = zh_extract(
        "嘉南市書展自4月28日起展出至5月2日，2日下午閉幕，市長林小華出席閉幕式。",
        headline="嘉南市書展閉幕",
        date="2025-05-03",
    )
    assert all(e.start != date(2025, 4, 2) for e in found.events)
