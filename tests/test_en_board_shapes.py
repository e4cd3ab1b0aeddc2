"""English shapes of board and party-committee news (sentences written for these tests): lists of
a board's members, companies named by one word before a possessive, European legal forms, local
committees' secretaries-general, "Title Name of Body" with a body that is not read."""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Board changes announced at the company"):
    return extract_article(make_article("x.txt", f"{headline}\n date 2021-03-04 {body}\n"))


def roles(got) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in got.roles}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kopano Ltd said on Monday that the new board members are Ann Lee, Bo Smith and Dan Brown.",
        "Other appointees to the new board of Kopano Ltd are Ann Lee; Bo Smith; and Dan Brown.",
    ],
)
def test_a_list_of_board_members_names_persons_and_directors(sentence):
    got = found(sentence)
    assert {"Ann Lee", "Bo Smith", "Dan Brown"} <= {p.name for p in got.persons}
    assert {(n, "director", "Kopano Ltd") for n in ("Ann Lee", "Bo Smith", "Dan Brown")} <= roles(
        got
    )


def test_members_of_an_advisory_board_are_persons_but_not_directors():
    got = found("Members of the advisory board of Kopano Ltd are Ann Lee and Bo Smith.")
    assert {"Ann Lee", "Bo Smith"} <= {p.name for p in got.persons}
    assert not got.roles


def test_a_one_word_company_before_a_possessive_and_a_new_title():
    got = found(
        "Kopano's new board chairman Sipho Dube briefed Energy Minister Jane Roe on Monday."
    )
    assert ("Sipho Dube", "chairman", "Kopano") in roles(got)


def test_german_legal_forms_end_a_company_name():
    got = found(
        "Hans Olberg was CFO of Norder Kranich AG before joining the Executive Board of Velt KGaA."
    )
    assert {"Norder Kranich AG", "Velt KGaA"} <= {o.name for o in got.orgs}


def test_a_local_committees_secretary_general_is_not_its_general_secretary():
    got = found(
        "The session was chaired by Ma Yuhang, secretary general of the Lanshan Municipal Party "
        "Committee."
    )
    assert ("Ma Yuhang", "other", "Lanshan Municipal Party Committee") in roles(got)
    central = found("Wu Dali, General Secretary of the CPC Central Committee, spoke.")
    assert ("Wu Dali", "general-secretary", "CPC Central Committee") in roles(central)


def test_titles_before_names_of_a_ccp_committee_are_party_posts():
    got = found(
        "The forum is attended by Deputy Secretary Kong Weidong of CCP LSU Committee, and Shi Peng, "
        "member of standing committee of CCP LSU Committee."
    )
    assert {
        ("Kong Weidong", "deputy-party-secretary", "CCP LSU Committee"),
        ("Shi Peng", "party-committee-member", "CCP LSU Committee"),
    } <= roles(got)


def test_a_title_of_a_body_that_is_not_read_gives_no_role_elsewhere():
    got = found(
        "Deputy Secretary Kong Weidong of CCP LSU Committee and Secretary Yu Haitao of "
        "Disciplinary Inspection Committee of CCP LSU Committee were present."
    )
    assert not any(r.person == "Yu Haitao" for r in got.roles)


def test_the_holder_read_is_the_one_listed_after_the_titles_not_a_later_mention():
    got = found(
        "Deputy Director Xu Yingmei of Lanshan Trade Bureau visited. The forum is attended by "
        "Deputy Secretary Kong Weidong of CCP LSU Committee. Kong Weidong of Lanshan Trade "
        "Bureau's partner spoke."
    )
    assert ("Kong Weidong", "deputy-party-secretary", "CCP LSU Committee") in roles(got)


def test_a_name_outside_the_pinyin_pattern_before_a_party_secretarys_title():
    got = found(
        "On June 20, Hasi Bater, Secretary of the CPC Lanshan Committee received the guests."
    )
    assert ("Hasi Bater", "party-secretary", "CPC Lanshan Committee") in roles(got)


def test_a_headline_verb_is_no_part_of_a_name():
    got = found(
        "On April 2, QFIC Chairman Tian Jiahe met the visitors.",
        headline="Lanshan and Qinghe Government Leaders Visit QFIC",
    )
    assert {p.name for p in got.persons} == {"Tian Jiahe"}


def test_a_vice_president_is_no_deputy_general_manager_of_a_party_committee():
    got = found(
        "All members of the LSU Standing CPC Committee but Vice President Du Kaiming took part.",
        headline="LSU Standing CPC Committee holds its democratic meeting",
    )
    assert not any(r.role == "deputy-general-manager" for r in got.roles)


