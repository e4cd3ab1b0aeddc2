"""Plain-text helpers for the English extractors: sentences, words, occurrences, evidence.

Everything works on `article.body` (page furniture blanked, same offsets as
`article.text`), so a span found here is also a span of the full text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kg.extract.trie import trie_pattern
from kg.model import Article, Evidence

_END = re.compile(r"[.!?。！？]+[\"”’')\]]*(?=\s|$|[A-Z“\"‘])")
_ABBREV = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|Corp|Mr|Mrs|Ms|Dr|Prof|No|St|Jr|Sr|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|Gov|Sen|Rep|Hon|Gen|Col|Lt|Capt|Rev|Sgt|Maj|Amb|Dept|Messrs"
    r"|NO|Bhg|Ir)"  # "COMPANY NO. 123" of a capitalised heading; "Y.Bhg. Dato' Ir. A" (Malaysia)
    r"|\b(?:Govt|Shri|Smt|Eng|Engr)"  # "A, Minister of X, Govt. of Y, visited" (South Asia)
    r"|\b[A-Z])$"
)
# A company's legal form before a full stop, and the first words of a new sentence after it: the
# stop ends the sentence as well as the abbreviation ("... chief executive of X Ltd. She succeeds Y")
_LEGAL_END = re.compile(r"\b(?:Co|Ltd|Inc|Corp)$")
_OPENS_SENTENCE = re.compile(
    r"\s+(?:He|She|They|It|We|The|This|These|Those|His|Her|Its|Their|In|On|At|According|Mr|Ms|Mrs"
    r"|Dr)\b"
)
# A word: Latin letters, accented ones too ("Lü", "José", "Müller")
LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"
_L = LETTERS
WORD = re.compile(rf"[{_L}]+(?:-[{_L}]+|['’](?!s\b)[{_L}]+)*")


# An aside between dashes right after a name, no dash or sentence end inside ("A – who has served
# 11 years on the board – held ...", "B — currently a director on the Board — as a replacement")
DASH_ASIDE = re.compile(r"\s+[–—]\s+[^–—.;]{1,120}?\s+[–—](?=\s)")

# Between the names of a list: "A, B and C", "A, and B", "A、B".
LIST_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*、\s*)")
# " of (the) X Y Z" after a title or a body: up to three capitalised words on one line, the place
# or country a post or a legislature is "of" ("Minister for Y of Ruritania", "the CPPCC of Aba").
OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")


class Mention(NamedTuple):
    """A name found in the text: its offsets [start, end) and the name it stands for (the listed
    name, not the text: a short form or a pronoun stands for a full name)."""

    start: int
    end: int
    name: str


class Token(NamedTuple):
    """A word of the text: its offsets [start, end) and its characters."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: [start, end)."""

    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside this span."""
        return self.start <= start and end <= self.end


@lru_cache(maxsize=16)
def split_sentences(text: str) -> tuple[Span, ...]:
    """Sentences of `text` (line breaks always end one), white space trimmed."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if _ABBREV.search(text, max(line.start(), m.start() - 6), m.start()) and not (
                _LEGAL_END.search(text, max(line.start(), m.start() - 6), m.start())
                and _OPENS_SENTENCE.match(text, m.end())
            ):
                continue  # "Mr. Roe", "X Co. Ltd"; but "... of X Ltd. She succeeds Y" ends one
            spans.append(_trim(text, start, m.end()))
            start = m.end()
        spans.append(_trim(text, start, line.end()))
    return tuple(s for s in spans if s is not None)


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def evidence(article: Article, span: Span) -> Evidence:
    """Evidence for a claim read from `span` (quote taken from the full text); one object per span
    of an article (a sentence listing thousands of people is quoted once, not once each)."""
    if not (_EVIDENCE and _EVIDENCE[0] is article):
        _EVIDENCE[:] = [article, {}]
    made = _EVIDENCE[1].get((span.start, span.end))
    if made is None:
        quote = article.text[span.start : span.end]
        made = _EVIDENCE[1][span.start, span.end] = Evidence(
            article.ident, span.start, span.end, quote
        )
    return made


_EVIDENCE: list = []  # the article last quoted, and its Evidence by span


def sentence_at(sentences: tuple[Span, ...], pos: int) -> Span | None:
    """The sentence containing offset `pos` (`sentences` in text order, not overlapping, as
    split_sentences gives them: found by bisection, not by a scan of every sentence)."""
    starts = _starts(sentences)
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None


