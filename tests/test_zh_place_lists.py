"""Places that jieba reads as personal names before a place's Party committee ("X区委书记"), and
places listed before a company's name. Every name and sentence here is invented; the districts are
real places; a city's own newspaper names the city of "市委书记A"."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_district_read_as_a_name_before_its_committee_is_a_place():
    found = zh_extract(
        "11月11日，市委书记柯文涛率队赴外地学习考察，分别与洪山区委书记仝海燕，萧山区委书记"
        "曹立山，区委副书记、区长王建伟等深入交流。",
        headline="柯文涛率队学习考察",
    )
    assert {p.native for p in found.persons} >= {"仝海燕", "曹立山", "王建伟"}
    assert not any(p.native in ("洪山", "萧山") for p in found.persons)
    held = roles_of(found)
    assert ("Cao Lishan", "party-secretary", "萧山区委", "current") in held
    assert ("Wang Jianwei", "deputy-party-secretary", "萧山区委", "current") in held


def test_two_districts_listed_before_a_company_are_not_its_name():
    found = zh_extract(
        "11月11日，市委书记柯文涛率队赴外地学习考察。宏远集团总经理王建伟陪同考察。",
        headline="柯文涛率队考察上海洪山区萧山区宏远集团",
    )
    assert not any(o.name.startswith(("洪山区", "萧山区")) for o in found.orgs)


def test_a_citys_own_newspaper_names_the_city_of_its_unnamed_committee():
    found = zh_extract(
        "2月9日下午，市委书记柯文涛，市委副书记、市长仝海燕会见了宏远集团总经理曹立山一行。",
        headline="柯文涛仝海燕会见宏远集团客人",
        source="衡水日报",
    )
    held = roles_of(found)
    assert ("Ke Wentao", "party-secretary", "衡水市委", "current") in held
    assert ("Tong Haiyan", "mayor", "衡水市", "current") in held


def test_a_national_newspaper_names_no_city():
    found = zh_extract(
        "2月9日下午，市委书记柯文涛会见了宏远集团总经理曹立山一行。",
        headline="柯文涛会见宏远集团客人",
        source="经济日报",
    )
    held = {r.org for r in found.roles if r.person == "Ke Wentao"}
    assert held <= {"市委"}  # the committee as printed, no city made of the paper's name
