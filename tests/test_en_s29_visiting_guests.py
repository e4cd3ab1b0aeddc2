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


def test_professor_names_each_followed_by_their_titles_keep_their_own_posts() -> None:
    text = (
        "On May 3, 2021, Professor Wu Bin, Deputy Dean, Professor Tan Weiming, Director of the "
        "Coastal Research Center, Professor Hu Lili, Director of the Department of Water Studies, "
        "and Gao Peng visited Linhai University."
    )
    roles = role_set(extract_en(text))
    assert ("Tan Weiming", "head", "Coastal Research Center", "current") in roles
    assert ("Hu Lili", "head", "Coastal Research Center", "current") not in roles
