"""Dates of translated and quoted accounts: a day said with no month at the head of a sentence
("On the afternoon of the 2nd, A met B", from "2日下午") is a day of the month of publication (or
the month before), as in Chinese; "today" inside a quotation is the day the words were said, not
the day of publication, so it makes no second event."""

from __future__ import annotations

import datetime

import pytest
from tests.helpers_en import attendees, extract_en


@pytest.mark.parametrize(
    "opening, day",
    [
        ("On the afternoon of the 2nd,", datetime.date(2024, 3, 2)),
        ("On the morning of the 28th,", datetime.date(2024, 2, 28)),
    ],
)
def test_a_day_without_its_month_is_of_the_month_of_publication(opening, day):
    found = extract_en(
        f"{opening} Governor Tomas Reinholt met a delegation of Kelvane Minerals Ltd.",
        published="2024-03-05",
    )
    assert [(e.start, set(attendees(e))) for e in found.events] == [(day, {"Tomas Reinholt"})]


def test_a_numbered_floor_is_no_day():
    found = extract_en(
        "On the 2nd floor, Governor Tomas Reinholt met a delegation of Kelvane Minerals Ltd.",
        published="2024-03-05",
    )
    assert found.events == []


def test_today_inside_a_quotation_makes_no_event_of_the_publication_day():
    found = extract_en(
        "Governor Tomas Reinholt met a delegation of Kelvane Minerals Ltd on Monday. "
        '"Today\'s meeting has deepened our ties," Reinholt said.',
        published="2024-03-06",
    )
    assert [e.start for e in found.events] == [datetime.date(2024, 3, 4)]
