"""Resolving names to canonical keys: which node a mention belongs to.

Persons are keyed by their folded Latin (pinyin) name, so "邓国栋" (read as Deng
Guodong) and an English "Deng Guodong" meet, while "Lu Wei" and "Lu Weiqiang"
stay apart. Organisations are keyed by the alias table (kg/vocab/org_aliases.yml)
when any of their names is in it, else by their own folded name; abbreviations an
article defines join the name they abbreviate within that article. A generic name
the table does not know ("Ministry of Finance", "市政协") is an organisation of its
article only: two articles may mean two countries' ministries or two cities' committees.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.hanzi import simplified
from kg.model import Extraction
from kg.orgnames import (
    han_org_endings,
    is_generic,
    is_group_name,
    org_fold,
    org_stem,
    place_shortenings,
    place_words,
)
from kg.placenames import PlaceBody, known_han_place, place_body, place_body_key
from kg.vocab import Vocab, fold, load_lexicon


def person_key(name: str) -> str:
    """The merge key of a person name (Latin script, family name first)."""
    return fold(name)


@lru_cache(maxsize=1)
def _han_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = load_lexicon("org_matching").get("han_org_words") or {}
    return tuple(sorted(((w, tuple(r)) for w, r in table.items()), key=lambda p: -len(p[0])))


_MAX_FORMS = 64


@lru_cache(maxsize=1 << 14)
def latin_forms(han: str) -> frozenset[str]:
    """The stems (org_stem) an English rendering of a Chinese organisation name may have: its
    words of `han_org_words` rendered, every other Han character read in pinyin ("盛达能源集团":
    "shengdaenergy"). Empty for a name without Han characters."""
    from kg.pinyin import plain_pinyin

    if not any("\u3400" <= ch <= "\u9fff" for ch in han):
        return frozenset()
    words = _han_words()
    forms, pos, run = [""], 0, ""
    while pos <= len(han):
        hit = (
            next((p for p in words if han.startswith(p[0], pos)), None) if pos < len(han) else None
        )
        if hit is None and pos < len(han):
            run += han[pos]  # a brand or a place: read in pinyin as one word
            pos += 1
            continue
        options = (plain_pinyin(run),) if run else ("",)
        forms = [f + " " + o for f in forms for o in options]
        run = ""
        if hit is None:
            break
        forms = [f + " " + o for f in forms for o in hit[1]][:_MAX_FORMS]
        pos += len(hit[0])
    return frozenset(org_stem(f) for f in forms if fold(f))


@lru_cache(maxsize=4)
def _folded_table(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """org_fold(name) -> key for the alias table's (name, key) pairs (built once, not per article)."""
    return {org_fold(n): k for n, k in names}


def _spelt_alike(name: str) -> bool:
    """Whether `name` is an English name of a place that two Chinese cities share in pinyin
    (`shared_city_spellings` in kg/vocab/org_matching.yml): the name alone does not say which."""
    place = place_body(name)
    return place is not None and not place.han and place.place in _shared_spellings()


@lru_cache(maxsize=1)
def _shared_spellings() -> frozenset[str]:
    return frozenset(
        fold(n) for n in load_lexicon("org_matching").get("shared_city_spellings") or ()
    )


def _shortened(name: str, longer: list[tuple[str, str]]) -> str | None:
    """The key of the one longer Chinese name of the article that `name` shortens by printing
    its places less fully ("临港集团" of "上海临港集团", "区卫健委" of "弋江区卫健委"); None when
    none or several do, or when `name` ends in no organisation word."""
    if not name.endswith(han_org_endings()):
        return None
    keys = {key for long, key in longer if simplified(name) in place_shortenings(long)}
    return keys.pop() if len(keys) == 1 else None


def _bare_and_group(name: str, longer: str) -> bool:
    """Whether `name` is a bare name (no corporate ending) and `longer`, of its stem, a group's."""
    return is_group_name(longer) and org_stem(name) == org_fold(name)


def _short_of_company(name: str, stem: str, by_stem: dict[str, tuple[str, str]]) -> bool:
    """Whether `name`, bare and of no level ("嘉船"), is the short name of a company the article
    names with a company's ending ("嘉船公司", not a group's): read as a place's government (a bare
    Han name may be a place), it would stay apart from its own company."""
    if stem not in by_stem or org_stem(name) != org_fold(name):
        return False
    longer = by_stem[stem][0]
    bare = place_body(name)
    return (
        bare is not None
        and bare.level is None
        and not known_han_place(name)  # "四川" beside "四川公司" (a group's branch): the province
        and place_body(longer) is None
        and not is_group_name(longer)
    )


