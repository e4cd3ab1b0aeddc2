"""Dates of Chinese leads and spans: a dispatch's date with the place of filing after it
("X网7月4日南岭讯") is not the date of the act the lead then dates; a span whose first day drops
its 日 or is joined by a double dash ("8月5--7日", "8月5日——7日") is one span."""

from __future__ import annotations

import datetime

import pytest
from tests.zh_article import zh_extract


@pytest.mark.parametrize(
    "lead",
    [
        "晨光网7月4日南岭讯 ",
        "晨光社南岭7月4日电（记者 李明）",
        "晨光社南岭7月4日電／據晨光報報導，",
    ],
)
def test_the_dispatch_date_is_not_the_meeting_date(lead):
    found = zh_extract(
        f"{lead}南岭市市长孟和7月3日下午在市政府会见了东岭集团董事长程立文一行。",
        headline="市长会见客商",
        date="2024-07-05",
    )
    assert [e.start for e in found.events] == [datetime.date(2024, 7, 3)]


def test_a_date_before_a_power_supply_bureau_is_still_a_date():
    found = zh_extract(
        "7月4日供电局局长孟和在局里会见了东岭集团董事长程立文一行。",
        headline="局长会见客商",
        date="2024-07-05",
    )
    assert [e.start for e in found.events] == [datetime.date(2024, 7, 4)]


@pytest.mark.parametrize("span", ["8月5--7日", "8月5日——7日", "8月5日—7日"])
def test_a_span_joined_by_double_dashes(span):
    found = zh_extract(
        f"{span}，南岭市市长孟和率团考察东岭集团。", headline="市长率团考察", date="2024-08-09"
    )
    assert [(e.start, e.end) for e in found.events] == [
        (datetime.date(2024, 8, 5), datetime.date(2024, 8, 7))
    ]
