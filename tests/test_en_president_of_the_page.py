""" "President X" with no organisation in the sentence (English): a head of state as often as the
page organisation's president, so no post is guessed. Every name, organisation and sentence here
is invented for the tests."""

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str) -> set[tuple[str, str, str, str]]:
    text = f"Visit news\nMay 4, 2021\n{body}\n"
    found = extract_article(make_article("x.txt", text))
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


def test_a_head_of_state_at_a_companys_event_is_not_its_president():
    held = roles(
        "Harlow Mining Group opened a new copper plant in Zambaru on Monday. "
        "President Joseph Mwale attended the opening ceremony."
    )
    assert not [r for r in held if r[0] == "Joseph Mwale"]
    held = roles(
        "Harlow Mining Group signed a supply deal with Zambaru. On Tuesday, President Joseph "
        "Mwale welcomed the deal."
    )
    assert not [r for r in held if r[0] == "Joseph Mwale"]


def test_a_deputy_president_is_as_ambiguous():
    held = roles(
        "Kelso Energy opened a new plant near Pretoria on Monday. Deputy President Sipho "
        "Ndlovu attended the ceremony."
    )
    assert not [r for r in held if r[0] == "Sipho Ndlovu"]


def test_president_after_by_is_not_the_organisations():
    held = roles(
        "Northfield University held a study session. Staff studied the instructions given by "
        "President Gao Feng on the work."
    )
    assert not [r for r in held if r[0] == "Gao Feng"]
