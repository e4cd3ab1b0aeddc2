"""A place and the bodies that govern it, however an article writes them.

"Anhui Province", "Anhui Provincial Government" and "People's Government of Anhui Province"
are one organisation; "Anhui Provincial Party Committee" and "CPC Anhui Provincial Committee"
another. `place_body` reads a name as (place, level, body) by the forms of `place_bodies` in
kg/vocab/org_matching.yml; the resolver (kg.assemble.resolve) gives the names of one place,
level and body one key. The place must be a listed place or a word spelt in pinyin (English),
or Han characters (Chinese): "Kansas City" is no level of Kansas.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.extract.en.pinyin import syllable_count
from kg.hanzi import simplified
from kg.orgnames import han_org_endings
from kg.pinyin import plain_pinyin
from kg.vocab import fold, load_lexicon

MAX_HAN_PLACE = 8  # "新疆维吾尔" before 自治区
MAX_LATIN_PLACE = 40  # letters of a place in pinyin ("xishuangbanna")


class PlaceBody(NamedTuple):
    place: str  # folded (English) or as printed (Han)
    level: str | None  # province, region, city, county, district; None: not said
    body: str  # government, party-committee
    han: bool


class _Form(NamedTuple):
    pattern: re.Pattern[str]
    level: str | None
    body: str
    han: bool


@lru_cache(maxsize=1)
def _forms() -> tuple[_Form, ...]:
    forms: list[tuple[int, _Form]] = []
    data = load_lexicon("org_matching").get("place_bodies") or {}
    for body, levels in sorted(data.items()):
        for level, item in sorted(levels.items()):
            for lang in ("en", "zh"):
                for form in item.get(lang) or ():
                    han = lang == "zh"
                    head, _, tail = (form if han else fold(form)).partition("{}")
                    pattern = re.compile(f"^{re.escape(head)}(.+?){re.escape(tail)}$")
                    lvl = None if level == "any" else level
                    forms.append((len(head) + len(tail), _Form(pattern, lvl, body, han)))
    return tuple(f for _, f in sorted(forms, key=lambda p: -p[0]))  # the most said first


@lru_cache(maxsize=1)
def _keys() -> dict[tuple[str | None, str, bool], str]:
    data = load_lexicon("org_matching").get("place_bodies") or {}
    return {
        (None if level == "any" else level, body, lang == "zh"): form
        for body, levels in data.items()
        for level, item in levels.items()
        for lang, form in (item.get("key") or {}).items()
    }


@lru_cache(maxsize=1)
def _latin_places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(China's listed places, the world's places and countries, pinyin syllables), folded."""
    en = load_lexicon("en")
    return (
        frozenset(fold(p) for p in en.get("places", ())),
        frozenset(fold(p) for p in (*(en.get("world_places") or ()), *(en.get("countries") or ()))),
        frozenset(s.casefold() for s in en.get("pinyin_syllables", ())),
    )


def _is_han(text: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" for ch in text)


def _pinyin_spelt(word: str) -> bool:
    """Whether `word` is pinyin syllables run together (a hostile page's very long name is not)."""
    syllables = _latin_places()[2]
    return len(word) <= MAX_LATIN_PLACE and syllable_count(word, syllables) is not None


def _place(text: str, han: bool, level: str | None) -> bool:
    """A place of the form's level: Han characters; in English a Chinese place (listed or spelt in
    pinyin), or a listed place of the world where no level is said ("Kuwait City", "Mexico
    City" and "Manchester City" are no cities of Kuwait, Mexico and Manchester)."""
    if han:
        return (
            2 <= len(text) <= MAX_HAN_PLACE
            and _is_han(text)
            and not (level is None and text.endswith(han_org_endings()))
        )
    china, world, _ = _latin_places()
    if text in world:  # "Guatemala City", "Panama City": no city of the country, whatever
        return level is None  # its name spells in pinyin
    return text in china or (text.isalpha() and _pinyin_spelt(text))


@lru_cache(maxsize=1 << 14)
def known_han_place(name: str) -> bool:
    """Whether the Han name is a place the lexicons list: a province, region or municipality of
    kg/vocab/zh.yml, or a place of kg/vocab/en.yml spelt in pinyin ("四川", "苏州")."""
    zh = load_lexicon("zh")
    listed = {
        str(p)
        for group in (zh.get("place_names") or {}).values()
        for p in (group if isinstance(group, list) else list(group))
    } | set(zh.get("municipalities") or ())
    plain = simplified(name)
    return plain in listed or fold(plain_pinyin(plain)) in _latin_places()[0]


@lru_cache(maxsize=1 << 14)
def place_body(name: str) -> PlaceBody | None:
    """The place, level and body `name` names, else None ("Anhui Provincial Government" ->
    ("anhui", "province", "government"); "中共天津市委" -> ("天津", "city", "party-committee"))."""
    han = any("\u3400" <= ch <= "\u9fff" for ch in name)
    text = name.strip() if han else fold(name)
    for form in _forms():
        if form.han != han:
            continue
        m = form.pattern.match(text)
        if m is None:
            continue
        place = m.group(1) if han else _without_people(m.group(1), form.level)
        if _place(place, han, form.level):
            return PlaceBody(place, form.level, form.body, han)
    return None


@lru_cache(maxsize=1)
def _region_peoples() -> tuple[str, ...]:
    peoples = load_lexicon("org_matching").get("region_peoples") or ()
    return tuple(sorted((fold(p) for p in peoples), key=len, reverse=True))


def _without_people(place: str, level: str | None) -> str:
    """An autonomous region's place without the people its English name adds ("guangxizhuang"
    -> "guangxi"): in a region's name, or before no level where the rest is a listed place of
    China ("Anhui" stays); a place that is all people's name stays."""
    for people in _region_peoples():
        if place.endswith(people) and len(place) > len(people):
            rest = place[: -len(people)]
            if level == "region" or (level is None and rest in _latin_places()[0]):
                return rest
    return place


def place_body_key(place: PlaceBody) -> str:
    """The key of the organisation: the folded `key` form of its level and body."""
    form = _keys().get((place.level, place.body, place.han))
    if form is None:
        form = _keys()[(None, "government", place.han)] if place.body == "government" else "{}"
    return fold(form.replace("{}", place.place))
