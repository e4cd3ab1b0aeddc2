"""Japanese names printed in Chinese next to their title are persons, read by a Japanese family
name of the lexicon where no Chinese name fits; a company or a city named after a family name is
no person. Invented sentences only."""

import pytest
from tests.zh_article import zh_extract


def natives(sentence: str) -> set[str]:
    return {p.native for p in zh_extract(sentence).persons if p.native}


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
    "sentence, name",
    [
        ("日本貿易協會伊藤健二所長出席會議。", "伊藤健二"),  # after an organisation's name
        ("日本贸易协会伊藤健二所长出席会议。", "伊藤健二"),
        ("曾獲頒榮譽市民的佐藤一郎議員出席會議。", "佐藤一郎"),  # after 的
        ("日本某縣議員聯盟會長中村健一率團拜會市議會。", "中村健一"),  # a common family name
        ("日本某县议员联盟会长中村健一率团访问。", "中村健一"),
    ],
)
def test_a_japanese_name_after_an_organisation_or_de_is_a_person(sentence, name):
    assert name in natives(sentence)


def test_a_japanese_family_name_is_not_cut_off_after_an_organisation():
    found = natives("東京台灣商會松田美子會長出席會議。")
    assert "松田美子" in found and "田美子" not in found


@pytest.mark.parametrize(
    "sentence",
    ["松本市市長出席，大阪大學校長木村正一致辭。", "佐藤工业社长发言，大阪大學校長木村正一致辭。"],
)
def test_a_city_or_company_named_for_a_family_is_no_person(sentence):
    assert natives(sentence) == {"木村正一"}


def test_a_title_after_a_university_s_bracketed_english_name_is_that_university_s():
    from kg.extract import extract_article
    from kg.read import make_article

    found = extract_article(
        make_article(
            "x.txt",
            "虚构新闻标题\n2024年3月2日\n國立某某大學校長林文雄與姊妹校日本北海商科大學 (Hokkai "
            "Commerce University)校長高橋健司,於2024年3月1日共同簽署合作備忘錄。\n",
        )
    )
    posts = {(r.person, r.org) for r in found.roles}
    takahashi = [p.name for p in found.persons if p.native == "高橋健司"]
    assert takahashi
    assert (takahashi[0], "日本北海商科大學") in posts or (takahashi[0], "北海商科大學") in posts
    assert (takahashi[0], "國立某某大學") not in posts