class Resolver:
    """Maps the organisation names one article uses to canonical organisation keys."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._table = vocab.derived("folded_org_table", lambda: _folded_table(vocab.org_names()))

    def known_key(self, name: str) -> str | None:
        """The alias-table key of `name`: a known name, or a known name plus a generic ending ("X集团")."""
        return (
            self.vocab.org_key(name)
            or self._table.get(org_fold(name))
            or self._table.get(org_stem(name))
        )

    def free_key(self, name: str) -> str:
        """The key of an organisation the table does not know."""
        key = org_fold(name)
        return f"{key}~" if key in self.vocab.orgs else key

    def org_keys(self, extraction: Extraction) -> dict[str, str]:
        """Every organisation name of the article (mentions and the aliases they define) -> key.

        Names the table does not know join, within the article, a name that differs from them
        only by a generic corporate ending; the longest such name gives the key. A bare name
        (no ending) does not join a group's name: left in the extraction, the text uses it on
        its own (kg.extract.headline_forms), where it is as often the group's listed company or
        a subsidiary its people visit.
        """
        keys: dict[str, str] = {}
        by_stem: dict[str, tuple[str, str]] = {}  # stem -> (the longest name of it, its key)
        mentions = sorted(extraction.orgs, key=lambda m: (-len(org_fold(m.name)), m.name))
        places = _place_keys(m.name for m in mentions)
        decided = dict(extraction.page_keys)
        seen: list[tuple[str, str]] = []  # (name, key) of the longer names
        for mention in mentions:
            names = (mention.name, *mention.aliases) + ((mention.native,) if mention.native else ())
            key = next((k for k in map(self.known_key, names) if k), None)
            own = f"{org_fold(mention.name)}@{extraction.article.ident}"  # this article's own
            if key is not None and any(decided.get(n) == "" for n in names):
                key = own  # "State Council" on a page of another country's State Council
            if key is None and all(is_generic(n) for n in names):
                key = _shortened(mention.name, seen) or own  # "区卫健委" of "X区卫健委"
            stem = org_stem(mention.name)
            if key is None and _short_of_company(mention.name, stem, by_stem):
                key = by_stem[stem][1]  # "嘉船" beside "嘉船公司": the company's short name
            if key is None and mention.name in places:
                key = self.free_key(places[mention.name])  # "~" where a table key is spelt so
                if _spelt_alike(mention.name):  # "Taizhou": 泰州 or 台州, this article's own
                    key = f"{key}@{extraction.article.ident}"
            if (
                key is None
                and stem in by_stem
                and not _bare_and_group(mention.name, by_stem[stem][0])
            ):
                key = by_stem[stem][1]
            if key is None:
                key = _shortened(mention.name, seen)
            key = key or self.free_key(mention.name)
            seen.append((mention.name, key))
            by_stem.setdefault(stem, (mention.name, key))
            for name in names:
                keys.setdefault(name, key)
        return keys

    def page_keys(self, extraction: Extraction) -> tuple[tuple[str, str], ...]:
        """The keys the page's text decides (`Extraction.page_keys`), read while the text is at
        hand (the builder merges extractions without it): "" (the article's own) for a table
        name that is here another place's namesake."""
        text = extraction.article.text
        names = {
            *(n for m in extraction.orgs for n in (m.name, *m.aliases, m.parent) if n),
            *(r.org for r in extraction.roles),
            *(e.organizer for e in extraction.events if e.organizer),
        }
        out = []
        for name in sorted(names):
            key = self.known_key(name)
            if key is not None and self._namesake_here(name, key, text):
                out.append((name, ""))
        return tuple(out)

    def _namesake_here(self, name: str, key: str, text: str) -> bool:
        """Whether the page shows that a table name of one place's body (`key`) is here another
        place's namesake: the page prints it with another place ("State Council of Norway",
        "Norway's State Council", "CPPCC of Lanshan", "the municipal CPPCC"), or the name says
        what the body does but not whose ("State Council") and the page never names the
        country of the table's body. Latin names of bodies that are not companies only."""
        entry = self.vocab.orgs.get(key)
        if entry is None or org_stem(entry.label) != org_fold(entry.label):
            return False  # a company ("Apple Inc."): "the Chongqing Apple store" is still Apple's
        own = fold(" ".join((entry.label, *entry.names)))
        if is_han(name) or len(fold(name)) < 3:
            return False
        placed = _label_placed(entry.label)
        for place in _qualifying_places(name, text):
            if _own_place(place, own):
                continue
            if place and not placed and place.split()[0].casefold() in _countries():
                continue  # a country before a body whose label names no place: its own country
            return True
        return is_generic(name) and not _country_named(entry.label, text)

    def org_key(
        self, name: str, article_keys: dict[str, str], article: Extraction | None = None
    ) -> str:
        """The key of an organisation name used in an article (`article`: its extraction, whose
        `page_keys` decide a table name a role or an event uses without a mention)."""
        if name in article_keys:
            return article_keys[name]
        key = self.known_key(name)
        if key and article is not None and dict(article.page_keys).get(name) == "":
            return f"{org_fold(name)}@{article.article.ident}"
        return key or self.free_key(name)


def is_han(text: str) -> bool:
    """True when the text contains Han characters."""
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=1)
def _local_levels() -> str:
    words = load_lexicon("org_matching").get("local_level_words") or ()
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_PLACE = r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2}"


