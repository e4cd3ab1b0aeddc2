"""English: a company's short name in brackets before its legal form ("of X Group (XG) Plc, A").
Sentences written for these tests; every name and company is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


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
