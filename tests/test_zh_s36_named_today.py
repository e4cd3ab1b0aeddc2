"""A day said against the story's own right after a name ("院长A今天受邀出席…典礼"), as Taiwan's
and Hong Kong's papers print it: the story's day (or the day before), never a guess."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _days(found) -> set[date]:
    return {e.start for e in found.events}


def _people_on(found, day: date) -> set[str]:
    return {p.person for e in found.events if e.start == day for p in e.participants}


def test_today_after_a_name_dates_the_ceremony_it_attends():
    found = zh_extract(
        "宏達協會理事長周明遠表示，協會成立以來服務會員。"
        "立法委員林建華今天受邀出席宏達協會五十週年慶祝典禮，並致詞。",
        headline="宏達協會慶祝五十週年",
        date="2024-09-24",
    )
    assert date(2024, 9, 24) in _days(found)
    assert "Lin Jianhua" in _people_on(found, date(2024, 9, 24))


def test_yesterday_after_a_group_dates_its_visit_the_day_before():
    found = zh_extract(
        "华信集团考察团昨日上午前往宏达化工厂区考察，董事长周明远陪同。",
        headline="华信集团考察团到访",
        date="2024-05-17",
    )
    assert _days(found) == {date(2024, 5, 16)}


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
        "（华信社记者王小明台南10日电）宏达协会新任、卸任会长，今晚在台南大饭店交接；"
        "副市长林建华出席交接典礼时致词。",
        headline="宏达协会新旧会长交接",
        date="2023-03-20",
    )
    assert _days(found) == {date(2023, 3, 10)}


def test_a_noun_before_a_hall_is_no_event_of_its_own():
    found = zh_extract(
        "宏达商会今天在大饭店宴会厅举行第八届理监事授证典礼，市长周明远颁发证书。",
        headline="宏达商会理监事授证",
        date="2024-08-24",
    )
    assert len(found.events) == 1
    assert found.events[0].name.endswith("授证典礼")
