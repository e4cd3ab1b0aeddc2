"""Who took part: a visitor who "comes" to the place of the visit, a list closed by a body's unnamed
officials after a comma, a speaker who presents the work at a meeting, and a group's members "including" the
names (sentences written for these tests; every name and body is invented)."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en as en_extract
from tests.zh_article import zh_extract


def _parts(event):
    return {p.person: p.part for p in event.participants}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "5月8日，青岚市统计局主要负责人柯文涛一行来我市调研。",
            {"Ke Wentao": "visitor"},
        ),
        (
            "5月8日，宏达化工董事长柯文涛来到西南分公司考察。",
            {"Ke Wentao": "visitor"},
        ),
        (
            "5月8日，宏达化工董事长柯文涛会见了来访客人。宏达化工副总经理蒲晓东，办公室有关负责同志参加会见。",
            {"Ke Wentao": "host", "Pu Xiaodong": "attendee"},
        ),
        (
            "5月8日，宏达化工召开年中工作会议。总经理蒲晓东介绍了上半年工作。",
            {"Pu Xiaodong": "speaker"},
        ),
        (
            "5月8日，宏达化工召开年中工作会议。总经理蒲晓东总结上半年工作并部署下半年任务。",
            {"Pu Xiaodong": "reporter"},
        ),
        (  # titles printed after the names, as in Hong Kong, Macau and Taiwan
            "5月8日，宏达化工董事长柯文涛到研究所调研。蒲晓东书记、张新生副所长、曾庆远副所长全程陪同。",
            {
                "Ke Wentao": "visitor",
                "Pu Xiaodong": "accompanier",
                "Zhang Xinsheng": "accompanier",
                "Zeng Qingyuan": "accompanier",
            },
        ),
        (
            "5月8日，宏达化工董事长柯文涛到研究所调研。宏达化工出席人员还有教务处缪建国处长及规划处蒲晓东副处长。",
            {"Ke Wentao": "visitor", "Miao Jianguo": "attendee", "Pu Xiaodong": "attendee"},
        ),
    ],
)
def test_zh_participants(body, expected):
    found = zh_extract(body, headline="宏达化工新闻", date="2024-05-10")
    assert _parts(found.events[0]) == expected


def test_zh_a_person_quoted_by_ju_is_no_speaker():
    found = zh_extract(
        "5月8日，宏达化工召开年中工作会议。据总经理蒲晓东介绍，公司利润增长。",
        headline="宏达化工新闻",
        date="2024-05-10",
    )
    assert _parts(found.events[0]) == {}


def test_zh_words_ending_in_lai_are_no_coming():
    found = zh_extract(
        "5月8日，宏达化工召开年中工作会议。总经理蒲晓东表示，近年来公司调研工作扎实。",
        headline="宏达化工新闻",
        date="2024-05-10",
    )
    assert "Pu Xiaodong" not in {
        p for p, part in _parts(found.events[0]).items() if part == "visitor"
    }


def test_en_a_group_including_its_members():
    found = en_extract(
        "On March 5, Qinghe Mining held its annual work conference in Lanzhou. Attending were "
        "the group's leaders, including Wang Dali, Li Ming and Zhao Qiang.",
        headline="Qinghe Mining holds its annual work conference",
    )
    assert _parts(found.events[0]) == {
        "Wang Dali": "attendee",
        "Li Ming": "attendee",
        "Zhao Qiang": "attendee",
    }


def test_zh_a_list_opened_by_a_colon_one_titled_name_a_line():
    found = zh_extract(
        "5月8日，青岚市与央企合作座谈会在北京举行。出席座谈会的还有：\n\n市委副书记柯文涛\n\n"
        "副市长蒲晓东\n\n另外，各区负责同志也参加了会议。",
        headline="青岚市与央企合作座谈会举行",
        date="2024-05-10",
    )
    parts = _parts(found.events[0])
    assert parts.get("Ke Wentao") == "attendee" and parts.get("Pu Xiaodong") == "attendee"


def test_zh_the_meeting_named_again_as_held_is_one_event():
    found = zh_extract(
        "5月8日，青岚市与央企合作座谈会在北京举行。市委书记柯文涛主持会议。"
        "5月8日召开的座谈会，副市长蒲晓东出席。5月8日召开的青岚市与央企合作座谈会规格很高。",
        headline="青岚市与央企合作座谈会举行",
        date="2024-05-10",
    )
    assert {e.name for e in found.events} == {"青岚市与央企合作座谈会"}
