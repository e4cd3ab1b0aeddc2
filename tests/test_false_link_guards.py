"""Guards against false links that a second reading of the new rules of real-news shapes found
(sentences written for these tests): each sentence reads nothing, or only what is right, while
the shape it imitates reads a post."""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.read import make_article


def extract(body: str, headline: str = "Kestrel Mining hosts delegation from Harlow Metals"):
    return extract_article(make_article("x.txt", f"{headline}\n\n{body}\n"))


def roles(got) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in got.roles}


def test_for_an_organisation_with_a_relative_clause_sets_nothing():
    got = extract(
        "Kestrel Mining said so. For Harlow Metals, which sold its stake in the miner last year, "
        "the appointment of Daniel Price as chief executive came as a surprise."
    )
    assert not {r for r in roles(got) if r[2] == "Harlow Metals"}


def test_a_countrys_description_with_a_function_word_names_no_company():
    got = extract(
        "Daniel Price, chairman of Kenya's largest lender and owner of Harlow Insurance, said "
        "rates would fall."
    )
    assert ("Daniel Price", "chairman", "Harlow Insurance") not in roles(got)


def test_a_regions_capitalised_president_is_no_company():
    got = extract("The talks were opened by Catalonia's President Anna Kovac, who called for calm.")
    assert "Catalonia" not in {o.name for o in got.orgs}
    assert not {r for r in roles(got) if r[1] == "general-manager"}


def test_the_company_named_elsewhere_in_the_sentence_does_not_keep_a_default():
    got = extract(
        "Daniel Price, general manager of Harlow Metals, led the delegation. General Manager "
        "Daniel Price said the company hoped to sign a long-term supply deal."
    )
    assert ("Daniel Price", "general-manager", "Kestrel Mining") not in roles(got)


@pytest.mark.parametrize(
    "body",
    [
        "The board will recruit a new director of operations and Daniel Price will remain chairman.",
        "Kestrel Mining has yet to find a vice-president of exploration and Daniel Price will "
        "cover the role.",
    ],
)
def test_a_field_title_ending_before_and_is_not_the_next_names(body):
    got = extract(body)
    assert not {r for r in roles(got) if r[1] in ("director", "deputy-general-manager")}


def test_the_kinds_possessive_after_an_unnamed_body_of_that_kind_is_no_ones():
    got = extract(
        "Harlow Institute of Technology signed an agreement with a German research institute on "
        "Monday. The institute's director, Klaus Berger, said it was good.",
        headline="Harlow Institute of Technology signs research deal",
    )
    assert not {r for r in roles(got) if r[0] == "Klaus Berger"}


def test_with_a_holder_in_another_clause_takes_no_organisation_of_the_sentence():
    got = extract(
        "Daniel Price was appointed managing director of Kestrel Asia, sharing the regional "
        "leadership with Martin Shaw as the group chief executive."
    )
    assert ("Martin Shaw", "general-manager", "Kestrel Asia") not in roles(got)


@pytest.mark.parametrize(
    "headline", ["Insurer appoints new chief executive", "Carmaker names insider as CEO"]
)
def test_a_headline_of_one_common_word_keeps_the_texts_company(headline):
    got = extract(
        "Harlow Assurance said its chairman, Martin Shaw, would retire.", headline=headline
    )
    assert got.main_org == "Harlow Assurance"


def test_madame_tussauds_is_no_person():
    got = extract(
        "Daniel Price, general manager of Madame Tussauds London, said so. The firm, which runs "
        "Madame Tussauds Blackpool, grew."
    )
    assert not {p.name for p in got.persons if "Tussauds" in p.name}


ZH_HEAD = "恒远大学举行学术委员会会议并通报人事任免情况\n2023年6月1日\n"


def zh_natives(body: str) -> set[str | None]:
    got = extract_article(make_article("x.txt", ZH_HEAD + body + "\n"))
    return {p.native for p in got.persons}


@pytest.mark.parametrize(
    "body,wrong",
    [
        ("李明，男，1968年生，文学博士，现任华鼎出版集团董事长。", "文学"),
        ("恒远大学现有全职教授八十人。", "全职"),
        ("恒远银行行长王海星、西雅图和莫斯科分行行长出席。", "西雅图"),
        ("恒远银行行长王海星、莫斯科、达喀尔分行负责人出席。", "莫斯科"),
        ("恒远集团董事长王海星、安泰、博德等合作伙伴出席。", "博德"),
        ("恒远银行原李强董事长出席了会议。", "原李强"),
        ("双方会见时王海董事长介绍了情况。", "时王海"),
        ("会见了金集团董事长一行。", "金集团"),
    ],
)
def test_no_word_field_place_or_neighbour_is_read_as_a_chinese_name(body, wrong):
    assert wrong not in zh_natives(body)


