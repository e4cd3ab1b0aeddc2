"""Days still to come on the page's day, as Hong Kong and Macau government pages announce a trip
("行政長官A明日（5日）率團前赴X"), and the leader of such a delegation (sentences written for these
tests; every name is invented)."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def test_tomorrows_day_in_brackets_is_after_publication():
    found = zh_extract(
        "行政長官高文海明日（5日）率團前赴貴州省貴陽市，出席區域合作聯席會議。"
        "代表團成員包括商務局局長方志明、運輸局局長林國華等人。",
        headline="高文海明率團赴貴陽",
        date="2023-07-04",
    )
    (event,) = found.events
    assert event.start == date(2023, 7, 5)
    assert {p.person for p in event.participants} >= {"Gao Wenhai", "Fang Zhiming"}


def test_tomorrows_day_at_the_turn_of_the_month():
    found = zh_extract(
        "署長方志明明天(1日)率團前赴廣州市出席經貿合作會議。",
        headline="方志明赴廣州",
        date="2023-08-31",
    )
    (event,) = found.events
    assert event.start == date(2023, 9, 1)


def test_the_leader_of_a_delegation_today_takes_part():
    found = zh_extract(
        "市长高文海今日(4日)率团前往贵州省贵阳市，出席区域合作会议。",
        headline="高文海率团赴贵阳",
        date="2023-07-04",
    )
    (event,) = found.events
    assert event.start == date(2023, 7, 4)
    assert {p.person for p in event.participants} == {"Gao Wenhai"}
