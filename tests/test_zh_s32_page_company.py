"""The page's own company is the host, never the body of the guests it receives or who came to it:
"公司董事长A会见X集团总经理B" and "X集团总经理B带队到集团公司交流学习" name X as the guests' body, so
the host's bare "公司"/"集团公司" titles get no post at X (the host's name is not printed)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_the_hosts_people_are_not_the_guests_group():
    found = zh_extract(
        "5月6日，公司党委书记、董事长林海涛会见江北宏达控股集团总经理、党委副书记周丽一行。"
        "公司副总经理郑立新陪同会见。",
        headline="5月6日，公司党委书记、董事长林海涛会见江北宏达控股集团总经理周丽一行",
    )
    roles = roles_of(found)
    assert ("Zhou Li", "general-manager", "江北宏达控股集团", "current") in roles
    assert found.main_org is None
    assert not {p for p, _r, _o, _s in roles} & {"Lin Haitao", "Zheng Lixin"}


def test_visitors_who_came_to_the_group_company_are_the_guests():
    found = zh_extract(
        "9月3日，宏达化工集团党委副书记、总经理吴建平带领相关部门负责人到集团公司交流学习并座谈。"
        "集团公司党委书记、董事长钱志远参加座谈。",
        headline="9月3日，宏达化工集团党委副书记、总经理吴建平带领相关部门负责人到集团公司交流学习并座谈",
    )
    guests = {o for p, _r, o, _s in roles_of(found) if p == "Wu Jianping"}
    assert guests and all(o and o.startswith("宏达化工") for o in guests)
    assert found.main_org not in guests
    assert not {o for p, _r, o, _s in roles_of(found) if p == "Qian Zhiyuan"} & guests
