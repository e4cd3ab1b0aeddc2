"""Taiwan's and Macau's papers print the day of an event after its subject in Chinese numerals
("X农会八日举行"), and open a story with a lead in black brackets ("【特讯】昨日，…"); a guest who came
"到场" took part."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _event_on(found, day: date):
    return next((e for e in found.events if e.start == day), None)


def _people(event) -> set[str]:
    return {p.person for p in event.participants}


def test_a_day_in_chinese_numerals_after_a_name_dates_the_congress():
    found = zh_extract(
        "青山鎮農會八日在鎮公所禮堂舉行會員代表大會，縣長林志遠到場致詞，感謝農友的辛勞。",
        headline="青山鎮農會會員代表大會",
        date="2025-03-09",
    )
    event = _event_on(found, date(2025, 3, 8))
    assert event is not None
    assert "Lin Zhiyuan" in _people(event)


def test_a_day_in_chinese_numerals_after_a_name_in_simplified_script():
    found = zh_extract(
        "远山商会二十四日举办第三届会员大会，理事长周建国主持。",
        headline="远山商会会员大会",
        date="2025-03-26",
    )
    assert _event_on(found, date(2025, 3, 24)) is not None


def test_the_end_of_a_number_in_chinese_numerals_is_no_day():
    found = zh_extract(
        "远山商会成立于二〇一四年，今年迎来第十四日举行的周年纪念活动筹备，会员大会另行通知。",
        headline="远山商会筹备纪念活动",
        date="2025-03-26",
    )
    assert _event_on(found, date(2025, 3, 4)) is None


def test_a_lead_in_black_brackets_is_no_subject_of_the_day():
    found = zh_extract(
        "【特訊】昨日，青川市文化局局長周文華在市會展中心出席文創論壇，與業界代表交流。",
        headline="周文華出席文創論壇",
        date="2024-10-08",
    )
    event = _event_on(found, date(2024, 10, 7))
    assert event is not None
    assert "Zhou Wenhua" in _people(event)


def test_guests_who_came_to_the_occasion_attend_it():
    found = zh_extract(
        "3月8日，青山鎮農會會員代表大會在鎮公所禮堂舉行，副縣長周文華與議員張志明皆到場祝賀。",
        headline="青山鎮農會會員代表大會",
        date="2025-03-09",
    )
    event = _event_on(found, date(2025, 3, 8))
    assert event is not None
    assert {"Zhou Wenhua", "Zhang Zhiming"} <= _people(event)
