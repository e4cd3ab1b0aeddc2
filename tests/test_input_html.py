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


HTML5_PAGE = """<!doctype html><html><head><title>Daily Ledger | Business</title>
<meta property="article:published_time" content="{meta}"></head><body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<main><article><header><h1>Orvanta Mining names Petra Lindqvist chief executive</h1>
<p class="byline">By a staff reporter <time datetime="{time}">{shown}</time></p></header>
<p>Orvanta Mining said Petra Lindqvist will become chief executive, succeeding Tomas Berg.</p>
</article></main><footer>Contact us</footer></body></html>"""


def test_input_html5_article_header_gives_headline_and_date(tmp_path):
    path = tmp_path / "page.html"
    page = HTML5_PAGE.format(meta="", time="2031-05-06T09:30:00Z", shown="2 hours ago")
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert article.headline == "Orvanta Mining names Petra Lindqvist chief executive"
    assert str(article.published) == "2031-05-06"
    assert "Home" not in article.text and "Contact us" not in article.text
    assert "Daily Ledger" not in article.text


def test_input_html_published_meta_wins_over_a_time_element(tmp_path):
    path = tmp_path / "page.html"
    page = HTML5_PAGE.format(meta="2031-05-04T22:00:00+08:00", time="2031-05-06", shown="")
    path.write_text(page, encoding="utf-8")
    assert str(read_article(path).published) == "2031-05-04"


def test_input_html_the_visible_dateline_wins_over_markup(tmp_path):
    path = tmp_path / "page.html"
    page = HTML5_PAGE.format(meta="2031-05-04", time="2031-05-04", shown="May 7, 2031")
    path.write_text(page, encoding="utf-8")
    assert str(read_article(path).published) == "2031-05-07"


@pytest.mark.parametrize("value", ["", "yesterday", "2031-13-45", "99999-01-01"])
def test_input_html_unusable_markup_dates_are_ignored(tmp_path, value):
    path = tmp_path / "page.html"
    path.write_text(HTML5_PAGE.format(meta=value, time=value, shown=""), encoding="utf-8")
    assert read_article(path).published is None


def test_input_html_site_header_outside_the_article_is_still_dropped():
    text = html_to_text(
        "<html><body><header><h1>Site Name</h1></header><article><p>Body text here.</p>"
        "</article></body></html>"
    )
    assert "Site Name" not in text and "Body text here." in text
