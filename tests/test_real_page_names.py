"""Person names as real pages print them: an honorific before a name with a bare middle initial,
a nationality before a name, a two-word place as a subject, a career link after a list joiner.
Every name and sentence here is invented for the tests."""

from kg.extract import extract_article
from kg.read import make_article


def persons(text: str) -> list[str]:
    article = make_article("x.txt", text)
    return [p.name for p in extract_article(article).persons]


def test_an_honorific_is_no_part_of_the_name_and_a_bare_initial_is():
    got = persons(
        "Invented news\nMarch 3, 2021\nThe Secretary for Tides, Mr Gregory H Lowe, and "
        "Mr K T Ho attended the ceremony.\n"
    )
    assert got == ["Gregory H Lowe", "K T Ho"]


def test_a_nationality_before_a_name_is_no_part_of_it():
    got = persons(
        "Invented news\nMarch 3, 2021\nThe bank said American Michael Dunn, chief executive of "
        "Norland Bank, attended.\n"
    )
    assert got == ["Michael Dunn"]


def test_a_two_word_place_is_no_person():
    assert persons("Invented news\nMarch 3, 2021\nHong Kong said the talks went well.\n") == []


def test_a_career_link_after_a_joiner_is_no_name():
    got = persons(
        "虚构新闻标题用于测试\n2024年3月2日\n"
        "青州大学法学院院长程嘉言及曾出任消费者事务委员会委员的闵启航获委任为新成员。\n"
    )
    assert "Zeng Chu" not in got
    assert "Cheng Jiayan" in got


def test_accented_latin_letters_are_letters_of_a_name():
    got = persons(
        "Invented news\nMarch 3, 2021\nLü Weiming, a member of the Standing Committee of the "
        "Qinghe Municipal Party Committee, attended. José Ramos, chief executive of Norland "
        "Bank, said profits rose.\n"
    )
    assert got == ["Lü Weiming", "José Ramos"]


def test_a_courtesy_title_and_one_word_names_that_word_only_and_a_sheikh_his_name():
    # "Mr Dalby" on a page that never names him in full: the page's only name for him
    got = persons(
        "Invented news\nMarch 3, 2021\nSheikh Hasana met Mr Dalby and Qinghe Leaders on Monday.\n"
    )
    assert got == ["Sheikh Hasana", "Dalby"]


def test_ordinary_words_are_no_chinese_names():
    got = persons(
        "虚构新闻标题用于测试\n2024年3月2日\n项目以智慧工地建设为抓手，完成施工图审查，参观了赵州桥。\n"
    )
    assert got == []
