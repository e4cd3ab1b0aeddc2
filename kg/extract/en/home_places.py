"""The page's one place of a level of government, for a government title printed without its
place ("Premier A", "Vice Mayor B", "Prime Minister C"): the English analogue of the Chinese
`home_places` (kg.extract.zh.places), which gives a bare 县长 the page's one county.

A title of `place_level_titles` (kg/vocab/en.yml) has a level: a state (`state_places`), a city
(another listed place) or a country (`countries`, or a people's adjective of `demonyms`). The page
names places of that level in its headline, dateline or body; when it names exactly one, the
post is that place's; when it names none or several, no guess (a guest's place may be the other).
"""

from __future__ import annotations

import re

from kg.extract.alternation import longest_first
from kg.extract.en.lexicon import Lexicon, fold_phrase
from kg.model import Extraction


def title_level(lex: Lexicon, title: str) -> str | None:
    """The level of place whose government holds `title` (`place_level_titles`), else None."""
    levels = lex.data.get("place_level_titles") or {}
    return levels.get(fold_phrase(title))


def sole_place(lex: Lexicon, found: Extraction, title: str) -> str | None:
    """The one place of `title`'s level the page names (as the vocabulary spells it), None when
    it names none or several, or when the title is also a national one of a country the page
    names or names a place of (`national_place_titles`: "Premier A" on a page of China)."""
    level = title_level(lex, title)
    if level is None:
        return None
    text = (found.article.headline or "") + "\n" + found.article.body
    national = (lex.data.get("national_place_titles") or {}).get(fold_phrase(title)) or {}
    marks = [
        *(national.get("names") or ()),
        *(p for k in national.get("lists") or () for p in lex.words(k)),
    ]
    if marks and _names(text, tuple(str(m) for m in marks)):
        return None
    found_level = lex.made(_level_places).get(level)
    if found_level is None:
        return None
    canonical, pattern = found_level
    named = {canonical[m.group()] for m in pattern.finditer(text)}
    named |= {canonical.get(p, p) for p in _titled_places(lex, text, level)}
    return named.pop() if len(named) == 1 else None


def _titled_places(lex: Lexicon, text: str, level: str) -> set[str]:
    """The places, listed or not, that the page prints with a title of `level` ("Kelby Mayor
    A", "Kelby's Chief Minister", "Mayor of Kelby"): each is a place of that level, so a bare
    title beside it may be that place's rather than the one listed place ("Vice Mayor B")."""
    lead = lex.folded("title_modifiers") | lex.folded("place_title_lead_words") | lex.honorifics
    lead |= {t.split()[0] for t in _level_titles(lex, level) if " " in t}  # "Vice", "Deputy"
    out: set[str] = set()
    for m in lex.made(_titled_place_patterns)[level].finditer(text):
        words = (m.group(1) or m.group(2) or "").replace("’", "'").split()
        while words and words[-1].casefold() in lead:
            words.pop()  # "Kelby's Caretaker Chief Minister": Kelby's
        while words and words[0].casefold() in lead:
            words.pop(0)  # "The Chief Minister", "Former Mayor", "Hon'ble Chief Minister"
        if any(w.casefold() in lex.titles for w in words):
            continue  # "Secretary Implementation Chief Minister": a title, no place
        if words:
            out.add(re.sub(r"'s?$", "", " ".join(words)))
    return out


def _level_titles(lex: Lexicon, level: str) -> list[str]:
    levels = lex.data.get("place_level_titles") or {}
    return [str(t).casefold() for t, lvl in levels.items() if lvl == level]


def _titled_place_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Level -> capitalised words right before a title of the level, or after "<title> of"."""
    out = {}
    for level in {str(v) for v in (lex.data.get("place_level_titles") or {}).values()}:
        titles = longest_first(_level_titles(lex, level))
        word = r"[A-Z][\w'’-]*"
        out[level] = re.compile(
            rf"(?<![\w'’-])({word}(?:[ -]{word}){{0,3}}) (?i:{titles})(?![\w-])"
            rf"|(?i:{titles}) of (?:the )?({word}(?: {word}){{0,2}})"
        )
    return out


def _names(text: str, names: tuple[str, ...]) -> set[str]:
    """The names of `names` printed in `text` as whole words, case as listed."""
    return {m.group() for m in _whole_words(names).finditer(text)} if names else set()


def _whole_words(names) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{longest_first(names)})(?![\w-])")


def _level_places(lex: Lexicon) -> dict[str, tuple[dict[str, str], re.Pattern[str]]]:
    """Level -> ({printed name: the place it names}, a pattern of those names as whole words)."""
    data = lex.data
    states = {str(p) for p in data.get("state_places") or ()}
    both = {str(p) for p in data.get("state_city_places") or ()}
    countries = {str(p) for p in data.get("countries") or ()}
    listed = {str(p) for p in (*(data.get("places") or ()), *(data.get("world_places") or ()))}
    cities = {p for p in listed if (p not in states or p in both) and p not in countries}
    country = {c: c for c in countries}
    for adjective, name in (data.get("demonyms") or {}).items():
        country.setdefault(str(adjective), str(name))  # "Malaysian": Malaysia
    levels = {"state": {p: p for p in states}, "city": {p: p for p in cities}, "country": country}
    return {level: (names, _whole_words(names)) for level, names in levels.items()}
