"""A list of township and town heads, each printed "<township>乡长<name>" (sentences written for
these tests; every name is invented): the two characters between the list's comma and the title
are the township, whatever the segmenter made of them (a name, a conjunction and a place), never
a person, and the head's post is at that township, not at the one listed before it."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

HEADLINE = "县政府举办农民节大会"


def _found():
    return zh_extract(
        "县政府今日举办农民节大会，由县长周文德主持。立委王大明、柏岭乡长李小华、"
        "和安乡长陈志明、和美镇长林建宏、朴城乡长吴美玲等人出席。",
        headline=HEADLINE,
    )


def test_each_head_at_his_own_township():
    got = roles_of(_found())
    assert ("Chen Zhiming", "other", "和安乡", "current") in got
    assert ("Lin Jianhong", "other", "和美镇", "current") in got
    assert ("Wu Meiling", "other", "朴城乡", "current") in got
    assert not any(r[0] == "Chen Zhiming" and r[2] == "柏岭乡" for r in got)


def test_the_township_is_no_person_and_a_verb_no_place():
    names = {p.name for p in _found().persons}
    assert "He Mei" not in names and "Bai Ling" not in names and "Piao Cheng" not in names
    assert {"Chen Zhiming", "Lin Jianhong", "Wu Meiling"} <= names
    found = zh_extract(
        "县政府今日举行升旗典禮，由县长周文德主持，包括副县长吕永安、秘书长刘定国等出席。",
        headline=HEADLINE,
    )
    assert not any(o.name.startswith("包括") for o in found.orgs)
