"""Chinese date shapes of Hong Kong and Taiwan pages (both scripts): a month and day in brackets
before their 日 ("昨(2月5)日"); a day in brackets after 昨天 ("昨天(26日)的会议上") not hidden by
a later full date that only says when a change takes effect ("由2025年1月1日起生效"); a day
printed after a delegation's size and before its arrival ("访问团一行20人8日抵达X")."""

from __future__ import annotations

from datetime import date

import pytest
from kg.extract.zh.dates import find_dates
from tests.zh_article import zh_extract

PUB = date(2023, 2, 7)


@pytest.mark.parametrize(
    "text",
    [
        "市长表示，昨(2月5)日与市长一起参加点灯仪式。",
        "市長表示，昨（2月5）日與市長一起參加點燈儀式。",
    ],
)
def test_month_and_day_in_brackets_after_yesterday(text):
    [(_, _, first, until)] = find_dates(text, PUB)
    assert (first, until) == (date(2023, 2, 5), None)


@pytest.mark.parametrize("text", ["参加人数(2月5)日增至三十人。", "報名人數（2月5）日截止。"])
def test_a_bracket_before_its_day_after_anything_else_is_no_date(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    "body",
    [
        "宏达大学校董会于昨天(26日)的会议上通过续聘柯文涛为校长，任期3年，由2025年1月1日起生效。"
        "校董会主席蒲晓东恭贺柯文涛续任。",
        "宏達大學校董會於昨天(26日)的會議上通過續聘柯文濤為校長，任期3年，由2025年1月1日起生效。"
        "校董會主席蒲曉東恭賀柯文濤續任。",
    ],
)
def test_a_day_in_brackets_is_not_hidden_by_a_date_of_effect(body):
    found = zh_extract(body, headline="宏达大学续聘校长", date="2022-04-27")
    assert [e.start for e in found.events] == [date(2022, 4, 26)]


@pytest.mark.parametrize(
    "body",
    [
        "县政府表示，宏达市教育考察访问团一行22人31日抵达本县参访，由民政处处长蒲晓东代表接待。",
        "縣政府表示，宏達市教育考察訪問團一行22人31日抵達本縣參訪，由民政處處長蒲曉東代表接待。",
    ],
)
def test_a_day_after_a_delegation_and_before_its_arrival(body):
    found = zh_extract(body, headline="宏达市访问团来访", date="2011-11-01")
    assert [e.start for e in found.events] == [date(2011, 10, 31)]
