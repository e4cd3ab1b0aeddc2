"""A county's or city's councillors ("X縣議員A", "縣議員B、C" on a page of the county) are members
of the place's council, not of the place; a secretary-general of the government's short form
("縣府秘書長A") is the page's county government's; a verb or a body's unit before such a title is
no place ("委派縣府秘書長A", "X辦公室主任、縣議員B").

All persons, places and sentences here are invented for the tests."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_bare_county_councillors_are_the_pages_county_council():
    found = zh_extract(
        "柏原縣政府10日舉行防汛演習，縣長蔣正平到場督導，縣議員馮子航、韓若萍、曹立群也一同觀摩。",
        headline="柏原縣政府舉行防汛演習",
    )
    roles = roles_of(found)
    for person in ("Feng Zihang", "Han Ruoping", "Cao Liqun"):
        assert (person, "other", "柏原縣議會", "current") in roles or (
            person,
            "other",
            "柏原县议会",
            "current",
        ) in roles


def test_placed_city_councillor_is_the_city_council_simplified():
    found = zh_extract(
        "柏原市政府今日举行会议，柏原市议员赵小川出席。",
        headline="柏原市政府举行会议",
    )
    orgs = {o for p, _, o, _ in roles_of(found) if p == "Zhao Xiaochuan"}
    assert orgs & {"柏原市议会", "柏原市議會"}
    assert not orgs & {"柏原市", "柏原市政府"}


def test_county_government_short_form_secretary_general():
    found = zh_extract(
        "柏原縣政府今天表示，縣長蔣正平因病住院休養，委派縣府秘書長馮子航代為主持預算協調會。",
        headline="縣長住院休養",
    )
    orgs = {o for p, _, o, _ in roles_of(found) if p == "Feng Zihang"}
    assert orgs and all(o.startswith("柏原") for o in orgs)
