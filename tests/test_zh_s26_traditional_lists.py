"""Traditional Chinese government pages: lists after "隨行的包括" / "主禮嘉賓包括", "A將會隨行",
and days given as "本月25日", "下周二和周三(22至23日)" or "昨(6)晚" against the page's date."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _event_on(found, day: date):
    return next(e for e in found.events if e.start == day)


def _people(event) -> set[str]:
    return {p.person for p in event.participants}


def test_the_officials_after_suixing_de_baokuo_take_part():
    found = zh_extract(
        "行政長官周明遠將於九月二十四日率領經貿代表團訪問湖南。"
        "陪同行政長官訪問的官員包括工商局局長林建華、行政長官辦公室主任高文斌等。",
        headline="行政長官率團訪問湖南",
        date="2024-09-18",
    )
    event = _event_on(found, date(2024, 9, 24))
    assert {"Lin Jianhua", "Gao Wenbin"} <= _people(event)


def test_the_officiating_guests_after_zhuli_jiabin_baokuo_take_part():
    found = zh_extract(
        "宏達集團今日(6月10日)在會議展覽中心舉行成立30周年酒會。"
        "酒會主禮嘉賓包括政務司司長周明遠、宏達集團董事長林建華。",
        headline="宏達集團慶祝成立30周年",
        date="2024-06-10",
    )
    event = _event_on(found, date(2024, 6, 10))
    assert {"Zhou Mingyuan", "Lin Jianhua"} <= _people(event)


def test_a_day_of_this_month_and_those_who_go_along():
    found = zh_extract(
        "行政長官周明遠本月25日將啟程前往北京訪問。隨行的包括財政司司長林建華、發展局局長唐立新。",
        headline="行政長官本月訪京",
        date="2024-06-21",
    )
    event = _event_on(found, date(2024, 6, 25))
    assert {"Lin Jianhua", "Tang Lixin"} <= _people(event)


def test_next_weeks_weekdays_with_their_days_in_brackets():
    found = zh_extract(
        "行政長官周明遠將於下周二和周三(22至23日)訪問上海,發展局局長林建華將會隨行。",
        headline="行政長官下周訪問上海",
        date="2024-08-16",
    )
    event = _event_on(found, date(2024, 8, 22))
    assert {"Zhou Mingyuan", "Lin Jianhua"} <= _people(event)
    assert all(e.start.month == 8 for e in found.events)
