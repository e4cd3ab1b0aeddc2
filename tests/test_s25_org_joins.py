"""Organisations of two articles are not joined on a name that says what a body does but not
whose it is, whichever order its words come in; an agency's credit line a paragraph under a
name is no abbreviation of it.

All names and organisations here are invented for the tests.
"""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.orgnames import is_generic
from kg.read import make_article


@pytest.mark.parametrize(
    "name",
    [
        "Foreign Ministry",
        "Propaganda Department",
        "United Front Work Department",
        "Finance Bureau",
        "Standing Committee of the Municipal People's Congress",
        "Ministry of Finance",  # the head first, as before
    ],
)
def test_generic_names_with_the_head_last(name):
    assert is_generic(name)


@pytest.mark.parametrize(
    "name",
    [
        "Arland Foreign Ministry",
        "Kestrel Mining Department",
        "Lanshan Finance Bureau",
        "Tollund Propaganda Department",
    ],
)
def test_a_name_that_says_whose_is_not_generic(name):
    assert not is_generic(name)


def test_a_credit_line_under_the_headline_is_no_abbreviation():
    text = (
        "Wu Peiran takes the helm of Lanshan Commercial Bank\n\n"
        "Updated: 2014-03-01 10:55\n\n(Newswire)\n\n"
        "BEIJING -- Lanshan Commercial Bank (LCB) announced that Wu Peiran has taken office as "
        "its chairman starting on Friday.\n"
    )
    found = extract_article(make_article("a.txt", text))
    bank = next(o for o in found.orgs if o.name == "Lanshan Commercial Bank")
    assert bank.aliases == ("LCB",)


def test_an_abbreviation_on_the_next_line_is_still_read():
    text = (
        "Lanshan Commercial Bank names a chairman\n\ndate:2014-03-01\n\n"
        "Lanshan Commercial Bank\n(LCB) said on Friday that Wu Peiran is its chairman.\n"
    )
    found = extract_article(make_article("a.txt", text))
    bank = next(o for o in found.orgs if o.name == "Lanshan Commercial Bank")
    assert "LCB" in bank.aliases
