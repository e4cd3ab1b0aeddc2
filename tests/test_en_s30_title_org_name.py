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
        "KARACHI, May 9: Chairman Maritime Board of Veldoria Farhan Sadiq, High Commissioner "
        "Bilal Ahmed Durrani, Director Customs Division and other officers joined the talks."
    )
    roles = role_set(found)
    assert ("Farhan Sadiq", "chairman", "Maritime Board of Veldoria", "current") in roles
    assert not any(r[0] == "Bilal Ahmed Durrani" for r in roles)


def test_body_before_title_then_an_unrelated_bare_title_takes_no_share_of_it():
    found = extract_en(
        "DUNEDIN, May 9: The party includes Marlow Rowing Institute Chief Executive Oskar Dorsey, "
        "Senior Adviser Communications Greta Lindqvist and Councillor Fergus Pratt."
    )
    roles = role_set(found)
    assert ("Oskar Dorsey", "general-manager", "Marlow Rowing Institute", "current") in roles
    assert not any(r[0] == "Greta Lindqvist" and r[2] == "Marlow Rowing Institute" for r in roles)


def test_deputy_rank_of_the_item_before_shares_its_body():
    found = extract_en(
        "INVERNESS, May 9: The visitors met Glenmoor College Principal Fiona Strachan, "
        "Vice Principals Ewan Doig, Morag Tait and Callum Reid."
    )
    roles = role_set(found)
    for name in ("Ewan Doig", "Morag Tait", "Callum Reid"):
        assert any(r[0] == name and r[2] == "Glenmoor College" for r in roles), name


def test_title_then_unread_body_is_no_page_organisation_post():
    found = extract_en(
        "KARACHI, May 9: The Corvane Shipping team met officials in Karachi. High Commissioner "
        "Bilal Ahmed Durrani, Director Customs Division and other officers also joined the talks."
    )
    roles = role_set(found)
    assert not any(r[0] == "Bilal Ahmed Durrani" and r[2] == "Corvane Shipping" for r in roles)
