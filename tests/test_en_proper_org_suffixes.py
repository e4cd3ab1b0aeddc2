"""Company names ending in words such as "Securities" or "Partners" (en.yml
`proper_org_suffixes`): organisations when capitalised, never the end of a person's name, and no
organisation when the word is printed in lower case. "Capital" ends no person's name either
(`not_name_words`), though it names a city as often as it ends a firm's name."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

BOARD = "Nordic Exchange elects a new board"


def test_a_bracketed_firm_ending_in_capital_is_no_person():
    found = extract_en(
        "The Nordic Exchange held its annual meeting on Monday. Elected as directors, representing "
        "the large brokers were Anna Berg of Nordlicht Securities, Tomas Ekholm (Vessel Securities), "
        "Mirja Lindqvist (Diana Capital), Jonas Wren (Ostrom Partners Inc.), Carl Johan Moller "
        "(Moller Securities).",
        headline=BOARD,
    )
    names = {p.name for p in found.persons}
    assert "Diana Capital" not in names
    assert {"Mirja Lindqvist", "Jonas Wren", "Carl Johan Moller"} <= names
    held = role_set(found)
    assert ("Mirja Lindqvist", "director", "Nordic Exchange", "current") in held
    assert ("Carl Johan Moller", "director", "Nordic Exchange", "current") in held


def test_a_firm_ending_in_partners_before_a_title():
    held = role_set(
        extract_en(
            "The council delegation includes Kowhai & Partners General Manager Aroha Tane.",
            headline="Kowhai District Council sends a delegation to Japan",
        )
    )
    assert ("Aroha Tane", "general-manager", "Kowhai & Partners", "current") in held


def test_the_word_in_lower_case_names_no_organisation():
    found = extract_en(
        "Former chairman Carl Berg was named the head of the nation's top securities regulator."
    )
    assert not [o for o in found.orgs if "securities" in o.name]
    assert not found.roles