def test_for_a_person_keeps_the_sentences_own_reading():
    got = extract(
        "Kestrel Mining said so. For Daniel Price, who becomes chief executive on Monday, the "
        "task is hard."
    )
    assert ("Daniel Price", "general-manager", "Kestrel Mining") in roles(got)


def test_the_words_after_a_bodys_of_are_no_person():
    got = extract(
        "Ren Hao is Executive Chairman of the General Association of Kestrel Entrepreneurs, "
        "Founder and Chairman of Yintop Group, as well as Chairman of Norvale Industrial Investment."
    )
    assert "Kestrel Entrepreneurs" not in {p.name for p in got.persons}
    assert ("Ren Hao", "chairman", "Norvale Industrial Investment") in roles(got)


def test_a_class_of_companies_is_no_organisation_nor_the_page_s_own():
    got = extract(
        "On 3 May 2021, the commission organised a special event in Kestrel City for State-owned"
        " Central Enterprises. Chairman Daniel Price of Harlow Metals Group attended the event.",
        headline='Chairman Daniel Price Attended "Special Event for State-owned Central Enterprises"',
    )
    names = {o.name for o in got.orgs}
    assert not {n for n in names if n.endswith("Central Enterprises")}
    assert ("Daniel Price", "chairman", "Harlow Metals Group") in roles(got)
    assert not {r for r in roles(got) if r[2] != "Harlow Metals Group"}


def test_a_president_met_by_the_company_s_chief_is_no_post_of_the_company():
    got = extract(
        "On 2 May 2019, Harlow Metals chairman Daniel Price met with President Ravi Menon in the"
        " capital.",
        headline="Harlow Metals chairman meets the president",
    )
    assert ("Daniel Price", "chairman", "Harlow Metals") in roles(got)
    assert not {r for r in roles(got) if r[0] == "Ravi Menon"}


def test_a_title_after_an_unread_owner_is_no_post_of_the_page_s_company():
    got = extract(
        "Harlow Metals chief executive Daniel Price said so. Qorvane power Chairman Ravi Menon"
        " said the talks were positive. Other school leaders Ravi Kohli and Anil Mehta attended.",
        headline="Harlow Metals hosts industry leaders",
    )
    assert not {r for r in roles(got) if r[0] == "Ravi Menon"}
    assert ("Daniel Price", "general-manager", "Harlow Metals") in roles(got)


def test_review_guards_of_the_seventeenth_session():
    hq = "Kestrel Holdings news"
    got = extract(
        "Kestrel Holdings named Jane Roe chief executive. Mark Lee, who has chaired the board's"
        " risk committee since 2017, said so.",
        headline=hq,
    )
    assert not {r for r in roles(got) if r[0] == "Mark Lee"}
    got = extract(
        "John Smith, a former chief executive of Beta Bank, has been chairman of Kestrel Holdings"
        " since 2015 and will be succeeded by Jane Roe.",
        headline=hq,
    )
    assert ("Jane Roe", "general-manager", "Beta Bank") not in roles(got)
    got = extract(
        "Jane Roe, who took over as chief executive of Kestrel Holdings in March, received the"
        " award from Prime Minister John Smith.",
        headline=hq,
    )
    assert not {r for r in roles(got) if r[0] == "John Smith"}
    got = extract(
        "Before their meeting, Kestrel Holdings chief executive Jane Roe toured the plant. Governor"
        " John Smith opened it, and then Beta Bank chief executive Ann Vale spoke.",
        headline=hq,
    )
    assert {r.status for r in got.roles if r.person in ("Jane Roe", "Ann Vale")} == {"current"}


def test_a_province_s_vice_governor_met_in_a_city_is_not_the_city_s():
    found = extract(
        "Jane Roe, chief executive of Tarra Mining, met Li Hongwei, Hubei's vice governor in"
        " Wuhan on Monday.",
        headline="Miner meets provincial officials",
    )
    assert not any(r.org == "Wuhan" for r in found.roles)


def test_a_country_is_never_the_brand_of_a_company_named_after_it():
    got = extract(
        "Nile Aluminium Company signed the deal. Present were Mahmoud Essam, Minister of Public"
        " Enterprise Sector of Egypt, and the Deputy Ambassador of Egypt in Cairo, Saleh Al"
        " Saad. Egypt Aluminium Company's chairman spoke.",
        headline="Aluminium companies sign agreement",
    )
    assert not any(r[2] == "Egypt Aluminium Company" for r in roles(got))


