"""Translated government news: a consultative body's long name before a list of names, and a
study group named after the committee it belongs to (invented text)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_the_end_of_a_consultative_bodys_name_is_no_person():
    found = extract_en(
        "On May 10th, Qinghe District held a meeting on talent work. Tan Ming, chairman of the "
        "District Committee of the Chinese People's Political Consultative Conference, and Ren "
        "Kai, Ma Lin and Lu Bo attended the meeting."
    )
    persons = {p.name for p in found.persons}
    assert "Consultative Conference" not in persons
    assert not [r for r in found.roles if r.person in ("Ren Kai", "Ma Lin", "Lu Bo")]
    orgs = {r.org for r in found.roles if r.person == "Tan Ming"}
    assert orgs == {"District Committee of the Chinese People's Political Consultative Conference"}


def test_a_study_group_of_the_committee_is_not_the_committee():
    found = extract_en(
        "On the afternoon of January 20th, the Theoretical Learning Center Group of the Municipal "
        "Party Committee held a collective study. Deputy Secretary of the Municipal Party "
        "Committee and Mayor Ren Kai and Deputy Secretary of the Municipal Party Committee Lu Bo "
        "participated in the study."
    )
    roles = role_set(found)
    assert ("Lu Bo", "deputy-party-secretary", "Municipal Party Committee", "current") in roles
    assert not [r for r in found.roles if "Learning" in r.org]


def test_a_visitors_bare_title_is_not_the_visited_bodys():
    found = extract_en(
        "On October 6, Chairman Tan Ming led a team to visit Qinghe Normal University to sign a "
        "cooperation agreement. Ren Kai, Secretary of the Party Committee of Qinghe Normal "
        "University, met with Chairman Tan Ming and his delegation."
    )
    roles = role_set(found)
    assert ("Ren Kai", "party-secretary", "Qinghe Normal University", "current") in roles
    assert not [r for r in found.roles if r.person == "Tan Ming"]
