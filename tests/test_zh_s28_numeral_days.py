"""A day printed in Chinese numerals in brackets after 昨/今 ("昨（五）日", "今（十二）日"), as some
Taiwanese papers print it: the day of the month, like "昨（5）日"."""

from __future__ import annotations

import datetime

import pytest
from tests.zh_article import zh_extract


@pytest.mark.parametrize(
    "body, day",
    [
        ("高雄市長陳立文昨（五）日上午在市府會見來訪的南非開普敦市訪問團。", 5),
        ("高雄市長陳立文今（十二）日下午在市府會見來訪的南非開普敦市訪問團。", 12),
        ("高雄市長陳立文昨（二十一）日在市府會見來訪的南非開普敦市訪問團。", 21),
    ],
)
def test_a_bracketed_day_in_numerals_dates_the_meeting(body, day):
    found = zh_extract(body, headline="市長會見訪問團", date="2024-03-22")
    assert [e.start for e in found.events] == [datetime.date(2024, 3, day)]
    assert "Chen Liwen" in {p.person for e in found.events for p in e.participants}
