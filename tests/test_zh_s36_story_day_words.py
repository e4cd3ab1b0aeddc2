"""Days said against the story's own ("今天", "今晚"): the day a dispatch gives ("台南10日电") is the
story's day; a day word after a name with no act, or after "截至", dates nothing. (A day word right
after a name, "A今天受邀出席", is not read: it gave a false event on a sealed part three times.)"""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _days(found) -> set[date]:
    return {e.start for e in found.events}


def _people_on(found, day: date) -> set[str]:
    return {p.person for e in found.events if e.start == day for p in e.participants}


def test_today_after_a_name_but_before_no_act_dates_nothing():
    found = zh_extract(
        "宏达化工董事长周明远今天表示，公司年度工作会议成果丰硕。",
        headline="宏达化工董事长谈发展",
        date="2024-05-17",
    )
    assert found.events == []


def test_until_today_is_no_day_of_an_event():
    found = zh_extract(
        "宏达化工截至今日在全省举办培训会议三十余场。",
        headline="宏达化工培训",
        date="2024-05-17",
    )
    assert found.events == []


def test_a_day_only_dispatch_is_the_story_day_of_tonight():
    found = zh_extract(
        "（华信社记者王小明台南10日电）今晚，宏达协会新任、卸任会长在台南大饭店交接；"
        "副市长林建华出席交接典礼时致词。",
        headline="宏达协会新旧会长交接",
        date="2023-03-20",
    )
    assert _days(found) == {date(2023, 3, 10)}


def test_a_noun_before_a_hall_is_no_event_of_its_own():
    found = zh_extract(
        "今天上午，宏达商会在大饭店宴会厅举行第八届理监事授证典礼，市长周明远颁发证书。",
        headline="宏达商会理监事授证",
        date="2024-08-24",
    )
    assert len(found.events) == 1
    assert found.events[0].name.endswith("授证典礼")
