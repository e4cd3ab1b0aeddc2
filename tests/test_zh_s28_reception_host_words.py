"""Reception pages of companies and schools: a host's manager "向镇领导介绍" (briefed the town's
leaders) names no person 向镇, and a short year "14年3月10日" dates nothing (no year 1925)."""

from __future__ import annotations

from kg.read import make_article
from tests.zh_article import roles_of, zh_extract


def test_a_preposition_before_a_level_of_government_is_no_person():
    found = zh_extract(
        "3月5日下午，青石镇镇长林国华一行来我公司调研。周宏明总经理向镇领导介绍了公司的发展状况，"
        "并陪同客人参观了车间。",
        headline="青石镇领导来我公司调研",
    )
    names = {p.name for p in found.persons}
    assert "Xiang Zhen" not in names
    assert not any(org == "周宏明" for _, _, org, _ in roles_of(found))


def test_and_the_town_leaders_is_no_person_either():
    found = zh_extract(
        "4月8日下午，青石镇代表团来我公司调研。王立新经理和镇领导一起参观了车间。",
        headline="青石镇代表团来我公司调研",
    )
    names = {p.name for p in found.persons}
    assert "He Zhen" not in names
    assert "Wang Lixin" in names


def test_a_short_year_of_the_common_era_dates_no_page():
    text = (
        "东川公司客人来访\n\n14年3月10日，东川公司总经理一行莅临我公司参观指导，"
        "我公司总经理姚立春陪同参观了生产车间并进行了工作交流。\n"
    )
    assert make_article("x.txt", text).published is None


def test_a_two_digit_taiwan_year_still_dates_the_page():
    text = "虛構標題：青川縣府會議\n時間:98年5月8日\n青川縣政府今天召開縣務會議，討論年度預算。\n"
    assert str(make_article("x.txt", text).published) == "2009-05-08"
