"""A subsidiary's page that lists the group ("集团公司") and itself side by side: the bare group word
is another body, so a title after it is not a post at the subsidiary."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_group_listed_beside_the_subsidiary_is_not_the_subsidiary():
    body = (
        "3月12日，河西公司召开干部会议，集团公司党组成员、副总经理罗文涛出席会议并讲话。\n\n"
        "罗文涛充分肯定了河西公司近年来的成绩。\n\n"
        "集团公司人资部、河西公司领导班子成员参加会议。"
    )
    found = zh_extract(body, headline="河西公司召开干部会议", date="2024-03-13")
    assert not {r for r in roles_of(found) if r[0] == "Luo Wentao" and r[2] == "河西公司"}


def test_the_headline_company_still_holds_a_bare_group_post():
    body = "3月12日，河西公司召开干部会议，集团公司党委书记、董事长罗文涛出席会议并讲话。"
    found = zh_extract(body, headline="河西公司召开干部会议", date="2024-03-13")
    assert ("Luo Wentao", "chairman", "河西公司", "current") in roles_of(found)
