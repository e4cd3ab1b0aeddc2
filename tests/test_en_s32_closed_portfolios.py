"""A minister's portfolio whose words kg's field list does not know ("Minister of Quarries &
Marble Works, Name" or "Name, Minister of Fisheries and Salt Marshes of Veloria"): the words up to
the comma or "of <country>" are the portfolio, and the post is at the ministry the page names with
the same words. Before a name ("Minister of Fisheries Jane Roe") only the known field words count,
so a name never becomes part of a portfolio. Invented names only.
"""

import pytest
from tests.helpers_en import extract_en


def roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in extract_en(text).roles}


@pytest.mark.parametrize(
    "text",
    [
        "Chairman Lin Baoshu met Tomas Brandt, Minister of Fisheries & Salt Marshes of Veloria. "
        "The Ministry of Fisheries and Salt Marshes will support the project.",
        "Chairman Lin Baoshu met Tomas Brandt, Minister of Fisheries and Salt Marshes, on Monday. "
        "The Ministry of Fisheries and Salt Marshes will support the project.",
    ],
)
def test_unknown_portfolio_words_closed_by_a_comma_name_the_ministry(text):
    assert ("Tomas Brandt", "other", "Ministry of Fisheries and Salt Marshes") in roles(text)


def test_no_ministry_when_the_page_names_none_with_those_words():
    held = roles(
        "Chairman Lin Baoshu met Tomas Brandt, Minister of Lagoons and Salt Flats, on Monday. "
        "The Ministry of Lagoons will support the project."
    )
    assert not any(r[0] == "Tomas Brandt" and r[2].startswith("Ministry") for r in held)


def test_a_name_after_the_title_keeps_the_known_field_words():
    held = roles(
        "Minister of Commerce Dr Tomas Brandt, who leads the delegation, met exporters. The "
        "Ministry of Commerce said the talks went well."
    )
    assert ("Tomas Brandt", "other", "Ministry of Commerce") in held
