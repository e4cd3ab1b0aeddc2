"""Chinese: a clause opened by a word that points back ("该集团注册地为X，董事长为A，总经理由B
担任") gives its titles the organisation named before that word, not the page's own. Sentences
written for these tests; every name is invented."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

_TEXT = (
    "青岚铝业集团董事长蒲晓东出席会议。另据了解，华远矿业集团于2021年3月5日在成都挂牌，注册资本50亿元。"
    "该集团总部设在成都高新区，法定代表人、董事长为柯文涛，总经理由宁海波担任。"
)


def test_titles_of_a_clause_whose_subject_points_back():
    got = roles_of(zh_extract(_TEXT, headline="青岚铝业集团召开会议", date="2022-07-20"))
    assert ("Ke Wentao", "chairman", "华远矿业集团", "current") in got
    assert ("Ning Haibo", "general-manager", "华远矿业集团", "current") in got
    assert not any(p in ("Ke Wentao", "Ning Haibo") and o == "青岚铝业集团" for p, _r, o, _s in got)


def test_a_pointing_word_of_a_kind_takes_an_organisation_of_that_kind():
    text = (
        "青岚铝业集团董事长蒲晓东出席。华远大学与青岚铝业集团签约。该校创建于1952年，校长为柯文涛。"
    )
    got = roles_of(zh_extract(text, headline="青岚铝业集团签约", date="2022-07-20"))
    # the last named before 该校 is the group, not a school: the school's head is not guessed
    assert not any(p == "Ke Wentao" and o == "青岚铝业集团" for p, _r, o, _s in got)


def test_a_clause_naming_its_own_organisation_keeps_it():
    text = "华远矿业集团成立。该集团与青岚铝业集团合作，青岚铝业集团总经理由宁海波担任。"
    got = roles_of(zh_extract(text, headline="合作", date="2022-07-20"))
    assert ("Ning Haibo", "general-manager", "青岚铝业集团", "current") in got


def test_a_predicate_name_jieba_cuts_is_read():
    text = "华远矿业集团召开会议。会上宣布，华远矿业集团董事长为柯文涛，总经理由杜明远担任。"
    got = roles_of(zh_extract(text, headline="华远矿业集团召开会议", date="2022-07-20"))
    assert ("Ke Wentao", "chairman", "华远矿业集团", "current") in got
    assert ("Du Mingyuan", "general-manager", "华远矿业集团", "current") in got


def test_a_predicate_title_before_an_ordinary_word_names_no_one():
    text = "华远矿业集团召开会议。会上，华远矿业集团董事长为关键岗位人员作了辅导。"
    found = zh_extract(text, headline="华远矿业集团召开会议", date="2022-07-20")
    assert not found.persons


def test_a_three_character_name_glued_to_yu_and_a_dated_link_with_a_quoted_word():
    text = (
        "华远矿业集团召开会议。据介绍，蒲晓东于2017年3月“空降”担任华远矿业集团董事长，"
        "此前长期在青岚集团任职。"
    )
    got = roles_of(zh_extract(text, headline="华远矿业集团召开会议", date="2022-07-20"))
    assert ("Pu Xiaodong", "chairman", "华远矿业集团", "former") in got
