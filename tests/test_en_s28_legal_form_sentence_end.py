"""A full stop after a company's legal form ("Ltd.", "Inc.") ends the sentence as well as the
abbreviation when a new sentence plainly opens after it ("... of X Ltd. She succeeds Y"): the
pronoun's sentence is read on its own, so Y's former post is found."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize("form", ["Ltd.", "Inc.", "Co. Ltd."])
def test_she_succeeds_after_a_legal_form_gives_the_predecessor_the_post(form):
    found = extract_en(
        f"Mara Quill has been named chief executive of Tarnby Foods {form} She succeeds Olin Voss."
    )
    assert {(r[0], r[3]) for r in role_set(found) if r[1] == "general-manager"} == {
        ("Mara Quill", "current"),
        ("Olin Voss", "former"),
    }


def test_a_legal_form_inside_a_sentence_ends_nothing():
    found = extract_en("Tarnby Foods Ltd. chairman Olin Voss met investors on Monday.")
    assert ("Olin Voss", "chairman") in {(r[0], r[1]) for r in role_set(found)}
