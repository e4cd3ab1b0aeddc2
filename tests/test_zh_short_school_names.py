"""Chinese two-character short names of universities ("X大"): a university, so a 校长 printed
after one is its president, and an alias of the one university the article names in full."""

from __future__ import annotations

from kg.extract.zh.abbreviations import short_name_kind
from tests.zh_article import roles_of, zh_extract


def _two_schools():
    return zh_extract(
        "5月9日，国立东港大学与青岭大学签署两校学生交换协议。"
        "青大校长林志强带领教务长王美华出席。东大方面由校长陈国栋率副校长李明出席签约仪式。",
        headline="国立东港大学与青岭大学签署交换协议",
    )


def test_a_short_name_is_folded_into_its_full_name():
    found = _two_schools()
    names = {o.name: o.aliases for o in found.orgs}
    assert "青大" in names["青岭大学"]
    assert "青大" not in names


def test_the_president_of_the_other_school_is_not_the_page_schools():
    held = roles_of(_two_schools())
    assert ("Lin Zhiqiang", "other", "青岭大学", "current") in held
    assert not [r for r in held if r[0] == "Lin Zhiqiang" and r[2] == "国立东港大学"]
    assert ("Chen Guodong", "other", "国立东港大学", "current") in held


def test_a_short_name_without_its_full_name_is_still_a_university():
    held = roles_of(
        zh_extract(
            "5月9日，国立东港大学举行国际交流周开幕式。"
            "宁大校长林志强应邀出席并致辞。东港大学校长陈国栋主持开幕式。",
            headline="国立东港大学举行国际交流周",
        )
    )
    assert ("Lin Zhiqiang", "other", "宁大", "current") in held
    assert not [r for r in held if r[0] == "Lin Zhiqiang" and r[2] != "宁大"]


def test_two_full_names_that_the_short_name_could_shorten_take_no_alias():
    found = zh_extract(
        "5月9日，南岭大学与南江大学签署合作协议。南大校长林志强出席签约仪式。",
        headline="两校签署合作协议",
    )
    names = {o.name: o.aliases for o in found.orgs}
    assert "南大" not in names.get("南岭大学", ())
    assert "南大" not in names.get("南江大学", ())


def test_a_three_character_short_name_is_folded_into_its_full_name():
    found = zh_extract(
        "5月9日，青川大學代表團到訪東林科技大學，獲東科大陳志遠校監、林美玲副校長親切接待。",
        headline="青川大學代表團到訪東林科技大學",
    )
    names = {o.name: o.aliases for o in found.orgs}
    assert "東科大" in names["東林科技大學"]
    held = roles_of(found)
    assert ("Chen Zhiyuan", "other", "東林科技大學", "current") in held
    assert ("Lin Meiling", "other", "東林科技大學", "current") in held


def test_a_short_name_inside_a_longer_word_is_no_mention():
    found = zh_extract(
        "5月9日，北山大学与湖北企业签署合作协议。湖北大力推进产学研合作，校长陈国栋出席。",
        headline="北山大学与湖北企业签署合作协议",
    )
    names = {n for o in found.orgs for n in (o.name, *o.aliases)}
    assert "北大" not in names


def test_an_ordinary_word_is_no_short_name():
    found = zh_extract(
        "9月1日，广州大学举行开学典礼。广大师生代表出席，校长陈国栋讲话。",
        headline="广州大学举行开学典礼",
    )
    names = {n for o in found.orgs for n in (o.name, *o.aliases)}
    assert "广大" not in names


def test_an_ordinary_word_is_no_short_name_whatever_made_it_a_mention():
    assert short_name_kind("广大") is None
    assert short_name_kind("重大") is None
    assert short_name_kind("金大") == "大学"
