"""Shapes of English news that state a post around the title: a relative clause or a span of
time inside the link ("Name, who has been <title> since 2015"), the items of a list after a plural
title with their own asides or portfolios, "of the Ministry" meaning the one ministry the article
names, and an organisation known by the acronym of its words ("Oat + Barley Growers (O+BG)").
Invented names only.
"""

from tests.helpers_en import extract_en


def held(text: str, headline: str = "News of the day") -> set[tuple[str, str, str, str]]:
    found = extract_en(text, headline=headline)
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


def test_a_relative_clause_links_its_name_to_the_title():
    found = held("Paul Novak, who has been president of Harrow Metals since 2015, spoke.")
    assert ("Paul Novak", "general-manager", "Harrow Metals", "current") in found


def test_a_span_of_time_inside_the_link_is_read_past():
    found = held("Anna Berg has served for the last six years as president of Harrow Metals.")
    assert ("Anna Berg", "general-manager", "Harrow Metals", "current") in found
    found = held("Anna Berg has also served as president of Harrow Metals since 2019.")
    assert ("Anna Berg", "general-manager", "Harrow Metals", "current") in found


def test_a_closed_span_of_years_makes_the_post_a_former_one():
    found = held("Anna Berg served from 2001 to 2006 as president of Harrow Metals.")
    assert ("Anna Berg", "general-manager", "Harrow Metals", "former") in found


def test_items_after_a_plural_title_keep_it_past_their_own_asides():
    found = held(
        "Kestrel Mining said directors Ann Lee (Northern Region) and Marc Henley (Coastal "
        "Region) retire by rotation this year."
    )
    assert ("Ann Lee", "director", "Kestrel Mining", "current") in found
    assert ("Marc Henley", "director", "Kestrel Mining", "current") in found


def test_items_after_a_plural_title_keep_it_past_their_portfolios():
    found = held(
        "The Lakeside Provincial Government said the Premier goes with MECs Sipho Dlamini for "
        "Health, Thandi Mokoena for Education and Pieter Botha for Roads and Transport."
    )
    holders = {p for p, role, org, _ in found if org == "Lakeside Provincial Government"}
    assert {"Sipho Dlamini", "Thandi Mokoena", "Pieter Botha"} <= holders


def test_a_singular_title_does_not_pass_to_a_name_after_an_aside():
    found = held("Kestrel Mining said director Ann Lee (Northern Region) and Marc Henley spoke.")
    assert not [r for r in found if r[0] == "Marc Henley"]


def test_the_kind_of_an_organisation_is_the_one_of_that_kind_the_article_names():
    found = held(
        "The Ministry of Fisheries and Oceans held a workshop in Tema. The Chief Director of the "
        "Ministry, Mr Kwame Asante, opened it."
    )
    assert ("Kwame Asante", "other", "Ministry of Fisheries and Oceans", "current") in found


def test_the_kind_with_two_organisations_of_it_is_none_of_them():
    found = held(
        "The Ministry of Fisheries and the Ministry of Roads met. The Chief Director of the "
        "Ministry, Mr Kwame Asante, opened it."
    )
    assert not [r for r in found if r[2] in ("Ministry of Fisheries", "Ministry of Roads")]


def test_words_spelled_by_a_bracketed_acronym_are_an_organisation():
    found = extract_en(
        "Oat + Barley Growers Aotearoa (O+BGA) today opened nominations. O+BGA Chairman Ann Lee "
        "urged farmers to vote."
    )
    assert "Oat + Barley Growers Aotearoa" in {o.name for o in found.orgs}
    assert ("Ann Lee", "chairman", "Oat + Barley Growers Aotearoa") in {
        (r.person, r.role, r.org) for r in found.roles
    }


def test_an_acronym_of_other_words_names_no_organisation():
    found = extract_en(
        "Growth in Gross Regional Output (GRP) slowed, Ann Lee of Kestrel Mining said."
    )
    assert "Gross Regional Output" not in {o.name for o in found.orgs}


def test_a_country_and_the_portfolio_before_a_minister_give_the_country():
    found = held("Canada's Natural Resources Minister Jane Roe toured the mine.")
    assert ("Jane Roe", "other", "Canada", "current") in found


def test_a_company_before_a_portfolio_gives_no_country_post():
    found = held("Harrow's Natural Resources Minister Jane Roe toured the mine.")
    assert not [r for r in found if r[2] == "Harrow"]


def test_a_head_of_a_place_may_print_the_place_without_of():
    found = held("Chief Minister Sindh Sardar Ali Raza chaired the meeting in Karachi.")
    assert ("Ali Raza", "other", "Sindh", "current") in found


def test_a_title_held_to_another_title_is_the_first_one_at_its_place():
    found = held("Political Secretary to Chief Minister Sindh Ali Raza received the guests.")
    assert [(r[1], r[2]) for r in found if r[0] == "Ali Raza"] == [("other", "Sindh")]
    titles = {
        r.title
        for r in extract_en(
            "Political Secretary to Chief Minister Sindh Ali Raza received the guests."
        ).roles
    }
    assert titles == {"Secretary"}


