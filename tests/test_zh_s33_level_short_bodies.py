"""A place's body named once with its place and then by its level alone ("X縣農會" ... "縣農會理事長A")
is the one body the page names; in a list of township heads ("、X鄉長A、Y鄉長B") each item's own
place, even one jieba does not read as a place, is the head's, not the previous item's."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_county_farmers_association_by_its_level_alone_is_the_named_one():
    found = zh_extract(
        "柏原縣農會8日舉辦農民節表揚大會。副縣長林大明到場恭賀，"
        "並與縣農會理事長趙小川、常務監事周小石、總幹事吳小峰頒獎。",
        headline="柏原縣農會慶祝農民節",
    )
    roles = roles_of(found)
    for person in ("Zhao Xiaochuan", "Zhou Xiaoshi", "Wu Xiaofeng"):
        assert (person, "other", "柏原縣農會", "current") in roles
    assert "縣農會" not in {o.name for o in found.orgs}


def test_county_farmers_association_short_form_simplified():
    found = zh_extract(
        "柏原县农会今日举行交接典礼。县农会理事长赵小川主持，县长林大明观礼。",
        headline="柏原县农会交接典礼",
    )
    assert ("Zhao Xiaochuan", "other", "柏原县农会", "current") in roles_of(found)
    assert "县农会" not in {o.name for o in found.orgs}


def test_two_councils_leave_the_short_form_alone():
    found = zh_extract(
        "柏原市議會議長趙小川率團拜會松川市議會，由副議長周小石接見。市議會同仁熱情招待。",
        headline="柏原市議會拜會松川市議會",
    )
    assert not any("市議會" in o.aliases for o in found.orgs)


def test_listed_township_heads_keep_their_own_towns():
    found = zh_extract(
        "立委陳大明、柏坪鄉長李小菁、禾竹鄉長黃小家、溪坡鄉長孫小聰出席。",
        headline="縣府舉行農民節大會",
    )
    roles = {(p, o) for p, _, o, _ in roles_of(found)}
    assert ("Huang Xiaojia", "柏坪鄉") not in roles
    assert ("Huang Xiaojia", "禾竹鄉") in roles


def test_listed_township_heads_keep_their_own_towns_simplified():
    found = zh_extract(
        "县长陈大明、柏坪乡长李小菁、禾竹乡长黄小家出席。",
        headline="县政府举行农民节大会",
    )
    roles = {(p, o) for p, _, o, _ in roles_of(found)}
    assert ("Huang Xiaojia", "柏坪乡") not in roles
    assert ("Huang Xiaojia", "禾竹乡") in roles
