"""A lone mark of a former post (前, 原) that jieba glued to the first word of a body's name
("前|X發會主委A", "原|Y江医院院长B") is no part of the name: the post is at the body, marked
former. A committee's short name read short ("X市委|会|副主委C") keeps its titles from a body
named earlier in the sentence; a commission's chair (主委) is a post."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _roles(found):
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


def test_glued_former_mark_is_no_part_of_the_name():
    found = zh_extract(
        "縣府今日舉辦地方創生論壇，前衛生署署長周志遠、前嘉發會主委陳美華及縣府局處首長出席。"
        "陳美華表示，地方創生需要長期投入。",
        headline="縣府舉辦地方創生論壇",
        date="2025-03-05",
    )
    assert ("Chen Meihua", "other", "嘉發會", "former") in _roles(found)
    assert not any(r.org.startswith("前") for r in found.roles)


def test_glued_former_mark_before_a_hospital():
    found = zh_extract(
        "5月18日下午，在企业联合会名誉会长、原嘉江医院院长胡小明的带领下，代表团参观了园区。",
        headline="企业联合会参观园区",
        date="2025-05-20",
    )
    assert ("Hu Xiaoming", "other", "嘉江医院", "former") in _roles(found)


def test_committee_read_short_keeps_no_earlier_body():
    found = zh_extract(
        "7月24日下午，企业家联谊会一行来到我校开展座谈交流活动。学校党委常委、统战部部长陈大伟致辞，"
        "民盟嘉州市委会专职副主任林小波讲话，会议由统战部副部长杨立生主持。",
        headline="学校举办交流活动",
        date="2025-07-26",
    )
    assert not any(r.person == "Lin Xiaobo" and r.org == "统战部" for r in found.roles)


def test_party_city_committee_chair():
    found = zh_extract(
        "10月16日，民建嘉州市委主委李文山带队赴市医院开展调研。",
        headline="民建嘉州市委开展调研",
        date="2025-10-18",
    )
    assert ("Li Wenshan", "other", "民建嘉州市委", "current") in _roles(found)
