"""A place's body named once with its place and then by its level alone ("X縣農會" ... "縣農會理事長A")
is the one body the page names; in a list of township heads ("、X鄉長A、Y鄉長B") each item's own
place, even one jieba does not read as a place, is the head's, not the previous item's.

All persons, places and sentences here are invented for the tests."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_county_farmers_association_by_its_level_alone_is_the_named_one():
    found = zh_extract(
        "柏原縣農會12日舉辦稻米評鑑頒獎典禮。"
        "縣農會理事長馮子航、常務監事韓若萍、總幹事曹立群為得獎農友頒獎，副縣長蔣正平致詞。",
        headline="柏原縣農會稻米評鑑頒獎",
    )
    roles = roles_of(found)
    for person in ("Feng Zihang", "Han Ruoping", "Cao Liqun"):
        assert (person, "other", "柏原縣農會", "current") in roles
    assert "縣農會" not in {o.name for o in found.orgs}


def test_county_farmers_association_short_form_simplified():
    found = zh_extract(
        "柏原县农会今天召开会员代表大会。县农会理事长冯子航致词，副县长蒋正平列席。",
        headline="柏原县农会召开会员代表大会",
    )
    assert ("Feng Zihang", "other", "柏原县农会", "current") in roles_of(found)
    assert "县农会" not in {o.name for o in found.orgs}


def test_two_councils_leave_the_short_form_alone():
    found = zh_extract(
        "柏原市議會議長馮子航帶隊參訪松川市議會，雙方就預算審議交換意見。"
        "市議會秘書處並安排參觀議場。",
        headline="柏原市議會參訪松川市議會",
    )
    assert not any("市議會" in o.aliases for o in found.orgs)


def test_listed_township_heads_keep_their_own_towns():
    found = zh_extract(
        "縣議員韓若萍、松嶺鄉長曹立群、黍田鄉長宋雨岑、楓溪鄉長杜明遠出席。",
        headline="縣府舉辦道路安全宣導",
    )
    roles = {(p, o) for p, _, o, _ in roles_of(found)}
    assert ("Song Yucen", "松嶺鄉") not in roles
    assert ("Song Yucen", "黍田鄉") in roles


def test_listed_township_heads_keep_their_own_towns_simplified():
    found = zh_extract(
        "副县长蒋正平、松岭乡长曹立群、黍田乡长宋雨岑出席。",
        headline="县政府举办道路安全宣导",
    )
    roles = {(p, o) for p, _, o, _ in roles_of(found)}
    assert ("Song Yucen", "松岭乡") not in roles
    assert ("Song Yucen", "黍田乡") in roles
