"""Chinese roles: a lone 前 ("former") before an organisation and its title marks a former post
and is no part of the organisation's name ("前|某协会|会长A" is A's former post at 某协会)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_former_mark_before_a_ministry_is_no_part_of_its_name():
    found = zh_extract(
        "典礼现场贵宾云集，前教育部部长韩思远、前外交部部长钟立行等人应邀致词。",
        headline="青禾体育协会举行理事长交接典礼",
    )
    assert "前教育部" not in {o.name for o in found.orgs}
    held = roles_of(found)
    assert any(r[0] == "Han Siyuan" and r[2] == "教育部" and r[3] == "former" for r in held)


def test_a_former_mark_opening_a_clause_marks_a_former_chairman():
    found = zh_extract(
        "前东方奥会主席林望川与奥会员工道别。新任东方奥会主席蔡明德表示将持续精进。",
        headline="东方奥会新旧任主席完成交接",
    )
    assert "前东方奥会" not in {o.name for o in found.orgs}
    assert ("Lin Wangchuan", "other", "东方奥会", "former") in roles_of(found)


def test_a_place_name_opening_with_the_mark_keeps_it():
    found = zh_extract("前海管理局局长郑立群出席活动。", headline="前海举行招商活动")
    assert not any(o.name == "海管理局" for o in found.orgs)
