"""Government and bank notices of South Asia, Africa and the Gulf: "Md" before a name
(Mohammad, no managing director), a non-resident envoy, and two envoys each with the
apposition "the new ambassador of X" (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_md_before_a_name_is_no_managing_director():
    found = extract_en(
        "Md Rafiqul Tanvir met bankers in Dhaka on Monday. MD Jane Orwell of Lotus Bank spoke.",
        headline="Bankers meet",
    )
    assert not any(r.role == "general-manager" and "Tanvir" in r.person for r in found.roles)
    assert ("Jane Orwell", "general-manager", "Lotus Bank", "current") in role_set(found)


def test_non_resident_before_an_envoys_title_is_no_organisation():
    found = extract_en(
        "Non-Resident Ambassador Tomas Brenner presented his credentials on Monday.",
        headline="Credentials presented",
    )
    assert not any("Resident" in o.name for o in found.orgs)
    assert not any("Resident" in r.org for r in found.roles)


def test_new_ambassador_apposition_stays_with_its_own_name():
    found = extract_en(
        "Ambassador Tomas Brenner, the new ambassador of Chile, and Ambassador Lena Voss, the "
        "new ambassador of Peru, presented their credentials on Monday.",
        headline="Credentials presented",
    )
    roles = role_set(found)
    assert not any(r.person == "Lena Voss" and r.org == "Chile" for r in found.roles)
    assert ("Tomas Brenner", "other", "Chile", "current") in roles


def test_possessive_before_a_bracketed_acronym_is_no_part_of_the_name():
    found = extract_en(
        "Lotus Bank acted under the Reserve Bank of Ruritania's (RBR) circular on tenure.",
        headline="Lotus Bank board changes",
    )
    names = {o.name for o in found.orgs}
    assert "Reserve Bank of Ruritania" in names
    assert not any(n.endswith(("'s", "’s")) for n in names)


def test_the_banks_title_is_unread_when_another_bank_than_the_pages_is_named():
    found = extract_en(
        "The Reserve Bank of Ruritania removed the board of Lotus Bank on Monday. The regulator "
        "also acted against the bank's Managing Director Tomas Brenner.",
        headline="Reserve Bank of Ruritania removes Lotus Bank board",
    )
    assert not any(
        r.person == "Tomas Brenner" and r.org == "Reserve Bank of Ruritania" for r in found.roles
    )


def test_mallam_is_an_honorific_not_a_given_name():
    found = extract_en(
        "Kestrel Bank announced the resignation of Mallam Garba Idris as a director.",
        headline="Kestrel Bank director resigns",
    )
    assert "Garba Idris" in {p.name for p in found.persons}
