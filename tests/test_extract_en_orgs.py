"""English organisations (kg/extract/en/orgs.py) and the main organisation (main_org.py)."""

import pytest
from kg.vocab import ROLES_FILE, load_vocab
from tests.helpers_en import extract_en


def org_names(found):
    return {o.name for o in found.orgs}


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("The Hongda Copper Company signed the deal.", {"Hongda Copper Company"}),
        (
            "Experts of Xinrui Jiangnan Steel Plant and Lianhe Kuangye Company attended.",
            {"Xinrui Jiangnan Steel Plant", "Lianhe Kuangye Company"},
        ),
        (
            "The Materials Business Department and Cathode Factory made exchange speeches.",
            {"Materials Business Department", "Cathode Factory"},
        ),
        (
            "They went to the Hongshan Iron Mine and Jinling Copper.",
            {"Hongshan Iron Mine", "Jinling Copper"},
        ),
        ("Leaders of Qinghe Iron and Steel Group spoke.", {"Qinghe Iron and Steel Group"}),
        (
            "He visited Dongsheng pingyuan Aluminum Enterprises yesterday.",
            {"Dongsheng pingyuan Aluminum Enterprises"},
        ),
        ("They went to Yunnan Fuyuan to investigate.", {"Yunnan Fuyuan"}),
        ("Leaders of China Baowu and the NDRC attended.", {"China Baowu", "NDRC"}),
        ("The partner quoted by XKQ said so.", {"XKQ"}),
        ("the state grid supported the project.", {"state grid"}),
        (
            "The 4th Employee Representative Congress of Ruihe Chemical Co., Ltd. opened.",
            {"Ruihe Chemical Co., Ltd."},
        ),
    ],
)
def test_orgs_found_as_printed(sentence, names):
    assert org_names(extract_en(sentence)) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Party Committee and the Board of Directors approved the plan.",
        "We must improve GDP and ESG work of the SOE.",
        "Yunnan Province and Hunan Province signed the agreement.",
        "They praised the “Build a World-Class Company” campaign.",
        "It is necessary to strengthen the Company.",
        "QINGHE HOLDS ANNUAL MEETING IN CAPITAL",
    ],
)
def test_orgs_not_taken_from_generic_words(sentence):
    assert org_names(extract_en(sentence)) == set()


@pytest.mark.parametrize(
    "sentence, alias",
    [
        ('Nordvik visited Sichuan Hengtai Aluminium Co., Ltd. ("SHA") last week.', "SHA"),
        ("They visited the Hengtai Aluminium Corporation (‘HAC’) for exchange.", "HAC"),
        (
            'Hengtai Aluminium Corporation (hereinafter referred to as "Hengtai") signed it.',
            "Hengtai",
        ),
    ],
)
def test_orgs_defined_abbreviation_is_an_alias(sentence, alias):
    found = extract_en(sentence + f" Later {alias} Chairman Rong Jiahui spoke.")
    owners = [o for o in found.orgs if alias in o.aliases]
    assert len(owners) == 1
    assert alias not in org_names(found)
    assert found.roles[0].org == owners[0].name


@pytest.mark.parametrize(
    "headline, body, main",
    [
        (
            "Jinling Copper Held the Annual Work Conference",
            "On May 2, the company held a meeting.",
            "Jinling Copper",
        ),
        (
            "Tianfu Group convenes mid-year conference in 2023",
            "On May 2, Tianfu Mining held the mid-year work conference.",
            "Tianfu Mining",
        ),
        (
            "Readers Digest of the Week for Everyone",
            "Dongsheng Chemical Company grew. Dongsheng Chemical Company hired.",
            "Dongsheng Chemical Company",
        ),
        (
            "Weekly Review of Party Building for Readers",
            "On April 10, the Party Committee of Qinghe Metals Group held a study meeting.",
            "Qinghe Metals Group",
        ),
        (
            "Party members celebrate the anniversary at the hospital",
            "The Communist Party of China was founded long ago. The members of Lishan Hospital met "
            "in the hall. The Communist Party of China calls on its members to serve.",
            "Lishan Hospital",
        ),
        (
            "Weekly Review of Party Building for Readers",
            "The meeting of Lishan Hospital was held at Beiyuan Hospital.",
            "Lishan Hospital",
        ),
    ],
)
def test_main_org(headline, body, main):
    assert extract_en(body, headline=headline).main_org == main


