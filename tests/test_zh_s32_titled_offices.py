"""Offices named by their holder's title ("行政长官办公室", "总统府", "市长办公室"): the title and
the office ending are one organisation of their own, and the post printed after it is at that
office, not the title's."""

from __future__ import annotations

import pytest
from kg.orgnames import is_generic
from tests.zh_article import roles_of, zh_extract


def test_chief_executive_office_in_a_list_of_officials():
    found = zh_extract(
        "代表团成员包括经济财政司司长梁伟明、行政长官办公室主任柯月华、新闻局局长陈小平。",
        headline="特区代表团访问嘉南",
    )
    assert ("Ke Yuehua", "head", "行政长官办公室", "current") in roles_of(found)


def test_chief_executive_office_in_traditional_script():
    found = zh_extract(
        "行政長官辦公室主任葉明娟將會隨行。",
        headline="特首率團訪問嘉南",
    )
    assert ("Ye Mingjuan", "head", "行政長官辦公室", "current") in roles_of(found)


def test_presidential_office_and_its_secretary_general():
    found = zh_extract(
        "訪問團成員包括總統府秘書長潘大安、總統府副秘書長張小涵。",
        headline="總統府訪問團出訪",
    )
    roles = {(p, o) for p, _, o, _ in roles_of(found)}
    assert {("Pan Da'an", "總統府"), ("Zhang Xiaohan", "總統府")} <= roles


def test_mayors_office_is_a_body_of_its_own():
    found = zh_extract(
        "市长办公室主任刘小军出席了会议。",
        headline="嘉南市召开工作会议",
    )
    assert any(o.name == "市长办公室" for o in found.orgs)


@pytest.mark.parametrize("name", ["行政長官辦公室", "总统府", "總統府", "首相府"])
def test_an_office_named_by_its_holders_title_says_not_whose_it_is(name):
    # generic: each article's office is its own node, never joined across regions or countries
    assert is_generic(name)
