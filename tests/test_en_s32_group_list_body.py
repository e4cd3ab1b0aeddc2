"""A list of titled names after a group of a body's own people ("officials of X, including",
"the board of X led by"): the entries naming no body are X's, each list keeping its own body
when two such lists share a sentence (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_two_lists_keep_their_own_bodies():
    found = extract_en(
        "Officials of Brookfield University, including Party Secretary Tom Harlow and Vice "
        "President Anna Pell, and officials of Carver College, including Party Secretary Ben "
        "Ruddle and Vice President Sam Ortt, attended the ceremony."
    )
    roles = {(r.person, r.org) for r in found.roles}
    assert ("Tom Harlow", "Brookfield University") in roles
    assert ("Anna Pell", "Brookfield University") in roles
    assert ("Ben Ruddle", "Carver College") in roles
    assert ("Sam Ortt", "Carver College") in roles
    assert ("Ben Ruddle", "Brookfield University") not in roles
    assert ("Sam Ortt", "Brookfield University") not in roles


def test_entry_after_a_verb_is_not_the_groups():
    found = extract_en(
        "Officials of Brookfield University, including Vice President Anna Pell, met "
        "President Ben Ruddle of Carver College and Secretary Sam Ortt.",
        headline="Carver College Hosts Visitors",
    )
    roles = {(r.person, r.org) for r in found.roles}
    assert ("Anna Pell", "Brookfield University") in roles
    assert ("Sam Ortt", "Brookfield University") not in roles


def test_board_led_by_its_chairman():
    found = extract_en(
        "Later, the minister received a call by the board of directors of the Harwick "
        "Development Bank (HDB) led by board chairman Tom Harlow. Ortley Energy said the "
        "project would go ahead.",
        headline="Ortley Energy Signs Project Deal",
    )
    roles = {(r.person, r.org) for r in found.roles}
    assert ("Tom Harlow", "Harwick Development Bank") in roles
    assert ("Tom Harlow", "Ortley Energy") not in roles
