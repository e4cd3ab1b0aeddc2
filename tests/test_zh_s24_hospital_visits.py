"""Visits to hospitals and units by local leaders (sentences written for these tests; every name
is invented): a district named by a direction ("城北区委书记"), the title 总院长, and a
list of accompanying people closed by an unnamed group ("以及X医院领导班子成员陪同调研")."""

from __future__ import annotations

from tests.zh_article import parts_of, roles_of, zh_extract


def test_a_district_named_by_a_direction_before_its_secretary():
    found = zh_extract("4月18日，城北区委书记祁文博一行到医院调研。", headline="区委书记到医院调研")
    assert ("Qi Wenbo", "party-secretary", "城北区委", "current") in roles_of(found)


def test_a_word_of_place_without_a_direction_is_no_district():
    found = zh_extract("4月18日，当地区委书记祁文博一行到医院调研。", headline="区委书记到医院调研")
    assert not any(o.name.startswith("当地") for o in found.orgs)


def test_a_general_hospital_presidents_title_at_a_medical_community():
    found = zh_extract(
        "4月18日，民盟江州市委主委潘立言带队到江州医共体调研，江州医共体总院长易嘉树陪同调研。",
        headline="民盟市委到医共体调研",
    )
    roles = roles_of(found)
    assert ("Yi Jiashu", "other", "江州医共体", "current") in roles
    assert not any(o.name.endswith("总") for o in found.orgs)


def test_accompanying_people_closed_by_an_unnamed_leadership_group():
    found = zh_extract(
        "4月18日，区委书记祁文博一行莅临医院开展调研。\n\n"
        "副区长管一鸣、区卫生健康局局长柏秋实，以及区人民医院领导班子成员陪同调研。",
        headline="区委书记到医院调研",
    )
    parts = parts_of(found)
    assert parts.get("Guan Yiming") == "accompanier"
    assert parts.get("Bai Qiushi") == "accompanier"
