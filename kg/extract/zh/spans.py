"""Where the persons and organisations already found stand in a sentence.

Later components (roles, events) need the positions of the names that the
persons and organisations components found; they are looked up again by
their printed forms, longest first, without overlaps.
"""

from __future__ import annotations

from kg.extract.zh.text import find_all
from kg.model import Extraction


def locate(sentence: str, words) -> list[tuple[int, int, str]]:
    """(start, end, word) of each occurrence of `words` (longest first wins), in text order."""
    spans: list[tuple[int, int, str]] = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        for s in find_all(sentence, word):
            if all(s + len(word) <= os or s >= oe for os, oe, _ in spans):
                spans.append((s, s + len(word), word))
    return sorted(spans)


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
