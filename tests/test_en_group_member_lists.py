"""The members of a group a sentence told taking part, listed in the next sentence ("Several
officials also attended. They were: A, title; B, title", "Among them were A and B"): they take
part in that event only, with the group's part, and keep the titles printed with them
(kg.extract.en.participants.listed_members; sentences invented for these tests)."""

from __future__ import annotations

from datetime import date

from tests.helpers_en import attendees, extract_en, role_set


def _on(found, day: date) -> dict[str, str]:
    events = [e for e in found.events if e.start == day]
    assert events, f"no event on {day}"
    return attendees(events[0])


def test_they_are_lists_the_officials_who_visited_too():
    found = extract_en(
        "On March 3, 2021, Governor Alden Moss visited the Riverside Clinic. A group of"
        " provincial officials also visited the clinic. They are: Kofi Brandt, Director of"
        " Lanford Health Bureau; Omar Reyes, Chairman of Delta Mills.",
        published="2021-03-08",
    )
    got = _on(found, date(2021, 3, 3))
    assert got["Kofi Brandt"] == got["Omar Reyes"] == "visitor"
    assert {
        ("Kofi Brandt", "head", "Lanford Health Bureau", "current"),
        ("Omar Reyes", "chairman", "Delta Mills", "current"),
    } <= role_set(found)


def test_among_them_were_lists_the_guests_of_the_ceremony():
    found = extract_en(
        "On March 3, 2021, Governor Alden Moss opened the Riverside Clinic. The ceremony was"
        " attended by senior officials. Among them were Kofi Brandt, Director of Lanford Health"
        " Bureau, and Omar Reyes, Chairman of Delta Mills.",
        published="2021-03-08",
    )
    got = _on(found, date(2021, 3, 3))
    assert got["Kofi Brandt"] == got["Omar Reyes"] == "attendee"


def test_a_lead_alone_lists_the_members_one_a_line():
    found = extract_en(
        "On March 3, 2021, Governor Alden Moss visited the Riverside Clinic. Several officials"
        " accompanied him.\nThey are:\nKofi Brandt\nDirector of Lanford Health Bureau\n"
        "Omar Reyes\nChairman of Delta Mills",
        published="2021-03-08",
    )
    assert {"Kofi Brandt", "Omar Reyes"} <= set(_on(found, date(2021, 3, 3)))


def test_the_list_joins_the_event_of_its_group_not_an_earlier_day():
    found = extract_en(
        "On March 3, 2021, Governor Alden Moss visited the Riverside Clinic. On March 5, a group"
        " of officials toured the Lanford port. They were: Kofi Brandt, Director of Lanford"
        " Health Bureau; Omar Reyes, Chairman of Delta Mills.",
        published="2021-03-08",
    )
    assert {"Kofi Brandt", "Omar Reyes"} <= set(_on(found, date(2021, 3, 5)))
    assert set(_on(found, date(2021, 3, 3))) == {"Alden Moss"}


def test_only_a_group_taking_part_and_a_bare_list_make_members():
    for body in (
        # a group that takes no part in the event
        "On March 3, 2021, Governor Alden Moss visited the Riverside Clinic. The clinic board has"
        " nine members. They include Kofi Brandt and Omar Reyes.",
        # not a list: a clause about the group
        "On March 3, 2021, Governor Alden Moss visited the Riverside Clinic. Several officials"
        " attended. They were pleased with Kofi Brandt and Omar Reyes.",
    ):
        assert set(_on(extract_en(body, published="2021-03-08"), date(2021, 3, 3))) == {
            "Alden Moss"
        }
    found = extract_en(
        "On March 3, 2021, Governor Alden Moss visited the Riverside Clinic. Several officials"
        " attended. They were Kofi Brandt and Omar Reyes.",
        published="2021-03-08",
    )
    assert {"Kofi Brandt", "Omar Reyes"} <= set(_on(found, date(2021, 3, 3)))
