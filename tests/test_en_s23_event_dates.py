"""A weekday of what is yet to come ("X will visit Y on Thursday") is the next such day, not the
last one (sentences invented for these tests)."""

from __future__ import annotations

from datetime import date

from tests.helpers_en import extract_en


def test_a_weekday_after_will_is_the_next_one_else_the_last_one():
    found = extract_en(
        "Premier Ruth Alder will visit the Lima plant on Thursday, her office said.",
        published="2024-12-11",  # a Wednesday
    )
    assert [e.start for e in found.events] == [date(2024, 12, 12)]
    found = extract_en(
        "Premier Ruth Alder visited the Lima plant on Thursday, and said she will return.",
        published="2024-12-11",
    )
    assert [e.start for e in found.events] == [date(2024, 12, 5)]


def test_a_weekday_after_is_due_to_is_the_next_one():
    found = extract_en(
        "Governor Tom Hale is due to visit the new bridge on Friday afternoon.",
        published="2024-12-11",
    )
    assert [e.start for e in found.events] == [date(2024, 12, 13)]


def test_a_month_first_slash_date_is_read_when_the_day_tells():
    from kg.read.dateline import find_published

    headline = "President arrives on a state visit"
    assert find_published(
        f"{headline}\n\nNews Bureau. Updated: 2/17/2019 1:44:31 PM Politics\n\nText.", headline
    ) == date(2019, 2, 17)
    assert (
        find_published(f"{headline}\n\nUpdated: 2/11/2019 1:44:31 PM\n\nText.", headline) is None
    )  # 2 November or 11 February: no reading
