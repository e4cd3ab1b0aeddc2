"""Reading articles: bytes on disk -> :class:`~kg.model.Article`.

Decodes the file, finds the headline, the publication date and the language,
and blanks page furniture out of the text that extractors read (the full text
is kept for evidence offsets). Problems are raised as :class:`ArticleError`
with the file name and a one-line reason.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import yaml

from kg.model import Article
from kg.read.dateline import find_published
from kg.read.decode import decode_bytes
from kg.read.errors import ArticleError, file_ident
from kg.read.html import html_to_text, looks_like_html, sniff_charset
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


_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str | None:
    """'zh' or 'en' by the script of the letters, None when neither dominates."""
    han = sum(map(len, _HAN_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    if han >= 20 and han * 3 >= latin:
        return "zh"
    if latin >= 20 and latin > han * 3:
        return "en"
    return None


def blank_furniture(text: str) -> str:
    """The text with furniture lines replaced by spaces (same length, same offsets)."""
    pattern = _furniture()
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if pattern.match(body.strip()):
            out.append(" " * len(body) + line[len(body) :])
            continue
        indent = len(body) - len(body.lstrip())
        lead = _lead().match(body, indent)
        if lead and lead.end() < len(body):  # a dateline or a date stamp before the first sentence
            line = body[:indent] + " " * (lead.end() - indent) + line[lead.end() :]
        out.append(_inline().sub(lambda m: " " * len(m.group()), line))
    return "".join(out)


def find_headline(text: str, body: str) -> str:
    """The first substantial line that is not furniture."""
    for raw, kept in zip(text.splitlines()[:12], body.splitlines()[:12], strict=False):
        line = kept.strip()
        if not line:
            continue
        han = len(re.findall(r"[\u3400-\u9fff]", line))
        if han >= 6 or len(line.split()) >= 4:
            return raw.strip()
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


def make_article(ident: str, text: str, source: str = "", sha256: str = "") -> Article:
    """Build an Article from decoded text (the language must be detectable)."""
    text = _CONTROLS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    language = detect_language(text)
    if language is None:
        raise ArticleError(
            source or ident, "language not recognised (neither English nor Chinese text)"
        )
    body = blank_furniture(text)
    headline = find_headline(text, body)
    published = find_published(text, headline)
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        ident=ident,
        text=text,
        body=body,
        language=language,
        headline=headline,
        published=published,
        source=source,
        sha256=sha256,
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
    if looks_like_html(path, text):
        text = html_to_text(text)
        if not text.strip():
            raise ArticleError(path, "HTML page with no visible text")
    if not _CONTROLS.sub(" ", text).strip():
        raise ArticleError(path, "no text (only whitespace)")
    return make_article(ident, text, str(path), hashlib.sha256(data).hexdigest())


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
