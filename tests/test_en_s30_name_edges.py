"""Edges of a person's name: honours printed after it, and "Tun" inside a Myanmar name."""

from tests.helpers_en import extract_en, role_set


def _persons(found) -> set[str]:
    return {p.name for p in found.persons}


def test_post_nominal_letters_are_no_person_of_their_own():
    found = extract_en(
        "Her Excellency the Honourable Mara Vellin AO QC, Governor of Tasmania, hosted a "
        "reception for the volunteers on 4 May 2023."
    )
    assert "AO QC" not in _persons(found)
    assert "Mara Vellin" in _persons(found)
    assert all(r.person != "AO QC" for r in found.roles)


def test_tun_printed_twice_opens_a_myanmar_name():
    found = extract_en(
        "Managing Director Dr. Tun Tun Maw of Lotus Delta Company said the plan was ready."
    )
    assert "Tun Tun Maw" in _persons(found)
    assert "Tun Tun" not in _persons(found)
    assert ("Tun Tun Maw", "general-manager", "Lotus Delta Company", "current") in role_set(found)


def test_tun_after_a_name_part_ends_the_name():
    found = extract_en("Director Kyaw Zin Tun of Lotus Delta Company said the plan was ready.")
    assert "Kyaw Zin Tun" in _persons(found)


def test_tun_before_a_name_stays_an_honorific():
    found = extract_en("The minister met Tun Abdul Rahim Salleh on Monday.")
    assert "Abdul Rahim Salleh" in _persons(found)
