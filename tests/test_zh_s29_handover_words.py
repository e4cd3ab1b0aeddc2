"""Chinese roles and names on handover pages (s29): 膺任/榮膺 link a name to its post and are no part
of the body's name; 偕同 ends a name; 单位 and 印信 are no names; the successor named after 新任 in
a sentence where the leaver 卸任 holds the post now."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

TAIL = "\n\n双方就进一步加强合作进行了深入交流，并参观了展厅和生产车间。"


def test_yingren_links_a_name_to_its_post() -> None:
    found = zh_extract("5月3日，刘志明膺任华兴青年团委会会长。" + TAIL)
    names = {o.name for o in found.orgs}
    assert not any(n.startswith("膺任") for n in names)
    assert any(r[0] == "Liu Zhiming" and r[2] == "华兴青年团委会" for r in roles_of(found))


def test_rongying_is_no_name() -> None:
    found = zh_extract("5月3日，王大明榮膺第十七屆會長。" + TAIL)
    assert "Wang Daming" in {p.name for p in found.persons}


def test_xietong_ends_a_name_and_danwei_is_none() -> None:
    found = zh_extract(
        "5月3日，浙江省宏达协会副秘书长张立偕同副主任单位一行赴苏州开展交流。" + TAIL
    )
    names = {p.name for p in found.persons}
    assert "Zhang Li" in names and "Shan Wei" not in names


def test_a_seal_of_office_is_no_name() -> None:
    found = zh_extract(
        "▲華興協會主委李財清(中)主持華興分會會長印信交接。\n\n5月3日舉行交接典禮。" + TAIL
    )
    assert "Yin Xin" not in {p.name for p in found.persons}


def test_the_successor_after_a_leaver_holds_the_post() -> None:
    found = zh_extract(
        "5月3日舉行交接典禮，原華興協會主席林大道卸任，新任華興協會主席蔡家富正式接任。"
        "蔡家富主席致詞表示感謝。" + TAIL
    )
    roles = roles_of(found)
    assert ("Cai Jiafu", "other", "華興協會", "current") in roles
    assert ("Cai Jiafu", "other", "華興協會", "former") not in roles
    assert ("Lin Dadao", "other", "華興協會", "former") in roles
