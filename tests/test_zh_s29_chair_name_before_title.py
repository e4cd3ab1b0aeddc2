"""Chinese chairs: "会议由A总经理主持" with the name before its title chairs the meeting, however
jieba cuts the preposition 由 and the name after it (s29)."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract

OPENING = "9月1日，宏达集团召开了全体职工大会。集团本部全体员工参加了本次会议，"


def test_a_name_jieba_cuts_after_the_preposition_chairs() -> None:
    found = zh_extract(OPENING + "会议由赵云明总经理主持。")
    assert parts_of(found).get("Zhao Yunming") == "chair"


def test_a_name_jieba_glues_to_the_preposition_chairs() -> None:
    found = zh_extract(OPENING + "会议由范云明总经理主持。")
    assert parts_of(found).get("Fan Yunming") == "chair"
