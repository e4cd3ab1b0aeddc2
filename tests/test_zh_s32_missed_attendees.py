"""Attendees of an event kg already dates that the start code missed: the second object group of
会见/拜会 after a comma, those who greeted the visitors (迎接), a lead-in of guests without 的
("出席贵宾包括", "到场观礼，包括", "贵宾云集，包括"), a list going on past an item naming no one
and a semicolon, and the titled speaker of a "随后，" turn of the meeting."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_second_object_group_after_a_comma_was_met() -> None:
    body = (
        "4月10日，宏达化工董事长韩立群在济南拜会了山东省委常委、济南市委书记汪德胜，"
        "市委副书记、市长柯明远，双方就深化合作进行交流。"
    )
    parts = parts_of(zh_extract(body, headline="韩立群拜会汪德胜"))
    assert {"Han Liqun", "Wang Desheng", "Ke Mingyuan"} <= set(parts)


def test_those_who_greeted_the_visitors_took_part() -> None:
    body = (
        "4月10日，宏达化工董事长韩立群到远航重工调研。"
        "远航重工总经理吕思远、副总经理郭明皓迎接陪同。"
    )
    parts = parts_of(zh_extract(body, headline="韩立群到远航重工调研"))
    assert {"Han Liqun", "Lü Siyuan", "Guo Minghao"} <= set(parts)


def test_guest_lead_ins_without_de() -> None:
    for lead in ("出席贵宾包括", "现场贵宾云集，包括", "近百位代表到场观礼，包括"):
        body = (
            f"4月10日，宏达化工商会举行成立大会，会长韩立群主持大会。{lead}"
            "市长汪德胜、县议员柯明远、童楚良等人。"
        )
        parts = parts_of(zh_extract(body, headline="宏达化工商会成立"))
        assert {"Wang Desheng", "Ke Mingyuan", "Tong Chuliang"} <= set(parts), lead


def test_list_goes_on_past_an_unnamed_item_and_a_semicolon() -> None:
    body = (
        "4月10日，宏达化工年度工作会议在总部召开。省财政厅副厅长汪德胜，预算处、审计处有关负责人；"
        "宏达化工总经理吕思远、财务总监郭明皓，财务部相关负责人参加会议。"
    )
    parts = parts_of(zh_extract(body))
    assert {"Wang Desheng", "Lü Siyuan", "Guo Minghao"} <= set(parts)


def test_titled_speaker_of_a_later_turn() -> None:
    body = (
        "4月10日，宏达化工年度工作会议在总部召开。总经理吕思远作工作报告。\n\n"
        "随后，公司党委书记、董事长韩立群代表公司党委对下一步工作提出三点要求。"
    )
    parts = parts_of(zh_extract(body))
    assert {"Lü Siyuan", "Han Liqun"} <= set(parts)
