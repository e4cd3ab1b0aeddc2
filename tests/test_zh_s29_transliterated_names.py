"""A foreign name transliterated in parts joined by a middle dot, printed without its original
("州长伊姆莱·索伯一行"), is a person: its pinyin part by part, its characters as printed. Names of
places, fairs or quoted festivals joined by a dot ("中国·东盟博览会", "「X・Y例大祭」") are none."""

from __future__ import annotations

import pytest
from tests.zh_article import parts_of, zh_extract


def test_a_dotted_transliteration_after_a_title_is_a_person_who_took_part():
    found = zh_extract(
        "5月3日，东岭市市长陈志明会见了来访的鲁里塔尼亚国费恩州州长伊姆莱·索伯一行。",
        headline="东岭市市长会见外宾",
    )
    persons = {p.native: p.name for p in found.persons}
    assert persons.get("伊姆莱·索伯") == "Yimulai Suobo"
    assert "伊姆莱·索伯" in {p.native for p in found.persons if p.name in parts_of(found)}


def test_a_dotted_transliteration_before_a_verb():
    found = zh_extract("5月3日，市长约翰·史密斯出席了东岭市经贸洽谈会。", headline="经贸洽谈会举行")
    assert "约翰·史密斯" in {p.native for p in found.persons}


@pytest.mark.parametrize(
    "sentence",
    [
        "5月3日，中国·东盟博览会在南宁开幕。",
        "5月3日，丝路·长安文化节在西安开幕。",
        "该市的「安房國司祭・鶴谷八幡宮例大祭」被列为文化遗产。",
    ],
)
def test_dotted_names_of_fairs_places_and_quoted_festivals_are_no_persons(sentence):
    found = zh_extract(sentence, headline="文化节开幕")
    assert not [p for p in found.persons if "·" in (p.native or "") or "・" in (p.native or "")]
