"""Organisation names folded for comparison: spelling variants unified (`org_fold`), one generic
corporate ending cut (`org_stem`), group names told (`is_group_name`), generic names that say
what an organisation does but not whose it is told (`is_generic`); the word lists are
kg/vocab/org_matching.yml. Used where names are compared: the resolver of keys
(kg.assemble.resolve) and extractors (kg.extract.headline_forms)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.hanzi import simplified
from kg.vocab import fold, load_lexicon


@lru_cache(maxsize=1)
def _spelling() -> tuple[tuple[str, str], ...]:
    variants = load_lexicon("org_matching").get("organisation_name_variants") or {}
    return tuple(sorted(variants.items()))


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    endings = load_lexicon("org_matching").get("generic_endings") or []
    return tuple(sorted({fold(e) for e in endings}, key=lambda e: (-len(e), e)))


@lru_cache(maxsize=1 << 16)
def org_stem(name: str) -> str:
    """The folded name without one generic corporate ending ("Hengda Copper Group" -> "hengdacopper")."""
    key = org_fold(name)
    for ending in _endings():
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return key


@lru_cache(maxsize=1)
def _group_endings() -> tuple[str, ...]:
    endings = load_lexicon("org_matching").get("group_endings") or []
    return tuple(sorted({fold(e) for e in endings}, key=lambda e: (-len(e), e)))


def is_group_name(name: str) -> bool:
    """A name ending in a word for a group of companies ("Hengda Copper Group", "恒达铜业集团")."""
    key = org_fold(name)
    return any(key.endswith(e) and len(key) > len(e) + 1 for e in _group_endings())


@lru_cache(maxsize=1)
def _listed_group_endings() -> tuple[str, ...]:
    return tuple(fold(e) for e in load_lexicon("org_matching").get("listed_group_endings") or ())


def is_listed_group_name(name: str) -> bool:
    """A group's name with a listed company's legal form ("X Group PLC", "X Group Bhd",
    `listed_group_endings`): the group is itself the listed company."""
    return org_fold(name).endswith(_listed_group_endings())


@lru_cache(maxsize=1 << 16)
def org_fold(name: str) -> str:
    """The folded organisation name with spelling variants unified."""
    key = fold(name)
    for variant, standard in _spelling():
        key = key.replace(variant, standard)
    return key


@lru_cache(maxsize=1)
def _generic_rules() -> tuple[frozenset[str], frozenset[str], str, frozenset[str]]:
    data = load_lexicon("org_matching")
    return (
        frozenset(w.casefold() for w in data.get("generic_heads") or []),
        frozenset(w.casefold() for w in data.get("generic_fields") or []),
        str(data.get("generic_han_openers") or ""),
        frozenset(data.get("generic_han_units") or []),
    )


@lru_cache(maxsize=1 << 14)
def is_generic(name: str) -> bool:
    """A name that says what an organisation does but not whose it is ("Ministry of Finance",
    "市政协", "组织部"): see `generic_heads` in kg/vocab/org_matching.yml."""
    heads, fields, openers, units = _generic_rules()
    if any("\u3400" <= ch <= "\u9fff" for ch in name):
        name = simplified(name)  # "國際處" is "国际处"
        return name in units or (len(name) <= 8 and name[0] in openers) or _field_unit(name)
    words = re.findall(r"[A-Za-z'’&]+", name.casefold())
    if bool(words) and words[0] in heads and all(w in fields for w in words[1:]):
        return True
    if len(words) > 1 and words[-1] in heads and all(w in fields or w in heads for w in words):
        return True  # the head last: "Foreign Ministry", "Propaganda Department"
    return _unit_of_a_field(name, heads) or is_title_office(name)


def is_title_office(name: str) -> bool:
    """An office named by its holder's title ("Prime Minister's Office", "Office of the
    President": `office_holder_titles` of kg/vocab/en.yml), in any case and spacing: its
    holder's, not a body of its own, and which country's or which place's the name does not say."""
    m = re.fullmatch(r"(.+)['’]s office|office of the (.+)", " ".join(name.split()).casefold())
    return m is not None and (m[1] or m[2]) in _office_holders()


@lru_cache(maxsize=1)
def _office_holders() -> frozenset[str]:
    words = load_lexicon("en").get("office_holder_titles") or ()
    return frozenset(str(w).casefold() for w in words)


def _unit_of_a_field(name: str, heads: frozenset[str]) -> bool:
    """A generic head, "of" or "for", then words none of which says whose the unit is: no
    acronym, no place, country or people's adjective of the English lexicon ("Department of
    Strategic Development", "Office of the President"; not "Department of Health of Lanshan",
    "Office of SASAC")."""
    words = re.findall(r"[A-Za-z'’&-]+", name)
    if len(words) < 3 or words[0].casefold() not in heads or words[1] not in ("of", "for"):
        return False
    if words[0].casefold() in _owner_heads():
        return False  # "Government of Arland": a government is a place's
    if any(w in ("of", "in") for w in words[2:]):
        return False  # "Department of Health of Arland": a second "of" names whose it is
    owners = _owner_words()
    rest = [w for w in words[2:] if w not in ("the", "and", "&")]
    return (
        bool(rest)
        and not any((w.isupper() and len(w) > 1) or w.casefold() in owners for w in rest)
        and not any(" ".join(rest[i : i + 2]).casefold() in owners for i in range(len(rest) - 1))
    )


