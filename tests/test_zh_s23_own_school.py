"""The page's own school ("校党委书记A", "校长A") when the page names only other schools (sentences
written for these tests; every name and school is invented): a school its people travel to, a
school whose delegation visits ("对我校进行了访问"), and the page's own colleges named by their
field ("外语学院") are none of them the page's school."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _orgs_of(found, person: str) -> set[str]:
    return {org for p, _, org, _ in roles_of(found) if p == person}


def test_a_school_the_page_s_people_travel_to_is_not_theirs():
    found = zh_extract(
        "6月5日，应青川理工大学邀请，校党委书记罗志明、校长助理宋海波一行三人赴青川理工大学访问，"
        "受到青川理工大学校长韩立新的热情接待。",
        headline="6月5日，应青川理工大学邀请，校党委书记罗志明一行赴青川理工大学访问",
    )
    assert "青川理工大学" not in _orgs_of(found, "Luo Zhiming")


def test_a_visiting_school_is_not_the_page_s():
    found = zh_extract(
        "9月8日至11日，北湖州立大学校长访问团一行4人对我校进行了访问。9月8日上午，校长苗德全在图书馆"
        "会见了访问团全体成员。副校长陶仁义参加了会见。",
        headline="9月8日至11日，北湖州立大学校长访问团一行4人对我校进行了访问。",
    )
    assert "北湖州立大学" not in _orgs_of(found, "Miao Dequan")
    assert "北湖州立大学" not in _orgs_of(found, "Tao Renyi")


def test_the_page_s_own_colleges_are_not_its_school():
    found = zh_extract(
        "9月11日中午，校党委书记苗德全会见访问团一行。外语学院、经济学院等院系负责人参加了会见。",
        headline="校党委书记会见来宾",
    )
    assert not _orgs_of(found, "Miao Dequan")
