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