def test_headline_long_capitalised_run_is_not_an_org():
    found = extract_en(
        "Dongsheng Chemical Company grew.",
        headline="Big News About Dongsheng Chemical Company Today",
    )
    assert org_names(found) == {"Dongsheng Chemical Company"}


def test_shorter_legal_form_is_an_alias():
    found = extract_en("Hongda Copper Co., Ltd. held a meeting. Hongda Copper grew fast.")
    assert [(o.name, o.aliases) for o in found.orgs] == [
        ("Hongda Copper Co., Ltd.", ("Hongda Copper",))
    ]


def test_distinct_table_organisations_are_not_merged_by_legal_form(tmp_path):
    table = tmp_path / "orgs.yml"
    table.write_text(
        "organizations:\n"
        "  qinghe-listed: {label: Qinghe Metals, names: [Qinghe Metals]}\n"
        "  qinghe-parent: {label: Qinghe Metals Group, names: [Qinghe Metals Group]}\n"
    )
    vocab = load_vocab(ROLES_FILE, table)
    found = extract_en("Qinghe Metals and Qinghe Metals Group signed a deal.", vocab=vocab)
    assert org_names(found) == {"Qinghe Metals", "Qinghe Metals Group"}


def test_word_of_org_in_headline_is_not_part_of_the_name():
    found = extract_en(
        "Lakeside Power Limited came.", headline="Chairman Met with Delegation of Lakeside Power"
    )
    assert org_names(found) == {"Lakeside Power Limited"}


@pytest.mark.parametrize(
    "line, name",
    [
        ("Source:Nonferrous Metals Weekly", "Nonferrous Metals Weekly"),
        ("CopyFrom:XKR Date:29 March 2017", "XKR"),
        (
            "The content below was translated by Lingua Soft automatically for reference.",
            "Lingua Soft",
        ),
        ("Please indicate the source for reprinting:Metal Wiki,thanks!", "Metal Wiki"),
    ],
)
def test_source_lines_name_organisations(line, name):
    found = extract_en(f"{line}\n\nThe plant grew.")
    assert name in org_names(found)
    org = next(o for o in found.orgs if o.name == name)
    assert found.article.text[org.evidence.start : org.evidence.end] == org.evidence.quote


@pytest.mark.parametrize(
    "line", ["from:Network date:2022-07-28 reading:1408", "Source: company website"]
)
def test_source_lines_without_a_name(line):
    assert org_names(extract_en(f"{line}\n\nThe plant grew.")) == set()


@pytest.mark.parametrize(
    "text, alias, owner",
    [
        (
            "Qinghe Non-ferrous Metals Group Co., Ltd. hosted it. Qinghe Non-ferrous Metals Group grew. QNMG leaders Wu Kai "
            "and Fan Li attended.",
            "QNMG",
            "Qinghe Non-ferrous Metals Group Co., Ltd.",
        ),
        (
            "Leaders of Qinghe Iron and Steel Group came. QISG Chairman Wu Kai spoke.",
            "QISG",
            "Qinghe Iron and Steel Group",
        ),
    ],
)
def test_acronym_spelling_initials_is_an_alias(text, alias, owner):
    found = extract_en(text)
    assert [alias in o.aliases for o in found.orgs if o.name == owner] == [True]
    assert alias not in org_names(found)


def test_acronym_matching_two_names_stays_apart():
    found = extract_en("Qinghe Mining Group and Quanlin Metals Group met. QMG leaders spoke.")
    assert "QMG" in org_names(found)


def test_headline_run_without_a_chinese_brand_is_not_an_org():
    found = extract_en(
        "The group met.", headline="Qinghe Metals Group Held Theoretical Study Center Group Meeting"
    )
    assert org_names(found) == {"Qinghe Metals Group"}


