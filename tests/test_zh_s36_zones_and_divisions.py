"""Chinese: development zones and parks are organisations; a division whose own name jieba reads
as a verb or a number ("预算处", "干部四科") is read after its parent; a unit named for two fields
joined by 和 ("卫生健康和民政局") keeps both fields. Sentences written for these tests; every name
is invented."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "sentence, zone",
    [
        ("6月12日，调研组先后赴青禾经开区和柳江高新区调研。", "青禾经开区"),
        ("6月12日，调研组先后赴青禾经开区和柳江高新区调研。", "柳江高新区"),
        ("6月12日，代表团参观了柳江市高新技术产业开发区。", "柳江市高新技术产业开发区"),
        ("6月12日，区先进制造业开发区主任赵明远参加调研。", "区先进制造业开发区"),
    ],
)
def test_a_zone_is_an_organisation(sentence, zone):
    assert zone in {o.name for o in zh_extract(sentence).orgs}


def test_a_zones_head_holds_his_post_at_the_zone():
    found = zh_extract("6月12日，区先进制造业开发区主任赵明远参加调研。")
    assert ("Zhao Mingyuan", "head", "区先进制造业开发区", "current") in roles_of(found)


@pytest.mark.parametrize(
    "sentence, body, person, role",
    [
        (
            "6月12日，柳江高新区管委会主任钱立新出席会议。",
            "柳江高新区管委会",
            "Qian Lixin",
            "head",
        ),
        (
            "6月12日，市委常委、青禾经开区党工委书记刘子安出席会议。",
            "青禾经开区党工委",
            "Liu Zi'an",
            "party-secretary",
        ),
    ],
)
def test_a_zones_body_printed_after_it_is_read_whole(sentence, body, person, role):
    found = zh_extract(sentence)
    names = {o.name for o in found.orgs}
    assert body in names
    assert body[-3:] not in names  # no bare "管委会" or "党工委"
    assert (person, role, body, "current") in roles_of(found)


def test_a_company_title_after_a_zone_is_the_companys():
    text = (
        "青岚铝业集团董事长蒲晓东出席会议。另据了解，华远矿业集团于2021年3月5日挂牌。"
        "该集团注册地为柳江经开区，法定代表人、董事长为柯文涛，总经理由宁海波担任。"
    )
    got = roles_of(zh_extract(text, headline="青岚铝业集团召开会议", date="2022-07-20"))
    assert ("Ke Wentao", "chairman", "华远矿业集团", "current") in got
    assert not any(o == "柳江经开区" for _p, _r, o, _s in got)


@pytest.mark.parametrize(
    "sentence, unit, parent, person, role",
    [
        (
            "6月12日，华阳市财政局预算处处长周立勋出席会议。",
            "华阳市财政局预算处",
            "华阳市财政局",
            "Zhou Lixun",
            "head",
        ),
        (
            "6月12日，市委组织部干部四科科长周立勋出席会议。",
            "市委组织部干部四科",
            "市委组织部",
            "Zhou Lixun",
            "head",
        ),
        (
            "6月12日，华阳市委组织部干部二科副科长石立宁出席会议。",
            "华阳市委组织部干部二科",
            "华阳市委组织部",
            "Shi Lining",
            "other",
        ),
    ],
)
def test_a_division_jieba_reads_as_a_verb_or_number_is_its_parents(
    sentence, unit, parent, person, role
):
    found = zh_extract(sentence)
    orgs = {o.name: o for o in found.orgs}
    assert orgs[unit].parent == parent
    assert parent in orgs
    assert (person, role, unit, "current") in roles_of(found)


def test_no_division_without_a_heads_title():
    found = zh_extract("6月12日，市财政局预算处理工作会议召开。")
    assert not any(o.name.startswith("市财政局预算") for o in found.orgs)


@pytest.mark.parametrize(
    "sentence, unit, person, role",
    [
        (
            "6月12日，青禾区卫生健康和民政局局长吕晓艳出席会议。",
            "青禾区卫生健康和民政局",
            "Lü Xiaoyan",
            "head",
        ),
        (
            "6月12日，青禾区卫生健康和民政党工委副书记李建安出席会议。",
            "青禾区卫生健康和民政党工委",
            "Li Jian'an",
            "deputy-party-secretary",
        ),
    ],
)
def test_a_unit_named_for_two_listed_fields_keeps_both(sentence, unit, person, role):
    found = zh_extract(sentence)
    assert (person, role, unit, "current") in roles_of(found)


def test_an_office_printed_after_its_bureau_is_the_bureaus():
    found = zh_extract("6月12日，青禾区卫生健康和民政局卫健办主任吕晓艳出席会议。")
    orgs = {o.name: o for o in found.orgs}
    unit = "青禾区卫生健康和民政局卫健办"
    assert orgs[unit].parent == "青禾区卫生健康和民政局"
    assert "卫健办" in orgs[unit].aliases
    assert ("Lü Xiaoyan", "head", unit, "current") in roles_of(found)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("6月12日，项目组成员、合作单位青禾化工大学丁立教授出席。", "青禾化工大学"),
        (
            "6月12日，他回顾了华远工程有限公司的母公司青禾省华远集团有限公司的历史。",
            "青禾省华远集团有限公司",
        ),
        ("6月12日，另据青禾省人民医院官网发布的文章，会议召开。", "青禾省人民医院"),
    ],
)
def test_a_relation_word_glued_before_a_name_is_no_part_of_it(sentence, name):
    names = {o.name for o in zh_extract(sentence).orgs}
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)
