"""A two-word honorific after "Title of X" ("Director-General of Education Tan Sri Dr A") opens the
holder's name and ends the body's name: no body "Education Tan". "Minister Without Portfolio" is
one title, not part of a person's name."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_an_honorific_pair_ends_the_body_after_of():
    found = extract_en("Director-General of Education Tan Sri Dr Amin Rahman attended the meeting.")
    assert not any("Tan" in o.name for o in found.orgs)
    assert "Amin Rahman" in {p.name for p in found.persons}


def test_an_honorific_pair_after_a_company_keeps_the_post():
    found = extract_en("Chairman of Kelvane Berhad Tan Sri Amin Rahman attended the meeting.")
    assert ("Amin Rahman", "chairman", "Kelvane Berhad", "current") in role_set(found)


def test_minister_without_portfolio_is_a_title():
    found = extract_en("Minister Without Portfolio Tomas Reinholt met investors on Monday.")
    assert {p.name for p in found.persons} == {"Tomas Reinholt"}
