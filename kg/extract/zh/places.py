"""The place behind a title of a place's Party committee or government.

"省委书记", "省长", "市委常委、常务副市长" name no place: the organisation is the
place's committee or government ("福建省委", "福建省"). The place is, in this
order: the one printed before the title; the one printed last before a title of
the same level (省, 市, ...) in the article; the article's own government (a
mention such as "福建省人民政府", usually the site publishing the page); the
first province (or autonomous region) of the lexicon that the body names.
A government so found is the mention of its people's government when the
article has one, and takes the bare place name as an alias ("江苏省" is also
"江苏"); a committee whose place is only implied takes the printed word as an
alias ("福建省委" is printed "省委").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.script import simplified_same_length
from kg.extract.zh.lexicon import zh_lexicon
from kg.model import Extraction
from kg.vocab import load_lexicon

GOVERNMENT_TAILS = ("人民政府", "政府")


@lru_cache(maxsize=256)
def place_ending(title: str) -> str | None:
    """The organisation ending of a place title, modifiers allowed before it ("常务副市长" -> "市")."""
    table = zh_lexicon().place_titles
    key = max((t for t in table if title.endswith(t)), key=len, default=None)
    return table[key] if key else None


@lru_cache(maxsize=1)
def place_bodies() -> tuple[str, ...]:
    """A place's Party committee or government (`place_bodies`): a word right before one is the
    place, never a name ("徐汇|区委书记" though jieba reads the district as a name)."""
    return tuple(sorted(load_lexicon("zh").get("place_bodies") or (), key=len, reverse=True))


def level(ending: str) -> str:
    """The kind of place of an organisation ending: "省委", "县议会" and "省" are "省", "县"."""
    for tail in ("党委", "委", "议会"):
        if ending.endswith(tail) and len(ending) > len(tail):
            return ending[: -len(tail)]
    return ending


@lru_cache(maxsize=1)
def place_levels() -> tuple[str, ...]:
    """The kinds of place of the place titles' organisations ("省", "市", "县"...), longest first."""
    levels = {level(e) for e in zh_lexicon().place_titles.values()}
    return tuple(sorted(levels, key=len, reverse=True))


@lru_cache(maxsize=4)
def _level_pattern(bodies: tuple[str, ...]) -> re.Pattern:
    """A place stem, its level and one of `bodies` ("青川|市|人民政府")."""
    alt = "|".join(map(re.escape, place_levels()))
    body = longest_first(bodies)
    return re.compile(rf"^([\u4e00-\u9fff]{{2,4}}?)({alt})(?:{body})$")


def _stem_level(name: str, bodies: tuple[str, ...]) -> tuple[str, str] | None:
    m = _level_pattern(bodies).match(name)
    if m is None or m.group(1).endswith(("委", "府")):  # "省委省政府": two bodies, no place
        return None
    return m.group(1), m.group(2)


_GOVERNMENT_BODIES = ("人民政府", "政府", "党委", "委")


def government_place(name: str) -> tuple[str, str] | None:
    """(place stem, level) of a government's or committee's name ("青川市人民政府": 青川, 市)."""
    return _stem_level(name, _GOVERNMENT_BODIES)


def _body_place(name: str) -> tuple[str, str] | None:
    """(place stem, level) of a place's body of `level_bodies` ("青川市人大常委会": 青川, 市)."""
    return _stem_level(name, tuple(zh_lexicon().level_bodies))


def home_places(found: Extraction) -> dict[str, str]:
    """Level -> place stem of the governments and committees the article names (else the city of
    a city's own newspaper it names), and of the first province the body names."""
    homes: dict[str, str] = {}
    for org in found.orgs:
        if placed := government_place(org.native or org.name):
            homes.setdefault(placed[1], placed[0])
    for org in found.orgs:
        if placed := _body_place(org.native or org.name):
            homes.setdefault(placed[1], placed[0])  # "X市人大常委会": a body of the city X
    if "市" not in homes and (city := _local_media_city(found)):
        homes["市"] = city  # "来源：X日报": a city's own paper reports on "市委书记A"
    if "市" not in homes and (city := _sole_city(found)):
        homes["市"] = city  # "市委书记A ... 来X ... X的发展": the one city the page talks about
    if "县" not in homes and (county := _sole_county(found)):
        homes["县"] = county  # "X县农会理事长A……县长B": the one county the page names
    body = found.article.body
    for line in (found.article.headline or "", body.lstrip()[:80]):
        m = _subject_place_pattern().match(line)
        if m:
            homes.setdefault(m.group(2), m.group(1))  # "X区召开...": the page is the district's
    for lvl, stem in _hosting_places(body).items():
        homes.setdefault(lvl, stem)  # "会见了来X区考察的A一行": the page is written at X
    never = set(load_lexicon("zh").get("no_home_places") or ())
    for lvl, names in zh_lexicon().place_names.items():
        if lvl not in homes:
            at = [(body.find(n), stem) for n, stem in names.items() if n in body and n not in never]
            if at:
                homes[lvl] = min(at)[1]
    return homes


