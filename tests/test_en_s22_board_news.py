"""Board and management changes in native English company and industry-body news: a post left as
"<organisation>'s <titles>" and "from its board", two titles joined by a hyphen, a board named
"<organisation> Board" (the organisation's), a seat "on the <organisation> Board", a second
clause leaving the board ("... and has also stepped down from the Board"), and a post given after
an apposition closed by no comma ("A, Chief Executive of X was elected Vice Chairman")."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set

HEADLINE = "Copper miner announces leadership change"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Ivan Marsh is stepping down as Quillon Copper's chief executive.", "general-manager"),
        (
            "Ivan Marsh has resigned as Quillon Copper's finance director.",
            "chief-financial-officer",
        ),
        ("Ivan Marsh will retire as Quillon Copper's chair.", "chairman"),
    ],
)
def test_a_post_left_at_an_organisation_named_with_a_possessive(sentence, role):
    held = role_set(extract_en(sentence, headline=HEADLINE))
    assert ("Ivan Marsh", role, "Quillon Copper", "former") in held


def test_a_hyphenated_pair_of_titles_and_the_board_left_with_them():
    held = role_set(
        extract_en(
            "Ivan Marsh is stepping down as Quillon Copper's president-CEO, and from its board "
            "of directors, with immediate effect.",
            headline=HEADLINE,
        )
    )
    assert ("Ivan Marsh", "general-manager", "Quillon Copper", "former") in held
    assert ("Ivan Marsh", "director", "Quillon Copper", "former") in held


def test_both_titles_of_a_hyphenated_pair_are_held():
    held = role_set(
        extract_en(
            "Ivan Marsh, chairman-CEO of Quillon Copper, opened the mill.", headline=HEADLINE
        )
    )
    assert ("Ivan Marsh", "chairman", "Quillon Copper", "current") in held
    assert ("Ivan Marsh", "general-manager", "Quillon Copper", "current") in held


COUNCIL = "Fjord Seafood Council of Norway"


def test_the_board_of_a_named_organisation_is_that_organisation():
    found = extract_en(
        f"The {COUNCIL} (FSCN) met on Tuesday. Mrs Dagny Holm was today elected Chair of the "
        f"{COUNCIL} Board. She has been on the FSCN Board since 2015.",
        headline="New chair for seafood council",
    )
    held = role_set(found)
    assert ("Dagny Holm", "chairman", COUNCIL, "current") in held
    assert ("Dagny Holm", "director", COUNCIL, "current") in held
    assert not [o for o in found.orgs if o.name.endswith("Board")]


def test_a_second_clause_leaving_the_board_is_the_subjects():
    held = role_set(
        extract_en(
            f"The {COUNCIL} held its annual meeting. The outgoing Chair Mr Olaf Dahl is standing "
            "down after four years in the role and has also stepped down from the Board after "
            "nine years to focus on his new post with Vestby Shipping.",
            headline="New chair for seafood council",
        )
    )
    assert ("Olaf Dahl", "chairman", COUNCIL, "former") in held
    assert ("Olaf Dahl", "director", COUNCIL, "former") in held
    assert not [r for r in held if r[0] == "Olaf Dahl" and r[2] == "Vestby Shipping"]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Mr Olaf Dahl, Chief Executive Officer of Vestby Shipping was elected Deputy Chair.",
            "Vestby Shipping",
        ),
        (
            "Mr Olaf Dahl, Chief Executive Officer of Vestby Shipping's ferry business was "
            "elected Deputy Chair.",
            "Vestby Shipping",
        ),
    ],
)
def test_a_post_given_after_an_apposition_closed_by_no_comma(sentence, company):
    held = role_set(
        extract_en(
            f"The {COUNCIL} held its annual meeting. " + sentence,
            headline="New chair for seafood council",
        )
    )
    assert ("Olaf Dahl", "vice-chairman", COUNCIL, "current") in held
    assert [r for r in held if r[0] == "Olaf Dahl" and r[1] == "general-manager"]


def test_a_senior_vice_chair_and_a_title_for_a_country_of_a_company():
    held = role_set(
        extract_en(
            f"The {COUNCIL} held its annual meeting. Mr Olaf Dahl, Managing Director, Norway, "
            "Vestby Shipping was also elected as Senior Vice Chairman.",
            headline="New chair for seafood council",
        )
    )
    assert ("Olaf Dahl", "vice-chairman", COUNCIL, "current") in held
    assert not [
        r for r in held if r[0] == "Olaf Dahl" and r[1] != "vice-chairman" and r[2] == COUNCIL
    ]


BANK = "Oakridge Savings Bank"


def test_a_lead_independent_director_now_and_the_one_taking_the_post_up():
    held = role_set(
        extract_en(
            f"{BANK} named a new chair. Mira Sato, who is now lead independent non-executive "
            "director, will take over from Colm Rea from June 3. Sato's lead independent "
            "non-executive director role will be taken up by Hugo Lind, the bank said.",
            headline="Savings bank picks chair",
        )
    )
    assert ("Mira Sato", "independent-director", BANK, "current") in held
    assert ("Hugo Lind", "independent-director", BANK, "current") in held
    # the post Sato holds now is not the one Rea leaves
    assert not [r for r in held if r[0] == "Colm Rea" and r[1] == "independent-director"]


def test_the_post_in_an_apposition_is_not_the_one_taken_over():
    held = role_set(
        extract_en(
            f"{BANK} named a new chief. Mira Sato, the chief operating officer, will take over "
            "as chief executive from Colm Rea.",
            headline="Savings bank picks chief",
        )
    )
    assert ("Mira Sato", "general-manager", BANK, "current") in held
    assert ("Colm Rea", "general-manager", BANK, "former") in held
    assert not [r for r in held if r[0] == "Colm Rea" and r[1] != "general-manager"]


def test_a_board_joined_in_a_relative_clause_is_a_seat():
    held = role_set(
        extract_en(
            f"{BANK} announced board changes. Colm Rea, who joined the board in 2009, will "
            "retire in May.",
            headline="Savings bank board changes",
        )
    )
    assert ("Colm Rea", "director", BANK, "current") in held


def test_a_sentence_naming_the_company_without_its_legal_form_keeps_its_post():
    found = extract_en(
        "Tarnwell PLC, the building materials group, announces changes to its Board.\n"
        "Dame Ruth Avery, 64, Chairman, intends to retire from the Tarnwell Board next May. "
        "Dame Ruth has recently been appointed Chairman of Brookfield Water plc.",
        headline="Tarnwell PLC board change",
    )
    held = role_set(found)
    assert ("Ruth Avery", "chairman", found.main_org, "current") in held
    assert found.main_org and found.main_org.startswith("Tarnwell")
    assert ("Ruth Avery", "chairman", "Brookfield Water plc", "current") in held