def test_a_subject_who_appointed_someone_holds_no_post():
    got = extract(
        "Kestrel Holdings Ltd held a meeting. Jane Roe said Kestrel had outgrown its founders and"
        " appointed a chief executive from outside the family.",
        headline="Kestrel Holdings names chief",
    )
    assert not {r for r in roles(got) if r[0] == "Jane Roe"}


def test_resigning_another_board_or_retiring_next_year_leaves_no_post():
    got = extract(
        "Kestrel Holdings Ltd said its Chairman Jane Roe resigned from the board of Marlow Bank"
        " to focus on Kestrel. Chief Executive John Doe, retiring next year, will stay until a"
        " successor is found.",
        headline="Kestrel Holdings names chief",
    )
    status = {(r.person, r.role): r.status for r in got.roles if r.org == "Kestrel Holdings Ltd"}
    assert status.get(("Jane Roe", "chairman")) == "current"
    assert status.get(("John Doe", "general-manager")) == "current"


def test_a_bracket_naming_another_body_or_a_retirement_is_no_portfolio():
    got = extract(
        "Kestrel Holdings Ltd held its meeting. Among those present were the Managing Director"
        " (Rtd) Mr John Doe and Chairman (Marlow Bank) Mrs Jane Roe.",
        headline="Kestrel Holdings holds meeting",
    )
    assert not {r for r in roles(got) if r[2] == "Kestrel Holdings Ltd"}


def test_a_place_after_titles_in_an_opener_gives_the_next_name_nothing():
    got = extract(
        "After meeting the chief executive of Kestrel Holdings in Kenya, John Doe said a deal was"
        " close.",
        headline="Kestrel Holdings in talks",
    )
    assert not {r for r in roles(got) if r[0] == "John Doe"}


def test_a_delegation_s_own_news_keeps_its_organisation():
    got = extract(
        "A delegation of Kestrel University led by Vice President Peter Pan visited Marlow General"
        " Hospital on Monday.",
        headline="Kestrel University Delegation Visits Marlow General Hospital",
    )
    assert got.main_org == "Kestrel University"


def test_names_after_a_plural_title_that_are_a_clause_s_subject():
    got = extract(
        "Kestrel Holdings Ltd held a meeting. Following the exit of the two independent"
        " directors, Jane Roe and John Doe joined the board as non-executive directors.",
        headline="Kestrel Holdings board changes",
    )
    assert not {r for r in got.roles if r.role == "independent-director"}


def test_joining_a_board_in_an_action_is_no_seat():
    got = extract(
        "John Doe, the largest shareholder, joined the Kestrel Bank Plc board in rejecting the"
        " offer.",
        headline="Bank rejects offer",
    )
    assert not {r for r in roles(got) if r[1] == "director"}


def test_a_description_after_its_is_no_item_of_a_list_of_companies():
    got = extract(
        "Jane Roe is chief executive of Kestrel Capital and its biggest investor Tarn Fund Ltd.",
        headline="Fund news",
    )
    assert not {r for r in roles(got) if r[2].startswith("Tarn")}


def test_an_organisation_after_a_title_set_off_after_a_bare_name_is_no_person():
    got = extract(
        "Kestrel Group held a meeting. Zhang Wei, Vice President Lianhua, attended. Also present"
        " was General Manager Huaxin, the supermarket chain.",
        headline="Kestrel Group holds meeting",
    )
    names = {p.name for p in got.persons}
    assert not names & {"Lianhua", "Huaxin"}


def test_a_successor_is_no_antecedent_s_rival():
    got = extract(
        "Mark Doe will be succeeded by Jane Roe. She was previously chief executive of Marlow"
        " Bank Plc.",
        headline="Bank names chief",
    )
    assert not {r for r in roles(got) if r[0] == "Mark Doe"}


def test_a_dash_aside_that_is_a_clause_gives_no_post():
    got = extract(
        "Kestrel Holdings Ltd shareholders backed activist investor Jane Roe — the chief executive"
        " had opposed her nominees — at the annual meeting.",
        headline="Kestrel Holdings annual meeting",
    )
    assert not {r for r in roles(got) if r[0] == "Jane Roe"}


def test_an_ambiguous_dotted_day_is_no_date():
    got = extract(
        "On 12.3, the ceremony of the new factory was held. Chairman Jane Roe spoke.",
        headline="Ceremony of the new factory held",
    )
    assert not got.events or all(str(e.start) != "2023-12-03" for e in got.events)
