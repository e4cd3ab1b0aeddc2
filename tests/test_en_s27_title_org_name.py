"""Session 27 (track 8): a title, then the organisations it is held at after commas, then the
holder ("led by Secretary, Ministry of Trade, Dr A"): the name after them holds the title there;
a name printed before the title keeps it ("A, Chairman, X Ltd, B, Director, Y Bank")."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_title_then_ministry_then_holder():
    found = extract_en(
        "The visiting delegation was led by Secretary, Ministry of Commerce, Dr Omar Baleki "
        "on Monday."
    )
    assert ("Omar Baleki", "other", "Ministry of Commerce", "current") in role_set(found)


def test_title_then_company_then_holder_with_honorific():
    found = extract_en(
        "The meeting was attended by the Chairman, Kelvar Textiles Ltd, Mr Omar Baleki, on Monday."
    )
    assert ("Omar Baleki", "chairman", "Kelvar Textiles Ltd", "current") in role_set(found)


def test_names_before_their_titles_keep_them_in_a_list():
    found = extract_en(
        "Rafiq Dorani, Chairman, Kelvar Textiles Ltd, Omar Baleki, Director, Norvale Bank, "
        "attended the meeting on Monday."
    )
    roles = role_set(found)
    assert ("Rafiq Dorani", "chairman", "Kelvar Textiles Ltd", "current") in roles
    assert ("Omar Baleki", "director", "Norvale Bank", "current") in roles
    assert not any(r[0] == "Omar Baleki" and r[2] == "Kelvar Textiles Ltd" for r in roles)
