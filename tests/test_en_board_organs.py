"""Posts on a company's board are posts at the company (kg/extract/en/board_organs.py)."""

from __future__ import annotations

from kg.extract.en.board_organs import board_owner
from kg.extract.en.lexicon import get_lexicon
from kg.vocab import load_vocab
from tests.helpers_en import extract_en, role_set

HEADLINE = "Nordbahn receives federal support for its network"


def test_the_board_names_its_owner_before_or_after():
    lex = get_lexicon(load_vocab())
    assert board_owner("Nordbahn Supervisory Board", lex) == ("Nordbahn", "Supervisory")
    assert board_owner("the Management Board of Nordbahn AG", lex) == ("Nordbahn AG", "Management")
    assert board_owner("Supervisory Board", lex) is None
    assert board_owner("Nordbahn AG", lex) is None
    assert board_owner("Kenya Tourism Board", lex) is None


def test_chairs_of_both_boards_are_at_the_company():
    found = extract_en(
        "Dr. Hans Vogel, Chairman of the Nordbahn Supervisory Board, and Dr. Karl Brenner, "
        "Chairman of the Management Board of Nordbahn AG, welcomed the decision.",
        headline=HEADLINE,
    )
    held = role_set(found)
    assert ("Hans Vogel", "chairman", "Nordbahn AG", "current") in held
    # the chairman of a management board is the chief executive, not the company's chairman
    assert ("Karl Brenner", "other", "Nordbahn AG", "current") in held
    assert ("Karl Brenner", "chairman", "Nordbahn AG", "current") not in held
    assert not [o for o in found.orgs if "Board" in o.name]


def test_a_board_named_by_an_acronym_gives_the_acronym():
    found = extract_en(
        "Dr. Hans Vogel, Chairman of the NB Supervisory Board, said the support helps.",
        headline=HEADLINE,
    )
    assert ("Hans Vogel", "chairman", "NB", "current") in role_set(found)
    assert found.main_org != "NB Supervisory Board"
