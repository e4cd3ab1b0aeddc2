"""English: a post removed by an active verb ("removed A from his post as T"), and a company's
short name in brackets before its legal form ("of X Group (XG) Plc, A"). Sentences written for
these tests; every name and company is invented."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "sentence",
    [
        "The board removed Tom Baker from his post as chief executive of Qinghe Mining.",
        "The board removed Tom Baker from the position of chief executive of Qinghe Mining.",
    ],
)
def test_removed_from_a_post_is_a_former_post(sentence):
    got = role_set(extract_en(sentence))
    assert ("Tom Baker", "general-manager", "Qinghe Mining", "former") in got
    assert ("Tom Baker", "general-manager", "Qinghe Mining", "current") not in got


def test_a_council_removing_an_official_from_its_own_post():
    got = role_set(
        extract_en(
            "The State Council removed Wang Dali from his post as the State Council "
            "deputy secretary-general."
        )
    )
    assert ("Wang Dali", "other", "State Council", "former") in got


def test_a_short_name_in_brackets_before_the_legal_form():
    got = role_set(
        extract_en(
            "The chairman of Qinghe Exchange Group (QEG) Plc, Tunde Bakare, said profits rose."
        )
    )
    assert ("Tunde Bakare", "chairman", "Qinghe Exchange Group", "current") in got


def test_the_chairman_in_brackets_form_leaving_the_board():
    got = role_set(
        extract_en(
            "The chairman of Qinghe Exchange Group (QEG) Plc, Tunde Bakare, has stepped down "
            "from the board of the company."
        )
    )
    assert ("Tunde Bakare", "chairman", "Qinghe Exchange Group", "former") in got
