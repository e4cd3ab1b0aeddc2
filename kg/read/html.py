"""An HTML page (the usual scrape) reduced to the text a reader sees.

Script, style, navigation, header, footer and aside blocks are dropped (a
<header> inside an <article> or <main> is the article's own: its headline and
byline are kept); block elements become line breaks (paragraphs and headings a
blank line), runs of spaces collapse as a browser collapses them, and entities
are unescaped. The result is the article text: evidence offsets point into it,
not into the markup. The publication date a page states in its markup (a
published-time meta tag, else the first <time datetime> of the article) is
kept beside the text, for pages whose visible text has no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "dialog",
    }
)
# Kept as a fallback when a page never closes one of its <nav>/<header> blocks.
DROP_MINIMAL = frozenset({"script", "style", "noscript", "template", "head", "svg", "math"})
PARAGRAPH = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "dl",
        "section",
        "article",
        "main",
        "figure",
        "address",
        "hr",
        "center",
    }
)
LINE = frozenset(
    {"br", "div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary", "details"}
)
CELL = frozenset({"td", "th"})
VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
        "param",
    }
)
_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(r"</(?:p|div|td|li|span|a)>|<br\s*/?>", re.IGNORECASE)
# <meta> names and properties that carry the publication time.
PUBLISHED_META = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date.issued",
        "dcterms.created",
    }
)
_ISO_DATE = re.compile(r"\A\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|\Z)")
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def looks_like_html(path: str | Path, text: str) -> bool:
    """True for a file named .html/.htm, or text that starts like an HTML page."""
    if Path(path).suffix.casefold() in HTML_SUFFIXES:
        return True
    head = text[:8192]
    return bool(_START.match(head)) or (
        head.lstrip().startswith("<") and len(_TAGS.findall(head)) >= 3
    )


def sniff_charset(data: bytes) -> str | None:
    """The encoding a page declares in a <meta charset> near its top, if any."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii").lower() if m else None


@dataclass(frozen=True)
class Page:
    """What a page gives: its visible text and the publication date its markup states."""

    text: str
    published: date | None = None


def _iso_date(value: str | None) -> date | None:
    m = _ISO_DATE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _TextParser(HTMLParser):
    """Collects the visible text of a page, outside the dropped elements."""

    def __init__(self, drop: frozenset[str]):
        super().__init__(convert_charrefs=True)
        self.drop = drop
        self.parts: list[str] = []
        self.dropping: list[str] = []
        self.pre = 0
        self.title: list[str] = []
        self.in_title = False
        self.has_h1 = False
        self.within = 0  # open <article> and <main> elements
        self.meta_published: date | None = None
        self.time_published: date | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            self._meta(dict(attrs))
        if self.dropping:
            if tag in self.drop and tag not in VOID:
                self.dropping.append(tag)
            return
        if tag in self.drop and tag not in VOID and not (tag == "header" and self.within):
            self.dropping.append(tag)
            return
        if tag == "time" and self.time_published is None:
            self.time_published = _iso_date(dict(attrs).get("datetime"))
        self.within += tag in ("article", "main")
        self.has_h1 = self.has_h1 or tag == "h1"
        self.pre += tag == "pre"
        self._break(tag)

    def handle_startendtag(self, tag, attrs):
        if not self.dropping:
            self._break(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.dropping:
            if tag in self.dropping:
                while self.dropping and self.dropping.pop() != tag:
                    pass
            return
        self.pre -= tag == "pre" and self.pre > 0
        self.within -= tag in ("article", "main") and self.within > 0
        self._break(tag)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").casefold()
        if key in PUBLISHED_META and self.meta_published is None:
            self.meta_published = _iso_date(attrs.get("content"))

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.dropping:
            return
        self.parts.append(data if self.pre else re.sub(r"[ \t\r\n\f]+", " ", data))

    def parse_marked_section(self, i, report=1):
        """`<![CDATA[...]]>` and the like; an unknown keyword (`<![CD x]>`), on which Python's
        parser raises AssertionError, is skipped to its `>` as browsers skip a bogus comment."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _break(self, tag: str) -> None:
        if tag in PARAGRAPH:
            self.parts.append("\n\n")
        elif tag in LINE:
            self.parts.append("\n")
        elif tag in CELL:
            self.parts.append(" ")


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip(" \t") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _parse(markup: str, drop: frozenset[str]) -> _TextParser:
    parser = _TextParser(drop)
    parser.feed(markup)
    parser.close()
    return parser


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one block per line; '' when it has none."""
    return read_page(markup).text


def read_page(markup: str) -> Page:
    """The visible text of an HTML page ('' when it has none) and the date its markup states."""
    parser = _parse(markup, DROP)
    text = _tidy("".join(parser.parts))
    if parser.dropping:  # an unclosed <nav> or <header> may have swallowed the article
        fallback = _tidy("".join(_parse(markup, DROP_MINIMAL).parts))
        text = fallback if len(text.strip()) * 5 < len(fallback.strip()) else text
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip()
    if title and not parser.has_h1 and title not in text[: len(title) + 200]:
        text = f"{title}\n\n{text}"
    return Page(text if text.strip() else "", parser.meta_published or parser.time_published)
