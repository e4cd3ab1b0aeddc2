"""Chinese events and who took part in them: signings, talks with a group, visits, Hong Kong dates."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _event_on(found, day: date):
    return next(e for e in found.events if e.start == day)


def _people(event) -> set[str]:
    return {p.person for p in event.participants}


def test_a_signing_is_an_event_and_its_signers_take_part():
    found = zh_extract(
        "5月16日，宏达银行与华信集团签署战略合作协议。宏达银行党委书记、董事长周明远，"
        "华信集团党委书记、董事长林建华出席并分别致辞。",
        headline="宏达银行与华信集团签署战略合作协议",
        date="2024-05-17",
    )
    event = _event_on(found, date(2024, 5, 16))
    assert {"Zhou Mingyuan", "Lin Jianhua"} <= _people(event)


def test_witnesses_of_a_signing_and_signers_by_qianding_take_part():
    found = zh_extract(
        "11月19日，华信集团与宏达银行在京签署战略合作协议。在华信集团董事长林建华、"
        "宏达银行董事长周明远共同见证下，华信集团总会计师高文斌和宏达银行副行长唐立新"
        "分别代表双方签订协议。",
        headline="华信集团与宏达银行签署战略合作协议",
        date="2024-11-20",
    )
    event = _event_on(found, date(2024, 11, 19))
    assert {"Lin Jianhua", "Zhou Mingyuan", "Gao Wenbin", "Tang Lixin"} <= _people(event)


def test_both_sides_of_a_talk_whose_verb_ends_in_zuotan():
    found = zh_extract(
        "9月24日上午，宏达集团党委副书记周明远赴丽江，与丽江市市长杨承清座谈交流。",
        headline="集团领导赴丽江交流座谈",
        date="2024-09-25",
    )
    event = _event_on(found, date(2024, 9, 24))
    assert {"Zhou Mingyuan", "Yang Chengqing"} <= _people(event)


def test_a_work_group_is_no_event_and_talks_with_it_are():
    found = zh_extract(
        "6月5日至6日，由华信集团董事高文斌等组成的调研组来我市实地调研。"
        "昨日下午，副市长唐立新与调研组一行座谈。",
        headline="调研组来我市调研",
        date="2024-06-07",
    )
    event = _event_on(found, date(2024, 6, 6))
    assert event.kind == "meeting"
    assert "Tang Lixin" in _people(event)


def test_a_group_led_to_a_company_for_talks():
    found = zh_extract(
        "9月14日下午，宏达集团总经理周明远，副总经理高文斌、唐立新带领相关部门负责人"
        "到华信集团交流学习并座谈。",
        headline="宏达集团来我公司交流",
        date="2024-09-15",
    )
    event = _event_on(found, date(2024, 9, 14))
    assert {"Zhou Mingyuan", "Gao Wenbin", "Tang Lixin"} <= _people(event)


def test_laifang_is_a_visit_but_not_in_the_hosts_welcome():
    found = zh_extract(
        "8月5日，宏达集团副总经理周明远，总会计师高文斌一行来访华信集团。",
        headline="宏达集团领导来访",
        date="2024-08-07",
    )
    assert {"Zhou Mingyuan", "Gao Wenbin"} <= _people(_event_on(found, date(2024, 8, 5)))
    found = zh_extract(
        "8月5日，华信集团召开年度工作会议。董事长林建华对周明远一行来访表示欢迎。",
        date="2024-08-07",
    )
    assert "Zhou Mingyuan" not in _people(_event_on(found, date(2024, 8, 5)))


def test_hong_kong_today_with_its_day_in_brackets():
    found = zh_extract(
        "特區政府今日（29日）傍晚在禮賓府為訪問團舉行歡迎會。",
        headline="特區政府舉行歡迎會",
        date="2024-08-29",
    )
    assert [e.start for e in found.events] == [date(2024, 8, 29)]


def test_an_undated_recent_occasion_gives_no_one_to_the_dated_event():
    found = zh_extract(
        "3月5日，宏达集团董事长周明远到株洲基地调研。近日，宏达集团总经理高文斌到基地调研。",
        headline="集团领导到株洲基地调研",
        date="2025-03-07",
    )
    people = _people(_event_on(found, date(2025, 3, 5)))
    assert "Zhou Mingyuan" in people and "Gao Wenbin" not in people


def test_a_day_and_its_part_of_the_day_after_a_name_dates_the_sentence():
    found = zh_extract(
        "台北市長周明遠7日下午在市政府會見訪問團團長林建華。",
        headline="市長會見訪問團",
        date="2024-02-07",
    )
    assert [e.start for e in found.events] == [date(2024, 2, 7)]
    # the end of a span is no day of an event
    found = zh_extract(
        "截至7日下午，共有三家公司會見客戶。", headline="市場消息", date="2024-02-07"
    )
    assert found.events == []
