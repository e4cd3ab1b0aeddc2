"""A person appointed to act in a post ("A同志代理X市人民政府市长") holds the acting post only."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_acting_link_gives_the_acting_title_only():
    found = zh_extract(
        "会议决定：李明远同志代理江川市人民政府市长。",
        headline="江川市人大常委会作出人事任免决定",
    )
    assert ("Li Mingyuan", "other", "江川市人民政府", "current") in roles_of(found)
    assert {r.title for r in found.roles if r.person == "Li Mingyuan"} == {"代理市长"}
    assert not any(r.role == "mayor" for r in found.roles)
