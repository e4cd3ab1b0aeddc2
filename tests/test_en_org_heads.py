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
