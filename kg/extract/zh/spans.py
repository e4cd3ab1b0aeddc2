"""Where the persons and organisations already found stand in a sentence.

Later components (roles, events) need the positions of the names that the
persons and organisations components found; they are looked up again by
their printed forms, longest first, without overlaps.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.zh.text import Found
from kg.model import Extraction


def locate(sentence: str, words) -> list[Found]:
    """(start, end, word) of each occurrence of `words` (longest first wins), in text order.

    Each word's occurrences are those find_all gives; words are placed longest
    first, where nothing placed before overlaps. Only the words that occur are
    looked at: one scan of the sentence for their first characters finds them
    (a long article names hundreds of people, and has thousands of sentences).
    """
    by_first, firsts = _index(frozenset(words))
    if firsts is None:
        return []
    found: dict[str, list[int]] = {}
    for m in firsts.finditer(sentence):
        at = m.start()
        for word in by_first[m.group()]:
            if sentence.startswith(word, at):
                found.setdefault(word, []).append(at)
    spans: list[Found] = []
    for word in sorted(found, key=lambda w: (-len(w), w)):
        free = 0  # find_all's next start: a word's occurrences do not overlap each other
        for s in found[word]:
            if s < free:
                continue
            free = s + len(word)
            if all(s + len(word) <= os or s >= oe for os, oe, _ in spans):
                spans.append(Found(s, s + len(word), word))
    return sorted(spans)


@lru_cache(maxsize=64)
def _index(words: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], re.Pattern | None]:
    """`words` by first character, and a pattern of those characters (None for no words)."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word)
    if not by_first:
        return {}, None
    firsts = re.compile("[" + "".join(re.escape(c) for c in sorted(by_first)) + "]")
    return {c: tuple(ws) for c, ws in by_first.items()}, firsts


def person_names(found: Extraction) -> dict[str, str]:
    """Han name -> the name (pinyin) of its PersonMention."""
    return {p.native: p.name for p in found.persons if p.native}


def org_names(found: Extraction) -> list[str]:
    """The printed names of the organisations found."""
    return [o.native or o.name for o in found.orgs]


def org_canon(found: Extraction) -> dict[str, str]:
    """Each printed name and alias of an organisation found -> the name of its mention."""
    canon = {alias: o.name for o in found.orgs for alias in o.aliases}
    canon.update({o.native or o.name: o.name for o in found.orgs})
    return canon