def _qualifying_places(name: str, text: str) -> tuple[str, ...]:
    """The places the page prints `name` with: "<name> of <Place>" (a place of kg.placenames: a
    country, a city, a word spelt in pinyin), "<Place>'s <name>" and "<Place> <name>" (a place or
    a people's adjective the English lexicon lists), and "" for a level word before it ("the
    municipal CPPCC": a place's own body, not the country's). Before the name, the name must end
    there, not run on into a longer capitalised name."""
    n = re.escape(name)
    end = r"(?![\w-])(?!\s+(?:of\s+)?[A-Z])"
    places = []
    for m in re.finditer(rf"\b{n}\s+of\s+(?:the\s+)?({_PLACE})", text):
        words = m.group(1).split()
        heads = [" ".join(words[:i]) for i in range(len(words), 0, -1)]
        places += [next((h for h in heads if _pinyin_or_listed_place(h)), None)]
    for pattern in (rf"\b({_PLACE})(?:'s|’s)\s+{n}{end}", rf"\b({_PLACE})\s+{n}{end}"):
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            tails = [" ".join(words[-i:]) for i in range(len(words), 0, -1)]
            places += [next((t for t in tails if t.casefold() in place_words()), None)]
    levels = _local_levels()
    if levels and re.search(rf"\b(?:{levels})\s+{n}{end}", text, re.I):
        places.append("")
    return tuple(p for p in places if p is not None)


def _pinyin_or_listed_place(words: str) -> bool:
    """A place of no level kg.placenames reads ("Norway", "Lanshan") or one the English lexicon
    lists."""
    if words.casefold() in place_words():
        return True
    place = place_body(words)
    return place is not None and place.level is None and not place.han


def _own_place(place: str, own: str) -> bool:
    """Whether `place` is the table body's own (its label or names print it, or its people's
    adjective: "China" for "Chinese People's ..."); a level word ("") never is."""
    if not place:
        return False
    words = place.split()
    forms = {fold(place), *(fold(" ".join(words[:i])) for i in range(1, len(words)))}
    country = _demonym_countries().get(words[0])
    forms |= {fold(country)} if country else set()
    forms |= {fold(d) for d, c in _demonym_countries().items() if fold(c) in forms}
    return any(f and f in own for f in forms)


@lru_cache(maxsize=1 << 12)
def _label_placed(label: str) -> bool:
    """Whether the table's label names a place or a people ("..., <city>", "... of China",
    "Chinese People's ..."): only then does a country before or after its name say whose."""
    words = re.findall(r"[A-Za-z'’-]+", label)
    spans = (" ".join(words[i : i + k]) for k in (1, 2, 3) for i in range(len(words) - k + 1))
    return any(span.casefold() in place_words() for span in spans)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries and peoples' adjectives of kg/vocab/en.yml, case-folded."""
    data = load_lexicon("en")
    words = [*(data.get("countries") or ()), *(data.get("demonyms") or {})]
    return frozenset(str(w).casefold() for w in words)


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    return {str(d): str(c) for d, c in (load_lexicon("en").get("demonyms") or {}).items()}


def _country_named(label: str, text: str) -> bool:
    """Whether the page names the country the table's label names ("... of the People's Republic
    of China": "China" or "Chinese"), or names no other country, people or place abroad (a
    translated page of a Chinese body may never print "China"); True when the label names no
    country."""
    patterns = _country_patterns(label)
    if patterns is None:
        return True
    own, abroad = patterns
    return bool(own.search(text)) or not abroad.search(text)


@lru_cache(maxsize=1 << 10)
def _country_patterns(label: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For `_country_named`: a pattern of the countries `label` names and their peoples'
    adjectives, and one of every other country, people and place abroad; None when the label
    names no country."""
    countries = [str(c) for c in load_lexicon("en").get("countries") or ()]
    own = [c for c in countries if re.search(rf"\b{re.escape(c)}\b", label)]
    if not own:
        return None
    words = set(own) | {d for d, c in _demonym_countries().items() if c in own}
    abroad = {
        *countries,
        *_demonym_countries(),
        *(str(p) for p in load_lexicon("en").get("world_places") or ()),
    } - words
    return _any_word(words), _any_word(abroad)


def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of `words` as a whole word (longest first)."""
    alternatives = sorted(words, key=lambda w: (-len(w), w))
    if not alternatives:
        return re.compile(r"(?!)")  # no word: nothing matches
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, alternatives))})\b")


def _place_keys(names: Iterable[str]) -> dict[str, str]:
    """The names of a place's bodies (kg.placenames) -> the key of their place, level and body.
    A name of no level ("Anhui", "Tianjin Government") takes the one level of its place and body
    the article names; where it names two ("Jilin Province", "Jilin City"), it takes none."""
    read: dict[str, PlaceBody] = {n: p for n in names if (p := place_body(n)) is not None}
    levels: dict[tuple[str, str, bool], set[str]] = {}
    for p in read.values():
        if p.level:
            levels.setdefault((p.place, p.body, p.han), set()).add(p.level)
    keys = {}
    for name, p in read.items():
        if p.level is None:
            said = levels.get((p.place, p.body, p.han), set())
            p = p._replace(level=next(iter(said))) if len(said) == 1 else p
        keys[name] = place_body_key(p)
    return keys
