"""A place's level printed twice before its committee or government ("X市市委组织部", "X区区委")
names the body with the level once (sentences written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_doubled_city_level_is_one_committee():
    found = zh_extract(
        "4月7日上午，青山市市委组织部副部长张立超一行莅临我校交流。",
        headline="青山市委组织部来校交流",
        date="2024-04-08",
    )
    names = {o.name for o in found.orgs}
    assert "青山市委组织部" in names
    assert not any("市市委" in n for n in names)
    assert ("Zhang Lichao", "other", "青山市委组织部", "current") in roles_of(found)


def test_both_forms_are_one_organisation():
    found = zh_extract(
        "4月7日上午，云溪区区委社治委常务副主任林佳一行6人莅临我校交流。"
        "云溪区委社治委常务副主任林佳介绍了情况。",
        headline="云溪区委社治委来校交流",
        date="2024-04-08",
    )
    names = [o.name for o in found.orgs]
    assert names.count("云溪区委社治委") == 1
    assert not any("区区委" in n for n in names)
