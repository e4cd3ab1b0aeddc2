"""Sentences, evidence and word segmentation of Chinese article text.

Sentences end at 。！？；(and their ASCII forms) and at line breaks. Offsets
are into `article.text`; extraction reads `article.body`, which has the same
offsets with page furniture blanked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from kg.extract.zh.jieba_dict import segmenter, word_tags
from kg.model import Article, Evidence

_SENTENCE_END = re.compile(r"[。！？；!?;]+|\n")
NUMERALS = "一二三四五六七八九十两〇零"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# Quotation marks around a name ("「X基金会」", "“X”"): each opening mark and its closing one.
OPEN_QUOTES = "「『“\"'‘"
CLOSE_QUOTES = "」』”\"'’"


def is_han(ch: str) -> bool:
    """True for a Han character."""
    return bool(ch) and bool(HAN.match(ch))


class Stretch(NamedTuple):
    """A stretch of text (a sentence): its offsets [start, end)."""

    start: int
    end: int


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[Stretch, ...]:
    """(start, end) of each non-blank sentence of `text`, end including its final mark."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end() if m.group() != "\n" else m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return tuple(_strip(text, s, e) for s, e in spans if text[s:e].strip())


def _strip(text: str, start: int, end: int) -> Stretch:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Stretch(start, end)


def paragraph_spans(text: str) -> list[Stretch]:
    """(start, end) of each non-blank line of `text`."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(_strip(text, start, start + len(line)))
        start += len(line) + 1
    return spans


def evidence_at(article: Article, pos: int) -> Evidence:
    """The evidence for offset `pos`: the sentence of `article.text` around it."""
    spans = sentence_spans(
        article.body
    )  # sorted, not overlapping: the last one starting at or before pos
    i = bisect_right(spans, (pos, len(article.body) + 1)) - 1
    start, end = spans[i] if i >= 0 else (0, 0)
    if i >= 0 and start <= pos < end:
        return Evidence(article.ident, start, end, article.text[start:end])
    return Evidence(article.ident, pos, pos + 1, article.text[pos : pos + 1])


class Token(NamedTuple):
    """A word jieba cut: its offsets [start, end) in the text and its part-of-speech tag."""

    start: int
    end: int
    tag: str


class Found(NamedTuple):
    """A name found in a text: its offsets [start, end) and the name."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """jieba's words of `text` with part-of-speech tags: (start, end, tag).

    Words come from jieba's fast segmenter (its HMM joins unknown words such as
    names); tags from jieba's dictionary. A word the dictionary lacks is tagged
    "oov" (Han), "m" (digits) or "eng" (Latin): tagging them with jieba.posseg's
    HMM would cost fifteen times as much.
    """
    out, pos, table, places = [], 0, word_tags(), _place_words()
    for word in segmenter().cut(text, HMM=True):
        tag = "ns" if word in places else table.get(word) or _unknown_tag(word)
        out.append(Token(pos, pos + len(word), tag))
        pos += len(word)
    return tuple(out)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The cities and provinces of kg/vocab/zh.yml (`city_names`, `place_names`): tagged as
    places whatever jieba's dictionary says (it has 大连 as an adverb, 保定 as a verb)."""
    from kg.extract.zh.lexicon import zh_lexicon  # the lexicon imports this module's neighbours

    lex = zh_lexicon()
    names = set(lex.city_names)
    for group in lex.place_names.values():
        names.update(group)
    return frozenset(names)


def dictionary_count(word: str) -> int:
    """How often jieba's dictionary counts `word` (0 for a word it does not list)."""
    return segmenter().dt.FREQ.get(word) or 0


def dictionary_tag(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag of `word`, None for a word it does not list."""
    return word_tags().get(word)


def _unknown_tag(word: str) -> str:
    if word.isdigit() or word[0] in NUMERALS:
        return "m"
    if word.isascii() and word.isalnum():
        return "eng"
    return "oov" if is_han(word[0]) else "x"


def find_all(text: str, word: str) -> list[int]:
    """Every start offset of `word` in `text` (non-overlapping)."""
    found, pos = [], text.find(word)
    while word and pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + len(word))
    return found
