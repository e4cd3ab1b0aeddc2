"""A title printed after the name, the unit named by its field right before the name, as Taiwan,
Hong Kong and Macau pages and university pages print them ("国际处A处长", "人事處B處長"). Every
name, institution and sentence here is invented."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_units_named_by_their_field_before_a_name_and_its_title():
    found = zh_extract(
        "5月8日，青禾大学代表团到访我校，国际处柯文涛处长、人事处仝海燕处长及产学研合作处"
        "曹立山副处长出席座谈会。",
        headline="青禾大学代表团到访我校",
    )
    held = roles_of(found)
    assert ("Ke Wentao", "head", "国际处", "current") in held
    assert ("Tong Haiyan", "head", "人事处", "current") in held
    assert any(r.person == "Cao Lishan" and r.org == "产学研合作处" for r in found.roles)


def test_units_in_traditional_characters():
    found = zh_extract(
        "5月8日，青禾大學代表團到訪本校，國際處柯文濤處長、人事處仝海燕處長出席座談會。",
        headline="青禾大學代表團到訪本校",
    )
    assert ("Ke Wentao", "head", "國際處", "current") in roles_of(found)


def test_the_end_of_a_longer_name_before_the_name_is_no_unit():
    found = zh_extract(
        "5月8日，青禾南部联合服务中心柯文涛执行长出席座谈会并致辞。",
        headline="座谈会举行",
    )
    assert not any(o.name == "服务中心" for o in found.orgs)


def test_association_and_university_officers_titled_after_their_names_are_persons():
    found = zh_extract(
        "本會領導層一行在柯文濤理事長、仝海燕副理事長、曹立山副監事長的帶領下拜會了青禾大學。"
        "柯文濤理事長感謝青禾大學的接待，王建偉教務長出席會見。",
        headline="本會領導層拜訪青禾大學",
    )
    natives = {p.native for p in found.persons}
    assert {"柯文濤", "仝海燕", "曹立山", "王建偉"} <= natives


def test_a_conjunction_after_a_titled_name_is_no_part_of_it():
    found = zh_extract(
        "青禾大學副國際長王建偉則表示，雙方將擴大交流合作。",
        headline="青禾大學代表團到訪",
    )
    natives = {p.native for p in found.persons}
    assert "王建偉" in natives and "王建偉則" not in natives


def test_a_general_assembly_chair_titled_after_the_name_is_a_person_not_an_organisation():
    found = zh_extract(
        "本會領導層在柯文濤理事長、仝海燕會員大會副主席的帶領下拜會了青禾大學。本會會長曹立山出席。",
        headline="本會領導層拜訪青禾大學",
    )
    assert "仝海燕" in {p.native for p in found.persons}
    assert not any(o.name.startswith("仝海燕") for o in found.orgs)
