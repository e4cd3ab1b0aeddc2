"""Text hard-wrapped at a fixed width (announcements copied out of PDF files, wire copy) is joined
back before extraction: Chinese lines cut inside a sentence, English line breaks inside a sentence
(made spaces, so offsets hold); other text is left as it is. The text is invented for the tests."""

import hashlib

from kg.read import make_article
from kg.read.unwrap import unwrap_chinese

WRAPPED = (
    "华原银行董事会决议公告\n"
    "    华原银行股份有限公司(以下简称“本行”)董事会会议于二〇二四\n"
    "年三月二日在青州以现场会议方式召开。本次会议由秦立明董事\n"
    "长主持,应出席董事十二名,实际亲自出席董事十二名。本次会议\n"
    "的召开符合《公司法》和本行章程等规定。因工作调动原因,秦立\n"
    "明先生将不再担任本行董事长、执行董事职务。本次会议选举郭浩\n"
    "明先生担任本行董事长,其任职资格尚需报监管机构核准后生效。\n"
    "特此公告。\n"
)


def test_a_wrapped_text_is_joined_inside_sentences():
    text = unwrap_chinese(WRAPPED)
    assert "由秦立明董事长主持" in text
    assert "秦立明先生将不再担任" in text
    assert text.startswith("华原银行董事会决议公告\n")  # the headline is a line of its own
    assert "生效。\n特此公告。" in text  # a line ending a sentence stays one


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
    "The board of Kestrel Mining Ltd, one of the country's largest\n"
    "producers, appointed Anna Berg as its new chief executive, the\n"
    "company announced late on Thursday.\n"
    "The appointment is pending approval from the Mining Regulatory\n"
    "Commission. Paul Novak, spokesman for the company, said the\n"
    "decision was made at a board meeting held on Thursday afternoon.\n"
    "Berg, 51, has been acting head of Harrow Metals' Bank of\n"
    "Commerce since March, and she will take up the post in\n"
    "June after the approval.\n"
)


def test_hard_wrapped_english_lines_that_break_a_sentence_are_joined_in_place():
    from kg.read.unwrap import unwrap_english

    joined = unwrap_english(WRAPPED_EN)
    assert len(joined) == len(WRAPPED_EN)  # the same offsets: a newline becomes a space
    assert "largest producers, appointed" in joined
    assert "Bank of Commerce since" in joined
    assert "Thursday.\nThe appointment" in joined  # a sentence's end stays a line's end


def test_english_with_a_few_short_lines_is_left_as_it_is():
    from kg.read.unwrap import unwrap_english

    text = (
        "Board changes\nKESTREL MINING LTD\nShare code: KML\n"
        "Anna Berg joins the board of\nthe company.\n"
    )
    assert unwrap_english(text) == text
