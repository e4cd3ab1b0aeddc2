"""Chinese place titles printed without their place in pages on visiting delegations: the
visitors' place printed in a sentence that tells them coming to "我市" is not the page's city
later on, a bare "市委书记A" leading "X市党政代表团" is X's, and a province's own newspaper
("吉林日报") is no city's."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_bare_secretary_after_visitors_came_to_our_city_is_not_the_visitors_city():
    held = roles_of(
        zh_extract(
            "5月10日，青川市市委书记马德昌、市长吴立群率党政代表团到我市考察。"
            "市委书记孙振华、市长钱卫东与考察团一行座谈。",
            headline="青川市党政代表团到我市考察",
            source="平原日报",
        )
    )
    assert ("Ma Dechang", "party-secretary", "青川市委", "current") in held
    assert not [r for r in held if r[0] in ("Sun Zhenhua", "Qian Weidong") and "青川" in r[2]]


def test_a_bare_secretary_leading_a_delegation_of_a_city_is_that_citys():
    held = roles_of(
        zh_extract(
            "9月21日，市委书记马德昌带领青川市党政代表团到浙江省嘉兴市考察交流。"
            "嘉兴市委书记孙振华会见代表团一行。",
            headline="青川市党政代表团赴嘉兴考察",
        )
    )
    assert ("Ma Dechang", "party-secretary", "青川市委", "current") in held
    assert not [r for r in held if r[0] == "Ma Dechang" and "嘉兴" in r[2]]


def test_a_provinces_own_newspaper_names_no_city():
    held = roles_of(
        zh_extract(
            "12月27日，我市招商项目签约仪式在宾馆举行。市委书记马德昌出席活动。",
            headline="我市举行招商项目签约仪式",
            source="吉林日报",
        )
    )
    assert not [r for r in held if r[0] == "Ma Dechang" and "吉林" in r[2]]
