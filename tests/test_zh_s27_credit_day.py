"""A day without its month right after a news credit ("X网讯（记者 A）22日下午，…", "本报讯 22日…"):
the lead's day, in the month of publication (sentences written for these tests; every name is
invented)."""

from __future__ import annotations

import datetime

from tests.zh_article import zh_extract


def _first_event(body: str):
    found = zh_extract(body, headline="云海峰会见林春生一行", date="2024-07-24")
    assert found.events
    return found.events[0]


def test_day_after_site_credit_and_reporter_bracket():
    event = _first_event(
        "宏达网讯（记者 周立新）22日下午，市委书记云海峰会见了宏达银行行长林春生一行。"
    )
    assert event.start == datetime.date(2024, 7, 22)
    assert {p.person for p in event.participants} >= {"Yun Haifeng", "Lin Chunsheng"}


def test_day_after_bare_own_credit():
    event = _first_event("本报讯 22日下午，市委书记云海峰会见了宏达银行行长林春生一行。")
    assert event.start == datetime.date(2024, 7, 22)


def test_day_after_reporter_bracket_alone():
    event = _first_event("（记者 周立新）22日下午，市委书记云海峰会见了宏达银行行长林春生一行。")
    assert event.start == datetime.date(2024, 7, 22)
