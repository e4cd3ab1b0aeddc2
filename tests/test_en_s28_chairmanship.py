"""A meeting "held under the chairmanship of" its chair, as South Asian officials' news prints it:
the person named after the phrase chaired the meeting (a participant), not one only mentioned."""

from __future__ import annotations

import pytest
from tests.helpers_en import attendees, extract_en


@pytest.mark.parametrize(
    "sentence, chair, other",
    [
        (
            "A review meeting was held on Monday under the chairmanship of Deputy Commissioner "
            "Tarlok Brar. Superintendent of Police Nirmal Gill attended the meeting.",
            "Tarlok Brar",
            "Nirmal Gill",
        ),
        (
            "Minister Kavin Oduya met investors of Halvern Mining Ltd on Tuesday. The talks were "
            "held under the co-chairmanship of Permanent Secretary Amos Wekesa.",
            "Amos Wekesa",
            "Kavin Oduya",
        ),
    ],
)
def test_the_person_after_under_the_chairmanship_of_chairs(sentence, chair, other):
    found = extract_en(sentence, published="2024-03-07")
    parts = {p: part for e in found.events for p, part in attendees(e).items()}
    assert parts.get(chair) == "chair"
    assert other in parts


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Superintendent of Police Nirmal Gill addressed the gathering.", "Nirmal Gill"),
        ("Deputy Inspector General of Police Harpal Brar addressed the gathering.", "Harpal Brar"),
        ("District Magistrate Jaswant Grewal addressed the gathering.", "Jaswant Grewal"),
    ],
)
def test_district_and_police_titles_of_south_asia_introduce_a_person(sentence, person):
    found = extract_en(sentence)
    assert person in {p.name for p in found.persons}


@pytest.mark.parametrize(
    "opener",
    ["Those present at the meeting included", "Participants included", "Attendees included"],
)
def test_names_after_present_included_attended(opener):
    found = extract_en(
        f"The minister met investors of Corvale Mining Ltd on Tuesday. {opener} Ama Boateng, "
        "Director of Trade, and Kojo Mensah.",
        published="2024-03-07",
    )
    parts = {p: part for e in found.events for p, part in attendees(e).items()}
    assert parts.get("Ama Boateng") == "attendee"
    assert parts.get("Kojo Mensah") == "attendee"
