"""A group's head count between the names and the verb ("A、B等20人参加座谈", "A，各科室主任及
党支部书记共计25人参加了座谈"): the named people took part."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_head_count_after_deng_keeps_the_names():
    found = zh_extract(
        "5月6日上午，青川医院在三楼会议室召开座谈会。会议由院长甘明远主持，"
        "副院长孔德新、工会主席罗秀英等20人参加座谈。",
        headline="青川医院召开座谈会",
    )
    parts = parts_of(found)
    assert parts.get("Gan Mingyuan") == "chair"
    assert parts.get("Kong Dexin") == "attendee"
    assert parts.get("Luo Xiuying") == "attendee"


def test_head_count_with_gongji_after_unnamed_groups():
    found = zh_extract(
        "5月6日上午，青川医院在三楼会议室召开座谈会。会议由院长甘明远主持，副院长孔德新，"
        "党办室主任、工会主席等代表及各党支部书记共计25人参加了座谈。",
        headline="青川医院召开座谈会",
    )
    parts = parts_of(found)
    assert parts.get("Kong Dexin") == "attendee"
