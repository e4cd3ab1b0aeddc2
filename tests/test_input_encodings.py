"""Encodings are detected, not guessed silently wrong; undecodable bytes name the file and the offset."""

from __future__ import annotations

import codecs

import pytest
from kg.read import ArticleError, read_article
from kg.read.decode import decode_bytes
from tests.input_samples import (
    EN_ARTICLE,
    EN_ARTICLE_TYPOGRAPHIC,
    ZH_ARTICLE,
    ZH_ARTICLE_TRADITIONAL,
)

CASES = [  # (id, text, bytes as a file would hold them)
    ("utf8", EN_ARTICLE, EN_ARTICLE.encode("utf-8")),
    ("utf8-zh", ZH_ARTICLE, ZH_ARTICLE.encode("utf-8")),
    ("utf8-bom", ZH_ARTICLE, codecs.BOM_UTF8 + ZH_ARTICLE.encode("utf-8")),
    ("utf16-le-bom", ZH_ARTICLE, codecs.BOM_UTF16_LE + ZH_ARTICLE.encode("utf-16-le")),
    ("utf16-be-bom", ZH_ARTICLE, codecs.BOM_UTF16_BE + ZH_ARTICLE.encode("utf-16-be")),
    ("utf16-le-no-bom", ZH_ARTICLE, ZH_ARTICLE.encode("utf-16-le")),
    ("utf16-be-no-bom", ZH_ARTICLE, ZH_ARTICLE.encode("utf-16-be")),
    ("utf16-le-no-bom-en", EN_ARTICLE, EN_ARTICLE.encode("utf-16-le")),
    ("utf32-bom", ZH_ARTICLE, codecs.BOM_UTF32_LE + ZH_ARTICLE.encode("utf-32-le")),
    ("gb18030", ZH_ARTICLE, ZH_ARTICLE.encode("gb18030")),
    ("gbk", ZH_ARTICLE, ZH_ARTICLE.encode("gbk")),
    ("gb2312", ZH_ARTICLE, ZH_ARTICLE.encode("gb2312")),
    ("big5", ZH_ARTICLE_TRADITIONAL, ZH_ARTICLE_TRADITIONAL.encode("big5")),
    ("gb18030-traditional", ZH_ARTICLE_TRADITIONAL, ZH_ARTICLE_TRADITIONAL.encode("gb18030")),
    ("cp1252", EN_ARTICLE_TYPOGRAPHIC, EN_ARTICLE_TYPOGRAPHIC.encode("cp1252")),
    ("crlf", EN_ARTICLE, EN_ARTICLE.replace("\n", "\r\n").encode("utf-8")),
]


