"""An HTML page is reduced to its visible text before extraction; offsets point into that text."""

from __future__ import annotations

import pytest
from kg.read import read_article
from kg.read.html import html_to_text, looks_like_html
from tests.input_samples import EN_ARTICLE

PAGE = """<!DOCTYPE html>
<html><head><title>Nordvale Copper - News Centre</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<header><a href="/">Home</a> | <a href="/news">News</a></header>
<nav><ul><li>Menu one</li><li>Menu two</li></ul></nav>
<article>
<h1>Nordvale Copper Holds 2031 Safety Work Conference</h1>
<p>Date: 2031-04-12</p>
<p>On April 10, Nordvale Copper Group held its 2031   safety
   work conference. Marcus Ellery, party secretary &amp; chairman of Nordvale Copper Group,
   attended the meeting.<br>Tan Yiming said &ldquo;safety first&rdquo; &#8212; and &lt;meant&gt; it.</p>
<!-- a comment that is not text -->
<table><tr><td>Cell one</td><td>Cell two</td></tr></table>
</article>
<aside>Related: other stories</aside>
<footer>Copyright 2031 Nordvale</footer>
<script>document.write("tracker")</script>
</body></html>
"""


def test_input_html_keeps_visible_text_as_lines():
    assert html_to_text(PAGE) == (
        "Nordvale Copper Holds 2031 Safety Work Conference\n\n"
        "Date: 2031-04-12\n\n"
        "On April 10, Nordvale Copper Group held its 2031 safety work conference. Marcus Ellery, party "
        "secretary & chairman of Nordvale Copper Group, attended the meeting.\n"
        "Tan Yiming said “safety first” — and <meant> it.\n\n"
        "Cell one Cell two\n"
    )


@pytest.mark.parametrize(
    "dropped",
    [
        "not text",
        "Menu one",
        "Home",
        "Related",
        "Copyright",
        "tracker",
        "color: red",
        "a comment",
        "News Centre",
    ],
)
def test_input_html_drops_non_article_parts(dropped):
    assert dropped not in html_to_text(PAGE)


def test_input_html_title_used_when_page_has_no_h1():
    page = "<html><head><title>Quarterly Board Meeting Held</title></head><body><p>Body text.</p></body></html>"
    assert html_to_text(page).startswith("Quarterly Board Meeting Held\n\nBody text.")


def test_input_html_unclosed_nav_does_not_swallow_the_article():
    page = (
        "<html><body><nav>Menu<p>"
        + "An article sentence about a meeting. " * 20
        + "</p></body></html>"
    )
    assert "An article sentence about a meeting." in html_to_text(page)


def test_input_html_pre_keeps_its_line_breaks():
    assert (
        html_to_text("<html><body><pre>line one\n  line two</pre></body></html>")
        == "line one\nline two\n"
    )


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("a.html", "plain words", True),
        ("a.HTM", "plain words", True),
        ("a.txt", "<!DOCTYPE html><html><body>x</body></html>", True),
        ("a.txt", "  \n<html lang='en'><body>x</body></html>", True),
        ("a.txt", "<div>a</div><div>b</div><p>c</p>", True),
        ("a.txt", EN_ARTICLE, False),
        ("a.txt", "The <html> tag opens a page, said Tan Yiming.", False),
    ],
)
def test_input_html_detection(name, text, expected):
    assert looks_like_html(name, text) is expected


def test_input_html_article_offsets_point_into_the_text(tmp_path):
    path = tmp_path / "scrape.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.ident == "scrape.html"
    assert article.headline == "Nordvale Copper Holds 2031 Safety Work Conference"
    assert str(article.published) == "2031-04-12"
    assert "<" not in article.text.replace("<meant>", "")
    start = article.text.index("Marcus Ellery")
    assert article.body[start : start + 13] == "Marcus Ellery"


def test_input_html_page_without_text_is_an_error(tmp_path):
    from kg.read import ArticleError

    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
    with pytest.raises(ArticleError, match=r"^empty.html: HTML page with no visible text$"):
        read_article(path)
