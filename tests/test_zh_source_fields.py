"""A page's source field names its publisher ("来源:X网"): where the reader blanks the field
line, and where it leaves it in the body after the page's date ("2024-03-02 10:15 来源:X网",
"（来源:X网，记者:A）"); a site's lead mark after the name is cut ("X网讯"), names joined by "·"
are read one by one. A publisher left in the body is still not what the story is about. And a
body's name jieba cuts at a verb ("开放|大学"): an open university is one organisation."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article
from tests.zh_article import roles_of, zh_extract


def _page(text: str):
    return extract_article(make_article("t.txt", text))


def test_a_source_field_left_in_the_body_names_the_publisher_not_the_main_organisation():
    found = _page(
        "柯文远率队赴外地学习考察\n\n2024-03-02 10:15:11 来源:云岭政协网\n\n"
        "  3月1日至5日,省政协副主席柯文远率队赴外地考察医疗机构人员队伍现状。\n"
    )
    assert "云岭政协网" in {o.name for o in found.orgs}
    assert found.main_org != "云岭政协网"


def test_a_source_in_brackets_at_the_foot_of_the_body():
    found = zh_extract(
        "3月1日,宏达化工召开年度工作会议。(来源:云岭市新闻网,记者:林远。)",
    )
    assert "云岭市新闻网" in {o.name for o in found.orgs}


def test_a_lead_mark_after_the_source_and_names_joined_by_a_dot():
    assert "云岭新闻网" in {
        o.name for o in zh_extract("3月1日,宏达化工召开会议。", source="云岭新闻网讯").orgs
    }
    names = {
        o.name
        for o in zh_extract("3月1日,宏达化工召开会议。", source="新云岭客户端·中国云岭网").orgs
    }
    assert "中国云岭网" in names and "新云岭客户端" not in names


def test_a_sentence_word_ending_like_a_field_is_no_field():
    found = zh_extract("3月1日,宏达化工召开会议,资金来源为自筹。")
    assert not any(o.name.startswith("为") or "自筹" in o.name for o in found.orgs)


def test_an_open_university_is_one_name():
    found = zh_extract(
        "1月5日上午,云岭开放大学召开全体干部大会。柯文远同志任云岭开放大学党委书记、校长。",
        headline="云岭开放大学召开全体干部大会",
    )
    assert "云岭开放大学" in {o.name for o in found.orgs}
    assert any(r[0] == "Ke Wenyuan" and r[2] == "云岭开放大学" for r in roles_of(found))


def test_opening_a_university_to_the_public_names_no_university():
    found = zh_extract("3月1日,宏达化工召开会议。学校将向社会开放大学体育场馆。")
    assert not any(o.name.endswith("开放大学") for o in found.orgs)
