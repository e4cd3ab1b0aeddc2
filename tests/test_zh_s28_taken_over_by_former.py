"""A post "taken over by" someone named with their former post ("总经理职由原X集团总经理A接任"):
jieba glues 由原 to the word before it; the former body's name starts after 原 and the post there
is former, not a current post at a body named "职由原X集团"."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_the_former_body_after_you_yuan_is_named_alone_and_former():
    found = zh_extract("公司总经理职由原南溪商业集团总经理郝立文接任。", date="2024-08-09")
    assert ("Hao Liwen", "general-manager", "南溪商业集团", "former") in roles_of(found)
    assert not any("由原" in o.name for o in found.orgs)
