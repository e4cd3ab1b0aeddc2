"""Posts of a county's or a district's leaders put in English by a translation: a level committee
printed without its article, a deputy "Party chief", a county magistrate or district chief (the
county's or district's own government), and a government post that shares a list with a Party
committee of no named place (no post at the committee)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEADLINE = "County breaks ground on a new water plant"


def test_deputy_secretary_of_municipal_party_committee_without_article():
    held = role_set(
        extract_en(
            "Leaders of the city attended the ceremony: Bai Hongwei, secretary of the municipal "
            "Party committee, deputy secretary of municipal party committee Lou Dingxiang, and "
            "others.",
            headline=HEADLINE,
        )
    )
    assert ("Lou Dingxiang", "deputy-party-secretary", "Municipal Party Committee", "current") in (
        held
    )


def test_a_deputy_party_chief_is_a_deputy_secretary():
    held = role_set(
        extract_en(
            "The Qinglan District Committee met on Monday. Attending were deputy Party chief "
            "Lou Dingxiang and others.",
            headline=HEADLINE,
        )
    )
    assert ("Lou Dingxiang", "deputy-party-secretary", "Qinglan District Committee", "current") in (
        held
    )
    assert not [r for r in held if r[1] == "party-secretary"]


def test_county_magistrate_after_a_party_title_is_the_county_s():
    held = role_set(
        extract_en(
            "The Qinglan County Committee and Kestrel Water signed the deal in Qinglan County on "
            "Monday. Deputy secretary of the county party committee, County magistrate Lou "
            "Dingxiang presided over the signing.",
            headline=HEADLINE,
        )
    )
    assert ("Lou Dingxiang", "deputy-party-secretary", "Qinglan County Committee", "current") in (
        held
    )
    assert ("Lou Dingxiang", "other", "Qinglan County", "current") in held


def test_vice_district_chief_is_the_named_district_government_s():
    held = role_set(
        extract_en(
            "The Qinglan District Government signed the agreement with Kestrel Water. Vice District "
            "Chief Lou Dingxiang attended the signing.",
            headline=HEADLINE,
        )
    )
    assert ("Lou Dingxiang", "other", "Qinglan District Government", "current") in held


def test_a_government_post_beside_an_unplaced_party_committee_is_not_the_committee_s():
    held = role_set(
        extract_en(
            "Signing for the two sides were Lou Dingxiang, standing member of the district Party "
            "committee and vice mayor, and Ge Pingan, vice president of Kestrel Mobile.",
            headline=HEADLINE,
        )
    )
    assert ("Lou Dingxiang", "party-committee-member", "district Party committee", "current") in (
        held
    )
    assert not [r for r in held if r[0] == "Lou Dingxiang" and r[1] != "party-committee-member"]
