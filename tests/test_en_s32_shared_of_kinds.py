"""A title chain sharing one "of X" whose titles belong to different bodies: a Party post or a
government post joined to a congress's or a consultative body's title is the place's, a title
after the body printed before the chain is that body's, and a title after "its" is not the
place's (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_party_secretary_joined_to_a_standing_committee_is_the_provinces():
    found = extract_en(
        "On June 6, Li Mingyuan, Party Secretary and Director of the Standing Committee of "
        "Hunan Province, visited Kestrel Foods and offered guidance.",
        headline="Provincial leaders visit Kestrel Foods",
    )
    roles = role_set(found)
    assert ("Li Mingyuan", "party-secretary", "Hunan Province", "current") in roles
    assert not any(
        r.role == "party-secretary" and "Standing Committee" in r.org for r in found.roles
    )


def test_vice_governor_joined_to_a_consultative_body_is_the_provinces():
    found = extract_en(
        "On June 6, Zhou Bowen, Vice Governor and Vice Chairman of the Hunan Committee of the "
        "Chinese People's Political Consultative Conference, visited Kestrel Foods.",
        headline="Provincial leaders visit Kestrel Foods",
    )
    assert not any(r.role == "vice-governor" and "Conference" in r.org for r in found.roles)
    assert any(r.role == "vice-governor" and r.org.startswith("Hunan") for r in found.roles)


def test_member_after_a_council_named_before_the_chain_is_the_councils():
    found = extract_en(
        "Sheikh Khalid bin Omar Al Nasri, Supreme Council Member and Ruler of Eastport, received "
        "on Wednesday a delegation of traders at his palace.",
        headline="Ruler receives traders",
    )
    assert not any(r.title == "Member" and r.org == "Eastport" for r in found.roles)
    assert ("Khalid bin Omar Al Nasri", "other", "Supreme Council", "current") in role_set(found)


def test_chairman_after_its_is_not_the_states():
    found = extract_en(
        "The Northern Governors Forum met the President on Monday. Led by its Chairman and "
        "Governor of Kiva State, Ade Bello, the delegation arrived at noon.",
        headline="Governors meet the President",
    )
    assert not any(r.role == "chairman" and r.org == "Kiva State" for r in found.roles)
    assert ("Ade Bello", "governor", "Kiva State", "current") in role_set(found)
