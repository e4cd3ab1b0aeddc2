"""Appointments, departures and organisation names with "of ... and ..." (English).

Every name, company and sentence here is invented for the tests.
"""

import pytest
from kg.extract import extract_article
from kg.extract.en.lexicon import plural_title
from kg.read import make_article


def found(body: str):
    text = f"Invented appointments news\nMarch 3, 2021\n{body}\n"
    return extract_article(make_article("x.txt", text))


def roles(body: str) -> set[tuple[str, str, str, str]]:
    return {(r.person, r.role, r.org, r.status) for r in found(body).roles}


def test_plural_titles():
    assert plural_title("vice president") == "vice presidents"
    assert plural_title("chairman of the board") == "chairmen of the board"
    assert plural_title("deputy secretary") == "deputy secretaries"


def test_an_organisation_name_goes_on_after_of_and_and():
    names = {
        o.name
        for o in found(
            "Pan Yue visited the Ministry of Water and Soil Conservation and the Hexi Cement Group."
        ).orgs
    }
    assert "Ministry of Water and Soil Conservation" in names
    assert "Hexi Cement Group" in names


def test_several_people_appointed_to_one_plural_title():
    assert roles(
        "The board appointed Kang Lei and Mo Ping as vice presidents of the Dongyuan Cement Company."
    ) >= {
        ("Kang Lei", "deputy-general-manager", "Dongyuan Cement Company", "current"),
        ("Mo Ping", "deputy-general-manager", "Dongyuan Cement Company", "current"),
    }


def test_named_and_removed_from_a_post():
    got = roles(
        "Tan Yu was named head of the Bureau of Inland Fisheries. "
        "Lu Jia was removed from his post as chairman of the Qinghe Glass Company."
    )
    assert ("Tan Yu", "head", "Bureau of Inland Fisheries", "current") in got
    assert ("Lu Jia", "chairman", "Qinghe Glass Company", "former") in got


def test_the_word_as_is_not_a_legal_form():
    assert "Kang Lei" in {
        p.name for p in found("The council appointed Kang Lei as its secretary.").persons
    }


def test_taking_office_as_its_chairman():
    got = roles("Harlowe Bank announced that Tan Yu has taken office as its chairman this week.")
    assert ("Tan Yu", "chairman", "Harlowe Bank", "current") in got


def test_a_capital_dateline_with_dashes_is_no_organisation():
    names = {o.name for o in found("NORTHPORT -- Harlowe Bank said Tan Yu is its chairman.").orgs}
    assert "NORTHPORT" not in names


def test_the_predecessor_held_the_post_before():
    got = roles(
        "Quarrow Estates PLC said it had picked Nora Pell as chair to take over from Ruth Amberley in July."
    )
    assert ("Nora Pell", "chairman", "Quarrow Estates PLC", "current") in got
    assert ("Ruth Amberley", "chairman", "Quarrow Estates PLC", "former") in got
    got = roles("Harlowe Bank named Tan Yu as chief executive, succeeding Mo Ping, who retired.")
    assert ("Mo Ping", "general-manager", "Harlowe Bank", "former") in got


def test_a_post_held_between_two_years_is_former():
    got = roles("Nora Pell was chief executive of Harlowe Bank from 2009 to 2016.")
    assert ("Nora Pell", "general-manager", "Harlowe Bank", "former") in got


def test_a_name_opening_a_paragraph_before_an_appointment_is_a_person_and_an_article_may_follow_the_link():
    from tests.helpers_en import extract_en

    got = extract_en(
        "Musa Danjuma was appointed as the Director-General of the Coastal Fisheries Agency.\n\n"
        "Efe Okoro stepped down as chief executive of Harwell Group."
    )
    assert {(r.person, r.role, r.org) for r in got.roles} == {
        ("Musa Danjuma", "head", "Coastal Fisheries Agency"),
        ("Efe Okoro", "general-manager", "Harwell Group"),
    }


def test_an_organisation_named_for_a_field_and_its_head_after_commas():
    text = (
        "They included Mrs Ada Obi, Director General, Council for Arts; Prof. Chuka Eze, Director "
        "General, National Commission for Rivers and Lakes and Mrs Grace Okafor, Director General, "
        "Centre for Crafts."
    )
    assert {o.name for o in found(text).orgs} == {
        "Council for Arts",
        "National Commission for Rivers and Lakes",
        "Centre for Crafts",
    }
    assert roles(text) == {
        ("Ada Obi", "head", "Council for Arts", "current"),
        ("Chuka Eze", "head", "National Commission for Rivers and Lakes", "current"),
        ("Grace Okafor", "head", "Centre for Crafts", "current"),
    }