def sentence_before(sentences: tuple[Span, ...], pos: int) -> Span | None:
    """The last sentence that ends at or before offset `pos` (found by bisection)."""
    i = bisect.bisect_right(_starts(sentences), pos) - 1
    while i >= 0 and sentences[i].end > pos:
        i -= 1
    return sentences[i] if i >= 0 else None


_STARTS: list = [None, []]  # the sentences last asked about, and their starts


def _starts(sentences: tuple[Span, ...]) -> list[int]:
    if _STARTS[0] is not sentences:  # split_sentences returns one tuple per text: reused
        _STARTS[:] = [sentences, [s.start for s in sentences]]
    return _STARTS[1]


def occurrences(text: str, names, ignore_case: bool = False) -> list[Mention]:
    """Non-overlapping whole-word occurrences of `names` in `text` (the longest name wins at a position).

    Returns (start, end, name) sorted by start; `name` is the listed name, not the text.
    """
    ordered = _ordered(names) if isinstance(names, tuple) else _longest_first_names(names)
    if not ordered:
        return []
    if not ignore_case:
        return _exact_occurrences(text, ordered)
    pattern = _names_regex(ordered, re.IGNORECASE if ignore_case else 0)
    folded = _folded_names(ordered)
    found = []
    for m in pattern.finditer(text):
        key = " ".join(m.group().split())
        found.append(
            Mention(m.start(), m.end(), folded.get(key.casefold(), key) if folded else key)
        )
    return found


def _longest_first_names(names) -> tuple[str, ...]:
    return tuple(sorted(set(names), key=lambda n: (-len(n), n)))


@lru_cache(maxsize=64)
def _ordered(names: tuple[str, ...]) -> tuple[str, ...]:
    """_longest_first_names of a fixed list (the organisation table's): sorted once, not per text."""
    return _longest_first_names(names)


@lru_cache(maxsize=64)
def _folded_names(ordered: tuple[str, ...]) -> dict[str, str]:
    return {n.casefold(): n for n in ordered}


def _exact_occurrences(text: str, ordered: tuple[str, ...]) -> list[Mention]:
    """Whole-word occurrences, each name's in text order, names longest first; a place taken by a
    name is not given to another.

    The places where names start are found in one scan of the text (a name's
    first two characters after a word edge), not by a search of the whole text
    for each name: an article may name thousands of people.
    """
    if "" in ordered:  # an empty name "occurs" at every word edge: the plain search says where
        return _searched_occurrences(text, ordered)
    taken = bytearray(len(text) + 1)
    found = []
    at = _starts_of(text, ordered)
    for name in ordered:
        for start in at.get(name, ()):
            end = start + len(name)
            if _word_edge(text, end) and not taken.count(1, start, end):
                taken[start:end] = b"\x01" * (end - start)
                found.append(Mention(start, end, name))
    return sorted(found)


def _starts_of(text: str, names: tuple[str, ...]) -> dict[str, list[int]]:
    """Each name's start offsets in `text` that follow a word edge (overlapping ones too), in order."""
    by_head, heads = _head_index(names)
    at: dict[str, list[int]] = {}
    if not by_head:
        return at
    for m in heads.finditer(text):
        start = m.start()
        for size in range(1, _HEAD + 1):  # names shorter than _HEAD are their own head
            for name in by_head.get(text[start : start + size], ()):
                if text.startswith(name, start):
                    at.setdefault(name, []).append(start)
    return at


_HEAD = 4  # characters of a name that index it


@lru_cache(maxsize=64)
def _head_index(names: tuple[str, ...]) -> tuple[dict[str, list[str]], re.Pattern[str]]:
    """The names by their first characters, and the pattern of those heads after a word edge
    (made once per list of names: the organisation table's is the same for every text)."""
    by_head: dict[str, list[str]] = {}
    for name in names:
        if name:
            by_head.setdefault(name[:_HEAD], []).append(name)
    heads = "|".join(re.escape(h) for h in sorted(by_head, key=lambda h: (-len(h), h)))
    return by_head, re.compile(rf"(?<![\w-])(?=({heads or '(?!)'}))")


def _searched_occurrences(text: str, ordered: tuple[str, ...]) -> list[Mention]:
    """_exact_occurrences by a search of the text for each name."""
    taken = bytearray(len(text) + 1)
    found = []
    for name in ordered:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if (
                _word_edge(text, start - 1)
                and _word_edge(text, end)
                and not taken.count(1, start, end)
            ):
                taken[start:end] = b"\x01" * (end - start)
                found.append(Mention(start, end, name))
            start = text.find(name, start + 1)
    return sorted(found)


def _word_edge(text: str, i: int) -> bool:
    """Whether position i is outside the text or not a word character (nor a hyphen)."""
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in "_-")


