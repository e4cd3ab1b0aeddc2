"""Regex alternations of word lists, shared by the English and Chinese extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> str:
    """An alternation of `words`, each escaped, the longest first.

    Python's `re` takes the first alternative that matches, so a longer word ("副总经理") must come
    before a shorter one it contains ("总经理"); words of one length are put in order so the
    pattern is the same on every run.
    """
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))
