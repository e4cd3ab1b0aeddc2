"""A chain of place titles whose printed place is at one level and a later title at another
("X省委常委、市委书记A", "X市委常委、区委书记B"): the later title is not X's (no "X市委", "X区委")
(sentences written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_province_standing_member_and_city_secretary():
    found = zh_extract(
        "12月9日，云岭省委常委、市委书记林春生会见了宏达银行行长云海峰一行。市委常委、秘书长周立新参加。",
        headline="林春生会见云海峰一行",
        date="2024-12-10",
    )
    roles = roles_of(found)
    assert ("Lin Chunsheng", "party-committee-member", "云岭省委", "current") in roles
    assert not any(r[2] == "云岭市委" for r in roles)


def test_same_level_chain_keeps_the_place():
    found = zh_extract(
        "12月9日，云岭市委副书记、市长林春生出席会议。",
        headline="云岭市召开会议",
        date="2024-12-10",
    )
    roles = roles_of(found)
    assert ("Lin Chunsheng", "deputy-party-secretary", "云岭市委", "current") in roles
    assert ("Lin Chunsheng", "mayor", "云岭市", "current") in roles
