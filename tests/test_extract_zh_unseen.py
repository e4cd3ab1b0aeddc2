"""Four invented Chinese company-news articles written before reading the extractors: exact results.

They use groups, people, titles and sentence shapes absent from the seeds and from tests/fixtures/zh/,
so they measure how the Chinese extraction generalises.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from kg.extract import extract_article
from kg.read import read_article
from tests.zh_article import parts_of, roles_of, zh_extract

FIXTURES = Path(__file__).parent / "fixtures" / "zh_unseen"


def _extract(name: str):
    return extract_article(read_article(FIXTURES / name))


@pytest.fixture(scope="module")
def workconf():
    return _extract("zh_workconf_jinneng.txt")


@pytest.fixture(scope="module")
def survey():
    return _extract("zh_survey_huatie.txt")


@pytest.fixture(scope="module")
def talks():
    return _extract("zh_meeting_haiwan.txt")


@pytest.fixture(scope="module")
def signing():
    return _extract("zh_signing_lanhai.txt")


def _persons(found):
    return {(p.name, p.native) for p in found.persons}


def test_unseen_workconf_persons(workconf):
    assert _persons(workconf) == {
        ("Sima Guodong", "司马国栋"),
        ("Han Lei", "韩磊"),
        ("Pan Xiulan", "潘秀兰"),
        ("Deng Zhen", "邓振"),
        ("Zhao Yiming", "赵一鸣"),
        ("Huang Lixin", "黄立新"),
        ("Zhuge Xiaofeng", "诸葛晓峰"),
        ("Mao Hong", "毛红"),
    }


def test_unseen_workconf_roles(workconf):
    org = "晋能电力"
    assert roles_of(workconf) == {
        ("Sima Guodong", "party-secretary", org, "current"),
        ("Sima Guodong", "chairman", org, "current"),
        ("Han Lei", "deputy-party-secretary", org, "current"),
        ("Han Lei", "general-manager", org, "current"),
        ("Pan Xiulan", "deputy-party-secretary", org, "current"),
        ("Pan Xiulan", "discipline-secretary", org, "current"),
        ("Deng Zhen", "party-committee-member", org, "current"),
        ("Deng Zhen", "deputy-general-manager", org, "current"),
        ("Zhao Yiming", "party-committee-member", org, "current"),
        ("Zhao Yiming", "deputy-general-manager", org, "current"),
        ("Huang Lixin", "party-committee-member", org, "current"),
        ("Huang Lixin", "deputy-general-manager", org, "current"),
        ("Zhuge Xiaofeng", "chief-financial-officer", org, "current"),
        ("Mao Hong", "union-chairman", org, "current"),
    }


def test_unseen_workconf_event(workconf):
    [event] = workconf.events
    assert (event.start, event.kind) == (date(2026, 2, 8), "meeting")
    assert parts_of(workconf) == {
        "Sima Guodong": "speaker",
        "Han Lei": "reporter",
        "Pan Xiulan": "chair",
        "Deng Zhen": "attendee",
        "Zhao Yiming": "attendee",
        "Huang Lixin": "attendee",
        "Zhuge Xiaofeng": "attendee",
        "Mao Hong": "attendee",
    }


def test_unseen_survey_persons_and_roles(survey):
    assert _persons(survey) == {
        ("Ouyang Ming", "欧阳明"),
        ("Sun Tao", "孙涛"),
        ("Long Jianhua", "龙建华"),
        ("Qian Wei", "钱伟"),
    }
    org = "华铁装备"
    assert roles_of(survey) == {
        ("Ouyang Ming", "party-secretary", org, "current"),
        ("Ouyang Ming", "chairman", org, "current"),
        ("Sun Tao", "deputy-general-manager", org, "current"),
        ("Long Jianhua", "party-secretary", "株洲公司", "current"),
        ("Long Jianhua", "general-manager", "株洲公司", "current"),
        ("Qian Wei", "general-manager", org, "former"),
    }


def test_unseen_survey_event(survey):
    [event] = survey.events  # the undated "近日" visit is no event
    assert event.start == date(2026, 3, 5)
    assert parts_of(survey) == {
        "Ouyang Ming": "visitor",
        "Sun Tao": "accompanier",
        "Long Jianhua": "accompanier",
    }


def test_unseen_talks_persons_and_roles(talks):
    assert _persons(talks) == {
        ("Shangguan Wentao", "上官文涛"),
        ("Lei Ming", "雷鸣"),
        ("He Qing", "何晴"),
        ("Hao Jianjun", "郝建军"),
    }
    assert roles_of(talks) == {
        ("Shangguan Wentao", "chairman", "海湾港务", "current"),
        ("Lei Ming", "general-manager", "南方航运", "current"),
        ("He Qing", "deputy-general-manager", "海湾港务", "current"),
        ("Hao Jianjun", "deputy-general-manager", "南方航运", "current"),
    }


def test_unseen_talks_event(talks):
    [event] = talks.events
    assert (event.start, event.kind) == (date(2026, 4, 12), "talks")
    assert parts_of(talks) == {
        "Shangguan Wentao": "host",
        "Lei Ming": "met",
        "He Qing": "attendee",
        "Hao Jianjun": "attendee",
    }


def test_unseen_signing_persons_and_roles(signing):
    assert _persons(signing) == {
        ("Wan Junfeng", "万俊峰"),
        ("Huangfu Jia", "皇甫嘉"),
        ("Feng Lin", "冯琳"),
        ("Yi Bo", "易波"),
        ("Song Jianping", "宋建平"),
    }
    org = "蓝海控股"
    assert roles_of(signing) == {
        ("Wan Junfeng", "party-secretary", org, "current"),
        ("Wan Junfeng", "chairman", org, "current"),
        ("Huangfu Jia", "chairman", "东华新能源", "current"),
        ("Feng Lin", "party-committee-member", org, "current"),
        ("Feng Lin", "deputy-general-manager", org, "current"),
        ("Yi Bo", "general-manager", "东华新能源", "current"),
        ("Song Jianping", "deputy-general-manager", org, "current"),
    }


def test_unseen_signing_event(signing):
    [event] = signing.events  # the undated "近日" cadre meeting is no event
    assert event.start == date(2026, 5, 20)
    assert parts_of(signing) == {
        "Wan Junfeng": "speaker",
        "Huangfu Jia": "speaker",
        "Feng Lin": "attendee",
        "Yi Bo": "attendee",
    }


def test_unseen_evidence_quotes_the_text(workconf, survey, talks, signing):
    for found in (workconf, survey, talks, signing):
        claims = [*found.persons, *found.roles, *found.events]
        claims += [p for e in found.events for p in e.participants]
        for claim in claims:
            ev = claim.evidence
            assert found.article.text[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "宏达化工召开理论学习中心组学习会",
            "3月12日上午，集团公司党委书记、董事长雷振东在集团总部主持召开学习会。",
            {
                ("Lei Zhendong", "party-secretary", "宏达化工", "current"),
                ("Lei Zhendong", "chairman", "宏达化工", "current"),
            },
        ),
        (
            "宏达化工召开专题会议",
            "12月1日，党委常委、纪委书记、监察专员崔大勇出席会议并讲话。",
            {
                ("Cui Dayong", "party-committee-member", "宏达化工", "current"),
                ("Cui Dayong", "discipline-secretary", "宏达化工", "current"),
                ("Cui Dayong", "other", "宏达化工", "current"),
            },
        ),
        (
            "宏达化工与中原银行签约",
            "宏达化工与中原银行股份有限公司签署协议。中原银行行长司徒文出席。",
            {("Situ Wen", "general-manager", "中原银行", "current")},
        ),
        (
            "宏达化工召开座谈会",
            "日前，宏达化工董事长贺东升与西部矿业总经理冷冰座谈。",
            {
                ("He Dongsheng", "chairman", "宏达化工", "current"),
                ("Leng Bing", "general-manager", "西部矿业", "current"),
            },
        ),
        (
            "宏达化工召开座谈会",
            "贺东升会见了来访的中国华信集团有限公司党委副书记、总经理卓越一行。",
            {
                ("Zhuo Yue", "deputy-party-secretary", "中国华信集团有限公司", "current"),
                ("Zhuo Yue", "general-manager", "中国华信集团有限公司", "current"),
            },
        ),
    ],
)
def test_unseen_roles_in_sentences(headline, body, expected):
    assert roles_of(zh_extract(body, headline=headline)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "经研究决定，汤国强不再担任宏达化工总经理职务。",
            {("Tang Guoqiang", "general-manager", "宏达化工", "former")},
        ),
        (
            "汤国强辞去宏达化工副总经理职务。",
            {("Tang Guoqiang", "deputy-general-manager", "宏达化工", "former")},
        ),
        (
            "姚晓光担任宏达化工副总经理。",
            {("Yao Xiaoguang", "deputy-general-manager", "宏达化工", "current")},
        ),
        (
            "免去汤国强同志的宏达化工总经理职务，姚晓光担任宏达化工总经理。",
            {
                ("Tang Guoqiang", "general-manager", "宏达化工", "former"),
                ("Yao Xiaoguang", "general-manager", "宏达化工", "current"),
            },
        ),
        (
            "5月9日，宏达化工原董事长上官海涛回到公司看望老同事。",
            {("Shangguan Haitao", "chairman", "宏达化工", "former")},
        ),
        (
            "宏达化工原董事长上官海涛应邀出席会议。",
            {("Shangguan Haitao", "chairman", "宏达化工", "former")},
        ),
        (
            "总行党委委员、副行长谭明远陪同调研。",
            {
                ("Tan Mingyuan", "party-committee-member", "宏达化工", "current"),
                ("Tan Mingyuan", "deputy-general-manager", "宏达化工", "current"),
            },
        ),
        (
            "姚晓光此前任宏达化工副总经理。",
            {("Yao Xiaoguang", "deputy-general-manager", "宏达化工", "former")},
        ),
    ],
)
def test_unseen_appointments_and_dismissals(body, expected):
    assert roles_of(zh_extract(body)) == expected


@pytest.mark.parametrize(
    "body, kind, parts",
    [
        (
            "9月21日至22日，宏达化工总经理欧阳红带队赴西北分公司检查指导工作。西北分公司经理孔德明陪同检查。",
            "inspection",
            {"Ouyang Hong": "visitor", "Kong Deming": "accompanier"},
        ),
        (
            "11月5日，宏达化工董事长夏侯杰与中原银行行长司徒文代表双方签约。",
            None,
            {"Xiahou Jie": "attendee", "Situ Wen": "attendee"},
        ),
        (
            "3月2日，宏达化工召开党建工作会议。党委副书记季红传达上级会议精神，纪委书记鲁强通报有关情况。",
            "meeting",
            {"Ji Hong": "speaker", "Lu Qiang": "reporter"},
        ),
        (
            "3月2日，宏达化工召开干部大会。宏达化工原董事长上官海涛应邀出席会议。",
            "meeting",
            {"Shangguan Haitao": "attendee"},
        ),
        (
            "4月10日，宏达化工与金川市人民政府举行座谈。金川市市长钟毅出席座谈并讲话。",
            "meeting",
            {"Zhong Yi": "speaker"},
        ),
    ],
)
def test_unseen_event_parts_in_sentences(body, kind, parts):
    found = zh_extract(body)
    assert len(found.events) == 1 and kind in (None, found.events[0].kind)
    assert parts_of(found) == parts
