"""Whole invented Chinese articles (tests/fixtures/zh/, nothing from the seeds): exact results."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from kg.extract import extract_article
from kg.read import read_article
from tests.zh_article import parts_of, roles_of

FIXTURES = Path(__file__).parent / "fixtures" / "zh"


@pytest.fixture(scope="module")
def meeting():
    return extract_article(read_article(FIXTURES / "zh_meeting_huayuan.txt"))


@pytest.fixture(scope="module")
def talks():
    return extract_article(read_article(FIXTURES / "zh_talks_dongyue.txt"))


def test_article_meeting_persons(meeting):
    assert [(p.name, p.native) for p in meeting.persons] == [
        ("Ouyang Zhenhua", "欧阳振华"),
        ("Shan Liguo", "单立国"),
        ("Zeng Xiaomei", "曾晓梅"),
        ("Xie Hongbing", "解红兵"),
        ("Ou Zhiyuan", "区志远"),
        ("Zhai Ming", "翟明"),
        ("Yue Tianyu", "乐天宇"),
        ("Xi Jinping", "习近平"),
    ]


def test_article_meeting_orgs(meeting):
    assert {o.name: o.aliases for o in meeting.orgs} == {
        "华源矿业": ("华源矿业股份有限公司",),
        "中国共产党": (),
        "黔东锌业": (),
        "华源物流": (),
        "西南分公司": (),
        "华源国际": (),
        "公司安全环保部": (),
        "人力资源部": (),
        "党委办公室": (),
        "黔云数据科技有限公司": (),
    }
    assert meeting.main_org == "华源矿业"


def test_article_meeting_roles(meeting):
    org = "华源矿业"
    assert roles_of(meeting) == {
        ("Ouyang Zhenhua", "party-secretary", org, "current"),
        ("Ouyang Zhenhua", "chairman", org, "current"),
        ("Shan Liguo", "deputy-party-secretary", org, "current"),
        ("Shan Liguo", "general-manager", org, "current"),
        ("Zeng Xiaomei", "deputy-party-secretary", org, "current"),
        ("Zeng Xiaomei", "union-chairman", org, "current"),
        ("Xie Hongbing", "leadership-member", org, "current"),
        ("Ou Zhiyuan", "leadership-member", org, "current"),
        ("Zhai Ming", "leadership-member", org, "current"),
        ("Yue Tianyu", "leadership-member", org, "current"),
        ("Xi Jinping", "general-secretary", "中国共产党", "current"),
    }


def test_article_meeting_event(meeting):
    [event] = meeting.events
    assert (event.start, event.end, event.kind, event.location, event.organizer) == (
        date(2025, 1, 16),
        None,
        "meeting",
        "贵州贵阳",
        "华源矿业",
    )
    assert event.name == "华源矿业2025年度工作会议暨三届二次职工代表大会"
    assert parts_of(meeting) == {
        "Ouyang Zhenhua": "speaker",
        "Shan Liguo": "reporter",
        "Zeng Xiaomei": "chair",
        "Xie Hongbing": "attendee",
        "Ou Zhiyuan": "attendee",
        "Zhai Ming": "attendee",
        "Yue Tianyu": "attendee",
    }


def test_article_talks_persons_and_roles(talks):
    assert [(p.name, p.native) for p in talks.persons] == [
        ("Ren Zhenyu", "任振宇"),
        ("Zha Wenbin", "查文斌"),
        ("Piao Chenghao", "朴成浩"),
        ("Qiu Huimin", "仇慧敏"),
        ("Miao Jianguo", "缪建国"),
    ]
    assert roles_of(talks) == {
        ("Ren Zhenyu", "mayor", "金川市政府", "current"),
        ("Zha Wenbin", "party-secretary", "东岳能源", "current"),
        ("Zha Wenbin", "chairman", "东岳能源", "current"),
        ("Piao Chenghao", "deputy-general-manager", "东岳能源", "current"),
        ("Qiu Huimin", "deputy-general-manager", "东岳能源", "current"),
        ("Miao Jianguo", "general-manager", "东岳能源西北分公司", "current"),
    }


def test_article_talks_event(talks):
    [event] = talks.events
    assert (event.start, event.kind, event.location, event.organizer) == (
        date(2024, 6, 10),
        "talks",
        "金川",
        None,
    )
    assert parts_of(talks) == {
        "Ren Zhenyu": "host",
        "Zha Wenbin": "met",
        "Piao Chenghao": "accompanier",
        "Qiu Huimin": "accompanier",
        "Miao Jianguo": "accompanier",
    }


@pytest.fixture(scope="module")
def safety():
    return extract_article(read_article(FIXTURES / "zh_safety_meeting_jinshi.txt"))


def test_article_safety_meeting(safety):
    assert [p.native for p in safety.persons] == ["习近平", "柯文海", "闻立新", "乔宇"]
    assert {o.name: o.aliases for o in safety.orgs} == {
        "金石集团": ("金石集团有限责任公司",),
        "国务院": (),
        "湘南铅锌": (),
        "金石冶炼": (),
        "长沙设计院": (),
    }  # 总书记 implies the party, which this article never names (kg/extract/implied_orgs.py)
    org = "金石集团"
    assert {(r.person, r.role, r.title, r.org) for r in safety.roles} == {
        ("Ke Wenhai", "party-secretary", "党委书记", org),
        ("Ke Wenhai", "chairman", "董事长", org),
        ("Wen Lixin", "deputy-party-secretary", "党委副书记", org),
        ("Wen Lixin", "general-manager", "总经理", org),
        ("Qiao Yu", "party-committee-member", "党委常委", org),
        ("Qiao Yu", "deputy-general-manager", "副总经理", org),
        ("Qiao Yu", "other", "安全总监", org),
    }
    [event] = safety.events
    assert (event.start, event.location, event.organizer) == (date(2025, 2, 18), "湖南长沙", org)
    assert parts_of(safety) == {"Ke Wenhai": "speaker", "Wen Lixin": "chair", "Qiao Yu": "reporter"}


def test_article_evidence_quotes_the_text(meeting, talks, safety):
    for found in (meeting, talks, safety):
        claims = [*found.persons, *found.orgs, *found.roles, *found.events]
        claims += [p for e in found.events for p in e.participants]
        for claim in claims:
            ev = claim.evidence
            assert found.article.text[ev.start : ev.end] == ev.quote
