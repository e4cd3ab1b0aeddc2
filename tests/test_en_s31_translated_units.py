"""Pages put into English from Chinese: a unit's name longer than five words, a unit's name with
"and" between two fields, and a country after a body's name read as a person (sentences
invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_long_unit_name_after_a_title_is_read_whole():
    found = extract_en(
        "On May 19, Qian Ming, Director of the Department of Publicity and United Front Work of "
        "Dongling University, attended the meeting."
    )
    orgs = {r.org for r in found.roles if r.person == "Qian Ming"}
    assert orgs
    assert all("Front Work" in org for org in orgs), orgs
    assert not any(o.name.endswith(" and United") for o in found.orgs)


def test_unit_of_two_fields_joined_by_and_is_one_name():
    found = extract_en(
        "On May 19, Zhao Lei, Director of the International Exchange and Cooperation Office of "
        "Dongling University, met with the guests."
    )
    names = {o.name for o in found.orgs}
    assert "International Exchange" not in names
    assert any(
        r.person == "Zhao Lei" and r.org.startswith("International Exchange and Cooperation Office")
        for r in found.roles
    )
    assert not any(r.org == "International Exchange" for r in found.roles)


def test_unit_of_two_fields_is_read_apart_from_its_owner():
    found = extract_en(
        "Liu Fang, Director of the Foreign Exchange and Cooperation Division of the Science and "
        "Technology Department of Dongling Province, attended the signing on May 4."
    )
    names = {o.name for o in found.orgs}
    assert "Foreign Exchange and Cooperation Division" in names
    assert "Science and Technology Department of Dongling Province" in names
    assert ("Liu Fang", "head", "Foreign Exchange and Cooperation Division", "current") in (
        role_set(found)
    )


def test_country_after_a_body_in_a_visitor_list_is_no_person():
    found = extract_en(
        "On the afternoon of August 30, a delegation led by Jane Rowe, Vice-President of Kestrel "
        "College, New Zealand, visited our university. President Li Ming attended the meeting."
    )
    assert "New Zealand" not in {p.name for p in found.persons}
    assert all(p.person != "New Zealand" for e in found.events for p in e.participants)
    assert any(r.person == "Jane Rowe" and r.org == "Kestrel College" for r in found.roles)


def test_title_after_a_described_name_is_that_names_not_the_next():
    found = extract_en(
        "On May 3, Dr. Wang Hao, representative of the alumni, Chairman of Kestrel Group, "
        "Dr. Li Ping, and Zhou Min attended the ceremony."
    )
    roles = role_set(found)
    assert ("Wang Hao", "chairman", "Kestrel Group", "current") in roles
    assert not any(r.person == "Li Ping" for r in found.roles)


def test_a_year_of_graduation_does_not_date_the_event():
    found = extract_en(
        "On May 3, Wang Hao, alumnus of the class of 1990, attended the ceremony.",
        published="2023-05-06",
    )
    assert [e.start.isoformat() for e in found.events] == ["2023-05-03"]
    # a year the event is set in still dates it
    found = extract_en("In 2019, on May 3, Wang Hao attended the ceremony.", published="2023-05-06")
    assert [e.start.isoformat() for e in found.events] == ["2019-05-03"]
