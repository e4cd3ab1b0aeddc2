"""A list of "title Name" entries after a first entry "Name, title of X": the later entries
with no body of their own are X's, up to the list's last entry after ", and"; an entry naming
its own body keeps it (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_titled_entries_after_an_owned_entry_share_its_body():
    found = extract_en(
        "The guests were received by Liu Fang, Party Secretary of Dongshan College, Dean Zhao "
        "Ming, Deputy Secretary Qian Li, and Vice Dean Sun Lei."
    )
    roles = {(r.person, r.org) for r in found.roles}
    for name in ("Liu Fang", "Zhao Ming", "Qian Li", "Sun Lei"):
        assert (name, "Dongshan College") in roles


def test_owners_possessive_before_the_body():
    found = extract_en(
        "They were met by Guo Hai, Party Secretary of Beicheng's Institute of Marine Science, "
        "Dean Tan Wei, and Vice Dean Lu Yang."
    )
    roles = {(r.person, r.org) for r in found.roles}
    assert ("Tan Wei", "Institute of Marine Science") in roles
    assert ("Lu Yang", "Institute of Marine Science") in roles


def test_last_entry_after_comma_and():
    found = extract_en(
        "Prof. Hu Dan, the Party Secretary of Westfield Polytechnic, and Dr. Kong Ru, the "
        "Vice President, greeted the visitors."
    )
    assert any(r.person == "Kong Ru" and r.org == "Westfield Polytechnic" for r in found.roles)

    # an entry naming its own body after its holder keeps it
    found = extract_en(
        "The minister received Ambassador Tom Ode, the new ambassador of the Republic of Kenya, "
        "and Ambassador Eva Lind, the new ambassador of the Kingdom of Sweden."
    )
    assert not any(r.person == "Eva Lind" and "Kenya" in r.org for r in found.roles)


def test_governor_after_a_party_chief_is_at_the_provinces_government():
    found = extract_en(
        "A delegation headed by Mo Tian, Party Chief of CPC Zhejiang Provincial Committee, and "
        "Governor Rui Pang, visited Anhui on Monday."
    )
    governors = [r.org for r in found.roles if r.person == "Rui Pang" and r.role == "governor"]
    assert governors and all(org.startswith("Zhejiang") for org in governors)
