"""Chinese day-only dates ("13日上午"): a day of the month of the date last given, else of publication."""

from __future__ import annotations

from datetime import date

import pytest
from kg.extract.zh.dates import find_day_dates
from tests.zh_article import zh_extract

PUB = date(2024, 6, 20)


@pytest.mark.parametrize(
    "text, last, expected",
    [
        ("13日上午，A到B调研。", (date(2024, 6, 12), None), (date(2024, 6, 13), None)),
        ("于14日召开座谈会。", (date(2024, 6, 12), None), (date(2024, 6, 14), None)),
        (
            "12日至13日，A在B考察。",
            (date(2024, 6, 10), None),
            (date(2024, 6, 12), date(2024, 6, 13)),
        ),
        ("2日下午，A会见B。", (date(2024, 5, 30), date(2024, 6, 3)), (date(2024, 6, 2), None)),
        ("18日，A主持召开会议。", None, (date(2024, 6, 18), None)),
        ("27日，A主持召开会议。", None, (date(2024, 5, 27), None)),
    ],
)
def test_day_only_dates_take_the_month_of_context(text, last, expected):
    [(_, _, first, until)] = find_day_dates(text, last, PUB)
    assert (first, until) == expected


@pytest.mark.parametrize(
    "text", ["截至13日，共完成三项任务。", "近日，A到B调研。", "2024年，A到B调研。", "32日上午"]
)
def test_no_day_only_date_unless_it_opens_the_sentence(text):
    assert find_day_dates(text, (date(2024, 6, 12), None), PUB) == []


def test_day_only_date_without_publication_or_context_is_not_guessed():
    assert find_day_dates("13日上午，A到B调研。", None, None) == []


@pytest.mark.parametrize(
    "body, days",
    [
        (
            "8月5日上午，宏达化工董事长柯文涛到西南分公司调研。\n\n6日下午，柯文涛主持召开座谈会，分公司总经理蒲晓东汇报工作。",
            [date(2024, 8, 5), date(2024, 8, 6)],
        ),
        (
            "8月5日至7日，宏达化工董事长柯文涛赴湖南调研。\n\n6日上午，柯文涛一行参观了长岭化工园区。",
            [date(2024, 8, 5), date(2024, 8, 6)],
        ),
    ],
)
def test_day_only_sentences_start_their_own_events(body, days):
    found = zh_extract(body, headline="柯文涛到西南分公司调研", date="2024-08-09")
    assert [e.start for e in found.events] == days


def test_a_day_only_event_takes_its_own_participants():
    body = (
        "8月5日上午，宏达化工董事长柯文涛到西南分公司调研。\n\n"
        "6日下午，柯文涛主持召开座谈会，分公司总经理蒲晓东汇报工作。"
    )
    found = zh_extract(body, headline="柯文涛到西南分公司调研", date="2024-08-09")
    later = {p.person: p.part for p in found.events[1].participants}
    assert later == {"Ke Wentao": "chair", "Pu Xiaodong": "reporter"}


def test_a_day_in_brackets_after_yesterday_anywhere_in_the_sentence():
    [(_, _, first, until)] = find_day_dates(
        "宏泰控股昨(4)日举办国庆酒会。", None, date(2024, 10, 5)
    )
    assert (first, until) == (date(2024, 10, 4), None)
    assert find_day_dates("宏泰控股举办酒会(4)。", None, date(2024, 10, 5)) == []


def test_a_day_first_slash_date_dates_a_chinese_page_but_not_an_english_one():
    from kg.read.dateline import find_published

    assert find_published("宏泰控股国庆酒会\n05/10/2018\n宏泰控股举办国庆酒会，主席致辞。") == date(
        2018, 10, 5
    )
    assert find_published("Holdings party\n05/10/2018\nThe company held a party.") is None


def test_a_day_after_publication_that_the_month_before_lacks_is_no_date():
    """ "29日" printed on 28 March 2023: no day of February, and never one of January."""
    march = date(2023, 3, 28)
    assert find_day_dates("29日，A赴海南出席论坛。", None, march) == []
    assert find_day_dates("20日，A赴海南出席论坛。", None, march)[0][2] == date(2023, 3, 20)
    july = date(2024, 7, 10)  # June has no 31st: no day of May either
    assert find_day_dates("31日，A主持召开会议。", None, july) == []