def test_joined_an_organisation_as_its_title():
    assert roles("Bao Jingyu joined Norland Bank as its Party secretary in 2019.") == {
        ("Bao Jingyu", "party-secretary", "Norland Bank", "current")
    }
    got = roles("Harlow Group said profits rose. Mary Lee joined Norland Bank as chief executive.")
    assert got == {("Mary Lee", "general-manager", "Norland Bank", "current")}


def test_an_organisation_of_the_and_an_unlisted_title():
    text = (
        "Musa Bako, Secretary General of the Organization of the Cocoa Growing Nations, said. "
        "Fei Liangcai, Chief Researcher of Huaxin Policy & Market Research Center, spoke."
    )
    assert roles(text) == {
        ("Musa Bako", "other", "Organization of the Cocoa Growing Nations", "current"),
        ("Fei Liangcai", "other", "Huaxin Policy & Market Research Center", "current"),
    }


def test_a_head_of_a_places_government_and_an_honorific_before_the_holder():
    assert roles("He met Chief Minister of Sindh Syed Rahim Ali Khan on Monday.") == {
        ("Rahim Ali Khan", "other", "Sindh", "current")
    }
    assert ("Zhu Xiaoming", "governor", "Hunan Province", "current") in roles(
        "He was received by the Governor of Hunan Province, Mr Zhu Xiaoming."
    )
    assert roles("Norland Bank said the chairman, Mr John Smith, resigned.") == set()


def test_party_titles_of_an_unnamed_body_take_the_organisation_after_them():
    got = roles(
        "Xiang Chengyu, member of the Standing Committee of the Party Committee and Deputy General "
        "Manager of Beida Group, attended. Li Hua, Chairman of Minhe Steel, and Secretary of its "
        "Party Committee, spoke."
    )
    assert got == {
        ("Xiang Chengyu", "party-committee-member", "Beida Group", "current"),
        ("Xiang Chengyu", "deputy-general-manager", "Beida Group", "current"),
        ("Li Hua", "chairman", "Minhe Steel", "current"),
        ("Li Hua", "party-secretary", "Minhe Steel", "current"),
    }
    assert "Party Committee" not in {
        o.name
        for o in found(
            "Xiang Chengyu, member of the Party Committee and Director of Beida Group, spoke."
        ).orgs
    }


def test_a_title_after_and_is_not_part_of_the_organisation():
    got = found(
        "He met the Crown Prince of Dunmore and Deputy Supreme Commander of the Dunmore Armed "
        "Forces, Sheikh Rashid bin Saeed."
    )
    assert not any("Deputy" in o.name for o in got.orgs)


def test_a_lower_case_party_committee_named_with_its_party():
    got = roles(
        "Present were Zhu Hanming, Party secretary of Qiandong municipal committee of CPC, and Li "
        "Yunming, member of the standing committee of Jiangsu provincial committee of CPC."
    )
    assert got == {
        ("Zhu Hanming", "party-secretary", "Qiandong municipal committee of CPC", "current"),
        ("Li Yunming", "party-committee-member", "Jiangsu provincial committee of CPC", "current"),
    }


def test_a_company_of_two_plain_words_used_as_one():
    text = (
        "Royal Post appoints chairman. Royal Post said chief executive Rico Bach's pay rose. "
        "Royal Post's board met. "
        "John Smith said the plan works. John Smith said more."
    )
    assert {o.name for o in found(text).orgs} == {"Royal Post"}
    assert roles(text) == {("Rico Bach", "general-manager", "Royal Post", "current")}


def test_malaysian_legal_forms_and_nigerian_honorifics():
    text = (
        "He is chairman of Teratai Holdings Bhd and Bayu Maju Capital Sdn Bhd. "
        "The meeting was chaired by Otunba Ade Bankole."
    )
    got = found(text)
    assert {"Teratai Holdings Bhd", "Bayu Maju Capital Sdn Bhd"} <= {o.name for o in got.orgs}
    assert "Ade Bankole" in {p.name for p in got.persons}


def test_a_city_dateline_without_an_agency_and_a_long_names_first_words():
    text = (
        "SHAH ALAM, March 12 — Harlow Bhd has named Wan Azmi Wan Hamid as chairman. "
        "Wan Azmi is also the president of the Perak Chamber of Traders."
    )
    got = found(text)
    assert "ALAM" not in {o.name for o in got.orgs}
    assert ("Wan Azmi Wan Hamid", "other", "Perak Chamber of Traders", "current") in roles(text)


