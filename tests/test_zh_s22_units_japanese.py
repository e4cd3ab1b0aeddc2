"""Japanese names printed in Chinese next to their title are persons, read by a Japanese family
name of the lexicon where no Chinese name fits; a company or a city named after a family name is
no person. Invented sentences only."""

import pytest
from tests.zh_article import zh_extract


def natives(sentence: str) -> set[str]:
    return {p.native for p in zh_extract(sentence).persons}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("5月6日，北海道大学校長佐藤健吾出席會議。", "佐藤健吾"),  # after the title
        ("訪問團並由菅原一成議員陪同。", "菅原一成"),  # before it, after a function word
        ("日本愛知縣岡崎市長谷川一郎市長率團拜會。", "長谷川一郎"),  # after a city's name
        ("5月6日，日本驻沪总领事馆领事藤井浩出席会议。", "藤井浩"),
    ],
)
def test_a_japanese_name_next_to_its_title_is_a_person(sentence, name):
    assert name in natives(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["松本市市長出席，大阪大學校長木村正一致辭。", "佐藤工业社长发言，大阪大學校長木村正一致辭。"],
)
def test_a_city_or_company_named_for_a_family_is_no_person(sentence):
    assert natives(sentence) == {"木村正一"}
