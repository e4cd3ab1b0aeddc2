"""Chinese roles: a bank's titles (行长, 副行长) are never held at the company printed before them
in the sentence, and a person met ("会见了X公司副总经理，Y集团董事长A") holds the titles at X
printed before the comma as well as those at Y."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_bank_officers_titles_are_not_at_the_visiting_group():
    held = roles_of(
        zh_extract(
            "3月7日，建投集团党委书记、董事长许文涛，党委副书记、总经理吕国强率队赴华信银行东川省分行，"
            "与党委书记、行长孔德明，副行长马立群进行座谈。",
            headline="集团领导拜访华信银行东川省分行",
        )
    )
    assert not [r for r in held if r[0] in ("Kong Deming", "Ma Liqun") and r[2] == "建投集团"]
    assert ("Xu Wentao", "chairman", "建投集团", "current") in held


def test_titles_at_the_parent_before_a_comma_after_a_meeting_verb_are_the_persons():
    held = roles_of(
        zh_extract(
            "3月10日，青溪市委书记周明远会见了华岳控股集团有限公司党组成员、副总经理，"
            "华岳建设集团党委书记、董事长陈志刚一行。",
            headline="周明远会见陈志刚一行",
        )
    )
    assert ("Chen Zhigang", "deputy-general-manager", "华岳控股集团有限公司", "current") in held
    assert ("Chen Zhigang", "chairman", "华岳建设集团", "current") in held
