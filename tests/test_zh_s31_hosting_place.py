"""Simplified Chinese: a place named only as where guests come to ("会见了来X区考察的A一行") is the
place the page is written at, so its bare titles ("区委书记B") are that place's posts."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_bare_district_secretary_of_the_place_guests_come_to():
    found = zh_extract(
        "3月4日，区委书记王大明会见了来青岭区考察的宏达集团董事长李小红一行，双方就扩大合作深入交流。",
        headline="王大明会见李小红一行",
    )
    assert ("Wang Daming", "party-secretary", "青岭区委", "current") in roles_of(found)
