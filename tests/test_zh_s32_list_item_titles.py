"""A list of titled names before one participation verb stays one list when an item's titles end
in a title that gives no post ("X处Y科科长", "X管委会副调研员", "顾问") or when 以及 joins the
last item: every name of the list takes part."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_section_chief_item_keeps_the_list() -> None:
    body = (
        "5月9日，宏达化工年度工作会议在总部召开。公司董事长韩立群，办公室主任吕思远，"
        "人事处副处长郭明皓、人事处招聘科科长林建华一行出席会议。"
    )
    parts = parts_of(zh_extract(body))
    assert {"Han Liqun", "Lü Siyuan", "Guo Minghao", "Lin Jianhua"} <= set(parts)


def test_adviser_and_researcher_items_keep_the_list() -> None:
    body = (
        "5月9日，宏达化工年度工作会议在总部召开。市科协副主席汪德胜、顾问何志强，"
        "高新区管委会副调研员童楚良，宏达化工董事长韩立群参加会议。"
    )
    parts = parts_of(zh_extract(body))
    assert {"Wang Desheng", "He Zhiqiang", "Tong Chuliang", "Han Liqun"} <= set(parts)


def test_yiji_joins_the_last_item() -> None:
    body = (
        "5月9日，合作协议签约仪式在市政府举行。市委书记汪德胜，市领导柯明远、童楚良"
        "以及远航重工第三工程有限公司董事长韩立群一行出席签约仪式。"
    )
    parts = parts_of(zh_extract(body, headline="市政府与远航重工签约"))
    assert {"Wang Desheng", "Ke Mingyuan", "Tong Chuliang", "Han Liqun"} <= set(parts)
