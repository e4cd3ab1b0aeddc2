"""Session 26 (track 3): envoys' titles in diplomatic readouts: the full envoy title of a
country, and a country's dotted initials before a title."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_ambassador_extraordinary_and_plenipotentiary_of_a_country_is_a_post_of_it():
    found = extract_en(
        "On 12 May, Foreign Minister Dara Velk received Ambassador Extraordinary and "
        "Plenipotentiary of the Republic of Peru to Mongolia Alvaro Quintel. The two sides "
        "discussed trade."
    )
    roles = role_set(found)
    assert any(r[0] == "Alvaro Quintel" and r[1] == "other" and "Peru" in r[2] for r in roles)


def test_envoy_title_after_the_name_takes_the_country_of_the_title():
    found = extract_en(
        "On 3 June, the mayor met Jonas Feld, Ambassador Extraordinary and Plenipotentiary of "
        "Peru to Kenya, and his delegation."
    )
    assert ("Jonas Feld", "other", "Peru", "current") in role_set(found)


def test_dotted_initials_before_a_title_are_the_country():
    found = extract_en(
        "On March 16, Minister Dara Velk received U.S. Ambassador to Mongolia Carl Brenner at "
        "the latter's request. The U.K. Ambassador, Ruth Ablet, also attended."
    )
    roles = role_set(found)
    assert ("Carl Brenner", "other", "United States", "current") in roles
    assert ("Ruth Ablet", "other", "United Kingdom", "current") in roles


def test_envoy_title_with_the_city_of_the_post_before_the_holder():
    found = extract_en(
        "The Consul General of the Republic of Korvia in Mumbai Edgar Holm called on the Governor "
        "of Maharashtra Ravi Pillai at Raj Bhavan on Monday."
    )
    assert "Edgar Holm" in {p.name for p in found.persons}
    # a consul's post is at the consulate-general (the gold's convention), never at the state
    roles = role_set(found)
    assert not any(r[0] == "Edgar Holm" and r[2].endswith("Korvia") for r in roles)


def test_unfamiliar_name_after_an_envoy_title_of_a_country_written_with_the():
    found = extract_en(
        "The Ambassador of the Russian Federation to Sri Lanka Yaroslav Dremko has called on the "
        "Minister of Foreign Affairs Ravi Pillai at the Foreign Ministry."
    )
    roles = role_set(found)
    assert any(r[0] == "Yaroslav Dremko" and r[1] == "other" for r in roles)
