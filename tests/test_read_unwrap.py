"""Text hard-wrapped at a fixed width (announcements copied out of PDF files, wire copy) is joined
back before extraction: Chinese lines cut inside a sentence, English line breaks inside a sentence
(made spaces, so offsets hold); other text is left as it is. The text is invented for the tests."""

import hashlib

from kg.read import make_article
from kg.read.unwrap import unwrap_chinese

WRAPPED = (
    "华原银行董事会决议公告\n"
    "    华原银行股份有限公司(下称“本行”)第八届董事会第五次会议于\n"
    "二〇二四年三月二日在青州以现场表决方式召开，会议由秦立明董事\n"
    "长主持，十一名董事全部亲自到会。会议听取了年度经营汇报。秦立\n"
    "明先生因年龄原因，不再担任本行董事长及执行董事。会议推选郭浩\n"
    "明先生出任本行董事长，该任命须经监管机构核准后方可生效。董事\n"
    "会同时审议通过了本年度财务预算方案及风险管理报告等议案。\n"
    "特此公告。\n"
)


def test_a_wrapped_text_is_joined_inside_sentences():
    text = unwrap_chinese(WRAPPED)
    assert "由秦立明董事长主持" in text
    assert "秦立明先生因年龄原因" in text
    assert text.startswith("华原银行董事会决议公告\n")  # the headline is a line of its own
    assert "议案。\n特此公告。" in text  # a line ending a sentence stays one


def test_unwrapped_names_are_read():
    article = make_article("x.txt", WRAPPED)
    assert "秦立明董事长主持" in article.body


def test_ordinary_paragraphs_are_left_alone():
    text = "虚构标题\n第一段说明了会议的内容和参加的人员名单。\n第二段很短\n第三段也很短。\n"
    assert unwrap_chinese(text) == text


def test_the_article_keeps_the_digest_of_what_was_read():
    article = make_article("x.txt", WRAPPED)
    assert article.sha256 == hashlib.sha256(WRAPPED.encode("utf-8")).hexdigest()


WRAPPED_EN = (
    "Kestrel Mining Ltd, which runs three of the region's biggest\n"
    "open-pit mines, named Anna Berg its next chief executive in a\n"
    "statement issued on Thursday.\n"
    "The choice still needs the consent of the Mining Regulatory\n"
    "Commission. Paul Novak, who speaks for the miner, told reporters\n"
    "that directors had agreed on her at a meeting that morning.\n"
    "Berg, 51, has led Harrow Metals' Bank of\n"
    "Commerce unit since March and expects to move across in\n"
    "June once the regulator agrees.\n"
)


def test_hard_wrapped_english_lines_that_break_a_sentence_are_joined_in_place():
    from kg.read.unwrap import unwrap_english

    joined = unwrap_english(WRAPPED_EN)
    assert len(joined) == len(WRAPPED_EN)  # the same offsets: a newline becomes a space
    assert "biggest open-pit mines, named" in joined
    assert "Bank of Commerce unit" in joined
    assert "Thursday.\nThe choice" in joined  # a sentence's end stays a line's end


def test_english_with_a_few_short_lines_is_left_as_it_is():
    from kg.read.unwrap import unwrap_english

    text = (
        "Board changes\nKESTREL MINING LTD\nShare code: KML\n"
        "Anna Berg joins the board of\nthe company.\n"
    )
    assert unwrap_english(text) == text
