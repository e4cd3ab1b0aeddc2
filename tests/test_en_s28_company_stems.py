"""A company's short name that reads like a person's ("Harvest Pine" of "Harvest Pine Foods") is no
person when the page prints it before an organisation word and it opens with no common given name
or Chinese family name; "Tom Harlow" of "Tom Harlow Holdings" stays a person."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_the_short_name_of_a_company_is_no_person():
    found = extract_en(
        "Bramble Quay Foods said its chief executive Olin Voss met investors on Monday. "
        "Bramble Quay said sales rose."
    )
    assert {p.name for p in found.persons} == {"Olin Voss"}


def test_a_founder_named_in_his_company_stays_a_person():
    found = extract_en("Tom Harlow Holdings said its founder Tom Harlow met investors on Monday.")
    assert "Tom Harlow" in {p.name for p in found.persons}


def test_a_chinese_founder_named_in_his_company_stays_a_person():
    found = extract_en("Zhang Ruolin, founder of Zhang Ruolin Holdings, met investors on Monday.")
    assert "Zhang Ruolin" in {p.name for p in found.persons}
