"""Publishers named by a story's credits: news agencies in datelines and bylines, Chinese leads
("X讯", "X北京7月2日电"), bracketed reporters' credits; never the page's main organisation."""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.read import make_article

ZH_HEAD = "青岚锡业召开年度工作会议\n"
ZH_TAIL = "\n会议由青岚锡业董事长周明主持，公司领导班子成员参加会议。"


def zh_orgs(lead: str):
    return extract_article(make_article("x.txt", ZH_HEAD + lead + ZH_TAIL))


@pytest.mark.parametrize(
    "lead, publisher",
    [
        ("东川晚报讯 3月2日，", "东川晚报"),
        ("南岭网江北频道3月2日讯（记者 王林）3月1日，", "南岭网"),
        ("北川新闻网湖南消息（李文）3月2日，", "北川新闻网"),
        ("【海石财经 记者 赵安】近日，", "海石财经"),
        ("海石财经APP讯，", "海石财经"),
        ("远东通讯社北京3月2日电 ", "远东通讯社"),
        ("据远东通讯社报道，", "远东通讯社"),
        ("据海石财经记者了解，", "海石财经"),
    ],
)
def test_a_chinese_credit_names_its_publisher_who_is_not_the_main_organisation(lead, publisher):
    got = zh_orgs(lead)
    assert publisher in {o.name for o in got.orgs}
    assert got.main_org == "青岚锡业"
    assert not any(r.org == publisher for r in got.roles)


@pytest.mark.parametrize(
    "lead", ["本报讯 3月2日，", "（记者 王林 通讯员 李文）3月2日，", "据该报记者了解，"]
)
def test_the_papers_own_credit_and_bare_reporters_name_no_publisher(lead):
    names = {o.name for o in zh_orgs(lead).orgs}
    assert not names & {"本报", "记者", "该报", "通讯员"}


EN_HEAD = "Harbour Lands names new chief executive\n"


@pytest.mark.parametrize(
    "text, agency",
    [
        (
            "PORTVILLE, March 2 (Eastwire) -- Harbour Lands PLC said Jane Roe will lead it.",
            "Eastwire",
        ),
        (
            "(Coast News Service) - Harbour Lands PLC said Jane Roe will lead it.",
            "Coast News Service",
        ),
        (
            "Harbour Lands PLC said Jane Roe will lead it.\nBy Tom Reed, Coast News reporter",
            "Coast News",
        ),
    ],
)
def test_an_english_dateline_or_byline_names_its_agency(text, agency):
    got = extract_article(make_article("x.txt", EN_HEAD + text + "\n"))
    assert agency in {o.name for o in got.orgs}
    assert got.main_org == "Harbour Lands PLC"


def test_a_parenthesis_inside_a_sentence_is_no_agency():
    text = "The meeting (held in May) - a long one - approved the plan of Harbour Lands PLC."
    got = extract_article(make_article("x.txt", EN_HEAD + text + "\n"))
    assert {o.name for o in got.orgs} == {"Harbour Lands PLC"}
