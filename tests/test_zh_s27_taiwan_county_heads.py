"""Traditional-Chinese pages of Taiwan's counties and councils (sentences written for these tests;
every person is invented): county heads in a list whose county jieba reads as a name, a name
after a title ending like a unit, a council's speaker and the visiting council's, a mayor called
by family name after a preposition, and words glued to a name."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _roles(found) -> set[tuple[str, str]]:
    return {(r.person, r.org) for r in found.roles}


def _natives(found) -> set[str]:
    return {p.native or p.name for p in found.persons}


def test_county_heads_listed_each_at_their_own_county():
    found = zh_extract(
        "嘉義市政府今天舉辦首長會議，南投縣長周文雅、苗栗縣長馮立群、花蓮縣長鄧志遠等首長出席。",
        headline="首長會議今天舉行",
    )
    people = {p.native: p.name for p in found.persons}
    by_person = {(r.person, r.org) for r in found.roles}
    assert (people["馮立群"], "苗栗縣") in by_person
    assert (people["鄧志遠"], "花蓮縣") in by_person
    assert not any(r.person == people["馮立群"] and r.org == "南投縣" for r in found.roles)


def test_a_name_after_a_title_ending_like_a_unit_is_no_organisation():
    found = zh_extract(
        "首長會議今天舉行，南投縣長周文雅、新竹縣長彭文科出席並交流意見。",
        headline="首長會議今天舉行",
    )
    assert "彭文科" not in {o.native or o.name for o in found.orgs}


def test_the_visiting_councils_speaker_is_not_the_hosts():
    found = zh_extract(
        "此次考察由趙明光議長領隊。台南市議會訪團第一站抵達彰化縣議會，受到劉世安議長熱烈歡迎。"
        "趙明光議長表示，大家都很期待這次交流。",
        headline="市議會訪團參訪彰化",
    )
    people = {p.native: p.name for p in found.persons}
    assert (people["劉世安"], "彰化縣議會") in _roles(found)
    assert (people["趙明光"], "彰化縣議會") not in _roles(found)


def test_a_mayor_called_by_family_name_after_a_preposition_is_no_person():
    found = zh_extract(
        "此次出訪由盧市長率隊，為期6天，預計下週返台。",
        headline="市長率團出訪",
    )
    assert "由盧" not in _natives(found)


def test_a_name_before_acting_for_a_post_ends_before_it():
    found = zh_extract(
        "董事長一職2月出缺，由經濟部政務次長陸文生暫代，4月起由新人接任。",
        headline="董事長出缺",
    )
    assert "陸文生暫" not in _natives(found)


def test_a_negation_and_a_short_title_are_no_given_names():
    found = zh_extract(
        "總召立委莊蔚今天出席會議，縣長汪蔚未出席。傅總召則表示，攸關民生的議題刻不容緩。",
        headline="爭取中央經費",
    )
    assert "蔚未" not in _natives(found)
    assert "傅總召" not in _natives(found)
