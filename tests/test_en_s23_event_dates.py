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


def test_a_line_opening_with_month_and_day_a_translation_left_bare_dates_its_event():
    from kg.extract.dates import find_dates

    found = extract_en(
        "10 24, vice governor Zhang Weimin met Zhou Qingfeng, vice president of Tongda Bank,"
        " and his party.",
        published="2031-03-27",
    )
    assert [e.start for e in found.events] == [date(2030, 10, 24)]
    assert find_dates("He scored 3 10, then 20.") == []  # not opening a line


def test_a_deadline_or_a_term_start_dates_no_event():
    """ "by 4pm on Tuesday 11 March", "dated April 3", "will take effect January 1": no event's
    day; another day of the sentence still dates its event."""
    found = extract_en(
        "Entries for the Autumn Regatta must be received by the club secretary by 4pm on"
        " Tuesday 11 March 2031.",
        published="2031-02-18",
    )
    assert found.events == []
    found = extract_en(
        "Such meetings have been held under the council's directives dated April 3.",
        published="2029-06-20",
    )
    assert found.events == []
    found = extract_en(
        "Entries for the regatta must be received by Tuesday.", published="2031-02-18"
    )
    assert found.events == []
    found = extract_en(
        "The board held a meeting on June 3, and the new chair's term will take effect July 1.",
        published="2029-06-20",
    )
    assert [e.start for e in found.events] == [date(2029, 6, 3)]