@pytest.mark.parametrize("text, data", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_input_encoding_read_exactly(tmp_path, text, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text == text
    assert article.language == ("zh" if text in (ZH_ARTICLE, ZH_ARTICLE_TRADITIONAL) else "en")
    assert str(article.published) == "2031-04-12"


@pytest.mark.parametrize("size", [40, 80, 200])
@pytest.mark.parametrize("text, encoding", [(ZH_ARTICLE, "gbk"), (ZH_ARTICLE_TRADITIONAL, "big5")])
def test_input_encoding_short_chinese_pieces(text, encoding, size):
    """Even a short piece is not read with the other Chinese codec."""
    piece = text[:size]
    assert decode_bytes(piece.encode(encoding), "x.txt") == piece


def test_input_encoding_big5_is_not_read_as_gbk():
    data = ZH_ARTICLE_TRADITIONAL.encode("big5")
    assert data.decode(
        "gb18030"
    )  # the wrong codec decodes without error: detection must not stop there
    assert decode_bytes(data, "x.txt") == ZH_ARTICLE_TRADITIONAL


@pytest.mark.parametrize("text", [ZH_ARTICLE, EN_ARTICLE_TYPOGRAPHIC])
@pytest.mark.parametrize("where", [0, 17, 101])
def test_input_encoding_damaged_utf8_names_file_and_offset(tmp_path, text, where):
    good = text.encode("utf-8")
    cut = len(good[:where].decode("utf-8", errors="ignore").encode("utf-8"))  # a character boundary
    path = tmp_path / "damaged.txt"
    path.write_bytes(good[:cut] + b"\xff" + good[cut:])
    with pytest.raises(ArticleError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith("damaged.txt: ")
    assert f"byte offset {cut}" in message
    assert "\n" not in message


def test_input_encoding_bad_bytes_after_bom_give_offset(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"abc" + b"\xc3\x28" + EN_ARTICLE.encode())
    with pytest.raises(ArticleError, match=r"bom.txt: not valid UTF-8 at byte offset 6"):
        read_article(path)


def test_input_encoding_stray_bytes_in_english_are_reported_as_damage(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(EN_ARTICLE.encode() + b"\xff\x81\xff\x90\x9d")
    with pytest.raises(
        ArticleError,
        match=rf"odd.txt: not valid UTF-8 at byte offset {len(EN_ARTICLE)} "
        r"\(the rest of the file is UTF-8\)",
    ):
        read_article(path)


def test_input_encoding_no_supported_encoding_fits(tmp_path):
    path = tmp_path / "odd.txt"
    noise = bytes((37 * i + 11) % 96 + 160 for i in range(400))  # high bytes only, no pattern
    path.write_bytes(b"Report\n" + noise)
    with pytest.raises(
        ArticleError,
        match=r"odd.txt: not valid UTF-8 at byte offset 7, and no supported encoding",
    ):
        read_article(path)


@pytest.mark.parametrize(
    "declared, encoding", [("gb2312", "gbk"), ("GBK", "gbk"), ("big5", "big5")]
)
def test_input_encoding_html_meta_charset(tmp_path, declared, encoding):
    text = ZH_ARTICLE if encoding == "gbk" else ZH_ARTICLE_TRADITIONAL
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    page = f'<html><head><meta charset="{declared}"></head><body>{paragraphs}</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    assert read_article(path).text == text


def test_input_encoding_utf8_wins_over_a_wrong_declaration(tmp_path):
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{EN_ARTICLE_TYPOGRAPHIC}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    assert "“safety work conference” –" in read_article(path).text


def test_input_encoding_a_few_nul_bytes_in_utf8_text_are_reported(tmp_path):
    path = tmp_path / "nul.txt"
    head = EN_ARTICLE.encode()[:120]
    path.write_bytes(head + b"\x00" + EN_ARTICLE.encode()[120:] + b"\x00\x00")
    with pytest.raises(
        ArticleError,
        match=r"nul.txt: NUL byte at offset 120 \(3 in all\) in text that is otherwise UTF-8",
    ):
        read_article(path)


def test_input_encoding_many_nul_bytes_that_are_not_utf16_mean_binary(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x00\x01\x00\x07\x00\x00\x00" * 60)
    with pytest.raises(ArticleError, match=r"data.txt: .*binary"):
        read_article(path)


def test_input_encoding_windows_1252_accented_names_read_as_letters(tmp_path):
    text = (
        "Jürgen Müller, chief executive of Société Générale Nordique, met the board in Zürich "
        "on 3 May 2031. Müller said the café chain’s results were “strong”.\n"
    )
    path = tmp_path / "accents.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_article(path).text == text


@pytest.mark.parametrize("declared", ["utf-8", "big5", "x-no-such-charset"])
def test_input_encoding_a_wrong_or_unknown_declaration_is_not_trusted(tmp_path, declared):
    paragraphs = "".join(f"<p>{line}</p>" for line in ZH_ARTICLE.splitlines() if line.strip())
    page = f'<html><head><meta charset="{declared}"></head><body>{paragraphs}</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gbk"))
    assert read_article(path).text == ZH_ARTICLE
