"""Simplified-Chinese county pages (sentences written for these tests; every name is invented):
ordinary words ending in a unit's word ("工作室", "智慧医院") are no organisations."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_ordinary_words_with_a_units_ending_are_no_organisations():
    found = zh_extract(
        "3月1日，学院名师工作室一行到青山县参观，工作室负责人孙悦参加活动，"
        "并了解了当地医院智慧医院建设情况。",
        headline="县领导来校调研校地合作",
    )
    names = {o.native or o.name for o in found.orgs}
    assert "工作室" not in names
    assert "智慧医院" not in names
    assert not any(r.org == "工作室" for r in found.roles)
