"""Chinese lists of titled names after a generic word for the page's organisation ("集团公司党委书记、
董事长A、总经理B"): every name of the list holds its title at the organisation the generic word
stands for, as the first does."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_the_generic_organisation_goes_on_through_the_list():
    held = roles_of(
        zh_extract(
            "1月25日，集团公司党委书记、董事长杨立明、总经理胡建华、常务副总经理杨国兴等一行赴东岭盐业集团有限公司"
            "考察调研，与东岭集团党委书记、董事长章明远进行了座谈交流。杨立明介绍了宏川集团当前基本情况。",
            headline="集团领导赴东岭集团考察调研",
        )
    )
    assert ("Yang Liming", "chairman", "宏川集团", "current") in held
    assert ("Hu Jianhua", "general-manager", "宏川集团", "current") in held
    assert ("Yang Guoxing", "deputy-general-manager", "宏川集团", "current") in held
    assert not [r for r in held if r[0] == "Hu Jianhua" and r[2] != "宏川集团"]


def test_titles_before_an_unknown_body_in_a_chain_still_hold():
    held = roles_of(
        zh_extract(
            "2月18日，青川市卫健委党委委员、计生协专职副会长邹文海到青川市中医医院看望慰问一线医务人员。",
            headline="市卫健委领导到青川市中医医院走访慰问",
        )
    )
    assert ("Zou Wenhai", "party-committee-member", "青川市卫健委", "current") in held
    assert not [r for r in held if r[0] == "Zou Wenhai" and r[2] != "青川市卫健委"]
