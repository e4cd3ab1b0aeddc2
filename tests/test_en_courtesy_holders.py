"""Holders printed after their title, a comma and a courtesy title ("the Managing Director, Mr
A,"), lists of such pairs, and attendees after "had in attendance" (sentences written for these
tests)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def found(body: str):
    text = f"Kestrel Bank holds its meeting\n\ndate 2020-05-12 Kestrel Bank held its AGM. {body}\n"
    return extract_article(make_article("x.txt", text))


def roles(got) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in got.roles}


def test_a_title_a_comma_and_a_courtesy_title_before_the_holder_among_those_present():
    got = found("Present were the Managing Director, Mr Tunde Alade, and the shareholders.")
    assert ("Tunde Alade", "general-manager", "Kestrel Bank") in roles(got)
    got = found("The bank said the Managing Director, Mr Tunde Alade, resigned.")
    assert not roles(got)  # whose managing director the sentence does not tell


def test_pairs_of_titles_and_holders_in_a_list():
    got = found(
        "The meeting on May 7, 2020 had in attendance the Managing Director, Mr Tunde Alade,"
        " Company Secretary, Mr. Emeka Obi, and shareholders."
    )
    assert ("Tunde Alade", "general-manager", "Kestrel Bank") in roles(got)
    assert ("Emeka Obi", "board-secretary", "Kestrel Bank") in roles(got)
    assert ("Tunde Alade", "board-secretary", "Kestrel Bank") not in roles(got)
    attendees = {p.person for e in got.events for p in e.participants}
    assert {"Tunde Alade", "Emeka Obi"} <= attendees


def test_a_courtesy_title_after_a_title_with_no_closing_comma_names_no_holder():
    got = found("In a letter to the Chairman, Mr Tunde Alade said profits rose.")
    assert not roles(got)


def test_an_island_is_no_person():
    got = found("The meeting was held at its head office on Victoria Island, Lagos.")
    assert "Victoria Island" not in {p.name for p in got.persons}


def test_an_organisation_described_by_its_owner_after_of():
    got = found("Ravi Menon is currently the Executive Director of state-run Harlow Bank.")
    assert ("Ravi Menon", "director", "Harlow Bank") in roles(got)
    assert ("Ravi Menon", "director", "Kestrel Bank") not in roles(got)


def test_a_name_after_headed_by_is_a_person():
    got = found("Harlow Bank is currently headed by Padmini Varadan, who took charge in 2018.")
    assert "Padmini Varadan" in {p.name for p in got.persons}


def test_titles_written_short_before_a_name():
    got = found(
        "Later CM Yogesh Patil met the delegation. PM Arjun Rao spoke after PM Rao arrived."
    )
    names = {p.name for p in got.persons}
    assert {"Yogesh Patil", "Arjun Rao"} <= names
    assert not {n for n in names if n.startswith(("CM ", "PM "))}


def test_a_hyphenated_md_and_ceo_before_a_comma_and_the_holder():
    got = found("Harlow Bank MD-CEO, Tunde Alade expressed enthusiasm over the results.")
    assert ("Tunde Alade", "general-manager", "Harlow Bank") in roles(got)


def test_country_and_regional_heads_are_titles():
    got = found(
        "Harlow Oil's Country Manager, Tom Hale, paid a courtesy visit. Ruth Alder, Regional"
        " Director of Oakfield Bank, also spoke."
    )
    assert ("Tom Hale", "other", "Harlow Oil") in roles(got)
    assert ("Ruth Alder", "other", "Oakfield Bank") in roles(got)
