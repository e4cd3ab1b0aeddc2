"""Chinese text hard-wrapped at a fixed width (announcements copied out of PDF files): the line
breaks inside a sentence are the layout's, not the author's ("本次会议由某某董事\\n长主持").

A line is joined to the next when it is as long as the text's own wrapping width, does not end a
sentence, and the next line goes on with a Han character or a punctuation mark. The width is the
most common length of the long lines; a text needs several lines of that length to count as
wrapped, so headlines, short paragraphs and ordinary pages stay as they are.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

_HAN = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_ENDS = frozenset("。！？!?；;：:」』”")
_MIN_WIDTH = 16  # shorter lines are headings or list items, not a wrapping width
_MIN_WRAPPED = 5  # lines of the wrapping width a text needs to count as wrapped
_CONTINUING = frozenset("，、。；：）)》”")  # punctuation that goes on with a sentence
_OPEN_ENDS = frozenset("，、,（(《“")  # a line ending so goes on
_SLACK = 2  # a wrapped line may be this much shorter than the width (a wide character, a space)


def unwrap_chinese(text: str) -> str:
    """`text` with the line breaks of its fixed-width wrapping removed (and the next line's
    indentation); unchanged when it is not wrapped at a fixed width."""
    lines = text.split("\n")
    width = _wrapping_width(lines)
    if width is None:
        return text
    out = [lines[0]]
    for prev, line in itertools.pairwise(lines):
        printed = prev.strip()
        nxt = line.lstrip(" \t\u3000")
        if (
            len(printed) >= width - _SLACK
            and printed[-1] not in _SENTENCE_ENDS
            and (_HAN.match(printed[-1]) or printed[-1] in _OPEN_ENDS)
            and nxt
            and (_HAN.match(nxt[0]) or nxt[0] in _CONTINUING)
        ):
            out[-1] = out[-1].rstrip() + nxt
        else:
            out.append(line)
    return "\n".join(out)


def _wrapping_width(lines: list[str]) -> int | None:
    """The length most long lines have (within the slack), when at least `_MIN_WRAPPED` do."""
    lengths = Counter(len(s) for s in (line.strip() for line in lines) if len(s) >= _MIN_WIDTH)
    best, count = None, 0
    for width in sorted(lengths):
        near = sum(n for length, n in lengths.items() if width - _SLACK <= length <= width)
        if near >= count:
            best, count = width, near
    return best if count >= _MIN_WRAPPED else None


# English: a line that ends inside a sentence, shown by the next line going on in lower case
# ("has been acting\nhead of") or by a last word that cannot end one ("Bank of\nCommunications",
# a comma). Only a line as long as a wrapped line is (`_EN_MIN_LINE`) is joined: short lines are
# headings, items of a list or the fields of an announcement's header.
_EN_OPEN_END = re.compile(
    r"(?:\b(?:of|and|the|to|in|for|a|an|with|at|by|on|from|as|its|his|her|their|or|that|who)|,)$",
    re.IGNORECASE,
)
_EN_LOWER_START = re.compile(r"[a-z]")
_EN_MIN_LINE = 40
_EN_MAX_LINE = 100  # longer lines are paragraphs, not a wrapping width
_EN_MIN_BREAKS = 5  # mid-sentence breaks a text needs to count as wrapped


def unwrap_english(text: str) -> str:
    """`text` with the line breaks of its hard wrapping made spaces (same length, so offsets
    hold); unchanged when fewer than `_EN_MIN_BREAKS` lines break inside a sentence."""
    lines = text.split("\n")
    breaks, offset = [], 0
    for prev, line in itertools.pairwise(lines):
        offset += len(prev) + 1
        if _mid_sentence(prev, line):
            breaks.append(offset - 1)  # the newline after `prev`
    if len(breaks) < _EN_MIN_BREAKS:
        return text
    out = list(text)
    for at in breaks:
        out[at] = " "
    return "".join(out)


def _mid_sentence(prev: str, line: str) -> bool:
    printed, nxt = prev.strip(), line.lstrip()
    if not nxt or not _EN_MIN_LINE <= len(printed) <= _EN_MAX_LINE:
        return False
    return bool(_EN_LOWER_START.match(nxt) or _EN_OPEN_END.search(printed))
