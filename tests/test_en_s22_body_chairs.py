"""Chairs and members of bodies that are no company's board: an association's or a chamber's
chairman ("other"), a member of the Political Bureau (no Party committee's seat), and a member of
its Standing Committee (that committee's, not the bureau's)."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set

HEADLINE = "Delegation tours the new port district"


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "Marek Olsson, chairman of the Baltic Timber Traders Association, toured the port.",
            "Baltic Timber Traders Association",
        ),
        (
            "Marek Olsson is Executive Chairman of the General Association of Nordic Shippers "
            "(GANS).",
            "General Association of Nordic Shippers",
        ),
        (
            "Marek Olsson, chairman of the Riga Chamber of Commerce, toured the port.",
            "Riga Chamber of Commerce",
        ),
    ],
)
def test_the_chair_of_an_association_or_chamber_is_no_board_chairman(sentence, org):
    company = " Anna Berg, chairman of Baltic Timber Holdings Ltd, joined him."
    held = role_set(extract_en(sentence + company, headline=HEADLINE))
    assert ("Marek Olsson", "other", org, "current") in held
    assert not [r for r in held if r[0] == "Marek Olsson" and r[1] == "chairman"]
    # a company's chairman beside him stays its board's chairman
    assert ("Anna Berg", "chairman", "Baltic Timber Holdings Ltd", "current") in held


def test_a_member_of_the_political_bureau_holds_no_party_committee_seat():
    held = role_set(
        extract_en(
            "Gao Wenliang, a member of the Political Bureau of the CPC Central Committee and "
            "Secretary of the Hubei Provincial Party Committee, toured the port.",
            headline=HEADLINE,
        )
    )
    assert (
        "Gao Wenliang",
        "other",
        "Political Bureau of the CPC Central Committee",
        "current",
    ) in (held)
    assert not [r for r in held if r[1] == "party-committee-member"]
    assert (
        "Gao Wenliang",
        "party-secretary",
        "Hubei Provincial Party Committee",
        "current",
    ) in held


def test_a_member_of_the_bureau_standing_committee_is_that_committee_s():
    held = role_set(
        extract_en(
            "Gao Wenliang, a member of the Standing Committee of the Political Bureau of the CPC "
            "Central Committee, toured the port.",
            headline=HEADLINE,
        )
    )
    org = "Standing Committee of the Political Bureau of the CPC Central Committee"
    assert ("Gao Wenliang", "other", org, "current") in held
    assert not [r for r in held if r[2] == "Political Bureau"]
