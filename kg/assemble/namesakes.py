"""Is a name alone enough to say that mentions of two articles are one person?

Not for the names very many people share: a Chinese name with a one-character given name
("Liu Jun", 刘军), or with one of the commonest two-character ones (data:
`kg/vocab/namesakes.yml`). Two mentions of such a name are joined only when their contexts
support it (roles at one organisation, or at related ones), never by the name alone: a false
link between two people is worse than a missed one. Nor is a name of one word ("Mr. Osei
said": a family name alone) enough.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.en.pinyin import syllable_count
from kg.hanzi import simplified
from kg.pinyin import plain_pinyin, split_name
from kg.vocab import load_lexicon


@lru_cache(maxsize=1)
def _common() -> tuple[frozenset[str], frozenset[str]]:
    """The common given names in simplified characters and in toneless pinyin."""
    names = frozenset(simplified(n) for n in load_lexicon("namesakes")["common_given_names"])
    return names, frozenset(plain_pinyin(n) for n in names)


@lru_cache(maxsize=1)
def _latin() -> tuple[frozenset[str], frozenset[str]]:
    """Pinyin family names and syllables, lower case."""
    en = load_lexicon("en")
    return (
        frozenset(s.casefold() for s in en["surnames"]),
        frozenset(s.casefold() for s in en["pinyin_syllables"]),
    )


def _han_given(native: str) -> str:
    return simplified(split_name(native)[1])


def _latin_given(printed: str) -> str | None:
    """The given name of a Chinese name printed in pinyin ("LIU Jun", "Jianhua Zhang",
    "Zhang Jian-hua") as toneless pinyin, or None when the name is not one."""
    words = [w.replace("-", "").replace("'", "").replace("’", "") for w in printed.split()]
    if len(words) not in (2, 3) or not all(w.isalpha() for w in words):
        return None
    surnames, syllables = _latin()
    at = next((i for i in (0, len(words) - 1) if words[i].casefold() in surnames), None)
    if at is None:
        return None
    given = "".join(w for i, w in enumerate(words) if i != at).casefold()
    return given if syllable_count(given, syllables) is not None else None


@lru_cache(maxsize=1 << 14)
def name_identifies(native: str, printed: str) -> bool:
    """Whether the name alone may tie a mention to a person of another article: False for a
    Chinese name (Han `native`, or pinyin `printed`) that very many people share."""
    han, latin = _common()
    if native:
        han_given = _han_given(native)
        return len(han_given) > 1 and han_given not in han
    if len(printed.split()) == 1:  # "Mr. Osei said": a family name alone names many people
        return False
    given = _latin_given(printed)
    if given is None:  # not a Chinese name: not judged here
        return True
    _, syllables = _latin()
    return (syllable_count(given, syllables) or 0) > 1 and given not in latin
