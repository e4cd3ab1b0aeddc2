"""English shapes met on real news pages (sentences written for the tests, names invented):
honorific styles that are no names, long names with several particles, rulers, audiences
("received"), and "Present also at the meeting were".
"""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.read import make_article

GULF = """Crown prince receives ruler

MUSCAT, 3 May 2031 (WAM) - His Highness Sheikh Rashid bin Saeed Al Qasimi, Crown Prince of Ras
Kharima, today received His Highness Sheikh Khalid bin Humaid Al Mualla, Ruler of Umm Sahra, at
Qasr Al Waha.

The meeting was attended by H.H. Sheikh Majid bin Rashid bin Saeed Al Qasimi, Deputy Ruler of Ras
Kharima; and Sheikh Sultan bin Majid bin Rashid Al Qasimi, Chairman of the Ras Kharima Ports Company.
""".replace("\n", " ").replace("  ", "\n\n")


def _extract(text: str):
    return extract_article(make_article("x.txt", text))


def test_styles_of_address_are_no_names_and_particles_do_not_cut_long_names():
    names = {p.name for p in _extract(GULF).persons}
    assert "His Highness" not in names
    assert {
        "Rashid bin Saeed Al Qasimi",
        "Khalid bin Humaid Al Mualla",
        "Majid bin Rashid bin Saeed Al Qasimi",
        "Sultan bin Majid bin Rashid Al Qasimi",  # Sultan is a given name here, not a title
    } <= names


def test_rulers_and_an_audience_make_roles_and_talks():
    found = _extract(GULF)
    roles = {(r.person, r.org) for r in found.roles}
    assert ("Khalid bin Humaid Al Mualla", "Umm Sahra") in roles
    assert ("Majid bin Rashid bin Saeed Al Qasimi", "Ras Kharima") in roles
    (talks,) = [e for e in found.events if e.kind == "talks"]
    assert str(talks.start) == "2031-05-03"
    parts = {p.person: p.part for p in talks.participants}
    assert parts["Rashid bin Saeed Al Qasimi"] == "host"
    assert parts["Majid bin Rashid bin Saeed Al Qasimi"] == "attendee"


def test_present_also_at_the_meeting_were():
    found = _extract(
        "Governor meets chairman\n\n2031-06-16\n\nOn June 14, Westland governor Lou Jianfei met "
        "with Larkspur Group board chairman Fang Kerui. Present also at the meeting were Eastport "
        "mayor Qiu Lin and secretary general Mo Tianhe.\n"
    )
    (talks,) = found.events
    parts = {p.person: p.part for p in talks.participants}
    assert parts["Qiu Lin"] == parts["Mo Tianhe"] == "attendee"
    assert parts["Lou Jianfei"] == "met"


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in _extract(text).roles}


def test_a_family_name_opening_an_apposition_stands_for_the_one_person_of_that_name():
    roles = _roles(
        "Larkspur Bank names new chairman\n\nBEIJING, June 1, 2031 -- Larkspur Bank said that "
        "Xia Qiming has taken office as its chairman.\n\nXia, former vice chairman of the Westland "
        "Trust Group, joined the bank in April.\n"
    )
    assert ("Xia Qiming", "vice-chairman", "Westland Trust Group") in roles


def test_two_titled_names_share_the_organisation_named_after_the_second():
    roles = _roles(
        "Chairman Ren of Larkspur Group meets city leaders\n\nOn November 10, 2031, Chairman Ren "
        "Hailong of Larkspur Group met with Party Secretary Qiu Lin and General Manager Mo Tianhe "
        "of Westland Trust Group.\n"
    )
    assert ("Qiu Lin", "party-secretary", "Westland Trust Group") in roles
    assert ("Mo Tianhe", "general-manager", "Westland Trust Group") in roles
    assert not any(org.startswith("Ren ") for _, _, org in roles)  # "Ren of X" is no organisation


def test_a_government_title_before_a_name_of_a_place_city_is_the_places():
    roles = _roles(
        "City leaders meet group\n\nOn November 10, 2031, Chairman Ren Hailong of Larkspur Group met "
        "with Mayor Mo Tianhe of Jinan City.\n"
    )
    assert ("Mo Tianhe", "mayor", "Jinan") in roles


