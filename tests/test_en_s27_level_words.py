"""Party posts of a prefecture or a township printed by the level alone ("the prefecture deputy
Party secretary A", "Township Party secretary A"): the level's committee, like a county's, never
another Party body the page names."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "sentence, notation, org",
    [
        (
            "The prefecture deputy Party secretary Tsering Lhamo inspected the dairy on May 3.",
            "deputy-party-secretary",
            "Prefecture Party Committee",
        ),
        (
            "Township Party secretary Tsering Lhamo inspected the dairy on May 3.",
            "party-secretary",
            "Township Party Committee",
        ),
    ],
)
def test_a_level_alone_names_its_party_committee(sentence, notation, org):
    found = extract_en("The Party Central Committee sent greetings to the herders. " + sentence)
    posts = {(r.role, r.org) for r in found.roles if r.person == "Tsering Lhamo"}
    assert posts == {(notation, org)}
