"""The short labels the page draws next to its nodes: cut to a width, and distinct.

A long name is cut after its first words and ends with "…". When two different
names would be cut to the same text ("Northern Copper Corporation of …" for two
companies that differ at their end), each keeps a shorter beginning and the words
where it differs from the others ("Northern Copper…of Eastland", "Northern
Copper…Eastland Limited"), so different names never share a drawn label. Width is
counted in Latin letters: a Han character counts two. Names that are equal stay
equal (namesakes are told apart in the panel, not by the label).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

LIMIT = 24  # a label's width, in Latin letters (a wide character counts two)
HEAD_LEAST = 8  # a distinguished label keeps at least this much of its beginning
ELLIPSIS = "\u2026"


def short_labels(labels: list[str], limit: int = LIMIT) -> list[str]:
    """The drawn label of each of `labels`: cut to `limit`, different names kept apart."""
    result = [cut_label(label, limit) for label in labels]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, short in enumerate(result):
        groups[short].append(i)
    for members in groups.values():
        names = sorted({labels[i] for i in members})
        if len(names) > 1:
            for i in members:
                result[i] = distinguish(labels[i], [n for n in names if n != labels[i]], limit)
    return _full_where_still_shared(labels, result)


def cut_label(label: str, limit: int = LIMIT) -> str:
    """`label` when it fits `limit`, else its first words (or characters) and "…"."""
    if width(label) <= limit:
        return label
    return _head(label, limit - 1) + ELLIPSIS


def distinguish(label: str, others: list[str], limit: int = LIMIT) -> str:
    """`label` cut so that it shows where it differs from `others`: "beginning…differing end"."""
    shared = max(_shared(label, other) for other in others)
    at = _word_start(label, min(shared, len(label) - 1))
    text = label
    for start in (_word_start(label, at - 1) if at > 0 else 0, at):  # with a word of context first
        text, shown = _head_and_tail(label, start, limit)
        if shown > shared or shown == len(label):
            break
    return text


def _head_and_tail(label: str, start: int, limit: int) -> tuple[str, int]:
    """ "beginning…label[start:]" within about `limit`, and where the shown part of the tail ends."""
    tail = label[start:]
    if width(tail) > limit - HEAD_LEAST - 1:
        tail = _head(tail, max(limit - HEAD_LEAST - 1, limit // 2) - 1)
        shown, tail = start + len(tail), tail + ELLIPSIS
    else:
        shown = len(label)
    head = _head(label[:start], max(limit - width(tail) - 1, HEAD_LEAST))
    return ((head + ELLIPSIS + tail) if head else tail), shown


def _shared(a: str, b: str) -> int:
    """How many first characters `a` and `b` have in common."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def width(text: str) -> int:
    """Display width in Latin letters: wide (Han, kana, full-width) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _head(text: str, room: int) -> str:
    """The longest beginning of `text` within `room`, ending at a word when it has spaces."""
    taken, used = 0, 0
    for ch in text:
        used += width(ch)
        if used > room:
            break
        taken += 1
    head = text[:taken]
    if taken < len(text) and " " in head.strip():
        at = head.rstrip().rfind(" ")
        if text[taken] != " " and at > 0:
            head = head[:at]
    return head.rstrip()


def _word_start(text: str, at: int) -> int:
    """Where the word holding position `at` starts (every character is a word without spaces)."""
    if " " not in text:
        return max(at, 0)
    while at > 0 and text[at] == " ":
        at -= 1
    space = text.rfind(" ", 0, at + 1)
    return space + 1


def _full_where_still_shared(labels: list[str], result: list[str]) -> list[str]:
    """Any short label still shared by different names falls back to the whole name."""
    names: dict[str, set[str]] = defaultdict(set)
    for label, short in zip(labels, result, strict=True):
        names[short].add(label)
    return [
        short if len(names[short]) == 1 else label
        for label, short in zip(labels, result, strict=True)
    ]