def test_appointment_lists_of_name_title_organisation_give_each_its_own_organisation():
    found = _extract(
        "Ministry announces new heads of agencies\n\nABUJA, May 3, 2031 - The Federal Ministry of "
        "Culture announced the appointments. Mr. Tunde Bakare-Ola, Director General, Harbour "
        "Museum of Textiles; Mrs. Ngozi Amadi, Executive Secretary, Lagoon Film Board, and Prof. "
        "Emeka Obi, General Manager, Coastal Opera Company.\n\nMr. Yusuf Garba was appointed "
        "Managing Director of the Delta Broadcasting Service.\n"
    )
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Tunde Bakare-Ola", "head", "Harbour Museum of Textiles") in roles
    assert ("Ngozi Amadi", "other", "Lagoon Film Board") in roles
    assert ("Emeka Obi", "general-manager", "Coastal Opera Company") in roles
    assert not any(org == "Federal Ministry of Culture" for _, _, org in roles)  # no false link
    assert "Managing" not in {o.name for o in found.orgs}


def test_a_sentence_end_is_no_part_of_an_organisation_before_a_title():
    found = _extract(
        "Officials visit plant\n\nJune 28, 2031\n\nThe visitors praised what was achieved in "
        "building Phase II Project. Deputy Director Han Lu and Chairman Ren Hai then thanked the "
        "staff.\n"
    )
    assert not any(o.name.endswith(".") for o in found.orgs)
    assert not any(r.org.startswith("Phase II") for r in found.roles)


def test_a_lone_president_in_a_company_article_is_not_the_companys_without_the_company_near():
    found = _extract(
        "Governor meets Larkspur Group chairman\n\n2031-06-16\n\nOn June 14, Westland governor Lou "
        "Jianfei met with Larkspur Group board chairman Fang Kerui. Lou said the strategy put "
        "forward by President Ren Zhiyuan created fresh chances for the two sides.\n\nVice "
        "Chairman and President Mo Tianhe of the group attended.\n"
    )
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert not any(person == "Ren Zhiyuan" for person, _, _ in roles)
    assert ("Mo Tianhe", "general-manager", "Larkspur Group") in roles


def test_a_field_of_work_before_the_organisation_is_no_organisation():
    found = _extract(
        "Minister meets investors\n\n2031-04-11 Mehra held talks with Tom Reyes, Head of Strategy "
        "and Planning at Larkspur Capital Partners. Later, Vikram Rao, President of "
        "Aerospace and Defence of Orvanta Group, joined. Ann Lee, chief executive of Harlow, said.\n"
    )
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Tom Reyes", "head", "Larkspur Capital Partners") in roles
    assert ("Vikram Rao", "general-manager", "Orvanta Group") in roles
    assert ("Ann Lee", "general-manager", "Harlow") in roles  # a one-word company still is one
    assert not {"Strategy", "Aerospace"} & {o.name for o in found.orgs}


def test_a_name_between_commas_after_a_minister_and_his_portfolio_is_a_person():
    found = _extract(
        "Minister meets investors\n\n2031-04-11 Union Minister for Ports and Shipping, Arjun "
        "Mehra, while touring Canada, met investors.\n"
    )
    assert "Arjun Mehra" in {p.name for p in found.persons}


def test_a_title_and_a_family_name_or_a_headline_verb_make_no_person():
    found = _extract(
        "Governor Lou Welcomes Larkspur Group Board Chairman Fang Kerui\n\n2031-06-16\n\nOn June "
        "14th, Westland governor Lou Jianfei held talks with Larkspur Group board chairman Fang "
        "Kerui. Governor Lou greeted the guests warmly. Mayor Qiu said the city is ready.\n"
    )
    names = {p.name for p in found.persons}
    assert names == {"Lou Jianfei", "Fang Kerui"}


def test_replaced_as_gives_the_post_to_one_and_the_former_post_to_the_other():
    found = _extract(
        "Banks change leaders\n\nMay 2, 2031\n\nAnn Lee succeeded Tom Reyes as chief executive of "
        "Orvanta Mining, the board said. Earlier this month, Cui Boyang, vice president of the "
        "Westland Commercial Bank, replaced Lu Zhengfang as the bank's president.\n"
    )
    roles = {(r.person, r.role, r.org, r.status) for r in found.roles}
    assert ("Ann Lee", "general-manager", "Orvanta Mining", "current") in roles
    assert ("Tom Reyes", "general-manager", "Orvanta Mining", "former") in roles
    assert ("Tom Reyes", "general-manager", "Orvanta Mining", "current") not in roles
    assert ("Cui Boyang", "general-manager", "Westland Commercial Bank", "current") in roles
    assert ("Lu Zhengfang", "general-manager", "Westland Commercial Bank", "former") in roles


