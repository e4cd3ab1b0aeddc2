"""Resignations stated with "tendered/submitted his resignation", a noun apposition before "has
resigned from the board", and a title before "of <adjective> <Name>" (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_resignation_from_a_position_as_makes_the_post_former():
    found = extract_en(
        "Mark Tallis has tendered his resignation from his position as Independent "
        "Non-Executive Chairman of Orvane Holdings with effect from 1 June.",
        headline="Orvane Holdings chairman resigns",
    )
    assert ("Mark Tallis", "chairman", "Orvane Holdings", "former") in role_set(found)
    assert ("Mark Tallis", "chairman", "Orvane Holdings", "current") not in role_set(found)


def test_resignation_as_makes_the_post_former():
    found = extract_en(
        "Mark Tallis has submitted his resignation as chief executive officer of Orvane Holdings.",
        headline="Orvane Holdings chief quits",
    )
    assert ("Mark Tallis", "general-manager", "Orvane Holdings", "former") in role_set(found)


def test_resignation_from_the_board_after_a_noun_apposition():
    found = extract_en(
        "Mark Tallis, an independent director of Orvane Bank, has tendered his resignation from "
        "the board with immediate effect.",
        headline="Orvane Bank director resigns",
    )
    roles = role_set(found)
    assert ("Mark Tallis", "independent-director", "Orvane Bank", "former") in roles
    assert ("Mark Tallis", "independent-director", "Orvane Bank", "current") not in roles


def test_submitted_resignation_from_the_board_of_the_bank():
    found = extract_en(
        "Orvane Bank said on Thursday that Mark Tallis has submitted his resignation from the "
        "board of directors of the bank, owing to personal reasons.",
        headline="Orvane Bank director resigns",
    )
    assert ("Mark Tallis", "director", "Orvane Bank", "former") in role_set(found)


def test_title_of_an_adjective_and_a_name_is_not_the_pages_company():
    found = extract_en(
        "Orvane Bank confirmed the news on Monday. Dara Kell has resigned as chairman of "
        "troubled Palmer Trust Limited.",
        headline="Orvane Bank confirms resignation",
    )
    assert not any(r.person == "Dara Kell" and r.org == "Orvane Bank" for r in found.roles)
