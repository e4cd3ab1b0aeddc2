"""Lists of names: in "A, B, Ambassador C and D", where two items are read as people (or one,
after an opener such as "Seated from left -", "Absent:" or a title in the plural, or in a list
of three items or more, each of two words or more, that people's verb follows), every item
of a name's shape is a person too. The list goes on past an item's brackets, its firm in a
semicolon list and its portfolio ("MECs A for Health, B for Transport").

What "a name's shape" is comes from kg.extract.en.persons, passed in as a :class:`NameShape`
(the persons reader uses this module, so it cannot import from it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from kg.extract.en.lexicon import Lexicon, phrase_regex
from kg.extract.en.portfolios import past_portfolio
from kg.extract.en.text import Token


class NameShape(NamedTuple):
    """How the persons reader reads a name: how many tokens from one read as a name (0 for
    none), whether a word can be part of a name, and the most tokens a name has."""

    run_length: Callable[[str, list[Token], int, Lexicon], int]
    name_part: Callable[[str, Lexicon], bool]
    max_tokens: int


# Between two items of a list, past what the first one's brackets say ("A (Municipality of X), B")
# ... or past its affiliation, in a list whose items end with semicolons ("A, X Ltd; B, Y Co; C")
# ... or past its firm after "of" ("A of X Securities, B (Y Capital), C")
_ITEM_GAP = re.compile(
    r"\.?(?:\s+of\s+(?:the\s+)?[A-Z][^,;()\n]{1,60}?(?=,))?(?:\s*\([^()\n]{1,60}\))?"
    r"(?:,\s+[A-Z][^;\n]{1,60}?;\s+(?:and\s+)?|\s*[,;]\s+(?:and\s+)?|\s+and\s+)"
)
_ITEM_GAP_BEFORE = re.compile(
    r"(?:\s*\([^()\n]{1,60}\))?(?:,\s+[A-Z][^;\n]{1,60}?;\s+(?:and\s+)?"
    r"|\s*[,;]\s+(?:and\s+)?|\s+and\s+)$"
)
_ITEM_END = re.compile(r"\s*(?:[,;.:)(]|\s+and\s|\s+[a-z]|$|\n)")


def with_list_mates(text: str, tokens: list[Token], spans, lex: Lexicon, shape: NameShape) -> list:
    """`spans` and the other items of the lists they stand in: in "A, B, Ambassador C and D",
    where two items are read as people (or one, after an opener of a list of names, `name_list_
    openers`: "Seated from left -", "Absent:", "Messrs"), every item of a name's shape is a
    person too (no place, organisation or title word in it: `shape.run_length`)."""
    at = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    spans = sorted(set(spans) | _opened_items(text, tokens, at, spans, lex, shape))
    if not spans:
        return spans
    known = set(spans)
    added: set[tuple[int, int]] = set()
    dropped: set[tuple[int, int]] = set()
    walked: set[tuple[int, int]] = set()  # the items of lists already read (each list once)
    for span in spans:
        if span in walked:
            continue
        items = [span]
        while (nxt := _next_item(text, tokens, at, items[-1][1], lex, shape)) is not None:
            items.append(nxt)
        while (prev := _previous_item(text, tokens, ends, at, items[0][0], lex, shape)) is not None:
            items.insert(0, prev)
        # an item holding a name read before is that name in full, when the list's gaps say where
        # it starts and ends ("Nale |Vincent J. Roe|"); another item over a name is left alone
        walked.update(items)
        inner = {item: _read_inside(text, item, spans, lex) for item in items}
        found = [item for item in items if item in known or inner[item]]
        news = len(items) > len(found) or any(inner[i] and inner[i] != i for i in items)
        if news and (
            len(found) >= 2
            or _opened(text, items[0][0], lex)
            or _long_list(text, items, found)
            or _paired_names(text, items, found, lex, shape)
        ):
            added.update(
                i
                for i in items
                if i not in known and (inner[i] or not any(s < i[1] and i[0] < e for s, e in known))
            )
            dropped.update(inner[i] for i in items if inner[i] and inner[i] != i)
    return sorted((known - dropped) | added)


def _long_list(text: str, items: list[tuple[int, int]], found: list) -> bool:
    """Whether a list is long and name-like enough for one person in it to make the rest people:
    three items or more, one read as a person, every item of two words or more, and a verb of
    people right after it ("A Bc, D Ef and Jane Roe are part of the visit")."""
    return (
        len(items) >= 3
        and len(found) >= 1
        and all(len(text[s:e].split()) >= 2 for s, e in items)
        and _PEOPLE_VERB_AFTER.match(text, items[-1][1]) is not None
    )


def _paired_names(text: str, items, found, lex: Lexicon, shape: NameShape) -> bool:
    """Whether a short list joined by "and" holds one name read as a person and, for its other
    items, full names only ("received by Jane Roe, Thabo Kelesi and Refilwe Mokoena"): two or three
    capitalised name words each (`shape.name_part`: no title, place, body or initial; no
    `compass_words`), only commas and "and" between the items, no item a possessive, no place's
    preposition before the list ("in", "from"), and the list not the tail of a longer list of titled people
    ("..., Acme Administrator Jane Roe, and Thabo Kelesi", where a person without a title may
    stand apart)."""
    if not found:
        return False
    gaps = [text[a[1] : b[0]] for a, b in pairwise(items)]
    if not all(_PLAIN_GAP.fullmatch(g) for g in gaps) or "and" not in gaps[-1]:
        return False
    if _titled_tail(text, items[0][0]) or _PLACE_LEAD.search(
        text, max(0, items[0][0] - 20), items[0][0]
    ):
        return False  # "sales rose in A, B and Jane Roe's home town": places
    if any(text[e : e + 2] in ("'s", "’s") for _, e in items):
        return False
    compass = lex.folded("compass_words")
    for s, e in items:
        if (s, e) in found:
            continue
        words = text[s:e].split()
        if not 2 <= len(words) <= 3 or not all(
            shape.name_part(w, lex) and w.casefold() not in compass for w in words
        ):
            return False  # "Mecklenburg West Pomerania": a compass word names a place
    return True


_PLAIN_GAP = re.compile(r",\s+|,?\s+and\s+")
_PLACE_LEAD = re.compile(r"\b(?:in|at|from|near|across|around|between|to)\s+$")


def _titled_tail(text: str, start: int) -> bool:
    """Whether the words between a comma and a list's first item at `start` are capitalised ones
    and their connectors only (its title: ", Acme Administrator Dr. |Jane Roe"); a "." after a
    short capitalised word ("Dr.", "Ma.") ends no sentence there."""
    for m in _CLAUSE_STOPS.finditer(text[max(0, start - 120) : start][::-1]):
        if m.group() != ".":
            words = text[start - m.start() : start]
            return m.group() == "," and _TITLE_WORDS.fullmatch(words) is not None
        k = start - m.start() - 1
        word = re.search(r"(\w+)$", text[max(0, k - 5) : k])  # a longer word is cut, still long
        if word is None or len(word.group(1)) > 3 or word.group(1).islower():
            return False  # a sentence's end
    return False


_CLAUSE_STOPS = re.compile(r"[,;:.\n]")
_TITLE_WORDS = re.compile(r"\s*(?:(?:[A-Z][\w.'’&-]*|of|and|the|to|for|&)\s+)+")


# What people of a list do next ("A, B and C are part of the visit", "... will attend")
_PEOPLE_VERB_AFTER = re.compile(r"\s+(?:are|were|will|would|have|had|also|all|both|attended)\b")


def _opened_items(
    text: str, tokens: list[Token], at: dict[int, int], spans, lex: Lexicon, shape: NameShape
):
    """The first item after each opener of a list of names ("Seated from left - |A B|, ..."): a
    name's shape there is a name, and the list's other items follow from it."""
    found = set()
    for m in _opener_re(lex).finditer(text):
        k = at.get(_skip_space(text, m.end()))
        if k is None or not tokens[k].text[:1].isupper():
            continue
        size = shape.run_length(text, tokens, k, lex)
        item = (tokens[k].start, tokens[k + size - 1].end) if size else None
        if (
            item
            and _ITEM_END.match(text, item[1])
            and not any(s < item[1] and item[0] < e for s, e in spans)
        ):
            found.add(item)
    return found


def _opener_re(lex: Lexicon) -> re.Pattern:
    """`name_list_openers` followed by a dash or a colon (the opener of a caption's list)."""
    words = phrase_regex(lex.words("name_list_openers"))
    return re.compile(rf"(?:{words.pattern})\s*[-–—:]", words.flags)


def _read_inside(text: str, item: tuple[int, int], spans, lex: Lexicon):
    """The one name read before inside a list item, when the item is that name in full: the list
    gaps say where it starts and ends ("Nale |Vincent J. Roe|", "|Muhammad Ali| Qureshi"), and
    no title stands before the name read ("Consul-General |Xue Jian|" stays "Xue Jian")."""
    inside = [s for s in spans if item[0] <= s[0] and s[1] <= item[1]]
    if len(inside) != 1:
        return None
    span = inside[0]
    if span == item or span[0] == item[0] or _plain_prefix(text[item[0] : span[0]], lex):
        return span
    return None


def _plain_prefix(words: str, lex: Lexicon) -> bool:
    """Whether the words before a name read earlier are name words ("Nale |Vincent J. Roe"), not a
    title's ("Consul-General |Xue Jian")."""
    pieces = [p.casefold() for p in re.split(r"[\s.'’-]+", words) if p]
    titles = lex.title_words()
    return bool(pieces) and not any(p in titles or p in lex.not_name_words for p in pieces)


def _next_item(
    text: str, tokens: list[Token], at: dict[int, int], end: int, lex: Lexicon, shape: NameShape
):
    """The name-shaped item after the list gap at `end` ("A, |Ambassador| B"), past the item's
    portfolio ("MECs A for Health and Social Services, B for Transport"), else None."""
    end = past_portfolio(text, end, lex)
    gap = _ITEM_GAP.match(text, end)
    if gap is None or gap.end() not in at:
        return None
    k = at[gap.end()]
    while k < len(tokens) and (
        tokens[k].text.rstrip(".").casefold() in lex.honorifics
        or lex.title_re.match(text, tokens[k].start) is not None
    ):
        title = lex.title_re.match(text, tokens[k].start)
        k = at.get(_skip_space(text, title.end() if title else tokens[k].end), len(tokens))
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return None
    size = shape.run_length(text, tokens, k, lex)
    if not size or not _ITEM_END.match(text, tokens[k + size - 1].end):
        return None
    return (tokens[k].start, tokens[k + size - 1].end)


def _previous_item(
    text: str,
    tokens: list[Token],
    ends: dict[int, int],
    at: dict[int, int],
    start: int,
    lex: Lexicon,
    shape: NameShape,
):
    """The name-shaped item before the list gap that ends at `start`, else None."""
    gap = _ITEM_GAP_BEFORE.search(text, max(0, start - 80), start)
    if gap is None or gap.start() not in ends:
        return None
    last = ends[gap.start()]
    for k in range(max(0, last - shape.max_tokens + 1), last + 1):
        size = shape.run_length(text, tokens, k, lex)
        if size == last - k + 1 and (
            k == 0
            or text[tokens[k - 1].end : tokens[k].start] != " "
            or not shape.name_part(tokens[k - 1].text, lex)
        ):
            return (tokens[k].start, tokens[last].end)
    return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " .-–—:":
        pos += 1
    return pos


def _opened(text: str, start: int, lex: Lexicon) -> bool:
    """Whether an opener of a list of names stands right before `start` ("Absent: "), or a title
    in the plural ("Town Mayors A, B and C", "MECs A for X, B for Y", "the two directors, A and
    B")."""
    before = text[max(0, start - 30) : start].rstrip(" -–—:").casefold()
    if any(before.endswith(w) for w in lex.folded("name_list_openers")):
        return True
    window = text[max(0, start - 60) : start]
    if any(
        m.group().endswith("s")
        and (
            (m.end() == len(window) - 1 and window.endswith(" "))
            or (m.end() == len(window) - 2 and window.endswith(", "))  # "two directors, A and B"
        )
        for m in lex.title_re.finditer(window)
    ):
        return True
    # "The new directors are A, B", "Elected as directors, representing X, were A (Y), B (Z)"
    window = text[max(0, start - 120) : start]
    return any(
        m.group().endswith("s") and _MEMBERS_ARE.fullmatch(window, m.end())
        for m in lex.title_re.finditer(window)
    )


_MEMBERS_ARE = re.compile(
    r"(?:\s+of\s+the\s+board)?(?:,[^,.;:\n]{1,60},?)?\s+(?:are|were|include|includes|included)"
    r"(?:\s+now)?\s*:?\s+"
)