def test_a_ministers_portfolio_is_no_organisation_but_a_ministry_is():
    found = _extract(
        "Minister meets envoy\n\nMay 2, 2031\n\nSheikh Rashid bin Saeed Al Qasimi, Minister of "
        "Foreign Affairs and International Cooperation, received Arjun Mehra, Minister for Trade "
        "and Industry. Chen Ke, vice minister of the Ministry of Industry and Information "
        "Technology, and Kim Lo, Commissioner of the Westland Revenue Authority, attended.\n"
    )
    orgs = {o.name for o in found.orgs}
    assert not {"Foreign Affairs and International Cooperation", "Trade and Industry"} & orgs
    assert {"Ministry of Industry and Information Technology", "Westland Revenue Authority"} <= orgs


def _posts(text: str) -> set[tuple[str, str, str, str]]:
    found = _extract(f"Board changes\n\n{text}\n")
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


FORMER_CFO = ("Tomas Ferreira", "chief-financial-officer", "Alvor Shipping Company", "former")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Ferreira, formerly chief financial officer of Alvor Shipping Company, has been "
        "appointed chief executive of Marisco Ports Group.",
        "Tomas Ferreira, who previously served as chief financial officer of Alvor Shipping "
        "Company, was named chief executive of Marisco Ports Group.",
    ],
)
def test_formerly_in_an_apposition_gives_a_former_post_and_the_new_one(sentence):
    roles = _posts(sentence)
    assert FORMER_CFO in roles
    assert ("Tomas Ferreira", "general-manager", "Marisco Ports Group", "current") in roles


def test_a_career_sentence_opened_by_a_family_name_or_a_pronoun_is_that_persons():
    for opener in ("Ferreira", "He"):
        roles = _posts(
            "Marisco Ports Group has appointed Tomas Ferreira as its chief executive. "
            f"{opener} previously served as chief financial officer of Alvor Shipping Company."
        )
        assert (
            "Tomas Ferreira",
            "chief-financial-officer",
            "Alvor Shipping Company",
            "former",
        ) in roles, opener


def test_a_pronoun_after_a_sentence_naming_two_people_is_nobodys():
    roles = _posts(
        "Marisco Ports Group has named Tomas Ferreira and Ines Duarte to its board. "
        "She previously served as chief financial officer of Alvor Shipping Company."
    )
    assert not any(r[2] == "Alvor Shipping Company" for r in roles)


def test_chairman_of_the_board_is_of_the_company_unless_another_is_named() -> None:
    roles = _posts(
        "Harbor Bank said board member Ines Duarte will become non-executive Chairman of the "
        "Board, while its directors have named the sitting chairman, Tomas Ferreira, as chief "
        "executive officer."
    )
    assert ("Ines Duarte", "chairman", "Harbor Bank", "current") in roles
    assert ("Tomas Ferreira", "general-manager", "Harbor Bank", "current") in roles
    assert not any(r[2] == "Board" for r in roles)
    roles = _posts("Ines Duarte, Chairman of the Board of Westfield Trust, spoke at the event.")
    assert ("Ines Duarte", "chairman", "Westfield Trust", "current") in roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, he met the Minister of Trade and Industry, Ong Boon Seng, to discuss supply chains.",
        "Planning Minister Rafiq Haider and Economic Affairs Minister Sana Mirza attended.",
    ],
)
def test_a_ministers_field_before_or_after_the_title_is_no_organisation(sentence):
    assert _posts(sentence) == set()


def test_a_party_secretary_of_a_company_keeps_the_company():
    roles = _posts(
        "Peng Zhiyuan, president and deputy Party secretary of Jinhai Steel Group, said that "
        "sales grew."
    )
    assert ("Peng Zhiyuan", "deputy-party-secretary", "Jinhai Steel Group", "current") in roles
