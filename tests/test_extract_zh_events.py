"""Chinese events: dates, names, places, organisers and who took part how."""

from __future__ import annotations

from datetime import date

import pytest
from kg.extract.zh.dates import find_dates
from tests.zh_article import parts_of, zh_extract

REF = date(2026, 2, 3)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2月2日，会议召开。", date(2026, 2, 2), None),
        ("2025年12月30日上午", date(2025, 12, 30), None),
        ("12月30日", date(2025, 12, 30), None),
        ("3月15日至17日", date(2025, 3, 15), date(2025, 3, 17)),
        ("1月30日-2月2日", date(2026, 1, 30), date(2026, 2, 2)),
        ("１月５日", date(2026, 1, 5), None),
    ],
)
def test_dates_resolve_against_the_publication_date(text, start, end):
    [(_, _, first, last)] = find_dates(text, REF)
    assert (first, last) == (start, end)


@pytest.mark.parametrize("text", ["2月30日", "近日", "2026年"])
def test_dates_unresolvable_or_absent(text):
    assert find_dates(text, REF) == []


def test_dates_without_publication_date_are_not_guessed():
    assert find_dates("2月2日", None) == []
    assert find_dates("2025年2月2日", None)[0][2] == date(2025, 2, 2)


MEETING = (
    "1月16日上午，宏达化工2025年度工作会议在贵州贵阳隆重召开。会议以习近平新时代中国特色社会主义思想为指导。"
    "宏达化工党委书记、董事长欧阳振华出席会议并讲话，党委副书记、总经理单立国作工作报告，"
    "党委副书记、工会主席曾晓梅主持会议，公司领导班子成员解红兵、区志远出席会议。\n\n"
    "欧阳振华强调，要深入学习贯彻习近平总书记讲话精神。"
)


def test_events_meeting_date_name_place_organizer():
    found = zh_extract(MEETING, date="2025-01-18")
    [event] = found.events
    assert (event.start, event.end, event.kind) == (date(2025, 1, 16), None, "meeting")
    assert event.name == "宏达化工2025年度工作会议"
    assert (event.location, event.organizer) == ("贵州贵阳", "宏达化工")


def test_events_parts_and_mentioned_people_are_not_participants():
    found = zh_extract(MEETING, date="2025-01-18")
    assert parts_of(found) == {
        "Ouyang Zhenhua": "speaker",
        "Shan Liguo": "reporter",
        "Zeng Xiaomei": "chair",
        "Xie Hongbing": "attendee",
        "Ou Zhiyuan": "attendee",
    }


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "4月2日，宏达化工董事长欧阳明到西南分公司调研，分公司经理马骏、副经理何芳陪同。",
            {"Ouyang Ming": "visitor", "Ma Jun": "accompanier", "He Fang": "accompanier"},
        ),
        (
            "4月10日，金川市市长任振宇在金川会见宏达化工董事长查文斌一行，宏达化工副总经理朴成浩、仇慧敏，西北分公司总经理缪建国陪同会见。",
            {
                "Ren Zhenyu": "host",
                "Zha Wenbin": "met",
                "Piao Chenghao": "accompanier",
                "Qiu Huimin": "accompanier",
                "Miao Jianguo": "accompanier",
            },
        ),
        (
            "4月12日，宏达化工座谈会召开。宏达化工董事长孙立平，南方电网公司副总经理郑洁出席会议并致辞。",
            {"Sun Liping": "speaker", "Zheng Jie": "speaker"},
        ),
        (
            "4月12日，宏达化工座谈会召开。会议由公司党委副书记龙海涛主持，公司领导高明远、文静等出席会议。",
            {"Long Haitao": "chair", "Gao Mingyuan": "attendee", "Wen Jing": "attendee"},
        ),
        (
            "4月12日，宏达化工座谈会召开。常青、安然等公司领导出席会议。",
            {"Chang Qing": "attendee", "An Ran": "attendee"},
        ),
        (
            "4月12日，宏达化工座谈会召开。出席会议的还有公司领导常青、安然。",
            {"Chang Qing": "attendee", "An Ran": "attendee"},
        ),
        (
            "4月12日，宏达化工座谈会召开。参加会议的领导有：常青、安然。",
            {"Chang Qing": "attendee", "An Ran": "attendee"},
        ),
        ("4月12日，宏达化工座谈会召开。董事长孙立平到会讲话。", {"Sun Liping": "speaker"}),
        (
            "4月20日，山东省省长周立言会见中远海运集团董事长万立新。",
            {"Zhou Liyan": "host", "Wan Lixin": "met"},
        ),
        (
            "4月3日，宏达化工董事长柏青山先后深入贵州、云南所属企业调研。副总经理宁远航，公司办公室、生产技术部主要负责人参加调研。",
            {"Bai Qingshan": "visitor", "Ning Yuanhang": "attendee"},
        ),
        (
            "4月12日，宏达化工座谈会召开。董事长孙立平出席会议并作重要讲话。",
            {"Sun Liping": "speaker"},
        ),
    ],
)
def test_events_participation_verbs(body, expected):
    assert parts_of(zh_extract(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "近日，宏达化工召开座谈会。公司总经理周敏主持会议。",
        "3月1日，宏达化工印发《关于安全生产工作会议的纪要》。",
        "宏达化工召开座谈会，公司总经理周敏主持会议。",
    ],
)
def test_events_without_a_date_are_left_out(body):
    assert zh_extract(body).events == []


def test_events_two_dated_events_split_their_participants():
    body = (
        "4月2日，宏达化工安全工作会议召开，董事长孙立平主持会议。"
        "4月9日，宏达化工经营分析会召开，总经理周敏主持会议。"
    )
    first, second = zh_extract(body).events
    assert (first.start, second.start) == (date(2025, 4, 2), date(2025, 4, 9))
    assert [p.person for p in first.participants] == ["Sun Liping"]
    assert [p.person for p in second.participants] == ["Zhou Min"]


def test_events_next_day_is_counted_from_the_last_date():
    body = (
        "3月12日，宏达化工安全工作会议召开，董事长孙立平主持会议。"
        "次日，孙立平会见金川市市长任振宇。"
    )
    first, second = zh_extract(body).events
    assert (first.start, second.start) == (date(2025, 3, 12), date(2025, 3, 13))
    assert second.name == "孙立平会见金川市市长任振宇"
    assert {p.person: p.part for p in second.participants} == {
        "Sun Liping": "host",
        "Ren Zhenyu": "met",
    }


def test_events_relative_day_without_a_date_before_is_not_guessed():
    assert zh_extract("次日，孙立平会见金川市市长任振宇。").events == []