def test_a_places_printed_form_is_an_alias_of_its_organisation():
    got = found("The ceremony was hosted by deputy governor of Hubei province Ge Ruilin.")
    assert [(o.name, o.aliases) for o in got.orgs] == [("Hubei", ("Hubei province",))]


def test_holders_of_a_plural_title_listed_after_including():
    got = roles(
        "Norland Group said three non-executive directors of the board were returned, including "
        "Mrs. Ada Obi, Mr. Tunde Bello, and Mr. Ayo Adeola."
    )
    assert got == {
        (name, "director", "Norland Group", "current")
        for name in ("Ada Obi", "Tunde Bello", "Ayo Adeola")
    }
    assert roles("The directors of Norland Group thanked the staff, including John Smith.") == set()


def test_a_party_post_printed_of_the_party_is_at_the_next_titles_organisation():
    got = roles(
        "Qiu Zhenbang, Deputy Secretary of CPC and General Manager of Huaxin Engineering "
        "Corporation, inspected the project."
    )
    assert got == {
        ("Qiu Zhenbang", "deputy-party-secretary", "Huaxin Engineering Corporation", "current"),
        ("Qiu Zhenbang", "general-manager", "Huaxin Engineering Corporation", "current"),
    }


def test_a_default_post_yields_to_the_same_post_named_at_an_organisation():
    text = (
        "Norland Bank reports profits\nMarch 3, 2021\nNorland Bank said profits rose. Chairman "
        "Wang Wenming visited the site. Wang Wenming, chairman of Dongfang Steel Group, spoke.\n"
    )
    got = {(r.person, r.role, r.org) for r in extract_article(make_article("x.txt", text)).roles}
    assert ("Wang Wenming", "chairman", "Dongfang Steel Group") in got
    assert not any(r[0] == "Wang Wenming" and r[2] != "Dongfang Steel Group" for r in got)


def test_a_page_label_after_a_source_label_is_no_source():
    text = "Invented news\nRelease time:2021-05-17 Article source: Reading times: 12\nHarlow said profits rose.\n"
    assert "Reading" not in {o.name for o in found(text).orgs}


@pytest.mark.parametrize(
    "body",
    [
        "Wu Tao ceased to serve as vice president of Kestrel Group due to work adjustment.",
        "Wu Tao will no longer serve as vice president of Kestrel Group.",
        "Kestrel Group said Wu Tao was relieved of his post as vice president of Kestrel Group.",
    ],
)
def test_a_post_no_longer_served_is_a_former_one(body):
    assert ("Wu Tao", "deputy-general-manager", "Kestrel Group", "former") in roles(body)


def test_the_companys_post_is_the_appointing_companys():
    got = roles("Kestrel Group said its board appointed Zhou Min as the company's president.")
    assert ("Zhou Min", "general-manager", "Kestrel Group", "current") in got


def test_a_vice_president_of_a_field_is_the_companys_not_the_fields():
    got = roles(
        "Kestrel Group named Ann Lee as the company's executive vice president of Communications."
    )
    assert ("Ann Lee", "deputy-general-manager", "Kestrel Group", "current") in got
    assert not [r for r in got if r[2] == "Communications"]


def test_a_headlines_title_is_not_given_to_the_first_name_of_the_text():
    text = "Marlow Resources appoints new chief executive\n\nJane Roe, chief executive of Kopano Group, said demand was strong.\n"
    got = extract_article(make_article("x.txt", text))
    assert {(r.person, r.org) for r in got.roles} == {("Jane Roe", "Kopano Group")}


@pytest.mark.parametrize("verb", ["would succeed", "is set to succeed", "is to succeed"])
def test_a_successor_announced_holds_the_post_and_the_predecessor_held_it(verb):
    got = roles(f"Kestrel Group said Jane Roe {verb} Tom Ade as chief executive from April 1.")
    assert ("Jane Roe", "general-manager", "Kestrel Group", "current") in got
    assert ("Tom Ade", "general-manager", "Kestrel Group", "former") in got


def test_a_family_name_that_ends_organisations_ends_a_persons_name_after_a_title():
    got = found(
        "Kestrel Group said results improved. Chairman Sarah Mills said the board was delighted."
    )
    assert "Sarah Mills" in {p.name for p in got.persons}
    assert "Sarah Mills" not in {o.name for o in got.orgs}
