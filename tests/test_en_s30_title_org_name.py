"""South Asian official lists: a title, the body's name alone, then the holder's name."""

from tests.helpers_en import extract_en, role_set


def test_acronym_between_title_and_name_is_no_part_of_the_name():
    found = extract_en(
        "ISLAMABAD, July 3: The meeting was attended by Chairman KDA Tariq Mehmood and "
        "other senior officers."
    )
    names = {p.name for p in found.persons}
    assert "Tariq Mehmood" in names
    assert "KDA Tariq Mehmood" not in names
    assert ("Tariq Mehmood", "chairman", "KDA", "current") in role_set(found)


def test_title_then_body_then_name_is_the_later_name_post():
    found = extract_en(
        "ISLAMABAD, July 3: Farid Khanzada, Chairman Bolt Insurance Asad Rauf and other "
        "officers attended the meeting."
    )
    roles = role_set(found)
    assert ("Asad Rauf", "chairman", "Bolt Insurance", "current") in roles
    assert not any(r[0] == "Farid Khanzada" for r in roles)


def test_no_apposition_after_a_title_body_name_item():
    found = extract_en(
        "ISLAMABAD, July 3: CEO Tarbela Development Fund Naveed Qamar, Chairman Bolt "
        "Insurance Asad Rauf, Special Secretary Finance and other officers attended the meeting."
    )
    roles = role_set(found)
    assert ("Naveed Qamar", "general-manager", "Tarbela Development Fund", "current") in roles
    assert ("Asad Rauf", "chairman", "Bolt Insurance", "current") in roles
    assert not any(r[0] == "Asad Rauf" and r[1] != "chairman" for r in roles)


def test_sapm_is_a_title_not_an_organisation():
    found = extract_en(
        "ISLAMABAD, July 3: SAPM on Finance Farid Khanzada chaired the meeting on Monday."
    )
    assert "SAPM" not in {o.name for o in found.orgs}
    assert "Farid Khanzada" in {p.name for p in found.persons}


def test_bare_title_after_a_title_body_name_item_takes_no_share_of_its_body():
    found = extract_en(
        "ISLAMABAD, July 3: Governor Central Bank of Ruritania Tariq Hameed, Ambassador Omar "
        "Farooq Rana, Secretary Revenue Division and senior officials attended the meeting."
    )
    roles = role_set(found)
    assert ("Tariq Hameed", "other", "Central Bank of Ruritania", "current") in roles
    assert not any(r[0] == "Omar Farooq Rana" for r in roles)


def test_body_before_title_then_an_unrelated_bare_title_takes_no_share_of_it():
    found = extract_en(
        "WELLINGTON, July 3: The delegation includes Kestrel Flight Academy Chief Executive "
        "Peter Vane, Principal Advisor Corporate Lisa Morrow and Councillor Rob Hale."
    )
    roles = role_set(found)
    assert ("Peter Vane", "general-manager", "Kestrel Flight Academy", "current") in roles
    assert not any(r[0] == "Lisa Morrow" and r[2] == "Kestrel Flight Academy" for r in roles)


def test_deputy_rank_of_the_item_before_shares_its_body():
    found = extract_en(
        "ABERDEEN, July 3: The delegation met Kestrel University Principal George Lamb, "
        "Vice Principals Alan Reed, Ruth Moss and Pete Lane."
    )
    roles = role_set(found)
    for name in ("Alan Reed", "Ruth Moss", "Pete Lane"):
        assert any(r[0] == name and r[2] == "Kestrel University" for r in roles), name


def test_title_then_unread_body_is_no_page_organisation_post():
    found = extract_en(
        "ISLAMABAD, July 3: The Kestrel Bank team met officials in Islamabad. "
        "Ambassador Omar Farooq Rana, Secretary Revenue Division and senior officials also "
        "attended the meeting."
    )
    roles = role_set(found)
    assert not any(r[0] == "Omar Farooq Rana" and r[2] == "Kestrel Bank" for r in roles)
