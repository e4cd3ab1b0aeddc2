"""Councils and their delegations: mayors and councillors of a district council, posts printed with
their field between title and name, and list entries that are no one's name."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEADLINE = "Council delegation visits its sister city in Japan"
OPENING = "A delegation of the Kowhai District Council left for Japan on Monday. "


def test_mayor_and_councillor_on_their_district_council_page():
    held = role_set(
        extract_en(
            OPENING + "The delegation is led by Mayor Hemi Roe. Councillor Rob Tane joined them.",
            headline=HEADLINE,
        )
    )
    assert ("Hemi Roe", "mayor", "Kowhai District Council", "current") in held
    assert ("Rob Tane", "other", "Kowhai District Council", "current") in held


def test_a_councillor_on_a_company_page_gets_no_company_post():
    found = extract_en(
        "Kestrel Mining opened its new plant. Councillor Rob Tane attended the opening.",
        headline="Kestrel Mining opens a new plant",
    )
    assert not [r for r in found.roles if r.person == "Rob Tane"]


def test_a_surname_and_the_council_is_no_organisation():
    found = extract_en(
        OPENING + "Mayor Hemi Roe will lead it. Mayor Roe and Kowhai District Council’s Chief "
        "Executive Tama Wiremu are part of the delegation.",
        headline=HEADLINE,
    )
    assert not [o for o in found.orgs if o.name.startswith("Roe")]
    # a council's chief executive is no company's general manager: "other" at the council
    assert ("Tama Wiremu", "other", "Kowhai District Council", "current") in role_set(found)


def test_vice_chair_in_brackets_of_a_board_list():
    held = role_set(
        extract_en(
            "The new directors are Marina Holt (chair), Michael Rowe (vice-chair), Lisa Penn "
            "and Wade Lund.",
            headline="Kestrel Hydro names a new board",
        )
    )
    assert ("Marina Holt", "chairman", "Kestrel Hydro", "current") in held
    assert ("Michael Rowe", "vice-chairman", "Kestrel Hydro", "current") in held


def test_a_field_between_title_and_name_is_no_part_of_the_name():
    found = extract_en(
        OPENING + "The delegation includes Kowhai Pilot Academy Chief Executive Ari Bell, "
        "Principal Advisor Corporate - International Relations Mere Kahu, Councillor Rob Tane "
        "and others.",
        headline=HEADLINE,
    )
    names = {p.name for p in found.persons}
    assert "Mere Kahu" in names
    assert not [n for n in names if "Advisor" in n or "Relations" in n]
    held = role_set(found)
    assert ("Ari Bell", "general-manager", "Kowhai Pilot Academy", "current") in held
    # the entry before names an academy: a councillor is none of its posts
    assert ("Rob Tane", "other", "Kowhai Pilot Academy", "current") not in held
    assert not [r for r in held if r[0] == "Ari Bell" and r[1] == "other"]


def test_a_field_of_a_post_between_title_and_holder():
    held = role_set(
        extract_en(
            "Kestrel Mining General Manager Human Resources Dan Roe resigned on Friday.",
            headline="Kestrel Mining announces changes",
        )
    )
    assert ("Dan Roe", "general-manager", "Kestrel Mining", "current") in held
