"""A place whose name ends in 原 before a place title ("高原县委书记A", "草原县县长B"): the 原 is the
place's, no mark of a former post; a 原 after a level still is ("X县原县委书记C": no current post) (sentences written for these
tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_place_ending_in_yuan_keeps_its_name_and_current_post():
    found = zh_extract(
        "5月6日，高原县委书记云海峰一行到宏达化工考察交流。高原县委副书记、副县长林春生参加。",
        headline="高原县委书记一行到宏达化工考察",
        date="2024-05-07",
    )
    roles = roles_of(found)
    orgs = {o.name for o in found.orgs}
    assert "高县委" not in orgs
    assert not any(r[2] == "高县委" for r in roles)
    assert not any(r[3] == "former" for r in roles if r[0] in ("Yun Haifeng", "Lin Chunsheng"))
    assert ("Yun Haifeng", "party-secretary", "高原县委", "current") in roles


def test_lone_yuan_still_marks_a_former_post():
    found = zh_extract(
        "5月6日，宏达化工董事长林春生会见了云岭县原县委书记云海峰。",
        headline="宏达化工会见来宾",
        date="2024-05-07",
    )
    assert not any(r[0] == "Yun Haifeng" and r[3] == "current" for r in roles_of(found))
