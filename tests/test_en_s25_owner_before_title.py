"""Session 25 (track 1): two capitalised words right before a lower-case title whose holder's
name follows are the post's owner, no person; a former holder listed among attendees attended."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en, role_set

BODY = (
    "Finance Minister Laura Benton on Friday met a group of industrialists in Chennai. The "
    "meeting was attended by Kestrel Motor chairman Vijay Raman, Brava chairman K Thomas, former "
    "Ashwin Marlow chairman R Devakumar and Solano Hospitals MD Mira Kapoor, among many others."
)


def test_owner_before_lower_case_title_is_no_person_and_holds_the_post():
    found = extract_en(BODY)
    assert "Ashwin Marlow" not in {p.name for p in found.persons}
    assert ("R Devakumar", "chairman", "Ashwin Marlow", "former") in role_set(found)


def test_former_holder_and_the_rest_of_the_list_attended():
    found = extract_en(BODY)
    parts = attendees(found.events[0])
    assert parts.get("R Devakumar") == "attendee"
    assert parts.get("Mira Kapoor") == "attendee"
    assert "Ashwin Marlow" not in parts
