"""Simplified-Chinese visits: the leader of a visiting group takes part in its visit when the visit
is a supervising body's inspection ("A率队到集团开展X督查评估") or when the group's leader is named
by "任领队" ("考察团由N位企业家组成，会长A任领队")."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _parts_on(found, day: date) -> dict[str, str]:
    event = next(e for e in found.events if e.start == day)
    return {p.person: p.part for p in event.participants}


def test_leader_of_a_supervision_visit_takes_part():
    found = zh_extract(
        "3月4日，省国资委第二检查组组长王大明率队到集团开展重点任务督查评估。"
        "集团党委副书记、总经理李小红主持会议。",
        headline="省国资委检查组到集团督查",
        date="2025-03-06",
    )
    parts = _parts_on(found, date(2025, 3, 4))
    assert parts.get("Wang Daming") == "visitor"
    assert parts.get("Li Xiaohong") == "chair"


def test_leader_named_by_ren_lingdui_takes_part():
    found = zh_extract(
        "2025年3月4日，江南省湖北商会企业家考察团抵达西川省访问考察。"
        "考察团由12位企业家组成，会长周志远任领队，常务副会长陈小东担任副领队。"
        "西川省工商联主席林小华主持欢迎座谈会。",
        headline="江南省湖北商会考察团访问西川",
        date="2025-03-06",
    )
    parts = _parts_on(found, date(2025, 3, 4))
    assert parts.get("Zhou Zhiyuan") == "visitor"
    assert parts.get("Chen Xiaodong") == "visitor"


def test_signers_on_the_agreement_take_part():
    found = zh_extract(
        "3月4日下午，省长王大明在西川会见了宏达集团董事长李小红一行。会见后，西川省人民政府与宏达集团"
        "签署战略合作协议，副省长陈小东、宏达集团副总裁周志远分别代表双方在协议上签字。",
        headline="王大明会见李小红",
        date="2025-03-06",
    )
    parts = _parts_on(found, date(2025, 3, 4))
    assert parts.get("Chen Xiaodong") == "attendee"
    assert parts.get("Zhou Zhiyuan") == "attendee"