@pytest.mark.parametrize(
    "text, orgs",
    [
        ("Jane Roe sits on the board of Kopano Ltd.", ["Kopano Ltd"]),
        ("Jane Roe, who joined the board of Kopano Ltd in 2019, spoke.", ["Kopano Ltd"]),
        (
            "Jane Roe is a respected director and has served on the board of Kopano Ltd since 2015.",
            ["Kopano Ltd"],
        ),
        (
            "Jane Roe is known in the sector. Dr Roe has served on the board of Kopano Ltd since 2015.",
            ["Kopano Ltd"],
        ),
        (
            "Jane Roe also holds directorships at Tarn Ltd, Marlow Ltd and Essent Energy Ltd.",
            ["Tarn Ltd", "Marlow Ltd", "Essent Energy Ltd"],
        ),
    ],
)
def test_board_seats_stated_with_a_verb_are_directorships(text, orgs):
    held = {r.org.rstrip(".") for r in found(text).roles if r.person == "Jane Roe"}
    assert held >= set(orgs)
    assert {r.role for r in found(text).roles if r.person == "Jane Roe"} == {"director"}


def test_a_municipal_committee_is_the_committee_of_the_place_the_list_names_or_nothing():
    placed = found(
        "Lei Zhenbang, the deputy secretary of municipal Party committee and mayor of Lanshan, "
        "met the guests.",
        headline="Kopano Group holds its work conference",
    )
    assert ("Lei Zhenbang", "deputy-party-secretary", "Lanshan Municipal Party Committee") in (
        roles(placed)
    )
    unplaced = found(
        "Lei Zhenbang, the deputy secretary of municipal Party committee, met the guests.",
        headline="Kopano Group holds its work conference",
    )
    assert not unplaced.roles  # never the page's company


def test_a_company_post_after_its_party_committee_is_the_companys():
    got = found(
        "Li Ming, member of the Kopano Group Party Committee and deputy general manager, attended.",
        headline="Kopano Group holds its work conference",
    )
    assert {
        ("Li Ming", "party-committee-member", "Kopano Group Party Committee"),
        ("Li Ming", "deputy-general-manager", "Kopano Group"),
    } <= roles(got)


def test_a_doubled_function_word_of_machine_translation_is_read_once():
    got = found(
        "Tang Haowen, vice Party secretary of of Lanshan municipal committee of CPC and mayor of "
        "Lanshan, met the guests of Kopano Group.",
        headline="Kopano Group holds its work conference",
    )
    assert {
        ("Tang Haowen", "deputy-party-secretary", "Lanshan municipal committee of CPC"),
        ("Tang Haowen", "mayor", "Lanshan"),
    } <= roles(got)
    assert not any(r.org == "Kopano Group" for r in got.roles)


def test_a_portfolio_of_national_security_before_a_name_in_commas():
    got = found("The Minister of National Security, Teo Chee Lim, received the delegation.")
    assert "Teo Chee Lim" in {p.name for p in got.persons}
    assert not got.orgs  # a portfolio, no organisation


def test_the_vice_president_of_a_university_named_by_an_acronym_is_not_a_manager():
    got = found(
        "On December 11, the ambassador visited LSU. Vice president Ren Jiahui of LSU welcomed "
        "him. The guests then saw a short film about our university."
    )
    assert {r.role for r in got.roles if r.person == "Ren Jiahui"} == {"other"}


def test_one_title_over_a_list_of_organisations_is_held_at_each():
    got = roles(
        found(
            "Jane Roe is chairman of Kopano Holdings Bhd, Teratai Jaya Bhd and Bayu Maju Sdn Bhd."
        )
    )
    assert {
        ("Jane Roe", "chairman", org)
        for org in ("Kopano Holdings Bhd", "Teratai Jaya Bhd", "Bayu Maju Sdn Bhd")
    } <= got


def test_a_list_that_goes_on_into_another_phrase_gives_no_seat():
    got = roles(
        found(
            "Jane Roe, chief executive of Kopano Group and Marlow Bank's chairman Tom Ade attended."
        )
    )
    assert ("Jane Roe", "general-manager", "Marlow Bank") not in got
    got = roles(found("Jane Roe, chief executive of Kopano Group, Marlow Bank said on Monday."))
    assert ("Jane Roe", "general-manager", "Marlow Bank") not in got
