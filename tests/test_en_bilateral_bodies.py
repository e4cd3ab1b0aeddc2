"""Bilateral bodies named with a spaced dash between two countries, and holders introduced by a
title with a modifier (sentences written for these tests)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article
from kg.vocab import fold


def found(body: str):
    return extract_article(make_article("x.txt", f"Council news\n\n{body}\n"))


def test_a_spaced_dash_between_two_countries_stays_inside_the_name():
    for name in (
        "Sri Lanka – Japan Business Council",
        "Peru - Korea Friendship Association",
        "Kenya — Chile Chamber of Commerce",
    ):
        got = found(f"Ruth Alder was elected President of the {name} for the year.")
        assert name in {o.name for o in got.orgs}, name
        assert ("Ruth Alder", name) in {(r.person, r.org) for r in got.roles}


def test_a_dash_after_no_country_still_ends_the_name():
    got = found("Ruth Alder, chair of the Kestrel Council – Japan Business Forum, spoke.")
    assert "Kestrel Council – Japan Business Forum" not in {o.name for o in got.orgs}


def test_dashes_of_every_kind_fold_alike():
    assert fold("Sri Lanka – Japan Council") == fold("Sri Lanka-Japan Council")
    assert fold("Peru — Korea Council") == fold("Peru-Korea Council")


def test_a_holder_introduced_by_a_modified_title():
    got = found("Mahen Tolle, acting President of the Kestrel Council, spoke at the meeting.")
    assert "Mahen Tolle" in {p.name for p in got.persons}
    got = found("Mahen Tolle, interim chief executive of Kestrel Holdings, spoke at the meeting.")
    assert ("Mahen Tolle", "general-manager", "Kestrel Holdings") in {
        (r.person, r.role, r.org) for r in got.roles
    }
