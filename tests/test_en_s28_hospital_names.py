"""Hospital names as Chinese institutions print them in English: a rank word after "the" opens the
name ("the First Affiliated Hospital of X University"), and "Hospital of <place>" keeps its place
("the People's Hospital of Y City"), instead of a cut or generic name."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "sentence, org",
    [
        (
            "Zhou Kai, Party Secretary of the First Affiliated Hospital of Lanxi Medical University, "
            "attended the meeting.",
            "First Affiliated Hospital of Lanxi Medical University",
        ),
        (
            "Zhou Kai, president of the Second People's Hospital of Fenyang City, attended the "
            "meeting.",
            "Second People's Hospital of Fenyang City",
        ),
        (
            "Zhou Kai, president of the People's Hospital of Fenyang City, attended the meeting.",
            "People's Hospital of Fenyang City",
        ),
    ],
)
def test_the_hospital_is_named_whole(sentence, org):
    found = extract_en(sentence)
    assert {r[2] for r in role_set(found) if r[0] == "Zhou Kai"} == {org}


def test_a_rank_word_before_a_title_stays_out_of_the_name():
    found = extract_en("Zhou Kai, First Vice President of Lanxi Medical University, attended.")
    assert {r[2] for r in role_set(found)} == {"Lanxi Medical University"}