def _local_media_city(found: Extraction) -> str | None:
    """The city whose own newspaper, news site or broadcaster the article names ("X日报", "X
    广播电视台", `local_media_endings`), X one of `city_names`: the first such, else None."""
    lex = zh_lexicon()
    endings = tuple(load_lexicon("zh").get("local_media_endings") or ())
    provinces = {n for names in lex.place_names.values() for n in names}
    for org in found.orgs:
        name = org.native or org.name
        for ending in endings:
            stem = name[: -len(ending)]
            if name.endswith(ending) and stem in lex.city_names and stem not in provinces:
                return stem  # "吉林日报" is the province's paper, not its namesake city's
    return None


def place_org(
    stem: str, ending: str, printed: bool, found: Extraction
) -> tuple[str, tuple[str, ...]]:
    """(organisation name, aliases) of the committee or government `ending` of the place `stem`.

    `printed` says whether the article printed the place before the title."""
    name = stem + ending
    if level(ending) == ending:  # a government
        names = {o.native or o.name for o in found.orgs}
        full = next((name + t for t in GOVERNMENT_TAILS if name + t in names), None)
        full = full or next((stem + t for t in GOVERNMENT_TAILS if stem + t in names), None)
        return (full, ()) if full else (name, (stem,))
    return name, (() if printed else (ending,))


def _sole_city(found: Extraction) -> str | None:
    """The one city of `city_names` (not a province's namesake) the page names, at least twice,
    never with a title of its own ("X市长", "X市委书记": perhaps a visitor's) nor a delegation
    ("X市代表团"), and never as where someone goes (`place_prepositions`, `outgoing_visits`:
    "赴X考察" is another city's); else None."""
    lex = zh_lexicon()
    text = (found.article.headline or "") + "\n" + found.article.body
    provinces = {n for names in lex.place_names.values() for n in names}
    named = [c for c in lex.city_names if c in text and c not in provinces]
    named = [c for c in named if not any(o != c and c in o for o in named)]  # the longest names
    if len(named) != 1:
        return None
    city = named[0]
    data = load_lexicon("zh")
    going = (*(data.get("place_prepositions") or ()), *(data.get("outgoing_visits") or ()))
    titled = (
        *(t for t in lex.place_titles if t.startswith("市")),
        *("市" + w for w in data.get("led_delegation_words") or ()),
    )
    at = [m.start() for m in re.finditer(re.escape(city), text)]
    if len(at) < 2 or any(
        text.startswith(titled, a + len(city)) or text[:a].endswith(going) for a in at
    ):
        return None
    branches = tuple(data.get("unit_generics") or ())
    if all(text.startswith(branches, a + len(city)) for a in at):
        return None  # "X银行Y分行行长A来考察": Y is where the branch sits, not the page's city
    return city


def _sole_county(found: Extraction) -> str | None:
    """The stem of the one county the page names as a county ("X县", X one of `city_names`, in
    the headline or the body, alone or opening a body's name); None when it names two or more
    (a guest's county may be the other)."""
    text = simplified_same_length((found.article.headline or "") + "\n" + found.article.body)
    cities = {simplified_same_length(c) for c in zh_lexicon().city_names}
    stems = {m.group(1) for m in _county_pattern().finditer(text) if m.group(1) in cities}
    return stems.pop() if len(stems) == 1 else None


@lru_cache(maxsize=1)
def _county_pattern() -> re.Pattern:
    return re.compile(r"(?=([\u4e00-\u9fff]{2,3})县)")


def _hosting_places(body: str) -> dict[str, str]:
    """Level -> stem of the one place of each level that guests come to ("来X区考察", "莅临X县
    调研": `hosting_words` then a place then one of `hosting_visit_verbs`): "来" is said from
    where the page is written, unlike "到"/"赴" (a trip of the page's own leaders)."""
    found: dict[str, set[str]] = {}
    for m in _hosting_pattern().finditer(body):
        found.setdefault(m.group(2), set()).add(m.group(1))
    return {lvl: next(iter(stems)) for lvl, stems in found.items() if len(stems) == 1}


@lru_cache(maxsize=1)
def _hosting_pattern() -> re.Pattern:
    data = load_lexicon("zh")
    coming = longest_first(data.get("hosting_words") or ())
    verbs = longest_first(data.get("hosting_visit_verbs") or ())
    levels = "|".join(map(re.escape, place_levels()))
    return re.compile(
        rf"(?<![以未近从原后本将带])(?:{coming})([\u4e00-\u9fff]{{2,4}}?)({levels})(?:{verbs})"
    )


@lru_cache(maxsize=1)
def _subject_place_pattern() -> re.Pattern:
    """A place opening the headline or the lead (after a date) as the subject of one of
    `place_subject_verbs` ("石岭区召开...", "3月3日，X县举行...")."""
    levels = place_levels()
    verbs = "|".join(map(re.escape, zh_lexicon().place_subject_verbs))
    return re.compile(
        rf"^(?:[0-9０-９]{{1,4}}年)?(?:[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?[，,、\s]*"
        rf"([\u4e00-\u9fff]{{2,4}}?)({'|'.join(map(re.escape, levels))})(?:{verbs})"
    )
