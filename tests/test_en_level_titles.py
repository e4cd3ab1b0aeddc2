"""Titles that name a level's Party committee ("County Party Secretary", "Deputy Municipal Party
Secretary") on a page about a company an official visited: the committee's post, never the
company's; plural party titles; a holder's organisation printed in brackets after the name. Every
name, place and sentence here is invented."""

from kg.extract import extract_article
from kg.read import make_article

VISIT = (
    "On April 14, Qi Wen, deputy mayor of Hexi City, led a team to inspect key projects in the "
    "city. County leaders Zhu Ming, Li Shao and relevant comrades participated. Qi Wen and his "
    "party went to Hexi Gaofu Machinery Co., Ltd. to learn about the company's production. "
)


def roles(body: str) -> set[tuple[str, str, str]]:
    article = make_article("x.txt", f"Deputy mayor inspects projects\nApril 15, 2024\n\n{body}\n")
    return {(r.person, r.role, r.org) for r in extract_article(article).roles}


def test_a_county_party_secretary_is_the_county_committees_not_the_visited_companys():
    held = roles(VISIT + "County Party Secretary Zhu Ming said the county would act at once.")
    assert ("Zhu Ming", "party-secretary", "County Party Committee") in held
    assert not any(org.startswith("Hexi Gaofu") for _, _, org in held)


def test_a_deputy_municipal_party_secretary_is_the_committees_deputy_secretary():
    held = roles(VISIT + "Deputy Municipal Party Secretary Li Shao attended the meeting.")
    assert ("Li Shao", "deputy-party-secretary", "Municipal Party Committee") in held


def test_county_leaders_after_a_company_name_ending_a_sentence_are_not_the_companys():
    held = roles(
        "On April 14, Qi Wen, deputy mayor of Hexi City, visited Hexi Gaofu Machinery Co., Ltd. "
        "County leaders Zhu Ming and Li Shao took part in the visit."
    )
    assert not any(org.startswith("Hexi Gaofu") for _, _, org in held)


def test_plural_members_of_a_standing_committee_listed_before_with_and_other():
    held = roles(
        "On May 5, the meeting was held. Zhu Ming, Li Shao and other members of the Standing "
        "Committee of the Hexi Provincial Party Committee attended."
    )
    assert ("Zhu Ming", "party-committee-member", "Hexi Provincial Party Committee") in held
    assert ("Li Shao", "party-committee-member", "Hexi Provincial Party Committee") in held


def test_standing_members_of_a_party_committee():
    held = roles(
        "On May 5, the meeting was held. Wang Bo, Qi Wen and other standing members of the Hexi "
        "Provincial Party Committee attended."
    )
    assert ("Qi Wen", "party-committee-member", "Hexi Provincial Party Committee") in held


# -- a holder's organisation in brackets after the name ----------------------------------------


def test_mayors_listed_with_their_municipalities_in_brackets():
    held = roles(
        "The delegation was led by Mary Lee, Vice Governor of Hexi Province, and included Town "
        "Mayors Richard Roe (Municipality of Lorna), Tom Dale (Municipality of San Pedro) and Cy "
        "Calvo (Municipality of Larvik)."
    )
    assert ("Richard Roe", "mayor", "Municipality of Lorna") in held
    assert ("Tom Dale", "mayor", "Municipality of San Pedro") in held
    assert ("Cy Calvo", "mayor", "Municipality of Larvik") in held


def test_directors_elected_with_their_firms_in_brackets_are_not_the_firms_directors():
    held = roles(
        "Eastbourne Exchange held its annual meeting on May 5. Elected as directors were Ana Ruiz "
        "(Delta Securities) and Ben Cole (Kestrel Capital Inc.)."
    )
    assert not any(org in ("Delta Securities", "Kestrel Capital Inc.") for _, _, org in held)


def test_a_state_governor_with_a_comma_and_an_honorific():
    held = roles(
        "On Monday, Kestra State Governor, Sir Obinna Adeyemi, called for closer ties with "
        "investors at Government House."
    )
    assert ("Obinna Adeyemi", "governor", "Kestra State") in held


def test_a_title_written_short_before_a_family_name_is_no_name():
    article = make_article(
        "x.txt",
        "Minister meets envoy\nApril 15, 2024\n\nDr. Amos Wanjiru, Cabinet Secretary for Foreign "
        "and Diaspora Affairs, held talks with the US Ambassador on Monday. During the meeting "
        "with the US Ambassador, CS Wanjiru thanked her for the support.\n",
    )
    names = {p.name for p in extract_article(article).persons}
    assert "Amos Wanjiru" in names
    assert not names & {"CS Wanjiru", "US Ambassador", "Diaspora Affairs"}


def test_two_ministries_joined_by_and_are_two_organisations():
    article = make_article(
        "x.txt",
        "Delegation visits Arland\nApril 15, 2024\n\nThe delegation visited the Arland Ministry of "
        "Agriculture and Arland Ministry of Education on Monday. It also met the Ministry of "
        "Housing and Urban-Rural Development and the Committee for Economy and Public "
        "Administration.\n",
    )
    names = {o.name for o in extract_article(article).orgs}
    assert {"Arland Ministry of Agriculture", "Arland Ministry of Education"} <= names
    assert "Ministry of Housing and Urban-Rural Development" in names
    assert "Public Administration" not in names
