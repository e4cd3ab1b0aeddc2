"""A unit's field before its head's contracted title, and a city in a list (sentences written
for these tests; every name is invented): "卫生局长A" is the health bureau's head, no person
"卫生"; a county's name printed in traditional characters after 及 is a place, no person."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_field_before_a_contracted_head_title_is_no_person():
    found = zh_extract(
        "交接典礼由县长林文海主持，副县长高志明、卫生局长方子华及各医院代表出席见证。",
        headline="县医院举行院长交接典礼",
    )
    names = {p.name for p in found.persons}
    assert "Wei Sheng" not in names
    assert ("Fang Zihua", "head", "卫生局", "current") in roles_of(found)


def test_a_traditional_county_name_after_and_is_no_person():
    found = zh_extract(
        "今天交接典禮由縣長林文海主持，副縣長高志明、衛生局長方子華及雲林各大醫院、醫界人士出席見證，"
        "交接儀式氣氛輕鬆。",
        headline="醫院舉行院長交接典禮",
    )
    names = {p.name for p in found.persons}
    assert "Yun Lin" not in names
    assert "Wei Sheng" not in names
