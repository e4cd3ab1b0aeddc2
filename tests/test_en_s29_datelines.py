"""A dateline's place of two words in capitals ("ABU DHABI, (Agency - 2nd May, 2021)") is a
place: no word of it is read as an acronym's organisation."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "line",
    [
        "PORT LOUIS, (Island Wire - 02nd May, 2021) Karel Novak, Minister of Industry, received "
        "Jana Dvorak, the Czech Ambassador.",
        "SAN MARCOS, May 2 (Island Wire) -- Karel Novak, Minister of Industry, received Jana "
        "Dvorak, the Czech Ambassador.",
    ],
)
def test_no_word_of_a_two_word_dateline_is_an_organisation(line):
    names = {o.name for o in extract_en(line).orgs}
    assert not names & {"PORT", "LOUIS", "SAN", "MARCOS"}
    assert "Island Wire" in names


def test_an_acronym_after_a_dateline_is_still_read():
    found = extract_en(
        "LONDON, May 2 (Island Wire) -- Karel Novak, chairman of KVZ, said sales rose."
    )
    assert "KVZ" in {o.name for o in found.orgs}


def test_three_credits_in_a_dateline_bracket_running_into_the_story():
    found = extract_en(
        "PORT LOUIS, (Lagoon Net / Island Point News / Wire - 02nd May, 2021) Karel Novak, "
        "Minister of Industry, received Jana Dvorak, the Czech Ambassador."
    )
    assert {"Lagoon Net", "Island Point News"} <= {o.name for o in found.orgs}


def test_agencies_in_capitals_in_a_dateline_bracket_are_one_name_each():
    found = extract_en(
        "PORT LOUIS (THE LAGOON/ISLAND NEWS NETWORK) - Tarn Holdings Ltd has appointed Karel Novak "
        "as its chairman, the company said on Monday."
    )
    names = {o.name for o in found.orgs}
    assert {"THE LAGOON", "ISLAND NEWS NETWORK"} <= names
    assert not names & {"THE", "LAGOON", "PORT", "LOUIS"}


def test_a_share_code_with_its_quote_link_is_no_organisation():
    found = extract_en(
        "TORONTO - Tarn Mining Corp. (TSX:TRN) (TRN.TO: Quote) said on Monday that chief "
        "executive Jane Rowe will retire."
    )
    assert {o.name for o in found.orgs} == {"Tarn Mining Corp."}
