"""A name of three words right after "<title> of the <body>" with no comma ("Chairman of the
Harlow People's Committee Dao Minh Thu received ..."), whatever its language (sentences
invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_three_word_name_after_a_titled_body_with_no_comma():
    found = extract_en(
        "Officials met the guests on 3 May 2023. Chairman of the Harlow People's Committee Dao "
        "Minh Thu received the delegation. Secretary of the Brenfield Party Committee Kha Ngoc "
        "Lien said the two sides would cooperate."
    )
    names = {p.name for p in found.persons}
    assert {"Dao Minh Thu", "Kha Ngoc Lien"} <= names
    roles = role_set(found)
    # a government's committee: its chairman chairs no board (role "other")
    assert ("Dao Minh Thu", "other", "Harlow People's Committee", "current") in roles
    assert ("Kha Ngoc Lien", "party-secretary", "Brenfield Party Committee", "current") in roles


def test_body_not_ending_organisations_gives_no_name():
    found = extract_en(
        "Officials met the guests on 3 May 2023. The Chairman of the Harlow Spring Festival "
        "Opening Ceremony Dinner was held there."
    )
    assert not found.persons
