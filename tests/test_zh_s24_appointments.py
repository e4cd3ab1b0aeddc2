"""Appointment wordings of company and cadre meetings (sentences written for these tests; every
name and company is invented): a name whose last character jieba joins with 任 into a word
("某胜|任", "某信|任"), a unit's suffix jieba glues to the 副 of the title after it ("工作部副|部长"),
posts at a second organisation after 及 in a removal, and the words of an acting post that are no
company's name ("在总经理空缺期间代行公司总经理职责")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_name_ending_in_a_character_jieba_joins_with_ren_is_read():
    found = zh_extract(
        "会上宣布了任免决定：韩立胜任华岳控股集团有限公司总经理；"
        "邵文信任华岳控股集团有限公司副总经理。",
        headline="华岳控股召开干部大会",
    )
    names = {p.name for p in found.persons}
    assert {"Han Lisheng", "Shao Wenxin"} <= names
    assert not any("胜任" in o.name or "信任" in o.name for o in found.orgs)
    roles = roles_of(found)
    assert ("Han Lisheng", "general-manager", "华岳控股", "current") in roles
    assert ("Shao Wenxin", "deputy-general-manager", "华岳控股", "current") in roles


def test_a_traditional_name_glued_to_ren_is_read():
    found = zh_extract(
        "會上宣布了任免決定：韓立勝任華岳控股集團有限公司總經理。",
        headline="華岳控股召開幹部大會",
    )
    assert "Han Lisheng" in {p.name for p in found.persons}
    assert not any("勝任" in o.name for o in found.orgs)


def test_a_unit_suffix_glued_to_the_deputy_of_its_title():
    found = zh_extract("新区党群工作部副部长庞嘉宣布了干部任免决定。", headline="集团召开干部大会")
    assert ("Pang Jia", "other", "新区党群工作部", "current") in roles_of(found)
    assert "工作部部" not in {o.name for o in found.orgs}


def test_posts_at_a_second_organisation_after_ji_in_a_removal():
    found = zh_extract(
        "经研究决定，免去骆德芳同志的临江新城投资集团董事长、总经理及临江文旅集团党委书记、"
        "董事长职务。",
        headline="集团召开干部大会",
    )
    roles = roles_of(found)
    assert ("Luo Defang", "chairman", "临江新城投资集团", "former") in roles
    assert ("Luo Defang", "party-secretary", "临江文旅集团", "former") in roles
    assert ("Luo Defang", "chairman", "临江文旅集团", "former") in roles


def test_the_words_of_an_acting_post_are_no_company():
    found = zh_extract(
        "公司董事会授权常务副总经理柯以宁在公司总经理空缺期间代行公司总经理职责。",
        headline="关于授权高级管理人员代行总经理职责的公告",
    )
    assert not any("期间" in o.name or "代行" in o.name for o in found.orgs)
    assert not any(r.person == "Ke Yining" and r.org for r in found.roles)


def test_corporate_form_words_alone_are_no_company():
    found = zh_extract(
        "会上宣布：项明出任奔腾科技股份有限公司董事长。", headline="集团召开干部大会"
    )
    assert not any(o.name in ("科技股份", "科技股份有限公司") for o in found.orgs)
    assert not any(r.person == "Xiang Ming" and r.org for r in found.roles)


def test_a_brand_jieba_reads_as_a_verb_after_a_glued_ren():
    found = zh_extract("会上宣布：韩立任远航控股集团有限公司总经理。", headline="集团召开干部大会")
    assert ("Han Li", "general-manager", "远航控股集团有限公司", "current") in roles_of(found)
    assert "控股集团有限公司" not in {o.name for o in found.orgs}


def test_a_name_jieba_files_as_a_place_is_read_after_a_title():
    found = zh_extract(
        "宏达集团董事长林志明与华岳集团董事长高建国出席签约仪式。", headline="两集团签署合作协议"
    )
    assert ("Gao Jianguo", "chairman", "华岳集团", "current") in roles_of(found)
    assert "Gao Jianguo" in {p.name for p in found.persons}


def test_a_place_after_a_title_stays_a_place():
    found = zh_extract("考察团团长林志明一行到吕梁市调研。", headline="考察团到吕梁调研")
    assert not any(p.name.startswith("Lü Liang") for p in found.persons)
