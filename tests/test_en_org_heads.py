"""English: the head word of an organisation's name decides what its president is ("Association
for X" as "X Association"), and "Corps" ends a name. Sentences written for these tests; every name
and body is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_the_president_of_an_association_for_something_is_no_general_manager():
    got = role_set(
        extract_en("Tom Baker, President of the Lanshan Association for Friendship, attended.")
    )
    assert ("Tom Baker", "other", "Lanshan Association for Friendship", "current") in got


def test_corps_ends_a_name():
    found = extract_en("Tom Baker, chairman of the Lanshan Engineering Corps, attended.")
    assert "Lanshan Engineering Corps" in {o.name for o in found.orgs}


def test_a_title_of_an_office_then_a_title_and_a_name_is_the_later_name_s():
    got = role_set(
        extract_en(
            "Wang Dali, Head of the Lanshan Trade Office Director Li Ming, and other guests "
            "attended the talks."
        )
    )
    assert ("Li Ming", "head", "Lanshan Trade Office", "current") in got
    assert not any(p == "Wang Dali" and o == "Lanshan Trade Office" for p, _r, o, _s in got)


def test_a_unit_named_by_fields_joined_by_and_is_no_page_s_organisation():
    found = extract_en(
        "Wang Dali, Head of the Political and Press Affairs Office, met guests on Monday."
    )
    assert found.main_org != "Political and Press Affairs Office"
