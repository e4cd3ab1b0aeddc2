"""A dated sentence with no event word, where a person takes part by a verb that says there was
an event ("Ms A on Friday presided over the budget panel", "B took part in the trade fair from 3
to 5 May"), names a meeting of that day; a verb that names no event ("joined the board"), or a
person only mentioned, makes none (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.helpers_en import attendees, extract_en


def test_presiding_on_a_day_makes_a_meeting() -> None:
    found = extract_en(
        "Finance Commissioner Marek Olund on Friday presided over the new budget panel of the"
        " regional council.\n\nThe panel heard all district treasurers."
    )
    dated = [e for e in found.events if e.start == date(2023, 5, 5)]
    assert len(dated) == 1
    assert attendees(dated[0]).get("Marek Olund") == "chair"


def test_taking_part_over_days_makes_a_meeting_of_those_days() -> None:
    found = extract_en(
        "Professor Tolan Verity, rector of Westmark Polytechnic, took part in the regional"
        " trade fair from 3 to 5 April.\n\nArlo Penwick, dean of the School of Design,"
        " accompanied him."
    )
    dated = [e for e in found.events if e.start == date(2023, 4, 3)]
    assert len(dated) == 1
    assert dated[0].end == date(2023, 4, 5)
    parts = attendees(dated[0])
    assert "Tolan Verity" in parts
    assert parts.get("Arlo Penwick") == "accompanier"


@pytest.mark.parametrize(
    "body",
    [
        "Mr Oren Falk joined the Westbay Holdings board on 8 March.",  # no event to take part in
        "On 8 March the council discussed the report Oren Falk's office attended to.",
    ],
)
def test_no_meeting_without_a_taking_part_verb_of_a_person(body) -> None:
    found = extract_en(body)
    assert not [e for e in found.events if e.start == date(2023, 3, 8)]
