"""A government unit named for two fields whose first field jieba does not tag as a noun
("创新科技及工业局", "民政及青年事务局"): the whole name is the unit, not its tail."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_field_tagged_as_verb_opens_the_unit() -> None:
    found = zh_extract(
        "创新科技及工业局局长白立文今日出席航天展览开幕礼。", headline="局长出席开幕礼"
    )
    assert ("Bai Liwen", "head", "创新科技及工业局", "current") in roles_of(found)
    assert "科技及工业局" not in {o.name for o in found.orgs}


def test_field_tagged_as_time_after_the_joiner() -> None:
    found = zh_extract(
        "民政及青年事务局局长龚雅丽今日会见来访的青年代表团。", headline="局长会见代表团"
    )
    assert ("Gong Yali", "head", "民政及青年事务局", "current") in roles_of(found)
    assert "事务局" not in {o.name for o in found.orgs}


def test_traditional_characters_read_the_same() -> None:
    found = zh_extract("創新科技及工業局副局長龔雅麗今日出席論壇。", headline="副局長出席論壇")
    assert ("Gong Yali", "other", "創新科技及工業局", "current") in roles_of(found)


def test_a_field_opening_with_a_family_name_character_is_no_person() -> None:
    found = zh_extract(
        "環境及生態局局長方志清、勞工及福利局局長嚴慧君今日出席儀式。", headline="局長出席儀式"
    )
    assert {p.name for p in found.persons} == {"Fang Zhiqing", "Yan Huijun"}
    assert ("Yan Huijun", "head", "勞工及福利局", "current") in roles_of(found)
