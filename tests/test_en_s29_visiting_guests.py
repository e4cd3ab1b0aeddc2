"""Titles of guests who "visited our school" are not the host's posts (s29)."""

from tests.helpers_en import extract_en, role_set


def test_guest_bare_title_before_visited_our_school_is_not_the_hosts() -> None:
    text = (
        "On May 3, 2021, Professor Wu Bin, Secretary of the Party Committee and Deputy Dean, "
        "Professor Tan Weiming, Director of the Coastal Research Center, and Gao Peng "
        "visited our school."
    )
    roles = role_set(extract_en(text))
    assert not any(r[0] == "Wu Bin" for r in roles)
    assert ("Tan Weiming", "head", "Coastal Research Center", "current") in roles
