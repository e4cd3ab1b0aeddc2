"""Macau and Hong Kong government pages: a region named both as "X特區" and as "X特別行政區政府"
is one government for its secretaries; a region's own secretary ("經濟財政司司長A") is at that
region's government on a page that names the region's place and no government; "代表團成員還有A、B"
lists the travellers too; "海關" is a body, never a person."""

from __future__ import annotations

from tests.zh_article import parts_of, roles_of, zh_extract

GOVS = ("澳门特别行政区政府", "澳門特別行政區政府")


def test_region_and_full_government_are_one():
    found = zh_extract(
        "澳門特區行政長官周志恆將率領澳門特別行政區政府代表團，於5月8日至12日訪問西班牙馬德里。"
        "隨同行政長官出訪的特區政府代表團成員還有經濟財政司司長馮家樂、行政長官辦公室主任蔡詠詩等。"
        "行政長官不在澳門期間，由行政法務司司長龐志遠臨時代理行政長官的職務。",
        headline="周志恆率團訪問西班牙",
        date="2024-05-07",
    )
    roles = roles_of(found)
    assert any(r[0] == "Feng Jiale" and r[2] in GOVS for r in roles)
    assert any(r[0] == "Pang Zhiyuan" and r[2] in GOVS for r in roles)
    parts = parts_of(found)
    assert parts.get("Feng Jiale") == "visitor"
    assert parts.get("Cai Yongshi") == "visitor"


def test_region_secretary_with_the_place_only():
    found = zh_extract(
        "行政長官將於本月9日啟程前往成都，與四川省領導會面。"
        "隨同行政長官前往成都的包括經濟財政司司長馮家樂等。"
        "一行將於10日返澳，行政長官不在澳門期間，由行政法務司司長龐志遠臨時代理行政長官的職務。",
        headline="行政長官赴成都",
        date="2024-06-03",
    )
    roles = roles_of(found)
    assert any(r[0] == "Feng Jiale" and r[2] in GOVS for r in roles)


def test_customs_is_no_person():
    found = zh_extract(
        "市長王志誠5日會見來訪的代表團，消防處處長張偉強、海關副署長吳德明陪同。",
        headline="市長會見代表團",
        date="2024-03-05",
    )
    assert "Hai Guan" not in {p.name for p in found.persons}
    parts = parts_of(found)
    assert parts.get("Zhang Weiqiang") == "accompanier"
    assert parts.get("Wu Deming") == "accompanier"
