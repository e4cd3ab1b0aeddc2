"""Traditional-Chinese posts of a council and a county printed without their body: a speaker
("議長A", "副議長B") right after the council is named is the council's; a county head ("縣長A")
on a page that names one county only is that county's."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_speakers_named_right_after_the_council():
    found = zh_extract(
        "友好城市訪問團5月3日下午抵達花蓮縣議會，受到議長林大同、副議長陳小東熱烈歡迎，"
        "雙方就觀光交流交換意見。",
        headline="友好城市訪問團拜會議會",
        date="2025-05-05",
    )
    roles = roles_of(found)
    assert ("Lin Datong", "other", "花蓮縣議會", "current") in roles
    assert ("Chen Xiaodong", "other", "花蓮縣議會", "current") in roles


def test_speaker_in_the_sentence_after_the_council():
    found = zh_extract(
        "訪問團昨日前往花蓮縣議會拜會。議長林大同也到場歡迎，並引領訪賓參觀議事廳。",
        headline="訪問團拜會議會",
        date="2025-05-05",
    )
    assert ("Lin Datong", "other", "花蓮縣議會", "current") in roles_of(found)


def test_county_head_of_the_one_county_named_in_the_headline():
    found = zh_extract(
        "農民學院今日舉辦落成典禮，由縣長王明德、青山農會理事長周志遠共同剪綵。"
        "縣長王明德表示，農民將有更好的學習環境。",
        headline="宜蘭縣農民學院落成",
        date="2025-05-05",
    )
    assert ("Wang Mingde", "other", "宜蘭縣", "current") in roles_of(found)


def test_county_head_of_the_county_opening_a_body_name():
    found = zh_extract(
        "宜蘭縣工商協進會今日舉辦新春團拜，縣長許大華、副縣長鄭志明到場致詞。",
        headline="工商協進會新春團拜",
        date="2025-05-05",
    )
    roles = roles_of(found)
    assert ("Xu Dahua", "other", "宜蘭縣", "current") in roles
    assert ("Zheng Zhiming", "other", "宜蘭縣", "current") in roles


def test_no_county_head_when_the_page_names_two_counties():
    found = zh_extract(
        "宜蘭縣工商協進會今日舉辦新春團拜，縣長許大華到場致詞，花蓮縣工商協進會也派代表出席。",
        headline="工商協進會新春團拜",
        date="2025-05-05",
    )
    assert not any(r.person == "Xu Dahua" for r in found.roles)
