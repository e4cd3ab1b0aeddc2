"""A company named for a person, with one more word before its legal form ("Harold Vane
International Limited"): a company, not the person "Harold Vane" and a company "International
Limited"."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_a_persons_name_then_a_word_and_a_legal_form_is_a_company():
    found = extract_en(
        "Mei Okafor, interim chief executive of Desmond Ardley Global Limited, said sales rose."
    )
    assert {p.name for p in found.persons} == {"Mei Okafor"}
    assert ("Mei Okafor", "general-manager", "Desmond Ardley Global Limited") in {
        (r.person, r.role, r.org) for r in found.roles
    }


def test_a_name_with_a_generational_suffix_stays_a_person():
    found = extract_en("The board thanked Desmond Ardley Jr. and Mei Okafor for their service.")
    assert "Desmond Ardley Jr." in {p.name for p in found.persons}
