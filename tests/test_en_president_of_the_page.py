""" "President X" on an organisation's own page (English): the organisation's president when the
title opens its sentence, or follows a titled name in a list, and the organisation (not a
government) is named in the sentence or just before it; never after "by", never on a
government's page. Every name, organisation and sentence here is invented for the tests."""

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str) -> set[tuple[str, str, str, str]]:
    text = f"Visit news\nMay 4, 2021\n{body}\n"
    return {
        (r.person, r.role, r.org, r.status)
        for r in extract_article(make_article("x.txt", text)).roles
    }


def test_president_opening_the_sentence_after_the_page_organisation():
    held = roles(
        "On May 3, a delegation from abroad visited Northfield University. President Wang Lihua "
        "and vice president Zhao Ming welcomed the guests."
    )
    assert ("Wang Lihua", "other", "Northfield University", "current") in held


def test_president_after_a_titled_name_in_a_list():
    held = roles(
        "Northfield University and the district signed an agreement. Party Secretary Chen Bo, "
        "President Wang Lihua and other leaders attended the signing."
    )
    assert ("Wang Lihua", "other", "Northfield University", "current") in held


def test_president_after_by_is_not_the_organisations():
    held = roles(
        "Northfield University held a study session. Staff studied the instructions given by "
        "President Gao Feng on the work."
    )
    assert not [r for r in held if r[0] == "Gao Feng"]


def test_president_on_a_governments_page_is_not_its():
    held = roles("The Kelby Provincial Government hosted the forum. President Wang Lihua spoke.")
    assert not [r for r in held if r[0] == "Wang Lihua"]
