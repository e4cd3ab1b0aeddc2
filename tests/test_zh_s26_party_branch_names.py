"""A Party branch's word before its secretary's title is no person's name ("学院党总支书记A",
"党支部书记B"), and a preposition after a name of two characters is no part of it ("A向来宾...",
"B对来宾..."; sentences written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_general_branch_is_no_name():
    found = zh_extract(
        "10月29日，化学学院一行6人赴青河智造园开展研学活动，"
        "学校党委委员、副校长卢明刚，学院党总支书记韩城中参加活动。",
        headline="化学学院赴青河智造园开展研学活动",
        date="2024-10-30",
    )
    natives = {p.native for p in found.persons}
    assert not any(n and n.startswith("党") for n in natives)
    assert "韩城中" in natives


def test_branch_in_a_list_is_no_name():
    found = zh_extract(
        "10月29日，学院党总支书记韩城中、学院党支部书记李明山参加活动，学院院长王海强主持。",
        headline="学院召开座谈会",
        date="2024-10-30",
    )
    natives = {p.native for p in found.persons}
    assert not any(n and n.startswith("党") for n in natives)


def test_preposition_after_a_two_character_name_is_no_part_of_it():
    found = zh_extract(
        "4月15日，学院召开座谈会。学院党委副书记（主持工作）叶青向参加座谈会的企业代表表示欢迎，"
        "学院院长钟明对来宾表示感谢，副院长李向东主持会议。",
        headline="学院召开座谈会",
        date="2024-04-16",
    )
    natives = {p.native for p in found.persons}
    assert "叶青" in natives
    assert "叶青向" not in natives
    assert "李向东" in natives
