"""Party bodies of an organisation are no organisations of their own (English).

Every name, company and sentence here is invented for the tests.
"""

from kg.extract import extract_article
from kg.read import make_article


def found(body: str):
    return extract_article(make_article("x.txt", f"Invented visit news\nMarch 3, 2021\n{body}\n"))


def test_titles_of_a_leading_party_group_are_roles_at_its_organisation():
    got = found(
        "On March 2, Pan Lu, General Manager and Deputy Secretary of the Leading Party Members' Group "
        "of Qinghe Building Group, toured the Dongling Cement Company."
    )
    roles = {(r.person, r.role, r.org) for r in got.roles}
    assert ("Pan Lu", "general-manager", "Qinghe Building Group") in roles
    assert ("Pan Lu", "deputy-party-secretary", "Qinghe Building Group") in roles
    assert not any("Party" in o.name for o in got.orgs)


def test_navigation_words_are_no_organisations():
    got = found("Company News\nOn March 2, Qinghe Building Group held its annual work meeting.")
    assert "Company News" not in {o.name for o in got.orgs}


def test_an_organisation_name_goes_on_over_and_when_no_other_name_follows():
    names = {
        o.name
        for o in found(
            "Chen Ke, vice minister of the Ministry of Industry and Information Technology, spoke."
        ).orgs
    }
    assert "Ministry of Industry and Information Technology" in names


def test_a_countrys_post_is_given_to_no_organisation_of_the_text():
    got = found(
        "Chen Ke, vice minister of the Ministry of Industry and Information Technology, met "
        "Arlandese President Tomas Verhoek."
    )
    assert not any(r.person == "Tomas Verhoek" for r in got.roles)
    assert "Arlandese" not in {o.name for o in got.orgs}


def test_a_provincial_committee_of_the_party_is_one_organisation():
    from tests.helpers_en import extract_en

    got = extract_en(
        "Zhao Pei, deputy secretary of the Hunan Provincial Committee of the Communist Party of "
        "China, met the guests."
    )
    name = "Hunan Provincial Committee of the Communist Party of China"
    assert name in {o.name for o in got.orgs}
    assert {(r.person, r.role, r.org) for r in got.roles} == {
        ("Zhao Pei", "deputy-party-secretary", name)
    }


def test_a_municipal_party_committee_is_the_committee_of_the_city_its_list_names():
    from tests.helpers_en import extract_en

    got = extract_en(
        "He talked with Zhao Pei, the deputy secretary of municipal Party committee and mayor "
        "of Wuhan, on Monday."
    )
    assert {(r.person, r.role, r.org) for r in got.roles} == {
        ("Zhao Pei", "deputy-party-secretary", "Wuhan Municipal Party Committee"),
        ("Zhao Pei", "mayor", "Wuhan"),
    }
    alone = extract_en("Zhao Pei, deputy secretary of the municipal Party committee, met him.")
    assert alone.roles == [] and alone.orgs == []  # the committee of no place named: no guess


def test_a_cpc_committee_member_title_is_a_party_post_at_the_body_named_after_it():
    text = (
        "On Monday, Lin Haotian, CPC Committee Member and Vice Chairman of Lanshan Municipal "
        "Commission, met the delegation."
    )
    extraction = found(text)
    got = {(r.person, r.role, r.org) for r in extraction.roles}
    assert ("Lin Haotian", "party-committee-member", "Lanshan Municipal Commission") in got
    assert "CPC Committee" not in {o.name for o in extraction.orgs}


def test_a_secretary_general_printed_with_a_stray_space_is_no_party_secretary():
    extraction = found(
        "On Monday, Xu Mingtao, member of the Standing Committee of the Lanshan Municipal Party "
        "Committee and Secretary -General of the Municipal Party Committee, attended."
    )
    got = {(r.person, r.role) for r in extraction.roles}
    assert ("Xu Mingtao", "other") in got
    assert ("Xu Mingtao", "party-secretary") not in got


def test_the_provincial_government_is_the_one_province_the_text_names():
    extraction = found(
        "On March 2, Gansu Province held a work meeting. Qiao Wenliang, secretary-general of the "
        "provincial government, presided over the meeting."
    )
    got = {(r.person, r.role, r.org) for r in extraction.roles}
    assert ("Qiao Wenliang", "other", "Gansu Province") in got
    assert "provincial government" not in {o.name for o in extraction.orgs}


def test_the_provincial_government_of_a_text_naming_two_provinces_is_not_guessed():
    extraction = found(
        "On March 2, officials of Gansu Province and Qinghai Province met. Qiao Wenliang, "
        "secretary-general of the provincial government, presided over the meeting."
    )
    assert not any(r.org in ("Gansu Province", "Qinghai Province") for r in extraction.roles)


def test_the_chairman_of_a_chinese_state_commission_is_its_head():
    extraction = found(
        "On Monday, Gu Yanbo, Chairman of the State-owned Assets Supervision and Administration "
        "Commission of the State Council, and Zhou Jie, Vice Chairman of the Gansu Provincial "
        "Development and Reform Commission, spoke."
    )
    got = {(r.person, r.role) for r in extraction.roles}
    assert ("Gu Yanbo", "head") in got
    assert ("Zhou Jie", "other") in got
    assert not any(role in ("chairman", "vice-chairman") for _p, role in got)


def test_a_party_post_with_no_body_named_is_no_congress_s_post():
    extraction = found(
        "The delegation of Gansu Province attending the session of the National People's Congress "
        "held a plenary meeting on March 5, 2021. Deputy Party Secretary Lin Haotian and Xu "
        "Mingtao, vice chairman of the Standing Committee of the Gansu Provincial People's "
        "Congress, were chosen as deputy heads."
    )
    assert not any(
        r.person == "Lin Haotian" and "People's Congress" in r.org for r in extraction.roles
    )
