"""Chinese successions in one clause (sentences written for these tests): "A教授代替B教授担任X"
gives A the post and B the same post as a former one."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str) -> set[tuple[str, str, str, str]]:
    text = f"东岭大学宣布委任两名新的副校长以加强管理团队\n2023年9月25日\n{body}\n"
    got = extract_article(make_article("x.txt", text))
    return {(r.person, r.title, r.org, r.status) for r in got.roles}


def test_the_one_replaced_held_the_post_and_the_successor_holds_it():
    got = roles("按照校委会方案，东岭大学颜庆华教授则代替宫远鹏教授担任副校长。")
    assert ("Yan Qinghua", "副校长", "东岭大学", "current") in got
    assert ("Gong Yuanpeng", "副校长", "东岭大学", "former") in got
    assert ("Gong Yuanpeng", "副校长", "东岭大学", "current") not in got


def test_a_plain_appointment_is_not_a_replacement():
    got = roles("东岭大学宫远鹏教授担任副校长。")
    assert ("Gong Yuanpeng", "副校长", "东岭大学", "current") in got
