"""Chinese: Hong Kong, Macau and Taiwan pages print a name and then its title. A two-character
name jieba does not know, opening a 、-list item right before its title, is a person, not an
organisation; an abbreviation ending in 会 ("公专会") is no person. Sentences written for these
tests; every name is invented."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_an_unknown_two_character_name_before_its_title_is_a_person():
    found = zh_extract(
        "澳门青年协会今日召开会议。李文生副理事长、林强副秘书长也参加了活动。",
        headline="澳门青年协会召开会议",
        date="2021-07-12",
    )
    assert "林强" in {p.native for p in found.persons}
    assert "林强" not in {o.name for o in found.orgs}


def test_the_word_before_a_title_its_holder_follows_is_no_name():
    found = zh_extract(
        "校长会议今日召开。金大校长黄奇出席会议并讲话。",
        headline="校长会议召开",
        date="2021-07-12",
    )
    assert "金大" not in {p.native for p in found.persons}


def test_an_abbreviation_ending_in_hui_is_no_person():
    found = zh_extract(
        "澳门公务协会今日拜会立法会。立法会主席欢迎公专会领导成员的到访，希望公专会继续发挥优势。",
        headline="澳门公务协会拜会立法会",
        date="2021-07-12",
    )
    assert "公专会" not in {p.native for p in found.persons}