@lru_cache(maxsize=1)
def _owner_heads() -> frozenset[str]:
    """Generic heads whose "of" names the owner (`owner_heads` of kg/vocab/org_matching.yml)."""
    words = load_lexicon("org_matching").get("owner_heads") or ()
    return frozenset(str(w).casefold() for w in words)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Places, places abroad, countries and peoples' adjectives of kg/vocab/en.yml, case-folded."""
    data = load_lexicon("en")
    words = [
        *(data.get("places") or ()),
        *(data.get("world_places") or ()),
        *(data.get("countries") or ()),
        *(data.get("demonyms") or {}),
    ]
    return frozenset(str(w).casefold() for w in words)


@lru_cache(maxsize=1)
def _owner_words() -> frozenset[str]:
    """Places, countries, peoples' adjectives (`place_words`) and organisation words
    (`org_suffixes`) of kg/vocab/en.yml: words that say whose a unit is ("of Kestrel Mining", "of
    the State Council")."""
    suffixes = load_lexicon("en").get("org_suffixes") or ()
    return place_words() | frozenset(str(w).casefold() for w in suffixes)


@lru_cache(maxsize=1)
def _han_unit_rules() -> tuple[tuple[str, ...], frozenset[str], int]:
    data = load_lexicon("org_matching")
    endings = sorted(data.get("generic_han_unit_endings") or [], key=len, reverse=True)
    fields = frozenset(data.get("generic_han_fields") or [])
    return tuple(endings), fields, max((len(f) for f in fields), default=0)


def _field_unit(name: str) -> bool:
    """A unit named only by its field ("国际教育学院", "科研处"): field words, then a unit ending."""
    endings, fields, longest = _han_unit_rules()
    return any(
        name.endswith(ending)
        and len(name) > len(ending)
        and _field_words_only(name[: -len(ending)], fields, longest)
        for ending in endings
    )


def _field_words_only(text: str, fields: frozenset[str], longest: int) -> bool:
    """Whether `text` is a sequence of `fields` (each word at most `longest` characters)."""
    ends = {0}  # offsets a sequence of field words can reach
    for i in range(len(text)):
        if i in ends:
            ends.update(
                j for j in range(i + 1, min(len(text), i + longest) + 1) if text[i:j] in fields
            )
    return len(text) in ends


@lru_cache(maxsize=1)
def han_org_endings() -> tuple[str, ...]:
    """Endings of Chinese organisation names (`org_suffixes` of kg/vocab/zh.yml; of the short
    ones, those of two characters or more: "香港" and "防城港" are places): "邮政集团" is no
    place."""
    suffixes = load_lexicon("zh").get("org_suffixes") or {}
    short = [w for w in suffixes.get("short") or () if len(w) > 1]
    return tuple(sorted({*(suffixes.get("legal") or ()), *(suffixes.get("unit") or ()), *short}))


@lru_cache(maxsize=1)
def _place_levels() -> tuple[str, ...]:
    """A place's level words after its name (`place_suffixes` of kg/vocab/zh.yml), longest first."""
    return tuple(sorted(load_lexicon("zh")["place_suffixes"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _big_places() -> tuple[str, ...]:
    """Provinces, regions and province-level cities (kg/vocab/zh.yml), longest first."""
    data = load_lexicon("zh")
    names = data.get("place_names") or {}
    regions = names.get("自治区") or {}
    every = {
        *(names.get("省") or ()),
        *regions,
        *regions.values(),
        *(data.get("municipalities") or ()),
    }
    return tuple(sorted(every, key=lambda n: (-len(n), n)))


def _without_a_place(name: str) -> set[str]:
    """The forms of a Chinese name with its leading place printed less fully: a province or
    province-level city dropped ("上海临港集团" -> "临港集团"), a place's level dropped or its
    whole place dropped ("陇南市第一医院" -> "陇南第一医院", "第一医院"), or its place kept to the
    level ("弋江区卫健委" -> "区卫健委")."""
    forms = set()
    for place in _big_places():
        if name.startswith(place):
            rest = name[len(place) :]
            forms.add(rest)
            forms.update(rest[len(level) :] for level in _place_levels() if rest.startswith(level))
            break
    for size in (2, 3, 4):
        for level in _place_levels():
            if name[size : size + len(level)] == level and not name[:size].endswith(
                _place_levels()
            ):
                stem, rest = name[:size], name[size + len(level) :]
                forms.update({stem + rest, rest, level + rest})
    return {f for f in forms if f and f != name}


@lru_cache(maxsize=1 << 14)
def place_shortenings(name: str) -> frozenset[str]:
    """Every shorter form (three characters or more) a Chinese organisation name takes by
    printing its leading places less fully, two steps deep ("甘肃省陇南市第一人民医院" ->
    "陇南第一人民医院"), or without a legal form inside it; Latin names: none."""
    if not name or not all("\u3400" <= ch <= "\u9fff" for ch in name):
        return frozenset()
    name = simplified(name)
    inner = {name.replace(legal, "", 1) for legal in _INNER_LEGAL if legal in name[:-1]}
    first = {f for n in (name, *inner) for f in _without_a_place(n)} | inner
    second = {g for f in first for g in _without_a_place(f)}
    return frozenset(f for f in first | second if len(f) >= 3 and f != name)


# Legal forms a branch's or unit's name carries inside ("X银行股份有限公司Y分行" is "X银行Y分行").
_INNER_LEGAL = ("股份有限公司", "有限责任公司", "有限公司")
