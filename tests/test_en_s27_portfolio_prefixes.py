"""Session 27 (track 8): a government level and a portfolio printed before a minister's title
("Union Steel Minister A", "Federal Power Minister B") name no company; and an epithet between
"to" and a title ("Adviser to Hon'ble Prime Minister of X A") keeps that title someone else's; a
level ("Federal") or an epithet ("Honourable") between a name and a minister's title is the
title's own word ("A, Federal Minister for Commerce,")."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_level_and_portfolio_before_minister_is_no_company():
    found = extract_en(
        "Union Steel Minister Arvind Kesar chaired a review meeting on Monday. "
        "Federal Power Minister Lata Varman attended the meeting."
    )
    orgs = {o.name for o in found.orgs}
    assert "Union Steel" not in orgs
    assert "Federal Power" not in orgs
    assert not any(r[2] in ("Union Steel", "Federal Power") for r in role_set(found))


def test_company_name_before_a_company_title_is_kept():
    found = extract_en("Norvale Steel chairman Arvind Kesar attended the meeting on Monday.")
    assert ("Arvind Kesar", "chairman", "Norvale Steel", "current") in role_set(found)


def test_epithet_after_to_keeps_the_prime_minister_someone_else():
    found = extract_en(
        "The visiting secretary called on Investment Advisor to Hon'ble Prime Minister of "
        "Kenya Mr. Karim Haldar on Monday."
    )
    roles = role_set(found)
    assert not any(r[0] == "Karim Haldar" and r[2] == "Kenya" and r[1] != "other" for r in roles)
    assert not any(r.person == "Karim Haldar" and "Prime Minister" in r.title for r in found.roles)


def test_federal_level_after_a_name_is_part_of_the_minister_title():
    found = extract_en(
        "A delegation met with Rafiq Dorani, Federal Minister for Commerce, at the Ministry "
        "of Commerce on Monday."
    )
    assert ("Rafiq Dorani", "other", "Ministry of Commerce", "current") in role_set(found)


def test_honourable_after_a_name_opens_the_minister_title():
    found = extract_en(
        "The meeting was also attended by Omar Baleki, Honourable Minister of Commerce, along "
        "with senior officers of the Ministry of Commerce."
    )
    assert ("Omar Baleki", "other", "Ministry of Commerce", "current") in role_set(found)


def test_union_before_a_union_president_stays_a_name():
    found = extract_en("Kelvar Union President Rafiq Dorani met a delegation on Monday.")
    assert ("Rafiq Dorani", "other", "Kelvar Union", "current") in role_set(found)
