"""Board lists whose items carry their own firm or description: "Elected as directors, representing
X, were A of Y, B (Z), ...", "... are non-broker directors former banker A, lawyer B and C"."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEADLINE = "Nordic Exchange elects a new board"


def test_items_with_their_firm_after_of_or_in_brackets_are_all_people():
    found = extract_en(
        "Elected as directors were Anna Berg of Nord Securities, Gerardo Kilmaro (Vessel "
        "Securities), Marisol Lantayan (Harbor Group) and Tomas Wren (Wren Securities).",
        headline=HEADLINE,
    )
    names = {p.name for p in found.persons}
    assert {"Anna Berg", "Gerardo Kilmaro", "Marisol Lantayan", "Tomas Wren"} <= names
    held = role_set(found)
    for name in ("Gerardo Kilmaro", "Marisol Lantayan", "Tomas Wren"):
        assert (name, "director", "Nordic Exchange", "current") in held
    assert ("Anna Berg", "director", "Nord Securities", "current") not in held


def test_a_plural_title_then_a_clause_then_were_opens_the_list():
    found = extract_en(
        "Elected as directors, representing the large brokers, were Gerardo Kilmaro (Vessel "
        "Securities), Marisol Lantayan (Harbor Group) and Henrik Sand (Sand Partners).",
        headline=HEADLINE,
    )
    assert {"Gerardo Kilmaro", "Marisol Lantayan", "Henrik Sand"} <= {p.name for p in found.persons}


def test_described_items_right_after_a_plural_title():
    held = role_set(
        extract_en(
            "Completing the board of the Nordic Exchange are non-broker directors former Customs "
            "Commissioner Tomas Apel, former banker Peter Falk, Kestrel Mining president Erik "
            "Holm, and lawyer Frans Lind of the Lind Law offices.",
            headline=HEADLINE,
        )
    )
    for name in ("Tomas Apel", "Peter Falk", "Erik Holm", "Frans Lind"):
        assert (name, "director", "Nordic Exchange", "current") in held
    assert ("Erik Holm", "general-manager", "Kestrel Mining", "current") in held


def test_a_plural_title_before_a_verb_lists_no_one():
    held = role_set(
        extract_en(
            "The directors met Minister Erik Holm and Peter Falk at the Nordic Exchange.",
            headline=HEADLINE,
        )
    )
    assert not [r for r in held if r[1] == "director"]