@lru_cache(maxsize=256)
def _names_regex(ordered: tuple[str, ...], flags: int) -> re.Pattern:
    body = trie_pattern(sorted({n.lower() for n in ordered}) if flags & re.IGNORECASE else ordered)
    first = "".join(re.escape(c) for c in sorted({n[0] for n in ordered if n}))
    ahead = f"(?=[{first}])" if first else ""  # one class check, not a try of every branch
    return re.compile(rf"(?<![\w-]){ahead}(?:{body})(?![\w-])", flags)


def overlaps(spans, start: int, end: int) -> bool:
    """Whether [start, end) overlaps any (start, end, ...) in `spans` (a SpanSet answers faster)."""
    if isinstance(spans, SpanSet):
        return spans.overlaps(start, end)
    return any(start < s_end and s_start < end for s_start, s_end, *_ in spans)


class SpanSet:
    """(start, end, ...) spans, for overlap questions in logarithmic time.

    Sorted by start, with the running maximum of the ends: [start, end) overlaps
    some span exactly when the spans starting before `end` reach past `start`.
    :meth:`add` keeps that true as spans are added (linear in the worst case, a
    list insertion, in practice fast).
    """

    def __init__(self, spans=()):
        items = sorted((s_start, s_end) for s_start, s_end, *_ in spans)
        self.starts = [s for s, _ in items]
        self.ends = [e for _, e in items]
        self.reach = list(itertools.accumulate(self.ends, max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        self.reach.insert(i, max(end, self.reach[i - 1]) if i else end)
        for j in range(i + 1, len(self.reach)):  # raise the maxima after it (stops at the first
            if self.reach[j] >= self.reach[i]:  # that is already higher: at once for spans
                break  # that do not overlap)
            self.reach[j] = self.reach[i]


_POST_NOMINAL = re.compile(r",?\s([A-Z][A-Za-z]{1,5})(?![\w'’&-])")


def post_nominals_end(text: str, end: int, post_nominals: frozenset[str]) -> int:
    """Where the honours and letters printed after a name end ("Sir A B KNZM", "A B, CBE, FCA,"):
    `end` itself when none follows."""
    while (m := _POST_NOMINAL.match(text, end)) is not None and m.group(1) in post_nominals:
        end = m.end()
    return end


class Mentions(list[Mention]):
    """(start, end, name) mentions in text order, not overlapping (what `occurrences` gives), with
    bisection for the questions extractors ask of every title: who is named before or after a
    position (a long article names thousands; a scan per title would be quadratic)."""

    def __init__(self, items: Iterable[Mention] = ()):
        super().__init__(items)
        self.starts = [m.start for m in self]
        self.ends = [m.end for m in self]  # also in order: the mentions do not overlap
        self.last = {m.name: i for i, m in enumerate(self)}  # name -> index of its last mention

    def ending_by(self, pos: int) -> list[Mention]:
        """The mentions with end <= pos."""
        return self[: bisect.bisect_right(self.ends, pos)]

    def starting_from(self, pos: int) -> list[Mention]:
        """The mentions with start >= pos."""
        return self[bisect.bisect_left(self.starts, pos) :]

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions with start <= their start < end."""
        first = bisect.bisect_left(self.starts, start)
        return self[first : bisect.bisect_left(self.starts, end, first)]


# "Boston-based", "London-listed": a place's adjective of location before an organisation
_LOCATED = r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}-(?:based|headquartered|listed|registered)"
# "Boston-based financial services group ", "London-listed miner ": that adjective and up to five
# lower-case words describing the organisation named after them
LOCATED_DESCRIPTION = re.compile(_LOCATED + r"(?:\s+[a-z][\w-]*){0,5}\s+(?=[A-Z])")
# "Perth-based mining": the adjective and its description, no name after them
LOCATED_ONLY = re.compile(_LOCATED + r"(?:\s+[a-z][\w-]*)*")
# "FTSE 100 international home improvement company ", "S&P 500 chemicals group ": a stock index
# and up to six lower-case words describing the organisation named after them
INDEX_DESCRIPTION = re.compile(
    r"[A-Z][A-Z&]+(?:\s[A-Z][A-Z&]*)?\s+\d{2,4}\s+"
    r"(?:(?!(?:and|or|of|a|an|the|to|in|at|for|as)\s)[a-z][\w-]*\s+){1,6}(?=[A-Z])"
)


def next_word_start(text: str, pos: int) -> int:
    """Where the word after `pos` starts (spaces skipped)."""
    return len(text) - len(text[pos:].lstrip(" "))
