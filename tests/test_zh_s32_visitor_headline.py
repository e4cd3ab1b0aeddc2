"""A headline "X学院来访" tells the visitors coming to the publisher: X is the guests' body, and the
publisher's bare titles (校党委书记A) are not X's posts."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_visitor_headline_is_not_the_page_org():
    found = zh_extract(
        "5月8日下午,青川师范学院党委书记周明远一行来我校调研。校党委书记李海涛,"
        "党委副书记王建军与客人进行了座谈交流。李海涛介绍了学校的办学历史。",
        headline="青川师范学院来访",
    )
    assert found.main_org != "青川师范学院"
    assert not any(
        r[2] == "青川师范学院" and r[0] in ("Li Haitao", "Wang Jianjun") for r in roles_of(found)
    )
