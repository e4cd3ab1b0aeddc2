"""A name on a line of its own and its title on the next line: the layout of a meeting's minutes
("PRESENT" / "Dato' A" / "Chairman"), a list of speakers or a press release's contacts.

The roles reader reads such a pair as "Name, Title": the line break between them becomes a comma
in the text it reads (same length, so every offset and every quoted sentence stays the article's).
"""

from __future__ import annotations

import re

from kg.extract.en.lexicon import Lexicon
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
