"""A name very many people share never ties mentions of two articles by itself: a one-character
given name (刘军, "Liu Jun") or one of the commonest two-character ones (建华) needs the
support of context; rarer names still join a single candidate as before.

All names and organisations here are invented for the tests.
"""

from __future__ import annotations

import pytest
from kg.assemble.namesakes import name_identifies
from tests.test_identity import article, merged, orgs_of, people_named


@pytest.mark.parametrize(
    "native,printed,expected",
    [
        ("刘军", "", False),  # one-character given name
        ("", "Liu Jun", False),
        ("", "LIU Jun", False),
        ("", "Jun Liu", False),  # given name first
        ("张建华", "", False),  # a listed common given name
        ("張建華", "", False),  # in traditional characters
        ("", "Zhang Jianhua", False),
        ("", "Zhang Jian-hua", False),
        ("胡和屹", "", True),
        ("", "Hu Heyi", True),
        ("", "Jiashu Gao", True),
        ("", "Priya Ramaswamy", True),  # not a Chinese name: not judged here
        ("", "Tom Abel", True),
    ],
)
def test_which_names_may_join_on_their_own(native, printed, expected):
    assert name_identifies(native, printed) is expected


def test_a_bare_latin_mention_of_a_common_name_stays_apart_from_the_only_candidate():
    result = merged(
        article(
            "a.txt",
            [("Liu Jun", "刘军")],
            [("Liu Jun", "chairman", "Xibei Cable Group")],
            language="zh",
        ),
        article("b.txt", [("Liu Jun", None)], attendees=["Liu Jun"]),
    )
    assert len(people_named(result, "liujun")) == 2


def test_a_latin_post_holder_of_a_common_name_is_not_joined_to_a_han_one_on_the_name():
    result = merged(
        article("a.txt", [("Zhang Jianhua", "张建华")], language="zh", attendees=["Zhang Jianhua"]),
        article(
            "b.txt", [("Zhang Jianhua", None)], [("Zhang Jianhua", "head", "Nanling Energy Bureau")]
        ),
    )
    assert len(people_named(result, "zhangjianhua")) == 2


def test_bare_han_mentions_of_a_common_name_stay_apart():
    result = merged(
        article(
            "a.txt",
            [("Wang Min", "王敏")],
            [("Wang Min", "chairman", "Dongpo Paper Company")],
            language="zh",
        ),
        article("b.txt", [("Wang Min", "王敏")], language="zh", attendees=["Wang Min"]),
        article("c.txt", [("Wang Min", "王敏")], language="zh", attendees=["Wang Min"]),
    )
    assert len(people_named(result, "wangmin")) == 3


def test_context_still_joins_a_common_name():
    result = merged(
        article(
            "a.txt",
            [("Liu Jun", "刘军")],
            [("Liu Jun", "chairman", "Xibei Cable Group")],
            language="zh",
        ),
        article("b.txt", [("Liu Jun", None)], [("Liu Jun", "chairman", "Xibei Cable Group")]),
    )
    assert people_named(result, "liujun") == ["liujun"]


def test_a_rarer_name_still_joins_its_only_candidate():
    result = merged(
        article(
            "a.txt",
            [("Hu Heyi", "胡和屹")],
            [("Hu Heyi", "chairman", "Xibei Cable Group")],
            language="zh",
        ),
        article("b.txt", [("Hu Heyi", None)], attendees=["Hu Heyi"]),
    )
    assert people_named(result, "huheyi") == ["huheyi"]


def test_a_common_han_name_is_not_joined_through_a_system_of_many_bodies():
    # a member of the State Council and an official of a commission within it, both 王军
    result = merged(
        article("a.txt", [("Wang Jun", "王军")], [("Wang Jun", "other", "国务院")], language="zh"),
        article(
            "b.txt", [("Wang Jun", "王军")], [("Wang Jun", "head", "国务院国资委")], language="zh"
        ),
    )
    assert len(people_named(result, "wangjun")) == 2


def test_a_common_latin_name_is_not_joined_through_a_system_of_many_bodies():
    result = merged(
        article("a.txt", [("Liu Jun", None)], [("Liu Jun", "other", "United Nations")]),
        article("b.txt", [("Liu Jun", None)], [("Liu Jun", "head", "UNDP")]),
    )
    assert len(people_named(result, "liujun")) == 2


def test_two_roles_at_a_system_itself_do_not_join_a_common_name():
    result = merged(
        article("a.txt", [("Wang Jun", "王军")], [("Wang Jun", "other", "国务院")], language="zh"),
        article("b.txt", [("Wang Jun", None)], [("Wang Jun", "other", "State Council")]),
    )
    assert len(people_named(result, "wangjun")) == 2


def test_a_rarer_name_still_joins_through_a_system_of_many_bodies():
    result = merged(
        article("a.txt", [("Hu Heyi", "胡和屹")], [("Hu Heyi", "other", "国务院")], language="zh"),
        article(
            "b.txt", [("Hu Heyi", "胡和屹")], [("Hu Heyi", "head", "国务院国资委")], language="zh"
        ),
        article("c.txt", [("Hu Heyi", None)], [("Hu Heyi", "head", "UNDP")]),
    )
    assert len(people_named(result, "huheyi")) == 2  # the UN official is another person
    assert any(len(orgs_of(result, p)) == 2 for p in people_named(result, "huheyi"))
