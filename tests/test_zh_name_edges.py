"""Chinese names: no neighbouring character glued on, no ordinary word, place or body read as a name.

Every name and organisation here is invented for the tests.
"""

import pytest
from kg.extract import extract_article
from kg.read import make_article


def natives(body: str) -> set[str | None]:
    text = f"虚构新闻标题用于测试\n2023年6月1日\n{body}\n"
    return {p.native for p in extract_article(make_article("x.txt", text)).persons}


@pytest.mark.parametrize(
    "body,name,wrong",
    [
        ("会议由郭振林主持，公司领导出席。", "郭振林", "由郭振林"),
        ("东岭集团董事长姚卫林于6月1日到公司调研。", "姚卫林", "姚卫林于"),
        ("总经理宁海涛代表公司致辞。", "宁海涛", "宁海涛代"),
    ],
)
def test_a_function_word_beside_a_name_is_not_part_of_it(body, name, wrong):
    found = natives(body)
    assert name in found
    assert wrong not in found


@pytest.mark.parametrize(
    "body,wrong",
    [
        ("党委书记罗建明和院长及来宾一同参观。", "和院长"),
        ("区委常委、组织部部长出席会议。", "区委"),
        ("各部门要顾大局、识大体。", "顾大局"),
    ],
)
def test_ordinary_words_and_bodies_are_no_names(body, wrong):
    assert wrong not in natives(body)


@pytest.mark.parametrize(
    "body,wrong",
    [
        ("要充分发挥公司的作用，推动高质量发展。", "充分发挥公司"),
        ("必须高度重视青川电网建设。", "高度重视青川电网"),
        ("2008年起任东岭省建筑工程总公司总经理。", "起任东岭省建筑工程总公司"),
    ],
)
def test_no_organisation_name_reaches_over_a_verb(body, wrong):
    text = f"虚构新闻标题用于测试\n2023年6月1日\n{body}\n"
    assert wrong not in {o.name for o in extract_article(make_article("x.txt", text)).orgs}


@pytest.mark.parametrize(
    "body,wrong", [("公司黎先生表示欢迎。", "黎先生"), ("由二位嘉宾主持。", "由二")]
)
def test_forms_of_address_and_numbers_are_no_given_names(body, wrong):
    assert wrong not in natives(body)


def test_hospitals_courts_and_newspapers_are_organisations():
    text = "虚构新闻标题用于测试\n2023年6月1日\n东岭市人民医院院长柴文博会见青川商报记者。\n"
    names = {o.name for o in extract_article(make_article("x.txt", text)).orgs}
    assert "东岭市人民医院" in names


@pytest.mark.parametrize(
    "body,word",
    [
        ("会议认清防控形势的复杂性、严峻性，总经理柯文涛出席。", "严峻性"),
        ("据青禾网报道，总经理柯文涛出席会议。", "青禾网"),
    ],
)
def test_an_abstract_noun_a_news_site_or_a_campus_is_not_a_name(body, word):
    found = natives(body)
    assert "柯文涛" in found
    assert word not in found


@pytest.mark.parametrize(
    "body,name,wrong",
    [
        # jieba cuts the family name off as a word of one character, the given name is a word
        ("会议宣布了决定。俞海星同志任东岭集团副董事长。", "俞海星", "海星"),
        ("会议宣布了决定：张万顺同志任东岭集团总经理。", "张万顺", "万顺"),
        # a family name jieba tags as one after a verb, before a given name that is a word
        ("总经理表示欢迎，并转达了奚正平董事长的问候。", "奚正平", None),
    ],
)
def test_a_family_name_cut_off_by_the_segmenter_stays_with_its_given_name(body, name, wrong):
    found = natives(body)
    assert name in found
    assert wrong not in found


def test_a_unit_ending_before_a_title_is_no_family_name():
    found = natives("5月30日，国家统计局工业司主要负责人江源一行来我市调研。")
    assert "江源" in found
    assert "司主要" not in found


@pytest.mark.parametrize(
    "body,name,wrong",
    [
        ("韩江都教授将担任副校长，负责环球事务。", "韩江都", None),
        ("王海副教授和李明院士出席了本次学术会议。", "王海", "王海副"),
    ],
)
def test_a_name_before_an_academic_rank_is_read(body, name, wrong):
    found = natives(body)
    assert name in found
    assert wrong not in found


def test_a_foreign_name_in_transliteration_inside_a_list_of_names():
    text = (
        "虚构新闻标题用于测试\n2023年6月1日\n参加会面的还包括东岭控股集团行政总裁范明，"
        "非执行董事施俊华、戴国平、埃文斯、利蕴华、卡斯特，集团风险管理总监缪思远。\n"
    )
    got = extract_article(make_article("x.txt", text))
    directors = {r.person for r in got.roles if r.title == "非执行董事"}
    assert {"Shi Junhua", "Dai Guoping", "Aiwensi", "Li Yunhua", "Kasite"} <= directors


def test_a_word_of_transliteration_characters_is_no_listed_name():
    found = natives("会议由郭振林主持，东岭集团、巴西、美国等单位代表参加。")
    assert not {"巴西", "美国"} & found
