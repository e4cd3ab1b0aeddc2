"""Machine-translated English of appointments at Chinese institutions (sentences written for these
tests): "A to take up the post of X Party Secretary, B to be removed from the post of X Vice
President", "Secretary of the Hospital's Party Committee", "X Hospital Affiliated to Y University"."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Leadership appointment assembly held"):
    return extract_article(make_article("x.txt", f"{headline}\n date 2021-09-16 {body}\n"))


def roles(got) -> set[tuple[str, str, str, str]]:
    return {(r.person, r.role, r.org, r.status) for r in got.roles}


def test_a_list_of_posts_to_take_up_and_to_be_removed_from():
    got = found(
        "Chen Lihua announced the Kestrel Provincial Party Committee's decisions on KNU "
        "leadership members: Wang Jiancheng to take up the post of KNU Party Secretary, Liu "
        "Dehai to take up the post of KNU Deputy Party Secretary, Qiao Mingyuan to be removed "
        "from the post of KNU Party Secretary and Li Hongbo to be removed from the post of KNU "
        "Vice President."
    )
    assert {
        ("Wang Jiancheng", "party-secretary", "KNU", "current"),
        ("Liu Dehai", "deputy-party-secretary", "KNU", "current"),
        ("Qiao Mingyuan", "party-secretary", "KNU", "former"),
    } <= roles(got)
    assert ("Liu Dehai", "party-secretary", "KNU", "current") not in roles(got)
    assert not {r for r in roles(got) if r[0] == "Qiao Mingyuan" and r[3] == "current"}
    assert {r[3] for r in roles(got) if r[0] == "Li Hongbo"} == {"former"}


def test_the_party_committee_of_the_hospital_on_a_hospital_page():
    got = found(
        "On June 24, the Provincial Hospital Affiliated to Kestrel Medical University (Kestrel "
        "Provincial Hospital) held a meeting. Meng Dong, Secretary of the Hospital’s Party "
        "Committee, delivered a speech.",
        headline="Hospital holds a meeting",
    )
    hospital = "Provincial Hospital Affiliated to Kestrel Medical University"
    assert hospital in {o.name for o in got.orgs}
    assert ("Meng Dong", "party-secretary", hospital, "current") in roles(got)
    assert not {o.name for o in got.orgs if "Party Committee" in o.name}


def test_affiliated_to_joins_a_school_to_its_university_only_after_affiliated():
    got = found(
        "The Middle School Affiliated to Kestrel Normal University held a ceremony. The visit "
        "to Kestrel Normal University followed."
    )
    names = {o.name for o in got.orgs}
    assert "Middle School Affiliated to Kestrel Normal University" in names
    assert not {n for n in names if n.startswith("visit")}


def test_a_title_chain_goes_on_after_a_second_organisation_and_a_comma():
    got = found(
        "On March 9, Chen Weiguo, Deputy General Manager of Hengtai Minerals, Chairman of KMC "
        "and Hengtai KMC, and Secretary of the CPC Committee of KMC visited Zhang Lihua, General "
        "Manager of Norvale Construction."
    )
    assert {
        ("Chen Weiguo", "chairman", "KMC", "current"),
        ("Chen Weiguo", "party-secretary", "KMC", "current"),
    } <= roles(got)
    assert not {r for r in roles(got) if r[0] == "Zhang Lihua" and r[2] == "KMC"}


def test_a_second_holder_named_after_the_comma_keeps_his_own_titles():
    got = found(
        "On March 9, Chen Weiguo, Chairman of KMC, and Zhang Lihua, Secretary of the CPC "
        "Committee of Norvale Construction, met."
    )
    assert ("Chen Weiguo", "party-secretary", "Norvale Construction", "current") not in roles(got)
    assert ("Zhang Lihua", "party-secretary", "Norvale Construction", "current") in roles(got)


def test_a_universitys_acronym_vice_president_is_no_company_post():
    got = found(
        "The Kestrel Provincial Party Committee decided on the leadership of the university: Li "
        "Hongbo to take up the post of KNU Vice President. Ann Lee, vice president of Norvale "
        "Group, attended."
    )
    assert ("Li Hongbo", "other", "KNU", "current") in roles(got)
    assert ("Ann Lee", "deputy-general-manager", "Norvale Group", "current") in roles(got)


def test_the_county_party_committee_is_the_one_county_committee_named():
    got = found(
        "The Qinglan County Committee held a signing ceremony on May 3. Zheng Weiguo, secretary "
        "of the county Party Committee, attended the ceremony and made a speech."
    )
    assert ("Zheng Weiguo", "party-secretary", "Qinglan County Committee", "current") in roles(got)


def test_the_county_party_committee_beside_two_counties_is_the_generic_one():
    got = found(
        "The Qinglan County Committee and the Baishui County Committee held a ceremony on May 3. "
        "Zheng Weiguo, secretary of the county Party Committee, made a speech."
    )
    assert not {r for r in roles(got) if r[0] == "Zheng Weiguo" and "Qinglan" in r[2]}
    assert not {r for r in roles(got) if r[0] == "Zheng Weiguo" and "Baishui" in r[2]}


def test_as_well_as_goes_on_with_the_same_holders_titles():
    got = found(
        "Ren Hao is Founder and Chairman of Yintop Group, as well as Chairman of Norvale "
        "Industrial Investment."
    )
    assert ("Ren Hao", "chairman", "Norvale Industrial Investment", "current") in roles(got)


def test_as_well_as_members_are_other_people():
    got = found(
        "Fei Weiming, Chairman of the Standing Committee of the Qinglan District People's "
        "Congress, and Xie Dehua, Vice Chairman of the Standing Committee of the Qinglan District "
        "People's Congress, as well as members of the Standing Committee of the Qinglan District "
        "People's Congress, attended the meeting."
    )
    titles = {r.title for r in got.roles if r.person == "Xie Dehua"}
    assert titles and not {t for t in titles if "member" in t.casefold()}
