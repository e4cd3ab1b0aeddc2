"""A month and day with no year, well after the publication date, said of what is yet to come
("the meeting scheduled on Oct. 14" in a story printed in June) is not put in the year before:
the sentence gets no date (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "body",
    [
        "Corvel Mining said on Wednesday chairman Pieter Hale would retire at the end of the"
        " annual general meeting scheduled on Oct. 14.",
        "Corvel Mining chairman Pieter Hale will chair the annual general meeting on 20 October.",
        "Corvel Mining said its chairman Pieter Hale has been invited to speak at the mining"
        " summit on 20 October.",
    ],
)
def test_a_day_yet_to_come_is_not_dated_the_year_before(body):
    found = extract_en(body, published="2023-06-07")
    days = {e.start for e in found.events}
    assert date(2022, 10, 14) not in days and date(2022, 10, 20) not in days
    assert date(2023, 6, 7) not in days