def test_a_title_held_to_a_title_of_no_place_gives_nothing():
    assert not held("Special Assistant to Prime Minister John Smith attended the talks.")


def test_an_entry_of_a_list_without_an_organisation_is_at_the_one_before_it():
    found = held(
        "Witnessing the signing were Tom Hale, chairman of Kestrel Mining, Anna Berg, director, "
        "general manager and deputy secretary of the Party Committee, Party Committee Standing "
        "Committee and Deputy General Manager Paul Novak, and Lars Moe, president of Harrow "
        "Metals.",
        headline="Harrow Metals signs supply deal",
    )
    for person, role in (
        ("Anna Berg", "general-manager"),
        ("Anna Berg", "deputy-party-secretary"),
        ("Paul Novak", "party-committee-member"),
        ("Paul Novak", "deputy-general-manager"),
    ):
        assert (person, role, "Kestrel Mining", "current") in found
    assert not [r for r in found if r[0] in ("Anna Berg", "Paul Novak") and r[2] == "Harrow Metals"]
    assert ("Lars Moe", "general-manager", "Harrow Metals", "current") in found


def test_an_entry_after_more_than_a_comma_keeps_the_default():
    found = held(
        "Tom Hale, chairman of Kestrel Mining, spoke first. Later Anna Berg, general manager, "
        "thanked the guests.",
        headline="Harrow Metals signs supply deal",
    )
    assert not [r for r in found if r[0] == "Anna Berg" and r[2] == "Kestrel Mining"]


def test_a_party_body_printed_after_the_organisation_is_its_party_body():
    found = held(
        "Sun Hao, member of the Kestrel Power Group Party Group and Deputy General Manager, "
        "attended.",
        headline="Kestrel Power Group holds annual work conference",
    )
    assert ("Sun Hao", "party-committee-member", "Kestrel Power Group", "current") in found
    assert ("Sun Hao", "deputy-general-manager", "Kestrel Power Group", "current") in found
    assert not [r for r in found if r[1] == "other"]


def test_names_before_and_other_share_the_plural_title():
    found = held(
        "Li Ming, Zhao Gang and other directors of Kestrel Power Group attended.",
        headline="Kestrel Power Group holds annual work conference",
    )
    assert ("Li Ming", "director", "Kestrel Power Group", "current") in found
    assert ("Zhao Gang", "director", "Kestrel Power Group", "current") in found


def test_the_companys_party_group_is_the_companys_party_body():
    found = held(
        "Kestrel Power Group signed the deal. Gu Haoran, member of the company's party group "
        "and deputy general manager, attended.",
        headline="Kestrel Power Group signs deal",
    )
    assert ("Gu Haoran", "party-committee-member", "Kestrel Power Group", "current") in found
    assert ("Gu Haoran", "deputy-general-manager", "Kestrel Power Group", "current") in found


def test_a_party_named_with_of_a_country_is_the_party_not_the_country():
    found = held("Xi Jinping, general secretary of the Communist Party of China, spoke.")
    assert not [r for r in found if r[2] == "China"]
    assert ("Xi Jinping", "general-secretary", "Communist Party of China", "current") in found


def test_a_place_before_a_title_after_a_year_is_the_titles():
    found = held("In 2019 Hunan Governor Mao Weiming visited the port.")
    assert ("Mao Weiming", "governor", "Hunan", "current") in found


def test_a_peoples_adjective_and_an_industry_are_no_organisation():
    found = extract_en(
        "On Monday, new South African mining minister Sipho Dube said talks had stalled. "
        "Kenyan tea exporters met on Friday."
    )
    names = {o.name for o in found.orgs}
    assert not [n for n in names if "mining" in n or "tea" in n]


def test_a_counterpart_holds_the_same_post_at_the_country_named():
    found = held(
        "On Tuesday, Kenya's Foreign Minister Jane Roe met her Ugandan counterpart John Smith in "
        "Nairobi."
    )
    assert ("John Smith", "other", "Uganda", "current") in found
    found = held(
        "In Nairobi, Kenya's Trade Minister Jane Roe received her Bhutan counterpart, Senior "
        "Minister of Economic Affairs Ali Hassan."
    )
    assert ("Ali Hassan", "other", "Bhutan", "current") in found


def test_a_counterpart_of_a_company_post_gets_no_country_post():
    found = held("Kestrel Mining chairman Jane Roe met her Ugandan counterpart John Smith.")
    assert not [r for r in found if r[0] == "John Smith"]


def test_a_head_title_on_its_governments_own_page_is_that_governments():
    found = held(
        "The Hunan Provincial Government held a meeting. Governor Mao Lin chaired it and Premier "
        "Li Qiang sent a letter.",
        headline="Provincial government holds a meeting",
    )
    assert ("Mao Lin", "governor", "Hunan Provincial Government", "current") in found
    assert not [r for r in found if r[0] == "Li Qiang"]  # a premier: the State Council's, or none
    found = held("Kestrel Mining met Governor Mao Lin.", headline="Kestrel Mining meets governor")
    assert not [r for r in found if r[0] == "Mao Lin"]
