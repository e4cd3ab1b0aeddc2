"""A region's secretaries ("经济财政司司长A") with no "特区政府" printed: the region the page
names ("X特区"), a bare "特区政府" when the page names one region's place only; never the
government of another region's place."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_secretary_at_the_region_named_with_its_place():
    found = zh_extract(
        "澳門特區行政長官賀明今日會見來訪的代表團。經濟財政司司長周立華陪同會見。",
        headline="行政長官會見代表團",
    )
    assert ("Zhou Lihua", "other", "澳門特區", "current") in roles_of(found)


def test_another_regions_secretary_is_not_at_this_region():
    found = zh_extract(
        "香港特區行政長官賀明今日會見來訪的代表團。經濟財政司司長周立華陪同會見。",
        headline="行政長官會見代表團",
    )
    assert not any(r[0] == "Zhou Lihua" for r in roles_of(found))


def test_bare_region_government_when_one_place_is_named():
    found = zh_extract(
        "行政長官賀明感謝特區政府的接待。他說，澳門將加強合作。社會文化司司長周立華陪同。",
        headline="行政長官會見代表團",
    )
    assert ("Zhou Lihua", "other", "特區政府", "current") in roles_of(found)


def test_bare_region_government_not_when_two_places_are_named():
    found = zh_extract(
        "行政長官賀明感謝特區政府的接待。他說，澳門將與香港加強合作。社會文化司司長周立華陪同。",
        headline="行政長官會見代表團",
    )
    assert not any(r[0] == "Zhou Lihua" for r in roles_of(found))
