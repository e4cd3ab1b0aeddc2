"""Session 26 (track 1): in a list of people each with their posts, a minister printed with a
portfolio of his own does not take the organisation of the entry before; "Supreme" before a
title is the title's word, no company; a party named "Congress" before a member's title is a
body, not a congress held."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_minister_with_own_portfolio_does_not_take_the_entry_before_its_body():
    found = extract_en(
        "The meeting was attended by Ivo Parnell, President of the Dorland Aviation Authority "
        "and Chairman of the Dorland Air Group, Omar Belcastro, Minister of Cabinet Affairs."
    )
    roles = role_set(found)
    assert ("Ivo Parnell", "general-manager", "Dorland Aviation Authority", "current") in roles
    assert not any(r[0] == "Omar Belcastro" for r in roles)


def test_supreme_before_a_title_is_no_company_and_keeps_the_chain():
    found = extract_en(
        "The meeting was attended by Ivo Parnell, President of the Dorland Aviation Authority "
        "and Supreme Chairman of the Dorland Air Group, Omar Belcastro, Minister of Cabinet "
        "Affairs, and Lisa Varga, Minister of State for Trade."
    )
    roles = role_set(found)
    assert ("Ivo Parnell", "chairman", "Dorland Air Group", "current") in roles
    assert not any(r[0] == "Omar Belcastro" for r in roles)
    assert "Supreme" not in {o.name for o in found.orgs}


def test_party_named_congress_before_a_leader_is_no_congress_event():
    found = extract_en(
        "Westshire Congress leader Ravi Menon led a ten-member delegation to meet state Home "
        "Minister Anil Kutty at the latter's residence at Portbury on Tuesday over road repairs."
    )
    assert all(e.kind != "congress" for e in found.events)
