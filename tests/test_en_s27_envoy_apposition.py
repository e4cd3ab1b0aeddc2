"""An envoy's title, the country sending them and the country they serve in, then the holder set
off by a comma ("the Ambassador of X to Y, Mr A"): the post is at the sending country."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "sentence, person, org, title",
    [
        (
            "The Governor received a courtesy call from the Ambassador of Finland to Malaysia, "
            "Mr Eero Lindqvist, at the palace on Tuesday.",
            "Eero Lindqvist",
            "Finland",
            "Ambassador",
        ),
        (
            "The minister met the High Commissioner of Ghana to the United Kingdom, Kwesi Boateng, "
            "on Monday.",
            "Kwesi Boateng",
            "Ghana",
            "High Commissioner",
        ),
    ],
)
def test_envoy_of_a_country_to_another_then_the_holder(sentence, person, org, title):
    found = extract_en(sentence)
    assert (person, "other", org) in {(r.person, r.role, r.org) for r in found.roles}
    assert person in {p.name for p in found.persons}
    assert title in {r.title for r in found.roles if r.person == person}


def test_a_place_after_to_that_is_no_country_gives_no_post():
    found = extract_en(
        "The Chairman of Brightwater Logistics welcomed the delegation to Harbour Point, "
        "Mr Eero Lindqvist, on Tuesday."
    )
    assert ("Eero Lindqvist", "chairman") not in {(r.person, r.role) for r in found.roles}
