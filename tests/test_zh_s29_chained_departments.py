"""A bare department of a Party committee after that committee's placed title in one chain."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _orgs(found) -> set[str]:
    return {o.name for o in found.orgs}


def test_department_after_placed_committee_title_is_that_committees():
    found = zh_extract(
        "江川市委常委、宣传部部长李明远出席会议。江川市委常委、组织部部长王德华讲话。",
        headline="江川市召开宣传工作会议",
    )
    roles = roles_of(found)
    assert ("Li Mingyuan", "head", "江川市委宣传部", "current") in roles
    assert ("Wang Dehua", "head", "江川市委组织部", "current") in roles
    assert ("Li Mingyuan", "party-committee-member", "江川市委", "current") in roles
    assert not {"宣传部", "组织部"} & _orgs(found)


def test_department_of_a_province_committee_in_traditional_script():
    found = zh_extract(
        "南江省委常委、統戰部部長陳立群出席。",
        headline="南江省舉行座談會",
    )
    assert any(
        r.person == "Chen Liqun" and r.role == "head" and r.org.startswith("南江省委")
        for r in found.roles
    )


def test_department_without_a_placed_committee_is_left_as_it_was():
    found = zh_extract("宣传部部长李明远出席会议。", headline="宏达集团召开会议")
    assert not any(r.org.endswith("委宣传部") for r in found.roles)