def test_a_peoples_congress_and_its_standing_committee_are_organisations():
    found = extract_en(
        "Also present was Zhou Kairui, deputy director of the Standing Committee of the Qinghe "
        "Municipal People's Congress."
    )
    name = "Standing Committee of the Qinghe Municipal People's Congress"
    assert name in {o.name for o in found.orgs}
    assert ("Zhou Kairui", "other", name) in {(r.person, r.role, r.org) for r in found.roles}


def test_a_party_congress_stays_an_event():
    found = extract_en("Li Wenhua attended the 19th Party Congress in the capital.")
    assert not [o for o in found.orgs if "Congress" in o.name]


def test_an_industry_word_before_an_event_noun_names_no_company():
    found = extract_en(
        "The Qinghe Investment Conference opened on Monday. Qinghe Investment Group signed deals.",
        headline="Qinghe holds investment conference",
    )
    names = {o.name for o in found.orgs}
    assert "Qinghe Investment" not in names
    assert "Qinghe Investment Group" in names


def test_a_one_word_company_that_also_names_someone():
    found = extract_en(
        "Corvane said profits rose. Corvane also named Hal Brightwater as the company's vice "
        "president of Marketing, starting in March."
    )
    assert ("Hal Brightwater", "Corvane") in {(r.person, r.org) for r in found.roles}


def test_a_place_and_its_lower_case_party_committee_before_a_government_post():
    found = extract_en(
        "Qu Zhanpeng, deputy secretary of Qinghe provincial Party committee and governor of "
        "Qinghe, received the visitors."
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Qu Zhanpeng", "deputy-party-secretary", "Qinghe provincial Party committee") in held
    assert ("Qu Zhanpeng", "governor", "Qinghe") in held


def test_a_political_consultative_conference_is_a_body_and_its_chair_no_boards():
    found = extract_en(
        "Gao Shouren, chairman of the National Committee of the Chinese People's Political "
        "Consultative Conference, opened the exhibition."
    )
    name = "National Committee of the Chinese People's Political Consultative Conference"
    assert ("Gao Shouren", "other", name) in {(r.person, r.role, r.org) for r in found.roles}


def test_a_peoples_congress_standing_committees_chairman_heads_it_and_vice_chairmen_are_other():
    found = extract_en(
        "Dong Hanqing, Chairman of the Standing Committee of the Qinghe District People's "
        "Congress, and Mu Zhiyuan, Vice Chairman of the Standing Committee of the Qinghe District "
        "People's Congress, were among the guests."
    )
    body = "Standing Committee of the Qinghe District People's Congress"
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Dong Hanqing", "head", body) in held
    assert ("Mu Zhiyuan", "other", body) in held


def test_a_vice_secretary_of_a_party_committee_is_its_deputy_party_secretary():
    found = extract_en(
        "Luo Tianci, General Manager and Vice Secretary of the Party Committee of Qinghe Railway "
        "Group Limited, attended."
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Luo Tianci", "deputy-party-secretary", "Qinghe Railway Group Limited") in held


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Ranmal Engineering (Pvt) Ltd said sales rose.", "Ranmal Engineering (Pvt) Ltd"),
        ("Kestrel Mining (Pty) Ltd said sales rose.", "Kestrel Mining (Pty) Ltd"),
        ("Varuna Tile Co. (Pvt) Ltd said sales rose.", "Varuna Tile Co. (Pvt) Ltd"),
    ],
)
def test_a_legal_form_in_brackets_is_part_of_the_name(sentence, name):
    found = extract_en(sentence)
    assert name in {o.name for o in found.orgs}
    assert not [o for o in found.orgs if "Pvt" in o.aliases or "Pty" in o.aliases]


def test_an_organisation_on_the_line_before_a_title_is_not_the_titles():
    found = extract_en(
        "HARBOUR VOICE, PROVINCE NEWS\nGOV. DAN REYES MET WITH THE OFFICERS OF THE CONSULATE",
        headline="Governor meets consulate officers",
    )
    assert not [r for r in found.roles if r.org == "PROVINCE NEWS"]
