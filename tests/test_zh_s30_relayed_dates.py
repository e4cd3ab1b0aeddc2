"""A date right after 传达/学习 ("A传达3月2日全省…会议精神") is the day of a meeting relayed, not
of an event told: it opens no event, and the names after it stay with the meeting of the page."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_relayed_meeting_date_opens_no_event():
    found = zh_extract(
        "3月3日上午，市长甘明远主持召开防汛工作专题会议。常务副市长孔德新传达3月2日全省防汛工作会议"
        "精神；市领导罗秀英出席会议。",
        headline="青川市召开防汛工作专题会议",
        date="2025-03-04",
    )
    assert [str(e.start) for e in found.events] == ["2025-03-03"]
    names = {p.person for p in found.events[0].participants}
    assert {"Gan Mingyuan", "Luo Xiuying"} <= names
