"""Units and government bodies as Hong Kong, Macau and Taiwan pages print them: a unit's head
named between the unit and his title, his name glued by jieba to the unit's ending
("規劃處|葉明|處長"); a contracted head's title after a unit of two joined fields ("X市政府文化及觀光處長");
a university's council ("X大學校董會", then "校董會主席A"), also after the university's short
name ("X大校委會"); a province or city whose leaders are met as a group ("會見X省領導").

All persons, places and sentences here are invented for the tests."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    ("body", "unit", "person"),
    [
        (
            "柏原大學出席人員還有教務處蔣正平處長、發展規劃處葉明處長、人事處曹立群處長。",
            "發展規劃處",
            "Ye Ming",
        ),
        (
            "柏原大学出席人员还有教务处蒋正平处长、发展规划处孟川处长、人事处曹立群处长。",
            "发展规划处",
            "Meng Chuan",
        ),
    ],
)
def test_a_units_head_glued_to_the_units_ending(body, unit, person):
    found = zh_extract(body, headline="柏原大學代表團來訪")
    assert person in {p.name for p in found.persons}
    assert all(not o.name.startswith(unit) or o.name == unit for o in found.orgs)
    assert (person, "head", unit, "current") in roles_of(found)


@pytest.mark.parametrize(
    ("body", "unit", "short"),
    [
        ("柏原市政府文化及觀光處長蔣正平亦陪同與會。", "柏原市政府文化及觀光處", "文化及觀光處"),
        ("柏原市政府文化及观光处长蒋正平亦陪同与会。", "柏原市政府文化及观光处", "文化及观光处"),
    ],
)
def test_a_contracted_heads_unit_of_two_joined_fields(body, unit, short):
    found = zh_extract(body, headline=unit.removesuffix(short) + "接待訪問團")
    names = {o.name: o for o in found.orgs}
    assert unit in names and short in names[unit].aliases
    assert names[unit].parent == unit.removesuffix(short)
    assert ("Jiang Zhengping", "head", unit, "current") in roles_of(found)
    assert not any(o.name in ("觀光處", "观光处") for o in found.orgs)


def test_two_joined_fields_without_their_government_name_no_unit():
    found = zh_extract("企業與文化及觀光處長蔣正平會面。", headline="柏原市長接見訪問團")
    assert not any(o.name.endswith(("觀光處", "观光处")) for o in found.orgs)


@pytest.mark.parametrize(
    ("body", "council"),
    [
        (
            "柏原大學校董會昨日通過續聘蔣正平為校長。校董會主席韓若萍恭賀蔣正平續任校長。",
            "柏原大學校董會",
        ),
        ("柏原大学校董会主席韩若萍表示，校董会通过续聘新校长。", "柏原大学校董会"),
    ],
)
def test_a_universitys_council_and_its_chairman(body, council):
    found = zh_extract(body, headline=council[:4] + "公布人事任命")
    names = {o.name: o for o in found.orgs}
    assert council in names
    assert names[council].parent == council[:4]
    assert ("Han Ruoping", "chairman", council, "current") in roles_of(found)
    assert not any(r.person == "Jiang Zhengping" and r.org == council for r in found.roles)


def test_a_council_after_the_universitys_short_name_is_one_body():
    found = zh_extract(
        "柏原大學校長蔣正平表示，柏原大學校委會已通過決定。柏大校委會自擬方案，校委會主席韓若萍表示歡迎。",
        headline="柏原大學公布人事任命",
    )
    councils = [o for o in found.orgs if o.name.endswith(("校委會", "校委会"))]
    assert [o.name for o in councils] == ["柏原大學校委會"]
    assert "柏大校委會" in councils[0].aliases


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("代表團12日會見湖南省領導，13日會見南昌市領導。", {"湖南省", "南昌市"}),
        ("代表团12日会见湖南省领导。", {"湖南省"}),
    ],
)
def test_a_place_whose_leaders_are_met(body, places):
    found = zh_extract(body, headline="代表團赴大陸參訪")
    assert places <= {o.name for o in found.orgs}


def test_leaders_of_no_named_place_name_no_organisation():
    found = zh_extract("代表团12日会见有关市领导。", headline="代表團赴大陸參訪")
    assert not any(o.name.endswith("市") for o in found.orgs)
