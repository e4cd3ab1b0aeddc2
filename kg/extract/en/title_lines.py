"""A name on a line of its own and its title on the next line: the layout of a meeting's minutes
("PRESENT" / "Dato' A" / "Chairman"), a list of speakers or a press release's contacts.

The roles reader reads such a pair as "Name, Title": the line break between them becomes a comma
in the text it reads (same length, so every offset and every quoted sentence stays the article's).
"""

from __future__ import annotations

import re

from kg.extract.en.lexicon import Lexicon, fold_phrase
from kg.extract.en.text import Mention

MAX_TITLE_LINE = 100  # characters: a longer line is a sentence, not a title under a name
_PREFIX_WORD = re.compile(r"[A-Z][\w.'’]*\.?|[A-Z]\.(?:[A-Za-z]+\.)+")


def join_title_lines(body: str, lex: Lexicon, people: list[Mention]) -> str:
    """`body` with the line break after each name line that a title line follows made a comma."""
    cuts = [
        end
        for m in people
        if (end := _name_line_end(body, lex, m)) is not None and _title_line(body, lex, end + 1)
    ]
    if not cuts:
        return body
    chars = list(body)
    for at in cuts:
        chars[at] = ","
    return "".join(chars)


def _name_line_end(body: str, lex: Lexicon, mention: Mention) -> int | None:
    """Where the line break after `mention` is, when its line holds only the name and words
    before it that are honorifics or abbreviations ("Y.Bhg. Dato' A"), else None."""
    line_start = body.rfind("\n", 0, mention.start) + 1
    end = body.find("\n", mention.end)
    if end < 0 or body[mention.end : end].strip():
        return None
    words = body[line_start : mention.start].split()
    if len(words) > 4 or not all(_honorific(w, lex) for w in words):
        return None
    return end


def _honorific(word: str, lex: Lexicon) -> bool:
    bare = word.strip(".'’").casefold()
    return bare in lex.honorifics or ("." in word and _PREFIX_WORD.fullmatch(word) is not None)


def _title_line(body: str, lex: Lexicon, start: int) -> bool:
    """Whether the line at `start` opens with a title and is short, with no sentence's end."""
    end = body.find("\n", start)
    line = body[start : end if end >= 0 else len(body)].strip()
    if not line or len(line) > MAX_TITLE_LINE or line.endswith((".", "!", "?", ":")):
        return False
    m = lex.title_re.match(line)
    return m is not None and (m.end() == len(line) or line[m.end()] in ", ")


def split_title_compounds(body: str, lex: Lexicon) -> str:
    """`body` with the hyphen between two titles made a slash ("president-CEO" read as
    "president/CEO": both posts), where the two are posts of a company's or a board's (no
    "other" or Party title: "Minister-Counsellor" is one rank) and the compound is no title of
    its own ("MD-CEO"); same length, so every offset stays the article's."""
    cuts = []
    for m in _HYPHENED.finditer(body):
        left = _title_ending_at(body, lex, m.start(2) - 1)
        right = lex.title_re.match(body[: m.start(2) - 1] + "/" + body[m.start(2) :], m.start(2))
        if left is None or right is None:
            continue
        whole = lex.title_re.match(body, left)
        if whole is not None and whole.end() > m.start(2):
            continue
        notations = {lex.titles.get(fold_phrase(body[left : m.start(2) - 1]))}
        notations.add(lex.titles.get(fold_phrase(right.group())))
        if notations & {None, "other", "?party"}:
            continue
        cuts.append(m.start(2) - 1)
    if not cuts:
        return body
    chars = list(body)
    for at in cuts:
        chars[at] = "/"
    return "".join(chars)


_HYPHENED = re.compile(r"([A-Za-z]+)-([A-Za-z]+)")


def _title_ending_at(body: str, lex: Lexicon, end: int) -> int | None:
    """Where a title of one to four words ending at `end` starts, else None."""
    start = end
    for _ in range(4):
        m = _WORD_BEFORE.search(body, max(0, start - 40), start)
        if m is None:
            return None
        start = m.start(1)
        if fold_phrase(body[start:end]) in lex.titles:
            return start
    return None


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s*$")
