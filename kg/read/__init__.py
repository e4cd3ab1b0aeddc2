"""Reading articles: bytes on disk -> :class:`~kg.model.Article`.

Decodes the file, finds the headline, the publication date and the language,
and blanks page furniture out of the text that extractors read (the full text
is kept for evidence offsets). Problems are raised as :class:`ArticleError`
with the file name and a one-line reason.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from kg.extract.script import simplified_same_length
from kg.model import Article
from kg.read.dateline import find_published
from kg.read.decode import decode_bytes
from kg.read.errors import ArticleError, file_ident
from kg.read.html import looks_like_html, read_page, sniff_charset
from kg.read.language import identify
from kg.read.ruby import drop_pinyin_glosses
from kg.read.unwrap import unwrap_chinese, unwrap_english
from kg.vocab import HERE as VOCAB_DIR

__all__ = ["MAX_BYTES", "ArticleError", "detect_language", "make_article", "read_article"]
MAX_BYTES = 20 * 1024 * 1024
# Control characters other than tab and newline: never part of prose, made spaces.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern:
    data = yaml.safe_load((VOCAB_DIR / "furniture.yml").read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data["line_patterns"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _inline() -> re.Pattern:
    data = yaml.safe_load((VOCAB_DIR / "furniture.yml").read_text(encoding="utf-8"))
    return re.compile(
        "|".join(f"(?:{p})" for p in data.get("inline_patterns") or ["(?!)"]), re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    data = yaml.safe_load((VOCAB_DIR / "furniture.yml").read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data.get("lead_patterns") or ["(?!)"]))


def detect_language(text: str) -> str | None:
    """'zh' or 'en', or None for any other language or none (see kg.read.language)."""
    language = identify(text)
    return language.code if language.supported else None


def blank_furniture(text: str) -> str:
    """The text with furniture lines replaced by spaces (same length, same offsets)."""
    pattern = _furniture()
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if pattern.match(simplified_same_length(body.strip())):  # traditional lines too
            out.append(" " * len(body) + line[len(body) :])
            continue
        indent = len(body) - len(body.lstrip())
        lead = _lead().match(simplified_same_length(body), indent)
        if lead and lead.end() < len(body):  # a dateline or a date stamp before the first sentence
            line = body[:indent] + " " * (lead.end() - indent) + line[lead.end() :]
        out.append(_inline().sub(_blanked, line))
    return "".join(out)


def _blanked(m: re.Match) -> str:
    """The match in spaces, or only its group "cut" when the pattern has one that took part."""
    cut = m.groupdict().get("cut")
    if cut is None:
        return " " * len(m.group())
    start, end = m.start("cut") - m.start(), m.end("cut") - m.start()
    return m.group()[:start] + " " * (end - start) + m.group()[end:]


_HEADLINE_LINES = 60


def find_headline(text: str, body: str) -> str:
    """The first substantial line that is not furniture."""
    lines = _HEADLINE_LINES  # a page's menus may take dozens of lines before its headline
    for raw, kept in zip(text.splitlines()[:lines], body.splitlines()[:lines], strict=False):
        line = kept.strip()
        if not line:
            continue
        han = len(re.findall(r"[\u3400-\u9fff]", line))
        if han >= 6 or len(line.split()) >= 4:
            return raw.strip()
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


def make_article(
    ident: str,
    text: str,
    source: str = "",
    sha256: str = "",
    stated: date | None = None,
    url: str = "",
    language: str | None = None,
    published: date | None = None,
) -> Article:
    """Build an Article from decoded text (the language must be detectable, or `language`
    given: "en" or "zh", as a record's field states it).

    `stated` is the publication date a page's markup or a record gives; the text's own dateline
    wins. `published`: the date the input's metadata states (a record's field), which wins
    over the text's. `url`: where it was published, when the input says.
    """
    text = _CONTROLS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if language is None:
        found = identify(text)
        if not found.supported:
            raise ArticleError(source or ident, found.problem())
        language = found.code
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    if language == "zh":
        text = unwrap_chinese(drop_pinyin_glosses(text))
    elif language == "en":
        text = unwrap_english(text)
    body = blank_furniture(text)
    headline = find_headline(text, body)
    published = published or find_published(text, headline) or stated
    return Article(
        ident=ident,
        text=text,
        body=body,
        language=language or "",  # "en" or "zh"
        headline=headline,
        published=published,
        source=source,
        sha256=sha256,
        url=url,
    )


def read_article(path: str | Path, ident: str | None = None) -> Article:
    """Read one file as an Article, or raise ArticleError saying why not (one line).

    `ident` is the article's identifier (default: the file name; see kg.read.idents).
    """
    path = Path(path)
    if ident is None or ident == file_ident(path):
        return _read(path, file_ident(path))
    try:
        return _read(path, ident)
    except ArticleError as exc:  # named by the identifier that tells it from its namesakes
        raise ArticleError(path, exc.problem, name=ident) from None


def _read(path: Path, ident: str) -> Article:
    data = _read_bytes(path)
    text = decode_bytes(data, path, declared=sniff_charset(data))
    stated = None
    if looks_like_html(path, text):
        page = read_page(text)
        text, stated = page.text, page.published
        if not text.strip():
            raise ArticleError(path, "HTML page with no visible text")
    if not _CONTROLS.sub(" ", text).strip():
        raise ArticleError(path, "no text (only whitespace)")
    return make_article(ident, text, str(path), hashlib.sha256(data).hexdigest(), stated)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, after checking that it is a readable, non-empty file within the size limit."""
    try:
        if path.is_dir():
            raise ArticleError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                path,
                f"file too large ({size / 2**20:.1f} MB; the limit is "
                f"{MAX_BYTES / 2**20:.0f} MB per article)",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from exc
    if not data:
        raise ArticleError(path, "empty file (0 bytes)")
    return data
