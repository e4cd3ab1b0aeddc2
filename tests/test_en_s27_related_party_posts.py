"""A post printed "of/at X's <related party>" (its largest shareholder, its parent company, its
biggest customer) is the other body's: the text does not name it, so no post at X."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow Cement said Mei Okafor, the chief financial officer at Harrow's largest "
        "shareholder, would join its board.",
        "Mei Okafor, chief executive of Harrow Cement's parent company, attended the meeting.",
        "Mei Okafor, a director at Harrow Cement's biggest customer, said demand was strong.",
    ],
)
def test_a_post_at_a_related_party_is_not_the_companys(sentence):
    found = extract_en(sentence)
    assert not [r for r in found.roles if r.person == "Mei Okafor" and r.org.startswith("Harrow")]


def test_the_companys_own_post_stays():
    found = extract_en("Mei Okafor, chief executive of Harrow Cement, said demand was strong.")
    assert ("Mei Okafor", "general-manager", "Harrow Cement") in {
        (r.person, r.role, r.org) for r in found.roles
    }
