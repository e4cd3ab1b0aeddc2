"""Chinese roles: a government printed bare right after a placed committee title in one chain
("X市委常委、市政府常务副市长A") is X's government, not a bare "市政府"."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_bare_city_government_after_the_citys_committee_title_is_that_citys():
    held = roles_of(
        zh_extract(
            "5月8日，宏达集团董事长李国强会见了青川市委常委、市政府常务副市长赵光明一行。",
            headline="李国强会见赵光明一行",
        )
    )
    assert ("Zhao Guangming", "party-committee-member", "青川市委", "current") in held
    posts = {r for r in held if r[0] == "Zhao Guangming" and r[1] != "party-committee-member"}
    assert posts, "no government post"
    assert all(r[2].startswith("青川") for r in posts)


def test_a_bare_district_government_after_the_districts_committee_title_is_that_districts():
    held = roles_of(
        zh_extract(
            "5月8日，柳河区委常委、区政府副区长钱立新到宏达集团调研。",
            headline="钱立新到宏达集团调研",
        )
    )
    posts = {r for r in held if r[0] == "Qian Lixin" and r[1] != "party-committee-member"}
    assert posts, "no government post"
    assert all(r[2].startswith("柳河") for r in posts)
