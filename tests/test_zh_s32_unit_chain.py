"""A title chain ending with a department's title ("党委委员、组织部部长A"): the titles joined before
the department's are not the department's, but the body's named before it (sentences invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_party_member_before_a_departments_head_is_the_colleges():
    found = zh_extract(
        "5月1日，在青山学院，党委书记杨天明，党委委员、副校长李凡成，党委委员、党委宣传部部长刘克强"
        "会见王中一行。",
        headline="青山学院举行座谈会",
    )
    roles = roles_of(found)
    assert ("Liu Keqiang", "party-committee-member", "青山学院", "current") in roles
    assert ("Liu Keqiang", "head", "党委宣传部", "current") in roles
    assert not any(
        r.role == "party-committee-member" and r.org == "党委宣传部" for r in found.roles
    )


def test_party_member_before_a_departments_head_with_no_body_named_has_no_post():
    found = zh_extract(
        "5月1日，党委委员、组织部部长钟大平就我校的基本情况，特别是党建工作向学员进行了介绍。",
        headline="学员来我校参观",
    )
    assert not any(r.role == "party-committee-member" and r.org == "组织部" for r in found.roles)
