"""The organisation table knows major organisations by every name news gives them, and leaves out
the short forms that are words or parts of other names (sentences written for these tests; the
people are invented)."""

from __future__ import annotations

import re

from kg.vocab import load_vocab
from tests.helpers_en import extract_en, role_set
from tests.zh_article import roles_of, zh_extract

VOCAB = load_vocab()


def test_names_in_both_languages_and_scripts_are_one_organisation():
    for names in (
        ("Kuomintang", "KMT", "中国国民党", "国民党"),
        ("Legislative Yuan", "立法院"),
        ("United Nations", "联合国"),
        ("Nasdaq", "纳斯达克"),
    ):
        keys = {VOCAB.org_key(n) for n in names}
        assert len(keys) == 1 and None not in keys, names


def test_a_group_and_its_bank_are_two_organisations():
    assert VOCAB.org_key("HSBC Holdings") != VOCAB.org_key("汇丰银行")
    assert VOCAB.orgs[VOCAB.org_key("汇丰银行")].parent == VOCAB.org_key("HSBC Holdings")


def test_a_company_named_only_by_the_table_holds_its_post():
    found = extract_en(
        "Jane Roe, chief executive of Nasdaq, met ministers on Monday.", published="2024-05-06"
    )
    assert any(p == "Jane Roe" and VOCAB.org_key(o) == "nasdaq" for p, _r, o, _s in role_set(found))
    found = zh_extract(
        "5月8日，国民党主席柯文涛会见来访客人。", headline="国民党新闻", date="2024-05-10"
    )
    assert any(p == "Ke Wentao" and VOCAB.org_key(o) == "kmt" for p, _r, o, _s in roles_of(found))
    found = zh_extract(
        "5月8日，國民黨主席柯文濤會見來訪客人。", headline="國民黨新聞", date="2024-05-10"
    )
    assert any(o.name == "國民黨" and VOCAB.org_key(o.aliases[0]) == "kmt" for o in found.orgs)


def test_short_forms_that_are_words_or_parts_of_other_names_are_not_in_the_table():
    for name in (
        "WHO",  # a word of every all-capitals headline
        "工信部门",  # "the industry departments", not the ministry
        "大众汽车",  # inside the names of joint ventures ("X大众汽车有限公司")
        "通用汽车",
        "德勤",  # a given name
        "国家统计局",  # any country's statistics bureau, after its country's name
        "教育部",  # the PRC's and Taiwan's
        "立法会",  # Hong Kong's and Macao's
    ):
        assert VOCAB.org_key(name) is None, name


def test_one_word_english_names_are_not_common_words():
    common = {"shell", "total", "amazon", "target", "orange", "visa", "meta", "block", "who"}
    one_word = {
        n.casefold()
        for e in VOCAB.orgs.values()
        for n in (e.label, *e.names)
        if re.fullmatch(r"[A-Za-z]+", n)
    }
    assert not (one_word & common)


def test_an_all_capitals_headline_word_is_no_organisation():
    found = extract_en(
        "WHO WILL LEAD THE BOARD\n\nThe board met on Monday.", published="2024-05-06"
    )
    assert not any(VOCAB.org_key(o.name) for o in found.orgs)


def test_a_table_name_after_a_verb_is_no_person():
    found = extract_en("Jane Roe joined Goldman Sachs in 2001.", published="2024-05-06")
    assert {p.name for p in found.persons} == {"Jane Roe"}
    assert any(VOCAB.org_key(o.name) == "goldman-sachs" for o in found.orgs)


def test_two_table_names_joined_by_and_are_two_organisations():
    found = extract_en(
        "Toyota Motor and Samsung Electronics signed an agreement on Monday.",
        published="2024-05-06",
    )
    assert {VOCAB.org_key(o.name) for o in found.orgs} >= {"toyota-motor", "samsung-electronics"}


def test_a_short_chinese_name_read_across_two_words_is_not_the_organisation():
    found = zh_extract(
        "5月8日，联合国际学院院长柯文涛出席会议。", headline="学院新闻", date="2024-05-10"
    )
    assert not any(VOCAB.org_key(o.name) == "united-nations" for o in found.orgs)
    found = zh_extract(
        "5月8日，联合国秘书长柯文涛出席会议。", headline="联合国新闻", date="2024-05-10"
    )
    assert any(VOCAB.org_key(o.name) == "united-nations" for o in found.orgs)


def test_a_three_character_name_before_a_title_sharing_its_last_character():
    found = zh_extract(
        "5月8日，立法院长柯文涛会见来访客人。", headline="立法院新闻", date="2024-05-10"
    )
    assert any(VOCAB.org_key(o.name) == "legislative-yuan" for o in found.orgs)
