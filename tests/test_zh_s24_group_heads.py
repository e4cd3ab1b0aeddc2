"""Two groups' heads in one sentence (sentences written for these tests; every name is invented):
the second group's name not read, its chairman is not given the first group ("A集團董事長X與
B企業集團董事長Y"); and words describing an organisation are no part of its name ("零件大廠X集團",
"高等教育機構X大學")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_the_second_chairman_is_not_given_the_first_group():
    found = zh_extract(
        "聯誼會是由在地知名零件大廠北辰事業集團董事長高文海與宏億企業集團董事長方志明共同成立。",
        headline="聯誼會新舊會長交接",
    )
    got = roles_of(found)
    assert ("Gao Wenhai", "chairman", "北辰事業集團", "current") in got
    assert not {r for r in got if r[0] == "Fang Zhiming" and r[2] == "北辰事業集團"}
    assert "大廠北辰事業集團" not in {o.name for o in found.orgs}


def test_a_description_before_a_university_is_no_part_of_its_name():
    found = zh_extract(
        "南方大學與本國規模最大的公立高等教育機構北辰共和國大學於10日簽署合作備忘錄。",
        headline="南方大學簽署合作備忘錄",
    )
    names = {o.name for o in found.orgs}
    assert "北辰共和國大學" in names
    assert not {n for n in names if n.startswith("機構")}
