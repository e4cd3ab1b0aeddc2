"""Chinese dates: a month and day after 今年/去年/明年 take the year the word says, not a year
guessed from the publication date (s29)."""

from __future__ import annotations

from datetime import date

from kg.extract.zh.dates import find_dates
from tests.zh_article import zh_extract


def test_this_year_keeps_a_coming_date_in_the_publication_year() -> None:
    found = find_dates("该会将于今年八月十五日晚上举行成立典礼。", date(2021, 5, 30))
    assert [d[2] for d in found] == [date(2021, 8, 15)]


def test_last_and_next_year() -> None:
    assert find_dates("去年11月11日成立", date(2021, 5, 30))[0][2] == date(2020, 11, 11)
    assert find_dates("明年3月2日开幕", date(2021, 5, 30))[0][2] == date(2022, 3, 2)


def test_a_coming_ceremony_of_this_year_is_dated_in_that_year() -> None:
    found = zh_extract(
        "宏达同乡会将于今年九月二十日晚上举行第一届理事就职典礼。",
        date="2024-06-02",
    )
    assert [e.start for e in found.events] == [date(2024, 9, 20)]
