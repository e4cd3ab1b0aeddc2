"""Chinese: a vice minister printed with the ministry ("經濟部政務次長A", "外交部常务次长B") holds a
post at it, and a company's title printed bare later in the sentence ("原董事長C") is not the
ministry's; a publisher named in a credit line the body blanks ("【X報記者A/Y報導】") keeps the
characters the page prints. Sentences written for these tests; every name is invented."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article
from tests.zh_article import roles_of, zh_extract


def test_a_vice_minister_in_traditional_characters_holds_a_post_at_the_ministry():
    text = "3月2日，青嶺電力舉行交接典禮，由經濟部政務次長陳正明監交，教育部常務次長劉志明出席。"
    got = roles_of(zh_extract(text, headline="青嶺電力舉行交接典禮", date="2024-03-03"))
    assert ("Chen Zhengming", "other", "經濟部", "current") in got
    assert ("Liu Zhiming", "other", "教育部", "current") in got


def test_a_vice_minister_in_simplified_characters_holds_a_post_at_the_ministry():
    text = "3月2日，青岭电力举行交接典礼，由经济部次长陈正明监交。"
    got = roles_of(zh_extract(text, headline="青岭电力举行交接典礼", date="2024-03-03"))
    assert ("Chen Zhengming", "other", "经济部", "current") in got


def test_a_company_title_after_a_ministry_in_the_sentence_is_the_company_s():
    text = (
        "3月2日，青嶺電力舉行新卸任董事長交接典禮，由經濟部政務次長陳正明監交，"
        "原董事長寧海波與總經理劉志明卸任。"
    )
    got = roles_of(zh_extract(text, headline="青嶺電力舉行交接典禮", date="2024-03-03"))
    assert any(p == "Chen Zhengming" and o == "經濟部" for p, _r, o, _s in got)
    assert not any(o == "經濟部" and p != "Chen Zhengming" for p, _r, o, _s in got)
    assert any(p == "Ning Haibo" and r == "chairman" and o != "經濟部" for p, r, o, _s in got)


def test_a_company_title_after_a_minister_in_simplified_characters_is_the_company_s():
    text = (
        "3月2日，青岭电力举行交接典礼，由经济部部长陈正明监交，原董事长宁海波与总经理刘志明卸任。"
    )
    got = roles_of(zh_extract(text, headline="青岭电力举行交接典礼", date="2024-03-03"))
    assert not any(o == "经济部" and p != "Chen Zhengming" for p, _r, o, _s in got)


def test_a_publisher_of_a_blanked_credit_line_keeps_its_printed_characters():
    page = (
        "青嶺電力舉行交接典禮\n\n2024-03-03\n\n【東川晚報記者王林/臺南報導】"
        "3月2日，青嶺電力舉行交接典禮，董事長陳正明主持。\n"
    )
    names = {o.name for o in extract_article(make_article("x.txt", page)).orgs}
    assert "東川晚報" in names
    assert "东川晚报" not in names
