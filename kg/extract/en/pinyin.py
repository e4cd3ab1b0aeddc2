"""Is a word a Chinese name written in pinyin? Syllable segmentation against the data list."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.en.lexicon import Lexicon

MAX_GIVEN_SYLLABLES = 2


def syllable_count(word: str, syllables: frozenset[str]) -> int | None:
    """The fewest pinyin syllables that spell `word` exactly (apostrophes and
    hyphens split syllables), or None when it cannot be spelt with them."""
    parts = [p for p in word.replace("’", "'").replace("-", "'").casefold().split("'") if p]
    total = 0
    for part in parts:
        count = _segment(part, syllables)
        if count is None:
            return None
        total += count
    return total or None


@lru_cache(maxsize=4096)
def _segment(word: str, syllables: frozenset[str]) -> int | None:
    if not word:
        return 0
    best = None
    for size in range(min(6, len(word)), 0, -1):
        if word[:size] in syllables:
            rest = _segment(word[size:], syllables)
            if rest is not None and (best is None or rest + 1 < best):
                best = rest + 1
    return best


def name_case(word: str) -> bool:
    """Capitalised ("Jianping", "Jian-ping") or all capitals ("LIU")."""
    if word.isupper() and len(word) > 1:
        return True
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return word[:1].isupper() and letters[1:].islower() if len(letters) > 1 else False


def is_surname(word: str, lex: Lexicon) -> bool:
    """A family name in pinyin, capitalised or in capitals ("Liu", "GE")."""
    return name_case(word) and word.casefold() in lex.surnames


def is_given_name(word: str, lex: Lexicon) -> bool:
    """A pinyin given name: capitalised, one or two syllables, not a listed non-name."""
    if not name_case(word) or word.casefold() in lex.not_given:
        return False
    count = syllable_count(word, lex.syllables)
    return count is not None and count <= MAX_GIVEN_SYLLABLES
