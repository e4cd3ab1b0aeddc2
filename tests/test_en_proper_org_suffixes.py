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


def test_a_brewer_or_a_food_firm_saying_something_is_no_person():
    found = extract_en(
        "Harlow Breweries said on Tuesday it agreed to sell its malt unit. Tessel Foods said it"
        " would bid as well.",
        headline="Brewer agrees sale",
    )
    names = {p.name for p in found.persons}
    assert not names & {"Harlow Breweries", "Tessel Foods"}
    assert {"Harlow Breweries", "Tessel Foods"} <= {o.name for o in found.orgs}


def test_a_french_brothers_firm_as_adviser_is_no_person():
    found = extract_en(
        "Harlow Breweries agreed to sell its malt unit to Corvane Holdings. Pellin Freres was the"
        " adviser to Harlow, while Corvane chief executive Tom Hastel said the deal would close in"
        " June.",
        headline="Brewer agrees sale",
    )
    names = {p.name for p in found.persons}
    assert "Pellin Freres" not in names
    assert "Tom Hastel" in names


def test_a_group_plc_and_its_bare_name_stay_two_organisations():
    # the bare name is as often the group's operating subsidiary: no alias across articles
    found = extract_en(
        "Currently, Ann Telby is chair of Marlow Healthcare Group PLC and Denholt PLC. Marlow"
        " Healthcare shares were down 1.0% at 236.15p.",
        headline="Chair named",
    )
    orgs = {o.name: o.aliases for o in found.orgs}
    assert "Marlow Healthcare" not in orgs.get("Marlow Healthcare Group PLC", ())
