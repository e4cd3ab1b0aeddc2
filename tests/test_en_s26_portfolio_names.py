"""Session 26: a name right after "Minister for <portfolio>" with no comma ("Minister for Trade
and Industry Tan Boon Heng met ...") is read whole, three-part Chinese names included; a
numbered portfolio ("Minister of Defence II A B", "Minister of Finance and Economy II") gives
its number to no name."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en

HEADLINE = "Ministers meet visiting delegation"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Minister for Trade and Industry Tan Boon Heng met the visitors on Monday.",
            "Tan Boon Heng",
        ),
        ("Minister for Health Ong Kah Wee met the visitors on Monday.", "Ong Kah Wee"),
        ("Minister of Defence II Halim Yusri met the visitors on Monday.", "Halim Yusri"),
    ],
)
def test_a_name_after_a_portfolio_with_no_comma(sentence: str, name: str) -> None:
    names = {p.name for p in extract_en(sentence, headline=HEADLINE).persons}
    assert name in names
    assert not any(n.startswith("II ") for n in names)


def test_a_numbered_portfolio_is_no_name() -> None:
    found = extract_en(
        "The deal was signed by Datuk Dr Amin Halim, who is also Minister of Finance and Economy "
        "II. He met the visitors on Monday.",
        headline=HEADLINE,
    )
    names = {p.name for p in found.persons}
    assert "Economy II" not in names
