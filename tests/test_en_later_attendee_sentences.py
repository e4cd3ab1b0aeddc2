"""People a sentence after the event's own names as members of a visiting party, as joining or
assisting someone, or as among those who took part (kg.extract.en.participants; sentences
written for these tests)."""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.read import make_article


def parts(body: str) -> dict[str, str]:
    got = extract_article(make_article("x.txt", f"Visit to the port\n\n{body}\n"))
    return {p.person: p.part for e in got.events for p in e.participants}


OPENING = "On 14 March 2022, Mayor Ruth Alder received a delegation from Delmont Shipping. "


@pytest.mark.parametrize(
    "sentence",
    [
        # a team, not only a delegation, with a verb the old list lacked
        "The four-member Delmont team comprised Tom Hale (Head of Logistics) and Ann Vale"
        " (Senior Engineer at the Harbour Unit).",
        "The delegates also involve Tom Hale, Director of Logistics, and Ann Vale, engineer.",
        # the names put in the delegation, after "on the ... delegation were"
        "Also on the Delmont delegation were Tom Hale, Head of Logistics, and Ann Vale.",
        "Among the delegation was Tom Hale, Head of Logistics, and Ann Vale.",
        # the names in apposition to the delegates
        "The delegates Tom Hale and Ann Vale thanked the mayor for the welcome.",
    ],
)
def test_members_of_the_visiting_party_are_visitors(sentence):
    got = parts(OPENING + sentence)
    assert got.get("Tom Hale") == "visitor"
    assert got.get("Ann Vale") == "visitor"


def test_a_lower_case_title_between_listed_names_does_not_stop_the_list():
    got = parts(
        OPENING + "The delegation included Tom Hale, professor of Marine Studies, and Ann Vale."
    )
    assert got.get("Ann Vale") == "visitor"


@pytest.mark.parametrize("verb", ["was joined by", "was assisted by", "was flanked by"])
def test_joined_or_assisted_by_names_attendees(verb):
    got = parts(
        "On 14 March 2022, Mayor Ruth Alder visited the Delmont terminal. She"
        f" {verb} Tom Hale, Director of the Port Authority, and Ann Vale."
    )
    assert {"Tom Hale", "Ann Vale"} <= set(got)


def test_names_among_those_who_took_part():
    got = parts(
        OPENING + "Tom Hale, CFO of Delmont Freight, and Ann Vale, COO of Delmont Marine, were"
        " among the executives of the group who participated in the talks."
    )
    assert got.get("Tom Hale") == "attendee"
    assert got.get("Ann Vale") == "attendee"


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb between the delegation and the names: they are not its members
        "The delegation thanked Tom Hale and Ann Vale for the tour.",
        # a relative clause of its own, not the group the names are among
        "Tom Hale, who was among the founders of Delmont, praised Ann Vale.",
    ],
)
def test_other_clauses_add_nobody(sentence):
    got = parts(OPENING + sentence)
    assert "Tom Hale" not in got
    assert "Ann Vale" not in got
