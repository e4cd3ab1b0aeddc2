"""A year word opening the clause of a bare "M月D日" gives that day's year ("去年…在3月8日")."""

from __future__ import annotations

from datetime import date

from kg.extract.zh.dates import find_dates
from tests.zh_article import zh_extract


def test_last_year_word_a_few_characters_before_the_day() -> None:
    text = "柳岸市長說,去年考察團也在3月8日來訪"
    days = [found[2] for found in find_dates(text, date(2025, 6, 1), 2025)]
    assert days == [date(2024, 3, 8)]
    # in an earlier clause the word says nothing of the day
    text = "去年業績大增,考察團在3月8日來訪"
    days = [found[2] for found in find_dates(text, date(2025, 6, 1), 2025)]
    assert days == [date(2025, 3, 8)]


def test_no_event_this_year_for_a_visit_of_last_year() -> None:
    found = zh_extract(
        "星河市長林青山說,去年訪問團也在3月8日來訪並參觀工業園區。",
        date="2025-03-08",
    )
    assert all(e.start != date(2025, 3, 8) for e in found.events if "來訪" in (e.name or ""))
