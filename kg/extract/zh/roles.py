"""Roles in Chinese text: who holds which title at which organisation.

Read leftwards from each name: titles joined by 、 or 兼 ("党委书记、董事长"),
then the organisation before them ("华川股份"), a generic word meaning the
article's own organisation ("公司"), or nothing (the organisation named
last in the sentence, else the article's). A name in a 、-list takes the
titles of the list's head ("领导班子成员A、B、C"). A title right after a name
whose organisation is understood ("刘建国总书记") counts too. "原..." and
"免去..." make a role former.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.script import simplified_same_length
from kg.extract.zh.abbreviations import short_name_kind
from kg.extract.zh.lexicon import match_at, match_before, titles, zh_lexicon
from kg.extract.zh.org_mentions import (
    came_to_us,
    hosted_visit,
    visited_by_us,
    visited_in_clause,
)
from kg.extract.zh.orgs import (
    current_mark_before,
    former_marker_before,
    stationed_markers,
    suffix_kind,
)
from kg.extract.zh.places import (
    GOVERNMENT_TAILS,
    government_place,
    home_places,
    level,
    place_bodies,
    place_ending,
    place_levels,
    place_org,
)
from kg.extract.zh.spans import locate, org_canon, person_names
from kg.extract.zh.sub_units import add_sub_units
from kg.extract.zh.text import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Found,
    dictionary_tag,
    evidence_at,
    is_han,
    sentence_spans,
    tokens,
)
from kg.hanzi import simplified
from kg.model import Article, Evidence, Extraction, OrgMention, RoleClaim
from kg.orgnames import is_generic
from kg.vocab import Vocab, load_lexicon

JOINERS = ("、", "暨", "和", "及")  # and the words of `title_joins` (兼)
LOOSE_PLACE_TAGS = ("ns", "oov", "nz", "j", "n")


@dataclass(frozen=True)
class Heading:
    """The titles before a name, the organisation they belong to, and whether they are former."""

    titles: tuple[tuple[str, str], ...]
    org: str | None
    former: bool
    unresolved: bool = False  # an organisation is printed but was not recognised
    place: str | None = None  # the place before titles of a place's committee or government
    generic: str | None = None  # the generic word printed for the organisation ("公司", "集团")
    previous: Heading | None = (
        None  # titles at another organisation before it ("X总经理助理、Y部主任")
    )
    end: int = 0  # where the printed titles end (a heading after a name)
    trailing: bool = False  # printed after the name with no place before it ("A市长")
    seat: str | None = None  # the level of the government whose unit `org` is ("县府教育局长": 县)


def _title_chain(s: str, pos: int, table) -> tuple[list[tuple[str, str]], int]:
    chain: list[tuple[str, str]] = []
    words = [t for t, _ in table]
    notation = dict(table)
    while title := match_before(s, pos, words):
        role = notation[title]
        pos -= len(title)
        if modifier := match_before(s, pos, zh_lexicon().title_modifiers):
            bare, title, pos = title, modifier + title, pos - len(modifier)
            if body := _body_before(s, pos, bare, notation):
                # "党委常务副书记": the body's title (党委副书记) with a modifier inside it
                title, pos, role = body + title, pos - len(body), notation[body + bare]
        if region := match_before(s, pos, zh_lexicon().region_title_prefixes):
            title, pos, role = region + title, pos - len(region), "other"  # "亚太区行政总裁"
        chain.insert(0, (title, role))
        joiner = _joiner_before(s, pos)
        if joiner and pos > joiner and match_before(s, pos - joiner, words):
            pos -= joiner
            continue
        break
    return chain, pos


def _joiner_before(s: str, pos: int) -> int:
    """The length of the word joining two titles that ends at `pos` (one of JOINERS, or a word of
    `title_joins`: "X处长兼任Y秘书A"), else 0."""
    joined = match_before(s, pos, zh_lexicon().title_joins)
    return len(joined) if joined else int(pos > 0 and s[pos - 1] in JOINERS)


@lru_cache(maxsize=1)
def _title_bodies() -> tuple[str, ...]:
    """The Party bodies printed as the first part of a title ("党委副书记", "党组成员")."""
    return tuple(load_lexicon("zh").get("title_bodies") or ())


def _body_before(s: str, pos: int, bare: str, notation: Mapping[str, str]) -> str | None:
    """The body of `title_bodies` printed at `pos` before a modifier and a title, when the body
    and the title make one title of the table ("党委|常务|副书记": 党委副书记)."""
    body = match_before(s, pos, _title_bodies())
    return body if body and body + bare in notation else None


def heading_before(s: str, pos: int, table, orgs: list[str]) -> Heading | None:
    """The titles (and their organisation) printed right before offset `pos` of `s`; titles at
    another organisation joined before that organisation by 、 or 兼 are its `previous` heading
    ("集团总经理助理兼西南分公司总经理", "董事会秘书、证券部部长")."""
    portfolio = _PORTFOLIO_BEFORE.search(s, max(0, pos - 12), pos)
    if portfolio:  # "副校长（研究）A": the titles end before the portfolio's brackets
        pos = portfolio.start()
    heading = _heading_before(s, pos, table, orgs)
    if heading and heading.unresolved and heading.org is None:
        # "X委党委委员、Y协专职副会长A": Y is not known, X's titles before it still are A's
        # "集团副总经理、办公室主任A", "X集团副总经理兼办公室主任A": the group's titles still are
        joiner = max(s.rfind(j, max(0, pos - _UNKNOWN_ITEM), pos) for j in ("、", "兼"))
        if joiner > 0 and not any(c in _CLAUSE_MARKS for c in s[joiner:pos]):
            previous = _heading_before(s, joiner, table, orgs)
            if previous and (previous.org or previous.generic or previous.place):
                return replace(heading, previous=previous)  # "X区委书记、Y工委书记A": X's too
        return heading
    if heading and not (heading.org or heading.place or heading.generic or heading.unresolved):
        # "X市市长、Y市长会会长A": Y's body is not known (nor marked unknown), X's titles still are
        begin = _title_chain(s, pos, table)[1]
        joiner = max(s.rfind(j, max(0, begin - _UNKNOWN_ITEM), begin) for j in ("、", "兼"))
        if (
            joiner > 0
            and begin - joiner > 2
            and not any(c in _CLAUSE_MARKS for c in s[joiner:begin])
        ):
            previous = _heading_before(s, joiner, table, orgs)
            if previous and (previous.org or previous.place):
                return replace(heading, previous=previous)
    if heading and heading.generic and not (heading.org or heading.place):
        # "执行董事兼集团首席财务总裁A": the group's titles and those joined before its word
        at = s.rfind(heading.generic, 0, pos)
        joiner = _joiner_before(s, at)
        if at > joiner > 0 and s[at - joiner] in ("、", "兼"):
            previous = _heading_before(s, at - joiner, table, orgs)
            if previous is not None:
                return replace(heading, previous=previous)
    printed = heading and (heading.org or heading.place)  # "X省委副书记、Y市委书记A": Y, then X
    twin = None
    if heading and heading.org and (at := s.rfind(heading.org, 0, pos)) > 1 and s[at - 1] == "暨":
        # "X集团暨Y公司董事长A": one body under two names, the titles are both's
        name = match_before(s, at - 1, sorted(orgs, key=len, reverse=True))
        twin = replace(heading, org=name) if name else None
        printed = name or printed
    if heading and printed:
        at = s.rfind(printed, 0, pos)
        if at > 0 and heading.former and (marker := former_marker_before(s, at)):
            at -= len(marker)  # "X会长、原Y医院院长A": X's titles before the former ones
        previous, joiner = None, _joiner_before(s, at)
        if joiner and at > joiner:
            previous = heading_before(s, at - joiner, table, orgs)
        elif at > 1 and s[at - 1] in _COMMAS:  # "A集团党组书记、董事长，B集团党委书记、董事长X"
            earlier = heading_before(s, at - 1, table, orgs)
            start = s.rfind(earlier.org, 0, at) if earlier and earlier.org else -1
            if (
                earlier
                and earlier.org
                and (_clause_opens(s, start) or _after_meeting_verb(s, start))
            ):
                previous = earlier
        if twin is not None:
            return replace(heading, previous=replace(twin, previous=previous))
        if previous is not None or (joiner and at > joiner):
            return replace(heading, previous=previous)
    return heading


_COMMAS = "，,"
_UNKNOWN_ITEM = 16  # the most characters of an unknown body and its titles after a 、
_CLAUSE_MARKS = "，,。；;：:（）()"
_PORTFOLIO_BEFORE = re.compile(r"[（(][\u4e00-\u9fff、]{1,10}[）)]$")


def _clause_opens(s: str, at: int) -> bool:
    """Whether offset `at` opens the sentence or a clause (after a comma, a colon or 、)."""
    return at == 0 or (at > 0 and s[at - 1] in "，,：:；;、")


def _after_meeting_verb(s: str, at: int) -> bool:
    """Whether a verb of meeting someone ends at offset `at` (`chain_openers`: "会见了X公司副总经理，
    Y集团董事长A": the titles at X open what the verb's object is, A's too)."""
    return at > 0 and match_before(s, at, zh_lexicon().chain_openers) is not None


def _heading_before(s: str, pos: int, table, orgs: list[str]) -> Heading | None:
    heading = _heading_at(s, pos, table, orgs)
    if heading is None and _before_brackets(s, pos) < pos:
        # "副校长（研究）A": the portfolio in brackets; the organisation only as printed before it
        heading = _heading_at(s, _before_brackets(s, pos), table, orgs)
        return heading if heading is None or heading.org else replace(heading, unresolved=True)
    return heading


def _heading_at(s: str, pos: int, table, orgs: list[str]) -> Heading | None:
    lex = zh_lexicon()
    chain, pos = _title_chain(s, pos, table)
    if not chain:
        return None
    former = False
    pos = _before_brackets(s, pos)
    if marker := former_marker_before(s, pos):
        pos, former = pos - len(marker), True
    elif current := current_mark_before(s, pos):
        pos -= len(current)  # "X集团新任总经理A": X's, held now
    org = match_before(s, pos, sorted(orgs, key=len, reverse=True))
    if org is None and (verb := match_before(s, pos, lex.announcing_verbs)):
        # "X银行公告董事长A辞任": the titles of the company that announces them
        org = match_before(s, pos - len(verb), sorted(orgs, key=len, reverse=True))
        pos = pos - len(verb) if org else pos
    if org and former_marker_before(s, pos - len(org)):
        former = True
    if org is None and (own := match_before(s, pos, _own_words())):
        return Heading(tuple(chain), "", former, generic=own)  # "我校校长A": the page's school
    if org is None and (own := _clause_own_word(s, pos)):
        return Heading(tuple(chain), "", former, generic=own)  # "，校党委书记A": the page's school
    if org is None and (unit := _contracted_unit(s, pos, chain, orgs)):
        if seat := _government_before(s, pos + 1 - len(unit), orgs):
            # "县府教育局长A", "X市政府秘书处长B": a unit of the county's or city's government
            return Heading(tuple(chain), unit, former, place=seat[0], seat=seat[1])
        return Heading(tuple(chain), unit, former)  # "教育局长A": 教育局's head
    if any(place_ending(t) for t, _ in chain):
        printed = place_before(s, pos, loose=True) or (
            _listed_place_before(s, pos) if len(chain) == 1 else None
        )
        place = place_stem(printed)
        if printed and s.endswith(printed, 0, pos) and former_marker_before(s, pos - len(printed)):
            former = True  # "原X市市长A"
        if org is None and place is None:
            org = _bare_government_before(s, pos, chain)  # "县政府党组书记、县长A": as printed
        return Heading(tuple(chain), org, former, place=place)
    if org is None and (unit := match_before(s, pos, lex.unit_generics)):
        org = _unit_named(s, pos - len(unit), unit, orgs)
        return Heading(tuple(chain), org, former, unresolved=org is None)
    if org is None and (generic := match_before(s, pos, lex.generic_orgs)):
        if former_marker_before(s, pos - len(generic)):
            former = True  # "前任集团行政总裁A"
        org = match_before(s, pos - len(generic), sorted(orgs, key=len, reverse=True))
        if (
            org is None
            and generic[0] not in lex.generic_openers
            and _named_unread(s, pos - len(generic))
        ):
            # "A集团董事长X与B企业集团董事长Y": B's name not read, the group is not A's
            return Heading(tuple(chain), None, former, unresolved=True)
        if org is None:
            return Heading(tuple(chain), "", former, generic=generic)
    elif org is None and _unmodified(_first_title(chain)) in lex.no_default_org:
        if mission := _named_mission(s, pos, chain, orgs):
            return Heading(tuple(chain), mission, former)  # "X国驻Y大使A": X's embassy in Y
        org = place_before(s, pos)
        if org and (sent := _sender_of_stationed(s, pos, org, chain)) is not None:
            # "X国驻Y市总领事A": X's consul in Y, no post at Y
            return Heading(tuple(chain), sent or None, former, unresolved=not sent)
    elif org is None and (
        _noun_before(s, pos)
        or _glued_after_org(s, pos, orgs)
        or match_before(s, pos, lex.suffixes["unit"])
        or match_before(s, pos, tuple(load_lexicon("zh").get("association_endings") or ()))
    ):
        return Heading(tuple(chain), None, former, unresolved=True)  # "X委党组书记": X unknown
    return Heading(tuple(chain), org, former)


def _sender_of_stationed(s: str, pos: int, host: str, chain) -> str | None:
    """The sending country of a post held abroad (`stationed_titles`) printed
    "<sender><marker><host><title>" ("X国驻Y市总领事A", `stationed_markers`): the sender's
    place, "" when none is printed ("驻Y市总领事A"); None when the title is no such post or the
    place before it follows no marker (the place is then the title's own)."""
    if _unmodified(_first_title(chain)) not in _stationed_titles() or not s.endswith(host, 0, pos):
        return None
    marker = match_before(s, pos - len(host), stationed_markers())
    if not marker:
        return None
    return place_before(s, pos - len(host) - len(marker)) or ""


def _named_mission(s: str, pos: int, chain, orgs: list[str]) -> str | None:
    """The one mission the article names for a post held abroad printed "<sender><marker><host>
    <title>" ("X国驻Y大使A" and "驻Y大使馆" named on the page, `stationed_titles`): its name ends
    with the marker, the host and one of the title's missions, and names the same sender or none.
    None when the page names no such mission, or several."""
    missions = _stationed_titles().get(_unmodified(_first_title(chain)), ())
    markers = stationed_markers()
    at = max((s.rfind(m, 0, pos) for m in markers), default=-1)
    if not missions or at < 0 or not all(map(is_han, s[at:pos])):
        return None
    sender = place_before(s, at) or ""
    by_sender: dict[str, set[str]] = {}  # the sender each mission's name prints, "" for none
    for o in orgs:
        if ending := next((m for m in missions if o.endswith(s[at:pos] + m)), None):
            by_sender.setdefault(o[: len(o) - pos + at - len(ending)], set()).add(o)
    for named in (sender, ""):
        if named in by_sender and len(by_sender[named]) == 1:
            return next(iter(by_sender[named]))
    return None


@lru_cache(maxsize=1)
def _stationed_titles() -> dict[str, tuple[str, ...]]:
    table = load_lexicon("zh").get("stationed_titles") or {}
    return {title: tuple(missions) for title, missions in table.items()}


def _listed_place_before(s: str, pos: int) -> str | None:
    """The two or three Han characters between a list's 、 and a place's title ending at `pos`
    ("、X乡长A、Y乡长B") when jieba reads them as no place: the item's own place, a word of no
    other kind than a noun (never "、并与县长A"), not the previous item's place carried over."""
    for n in (2, 3):
        run = s[pos - n : pos]
        if pos - n > 0 and s[pos - n - 1] == "、" and all(map(is_han, run)):
            tag = dictionary_tag(run)
            if run.endswith((*_level_bodies(), *place_bodies())):
                return None  # "、县政府党组副书记、副县长A": a body, no place
            return run if tag is None or tag.startswith("n") else None
    return None


def _bare_government_before(s: str, pos: int, chain: list[tuple[str, str]]) -> str | None:
    """A government printed with no place ("县政府", "市人民政府") right before place titles of
    its level ("县政府党组书记、县长A"): the titles' organisation, not a place."""
    for title, _ in chain:
        if ending := place_ending(title):
            bare = sorted(_bare_governments(level(ending)), key=len, reverse=True)
            if found := match_before(s, pos, bare):
                return found
    return None


def _named_unread(s: str, pos: int) -> bool:
    """True when a name no organisation found ends at `pos`, right before a generic word
    ("B企业|集团董事长"): a Han word, no joiner, determiner or mark of a former post before it."""
    return (
        pos > 1
        and is_han(s[pos - 1])
        and is_han(s[pos - 2])
        and s[pos - 1] not in zh_lexicon().generic_openers
        and not former_marker_before(s, pos)
    )


def _clause_own_word(s: str, pos: int) -> str | None:
    """The publisher's word for itself that a lone character opening a clause stands for
    (`clause_own_words` of kg/vocab/zh.yml: "，校党委书记A" is 学校's; "高校党委书记" is not)."""
    words = load_lexicon("zh").get("clause_own_words") or {}
    for short, word in words.items():
        at = pos - len(short)
        if at >= 0 and s.startswith(short, at) and _clause_opens(s, at):
            return word
    return None


@lru_cache(maxsize=1)
def _own_words() -> tuple[str, ...]:
    return tuple(sorted(zh_lexicon().own_org_words, key=lambda w: (-len(w), w)))


def _contracted_unit(
    s: str, pos: int, chain: list[tuple[str, str]], orgs: Sequence[str] = ()
) -> str | None:
    """The unit a contracted head's title names ("教育局长" is 教育局's 局长, "外交部长" 外交部's
    部长): an organisation of the article ending with the title's first character ("商经局长"),
    else a field of two to four characters (nouns of jieba's dictionary) right before a title of
    `contracted_unit_titles`, with the place printed before it ("台中市教育局长")."""
    lex = zh_lexicon()
    unit = lex.contracted_unit_titles.get(chain[0][0])
    if unit is None:
        return None
    if match_before(simplified_same_length(s), pos, _contracted_title_ranks()):
        return None  # "助理处长A": an assistant director, no unit "助理处"
    if s.startswith(unit, pos):
        named = match_before(s, pos + len(unit), sorted(orgs, key=len, reverse=True))
        if named and named.endswith(unit) and len(named) > len(unit):
            return named
    for size in (4, 3, 2):
        field = s[pos - size : pos] if pos >= size else ""
        if len(field) == size and all(is_han(c) for c in field) and _field_word(field):
            if field.endswith(unit):
                return None  # "警察总局局长": 总局's 局长, cut
            joined = _joined_fields_start(s, pos - size)
            if joined is not None and (
                _government_before(s, joined, orgs) or place_before(s, joined)
            ):  # "X市政府文化及观光处长": the unit of both fields, after its government
                place = place_before(s, joined)
                return (
                    (place if place and s.endswith(place, 0, joined) else "") + s[joined:pos] + unit
                )
            if joined is not None or _second_field(s, pos - size):
                return None  # "政制及内地事务局长": a cut name, its government not printed
            if _splits_place(s, pos - size):
                return None  # "管理局台中分局长": "中分" opens inside the city 台中, no field
            place = place_before(s, pos - size)
            start = s.rfind(place, 0, pos - size) if place else -1
            prefix = place if place and start + len(place) == pos - size else ""
            return prefix + field + unit
    return None


def _government_before(s: str, at: int, orgs: Sequence[str]) -> tuple[str | None, str] | None:
    """(place stem or None, level) of a place's government printed right before offset `at`:
    a government of the article's organisations ("X市政府", "X县人民政府"), or one with no place
    (`short_governments`: "县府", "市府"; "市政府") whose place the article gives."""
    named = match_before(s, at, sorted(orgs, key=len, reverse=True))
    if named and (placed := government_place(named)) and named.endswith(GOVERNMENT_TAILS):
        return placed
    for word, lvl in _short_governments():
        if s.endswith(word, 0, at):
            return place_stem(place_before(s, at - len(word))), lvl  # "X市府": X's
    return None


@lru_cache(maxsize=1)
def _short_governments() -> tuple[tuple[str, str], ...]:
    """(word, level) of the words for a place's government printed without the place, longest
    first: `short_governments` of kg/vocab/zh.yml ("县府") and the bare governments ("市政府")."""
    short = dict(load_lexicon("zh").get("short_governments") or {})
    for lvl in sorted(set(short.values())):
        short.update(dict.fromkeys(_bare_governments(lvl), lvl))
    return tuple(sorted(short.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=1)
def _contracted_title_ranks() -> tuple[str, ...]:
    return tuple(load_lexicon("zh").get("contracted_title_ranks") or ())


def _splits_place(s: str, at: int) -> bool:
    """Whether a place name of two or three characters (`city_names`, or a place of jieba's
    dictionary) runs across offset `at`, a character or two on each side ("台|中分")."""
    cities = zh_lexicon().city_names
    for left in (1, 2):
        for right in (1, 2):
            if at - left < 0 or at + right > len(s) or left + right > 3:
                continue
            word = simplified_same_length(s[at - left : at + right])
            if word in cities or dictionary_tag(word) == "ns":
                return True
    return False


def _joined_fields_start(s: str, at: int) -> int | None:
    """Where a unit's fields joined by a `field_joiners` word open when the field read at `at`
    is the last ("文化及|观光", "新闻及国际|关系"): the start of the field before the joiner (two
    to four characters, `_field_word`), else None."""
    joiners = zh_lexicon().field_joiners
    for gap in range(4):
        k = at - gap
        if k < 2 or s[k - 1] not in joiners or (gap and not _field_word(s[k:at])):
            continue
        for size in (4, 3, 2):
            first = s[k - 1 - size : k - 1] if k - 1 >= size else ""
            if len(first) == size and all(is_han(c) for c in first) and _field_word(first):
                return k - 1 - size
    return None


def _second_field(s: str, at: int) -> bool:
    """Whether the word ending at `at` is the end of a unit's second field, a `field_joiners` word
    and another field before it ("政制及内地|事务"): the name opens further left than any field."""
    joiners = zh_lexicon().field_joiners
    for gap in range(1, 4):
        k = at - gap
        if k >= 1 and s[k - 1 : k] in joiners and is_han(s[k - 2 : k - 1] or " "):
            return _field_word(s[k:at])  # "内地", not a place ("与葡萄牙|外交部长")
    return False


def _field_word(word: str) -> bool:
    """A noun of jieba's dictionary that is no place ("教育", "外交", "数位" is not one)."""
    if word in zh_lexicon().unit_fields:
        return True
    tag = dictionary_tag(simplified_same_length(word)) or ""
    return tag in ("n", "vn", "nz") and word not in zh_lexicon().city_names


def _first_title(chain: list[tuple[str, str]]) -> str:
    title, _notation = chain[0]
    return title


def _unit_named(s: str, pos: int, unit: str, orgs: list[str]) -> str | None:
    """The organisation a bare "分公司" (a `unit_generics` word) before offset `pos` means: the last
    one of that kind named before it in the sentence, else the article's only one."""
    kind = [o for o in orgs if o.endswith(unit) and o != unit]
    before = [(s.rfind(o, 0, pos), o) for o in kind if s.rfind(o, 0, pos) >= 0]
    if before:
        return max(before)[1]
    return kind[0] if len(kind) == 1 else None


def _before_brackets(s: str, pos: int) -> int:
    """Where a bracketed remark ending at `pos` opens ("X公司（简称“X”）|党委书记"), else `pos`."""
    if pos and s[pos - 1] in "）)":
        opening = max(s.rfind("（", 0, pos - 1), s.rfind("(", 0, pos - 1))
        if opening >= 0 and pos - opening <= 30:
            while opening and s[opening - 1] in " \u3000":
                opening -= 1  # "九州大學 (Kyushu University)校長": a space before the bracket
            return opening
    return pos


def heading_after(s: str, pos: int, table, orgs: list[str]) -> Heading | None:
    """Titles after a name: joined by 的/为 ("免去A的公司董事长职务", "任命B为X公司总经理"),
    or by 等 after a list ("A、B等公司领导")."""
    lex = zh_lexicon()
    pos += len(match_at(s, pos, lex.name_honorifics) or "")  # "A先生辞去...": the verb is A's
    career = _career_link(s, pos)  # "A，现任X" with either comma, "A于2003年7月起任X"
    if career is not None:
        end, former = career
        heading = titles_at(s, end, table, orgs, former)
        return _career_after(s, heading, table, orgs) if heading else None
    pos = _after_reason(s, pos)
    report = _RESIGNATION_REPORT.match(s, pos)  # "A已向X递交辞任报告，辞去X董事长职务"
    pos = report.end() if report else pos
    link = match_at(s, pos, lex.appointment_links)
    adverb = None if link else match_at(s, pos, lex.link_adverbs)
    after = match_at(s, pos + len(adverb), lex.appointment_links) if adverb else None
    if adverb and after and after not in ("的", "为", "同志"):
        if after in lex.dismissal_markers or after in lex.leaving_verbs:
            return None  # "A即将卸任X董事长": still in the post
        pos, link = pos + len(adverb), after  # "A将出任X", not "A将为X" ("will do for X")
    tail = None if link else match_at(s, pos, lex.list_tail_links)
    joiner = link or tail
    if not joiner and "免去" in s[max(0, pos - 6) : pos]:
        # "免去A X市人民政府副市长职务": the titles run straight on from the name
        heading = titles_at(s, pos, table, orgs, True)
        closed = heading is not None and _POST_CLOSED.match(s, heading.end) is not None
        # "免去A X市人民政府副市长、市公安局局长职务": the titles at a further organisation too
        return _career_after(s, heading, table, orgs) if heading and closed else None
    if not joiner:
        return None
    former = link in lex.dismissal_markers
    if tail:
        heading = titles_at(s, pos + len(joiner), table, orgs, former, tail)
    else:
        heading = _titles_past_description(s, pos + len(joiner), table, orgs, former)
    if heading and link in lex.acting_links:
        heading = _acting(heading, table)  # "A同志代理X市人民政府市长": X's acting mayor only
    return _career_after(s, heading, table, orgs) if heading and link else heading


def _acting(heading: Heading, table) -> Heading:
    """The heading with each title read as its acting title (`title_modifiers` 代理 before it, or
    代: "代理市长", "代市长") where the title table has one."""
    notation = dict(table)
    titles = []
    for title, role in heading.titles:
        acting = next((a + title for a in ("代理", "代") if a + title in notation), None)
        titles.append((acting, notation[acting]) if acting else (title, role))
    return replace(heading, titles=tuple(titles))


def _titles_past_description(s: str, pos: int, table, orgs: list[str], former: bool):
    """The titles at `pos`, or after a description of their organisation ("转任|新设央企|X集团
    董事长": `org_descriptors`)."""
    heading = titles_at(s, pos, table, orgs, former)
    described = match_at(s, pos, zh_lexicon().org_descriptors) if heading is None else None
    return titles_at(s, pos + len(described), table, orgs, former) if described else heading


def _after_reason(s: str, pos: int) -> int:
    """Where the verb after a reason clause starts ("A|因工作安排需要，|辞去...": after the comma),
    else `pos`."""
    lex = zh_lexicon()
    opener = match_at(s, pos, lex.reason_openers)
    if opener is None:
        return pos
    start = pos + len(opener)
    for k in range(start + 2, min(len(s), start + 16)):
        if any(ch in _CLAUSE_ENDS for ch in s[start:k].rstrip("，,")):
            break  # the reason is one clause, closed by at most a comma
        verb_at = k + 1 if s.startswith("将", k) else k  # "因…，将不再担任…"
        if match_at(s, verb_at, lex.dismissal_markers):
            return k
    return pos


_CLAUSE_ENDS = "，,。；;“”"
# A resignation handed in before the posts it leaves: "已向X银行递交辞任报告，", "于3月20日向董事会提交书面辞职函,"
_RESIGNATION_REPORT = re.compile(
    r"(?:已|已经|近日|日前)?(?:于[^，,。；;]{1,12})?向[^，,。；;]{1,24}(?:递交|提交|提出)了?(?:书面)?"
    r"辞(?:任|职|呈)(?:报告|函|信|申请)?[，,]"
)
_POST_CLOSED = re.compile(r"[^，,。；;]{0,30}?的?职[务位]")  # "…副市长、市公安局局长的职务"
_TITLE_LIST_JOINS = ("以及", "及")
_DATED_LINK = re.compile(
    r"[，,]?于?(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)?"
    r"(?:[“\"「][\u4e00-\u9fff]{1,4}[”\"」])?"  # a word in quotes: "“空降”担任", parachuted in
    r"(?:任|担任|出任|调任|升任)"
)


def _career_link(s: str, pos: int) -> tuple[int, bool] | None:
    """Where a career clause's titles start after `pos`, and whether they are former: a link of
    `career_links` after a comma of either width ("，现任", ",曾任"), or a dated one
    ("于1999年8月起任", ",2003年7月起任": a biography's past post)."""
    lex = zh_lexicon()
    pos = _after_profile(s, pos)  # "A，男，1970年生，曾任X": the profile's fields come first
    dated = _DATED_LINK.match(s, pos)
    if dated:
        return dated.end(), True
    at = pos + 1 if s[pos : pos + 1] in ("，", ",") else pos
    link = match_at(s, at, lex.career_links)
    if link is None or at == pos:
        return None
    return at + len(link), link in lex.dismissal_markers


def _after_profile(s: str, pos: int) -> int:
    """Past the fields of a short biography after a name ("，男，汉族，1970年生，大学学历"): each
    a word of `profile_fields`, or a short one ending in `profile_endings` (kg/vocab/zh.yml); the
    offset of the comma before the first other clause, else `pos`."""
    data = load_lexicon("zh")
    words = frozenset(data.get("profile_fields") or ())
    endings = tuple(data.get("profile_endings") or ())
    at = pos
    while s[at : at + 1] in ("，", ","):
        end = min((i for i in (s.find("，", at + 1), s.find(",", at + 1)) if i > 0), default=-1)
        field = s[at + 1 : end] if end > 0 else ""
        if not field or len(field) > 14 or not (field in words or field.endswith(endings)):
            break
        at = end
    return at


def _career_after(s: str, heading: Heading, table, orgs: list[str]) -> Heading:
    """The heading and the clauses of a career that follow it ("A曾任X公司总经理，现任Y集团董事长"),
    each a heading whose `previous` is the one before."""
    lex = zh_lexicon()
    while True:
        pos = heading.end
        if post := match_at(s, pos, lex.post_words):
            pos += len(post)
        if (
            s[pos : pos + 1] == "、"
        ):  # "曾任X公司总经理、Y集团副总经理": titles at another organisation
            following = titles_at(s, pos + 1, table, orgs, heading.former)
        elif (dated := _DATED_LINK.match(s, pos)) is not None:
            following = titles_at(s, dated.end(), table, orgs, True)
        elif joined := match_at(s, pos, (*_TITLE_LIST_JOINS, *zh_lexicon().title_joins)):
            # "免去A的X集团董事长及Y集团党委书记职务", "A任X公司总经理兼Y公司董事长": titles
            # at a further organisation
            following = titles_at(s, pos + len(joined), table, orgs, heading.former)
            following = following if following and following.org else None
        else:
            comma = s[pos : pos + 1] in ("，", "；", ",", ";")
            pos += comma
            link = match_at(s, pos, lex.career_links)
            if link:
                former = link in lex.dismissal_markers or (
                    link in lex.concurrent_links and heading.former
                )  # "曾任X总经理，并兼任Y董事": Y is as past as X
                following = titles_at(s, pos + len(link), table, orgs, former)
            elif comma:  # "现任X董事长，Y公司董事": a further organisation and its titles
                following = titles_at(s, pos, table, orgs, heading.former)
                following = following if following and following.org else None
            else:
                following = None
        if not following:
            return heading
        heading = replace(following, previous=heading)


def titles_at(
    s: str, pos: int, table, orgs: list[str], former: bool, tail: str | None = None
) -> Heading | None:
    """The organisation and titles printed from `pos` ("中国X集团有限公司（以下简称X）董事、总经理职务")."""
    lex = zh_lexicon()
    if s[pos : pos + 1] in _OPEN_QUOTES:  # "为「X基金会有限公司」董事局主席"
        pos += 1
    org = match_at(s, pos, sorted(orgs, key=len, reverse=True))
    printed = None
    if org is None and (generic := match_at(s, pos, lex.generic_orgs)):
        if not match_at(s, pos, [t for t, _ in table]):
            org, pos, printed = "", pos + len(generic), generic
    elif org:
        pos = _after_brackets(s, pos + len(org))
        pos += s[pos : pos + 1] in _CLOSE_QUOTES
    if org is not None and (term := _TERM.match(s, pos)):  # "X公司第六届董事会董事长"
        pos = term.end()
    place = None
    if org is None and (placed := _place_titled_at(s, pos, table)) is not None:
        place, pos = placed  # "起任X省Y市副市长": Y's government
    chain, pos = _title_chain_after(s, pos, table)
    if place is not None and not any(place_ending(t) for t, _ in chain):
        return None
    closed = (
        tail
        or pos >= len(s)
        or not is_han(s[pos])
        or match_at(s, pos, lex.post_words)
        or (s[pos : pos + 1] == "的" and match_at(s, pos + 1, lex.post_words))  # "局长的职务"
        or match_at(s, pos, _TITLE_LIST_JOINS)  # "董事长、董事以及战略委员会主任委员职务"
        or match_at(s, pos, zh_lexicon().title_joins)  # "X公司总经理兼Y公司董事长"
    )
    if not (chain and closed):
        return None
    return Heading(tuple(chain), org, former, end=pos, generic=printed, place=place)


def _place_titled_at(s: str, pos: int, table) -> tuple[str, int] | None:
    """(place stem, where its title starts) of a place printed at `pos` before a place's title
    ("江苏省泰州市副市长", "泰州市委常委"): a province before the place may be printed too."""
    words = [t for t, _ in table]
    for end in range(min(len(s), pos + 12), pos + 1, -1):
        title = match_at(s, end, words)
        if not title or not place_ending(title):
            continue
        place = place_before(s, end)
        if not place:
            continue
        before = s[pos : end - len(place)]
        if not before or before.endswith(("省", "自治区")):
            return place_stem(place) or place, end
    return None


@lru_cache(maxsize=1)
def _bare_committee_levels() -> frozenset[str]:
    """The levels whose Party committee a page may print bare (`bare_committee_levels`)."""
    return frozenset(load_lexicon("zh").get("bare_committee_levels") or ())


@lru_cache(maxsize=16)
def _bare_governments(lvl: str) -> tuple[str, ...]:
    """A place's government of level `lvl` printed with no place ("市人民政府", "市政府")."""
    return tuple(lvl + tail for tail in GOVERNMENT_TAILS)


_OPEN_QUOTES = OPEN_QUOTES + "《"  # and a title's marks: "为《X》主编"
_CLOSE_QUOTES = CLOSE_QUOTES + "》"
_TERM = re.compile(r"第[一二三四五六七八九十0-9]{1,3}[届屆](?:董事会|监事会|董事局|董事會|監事會)?")


def _after_brackets(s: str, pos: int) -> int:
    """Where a bracketed remark opening at `pos` closes ("X公司（以下简称X）|董事"), else `pos`."""
    if s[pos : pos + 1] in ("（", "("):
        closing = min((c for c in (s.find("）", pos), s.find(")", pos)) if c >= 0), default=-1)
        if closing >= 0 and closing - pos <= 30:
            return closing + 1
    return pos


def _pronoun_headings(s: str, table, orgs: list[str]) -> list[tuple[int, Heading]]:
    """(offset, heading) of titles given to "其" ("免去其X公司总经理职务"): the person is the one
    named last before the offset."""
    out = []
    for word in zh_lexicon().pronoun_links:
        at = s.find(word)
        while at >= 0:
            former = any(word.startswith(m) or m in word for m in zh_lexicon().dismissal_markers)
            heading = _titles_past_description(s, at + len(word), table, orgs, former)
            if heading:
                out.append((at, heading))
            at = s.find(word, at + 1)
    return out


def _title_chain_after(s: str, pos: int, table) -> tuple[list[tuple[str, str]], int]:
    chain, words, notation = [], [t for t, _ in table], dict(table)
    lex = zh_lexicon()
    boards = lex.board_words

    def modified(at: int) -> tuple[str, str] | None:
        """(modifier, title) at `at`: a title with a modifier before it ("联席行政总裁") or not."""
        if title := match_at(s, at, words):
            return "", title
        modifier = match_at(s, at, lex.title_modifiers) or match_at(
            s, at, lex.region_title_prefixes
        )
        title = match_at(s, at + len(modifier), words) if modifier else None
        return (modifier, title) if modifier and title else None

    while (found := modified(pos)) and not _board_not_title(
        s, pos + len(found[0]), found[1], boards
    ):
        modifier, title = found
        region = modifier in lex.region_title_prefixes  # "A亚太区行政总裁": the region's post
        chain.append((modifier + title, "other" if region else notation[title]))
        pos += len(modifier) + len(title)
        joiner = _joiner_at(s, pos)
        following = modified(pos + joiner) if joiner else None
        if not following:
            break
        if _board_not_title(s, pos + joiner + len(following[0]), following[1], boards):
            break  # "董事长及董事会战略委员会主席": the list goes on elsewhere
        pos += joiner
    return chain, pos


def _joiner_at(s: str, pos: int) -> int:
    """The length of the word joining two titles that starts at `pos` (see `_joiner_before`)."""
    joined = match_at(s, pos, zh_lexicon().title_joins)
    return len(joined) if joined else int(s[pos : pos + 1] in JOINERS)


def _board_not_title(s: str, pos: int, title: str, boards) -> bool:
    """Whether a board's name starts at `pos` and the title matched there is only its first
    characters ("董事|会", not "董事局主席")."""
    board = match_at(s, pos, boards)
    return board is not None and len(title) <= len(board)


def _former_by_event(s: str, pos: int) -> bool:
    """True when the nearest 免去-like word before `pos` is nearer than any 任命-like word."""
    lex = zh_lexicon()
    last = lambda words: max((s.rfind(w, 0, pos) for w in words), default=-1)  # noqa: E731
    dismissed = last(lex.dismissal_markers)
    taken = last((*lex.appointment_markers, *_successor_marks()))  # "…卸任，新任X主席B"
    return dismissed >= 0 and dismissed > taken


@lru_cache(maxsize=1)
def _successor_marks() -> tuple[str, ...]:
    return tuple(load_lexicon("zh").get("successor_marks") or ())


def _glued_after_org(s: str, pos: int, orgs: list[str]) -> bool:
    """True when a body's name not read ends at `pos`: a known organisation ending one Han
    character before it, that character no joiner or determiner ("X市委|会|副主委A": X市委会,
    its name read short), or a committee's short ending (`glued_body_endings`, "委会": jieba
    reads its 会 as the verb "will"). The titles are at the body printed there, not at one named
    earlier in the sentence."""
    if pos < 3 or not is_han(s[pos - 1]) or s[pos - 1] in zh_lexicon().generic_openers:
        return False
    if match_before(s, pos - 1, orgs) is not None:
        return True
    endings = tuple(load_lexicon("zh").get("glued_body_endings") or ())
    return (ending := match_before(s, pos, endings)) is not None and is_han(
        s[pos - len(ending) - 1]
    )


def _noun_before(s: str, pos: int) -> bool:
    """True when a noun ends at `pos`, or a name with an organisation's ending that jieba glued
    to the title ("医学|大学校长"): an organisation printed there was not recognised."""
    if any(
        e == pos and (tag.startswith("n") or tag in ("oov", "j", "vn", "eng"))
        for _, e, tag in tokens(s)
    ):
        return True
    lex = zh_lexicon()
    ending = match_before(s, pos, [*lex.suffixes["legal"], *lex.suffixes["short"]])
    head = s[max(0, pos - len(ending or "") - 2) : pos - len(ending or "")]
    return bool(ending) and len(head) == 2 and all(map(is_han, head))


def place_stem(place: str | None) -> str | None:
    """The place name without its administrative ending ("山东省" -> "山东")."""
    if not place:
        return None
    ending = next(
        (e for e in zh_lexicon().place_suffixes if place.endswith(e) and len(place) > len(e) + 1),
        "",
    )
    return place[: len(place) - len(ending)]


def place_before(s: str, pos: int, loose: bool = False) -> str | None:
    """The place name (jieba's ns word, with 省/市... after it) ending at `pos`, if any;
    a place word running into the title counts up to `pos` ("山东省|委副书记" gives 山东).
    `loose` (before a title that is a place's, "市委书记") also takes a proper noun jieba
    does not know as a place ("榆川|市委书记")."""
    place = _place_before(s, pos, loose)
    return None if place and place.endswith(_level_bodies()) else place


@lru_cache(maxsize=1)
def _level_bodies() -> tuple[str, ...]:
    """A place's bodies named by their word alone (`level_bodies`: "政府", "人大"): a word ending
    with one before a place's title is the body, not the place ("县政府|党组书记、县长A")."""
    return tuple(zh_lexicon().level_bodies)


def _place_before(s: str, pos: int, loose: bool) -> str | None:
    toks = tokens(s)
    inner = next((t for t in toks if t.start < pos < t.end), None)
    if inner and inner.tag in ("ns", "nt"):
        return s[inner.start : pos]
    if inner and place_stem(s[inner.start : pos]) in zh_lexicon().city_names:
        return s[inner.start : pos]  # jieba's "苗栗县|长钟", "宜兰县长" as a name: the city's
    if inner and loose and inner.tag == "nr" and match_at(s, pos, _leaders_of_place()):
        return s[inner.start : pos]  # jieba's "徐汇区|领导" as a name: 徐汇's leaders
    ending = {t.end: t for t in toks}  # the word ending at each offset
    start = pos
    if start in ending and s[ending[start].start : start] in zh_lexicon().place_suffixes:
        start = ending[start].start
    word = ending.get(start)
    if (
        word
        and (
            word.tag == "ns"
            or s[word.start : start] in zh_lexicon().city_names  # jieba tags some cities nr
            or (
                loose
                and word.tag in LOOSE_PLACE_TAGS
                and 2 <= start - word.start <= 4
                and s[word.start : start] not in zh_lexicon().not_place_words  # 代表市长: no city
                # "X办公室主任、县议员A": a body's unit, no place
                and not s[word.start : start].endswith(zh_lexicon().suffixes["unit"])
            )
            or (loose and word.tag == "s" and _direction_place(s[word.start : start]))
            or (loose and word.tag == "nr" and match_at(s, pos, place_bodies()))  # "徐汇|区委书记"
            or (
                loose and word.tag == "nr" and match_at(s, pos, _leaders_of_place())
            )  # "徐汇|区领导"
        )
    ):
        return s[word.start : pos]
    return None


def _direction_place(word: str) -> bool:
    """Whether `word`, a place word of jieba's (tag s), is a district named by a direction
    ("市北|区委书记", "城南|区委"): two characters, one of them a direction
    (`direction_place_chars`), not a word like 当地 or 海外."""
    chars = load_lexicon("zh").get("direction_place_chars") or ""
    return len(word) == 2 and any(c in chars for c in word)


@lru_cache(maxsize=1)
def _leaders_of_place() -> tuple[str, ...]:
    """The place titles of a place's leaders as a group ("区领导", "市领导"): a word jieba takes
    for a name right before one is the place's name, not a person's."""
    return tuple(t for t in zh_lexicon().place_titles if t.endswith("领导"))


def _implied(s: str, end: int, table) -> Heading | None:
    lex = zh_lexicon()
    title = match_at(s, end, sorted(lex.implied_orgs, key=len, reverse=True))
    if not title:
        return None
    return Heading(((title, dict(table).get(title, "other")),), lex.implied_orgs[title], False)


def _seated_unit(heading: Heading, found: Extraction, state: dict) -> str | None:
    """The unit `heading.org` of the government of level `heading.seat` (its place printed, else
    the article's place of that level, as for a place's title): "县府教育局长A" on a page about
    X县 is X县政府教育局's head (X县教育局 when the page names no X县政府); the unit alone when
    no place is known."""
    assert heading.seat is not None and heading.org
    government = _place_org(replace(heading, org=None), "", found, state, heading.seat)
    return government + heading.org if government else heading.org


def _place_org(
    heading: Heading, title: str, found: Extraction, state: dict, ending: str | None = None
) -> str | None:
    """The committee or government of a place title (:mod:`kg.extract.zh.places`), or of the
    place ending `ending` when given; its aliases go to `state["aliases"]`."""
    ending = ending or place_ending(title)
    assert ending is not None  # called for place titles only
    places = state.setdefault("places", {})
    chained = _chained_place(heading, level(ending))
    if heading.org in _bare_governments(level(ending)) and not heading.place and chained:
        heading = replace(heading, place=chained)  # "X市委常委、市政府副市长A": X's government
    if heading.org in _bare_governments(level(ending)) and not heading.place:
        state.setdefault("bare", {})[level(ending)] = heading.org
        return heading.org  # "任命A为市人民政府副市长": the government as printed, no place
    printed = government_place(heading.org) if heading.org and not heading.place else None
    if printed and printed[1] == level(ending):  # "X市人民政府副市长": X's, as printed
        heading = replace(heading, place=printed[0])
    lvl = level(ending)
    away = state.setdefault("away", set())  # the places of visitors coming to "我市"
    local = state.setdefault("local", {})  # places printed in this sentence
    if heading.place:
        local[lvl] = heading.place
        if lvl in state.get("away_levels", ()):
            away.add(heading.place)  # "X市市委书记A率团到我市": X is not the page's city
        else:
            places[lvl] = heading.place
    if "homes" not in state:
        state["homes"] = home_places(found)
    home = state["homes"].get(lvl)
    if home in away:
        home = None
    carried = places.get(lvl) if places.get(lvl) not in away else None
    if heading.trailing:  # "A市长": the page's own place's, on the page of its government only
        stem = home if _governs(found.main_org, home) else _only_government(found, lvl)
    else:
        stem = heading.place or local.get(lvl) or carried or home
    if not stem:  # "县政府党组书记、县长A……副县长B": the article's government, printed bare
        if ending == lvl:
            return state.get("bare", {}).get(lvl)
        # "区委书记A" on a page that names no district: the committee as printed ("区委"), a
        # generic name identity keeps to its article (kg.assemble.resolve)
        bare_ok = lvl in _bare_committee_levels() and lvl not in state.get("away_levels", ())
        return ending if bare_ok and title.startswith(ending) else None
    name, aliases = place_org(stem, ending, bool(heading.place), found)
    state.setdefault("aliases", {}).setdefault(name, set()).update(aliases)
    return name


def _chained_place(heading: Heading, lvl: str) -> str | None:
    """The place printed with the title right before `heading` in one chain, when that title is
    of level `lvl` ("X市委常委、市政府副市长": X)."""
    chained = _previous_place_ending(heading, lambda ending: level(ending) == lvl)
    return chained[0] if chained else None


def _chained_committee(heading: Heading, found: Extraction) -> str | None:
    """The Party committee whose title, with its place, comes right before a bare department of a
    committee in one chain (`committee_departments`: "X市委常委、宣传部部长A" is X市委宣传部's)."""
    departments = load_lexicon("zh").get("committee_departments") or ()
    if heading.place or heading.org not in departments:
        return None
    # a committee's ending, not a government's
    chained = _previous_place_ending(heading, lambda ending: level(ending) != ending)
    return place_org(chained[0], chained[1], True, found)[0] if chained else None


def _previous_place_ending(heading: Heading, wanted) -> tuple[str, str] | None:
    """(place, ending) of the title right before `heading` in one chain, printed with its place,
    whose first place ending is `wanted`; None when there is none."""
    before = heading.previous
    if before is None or not before.place:
        return None
    for title, _ in before.titles:
        ending = place_ending(title)
        if ending and wanted(ending):
            return before.place, ending
    return None


def _visited_levels(s: str) -> set[str]:
    """The levels of place whose page's own place the sentence says visitors come to ("到我市",
    "来我省": `visits_to_our_place`, `our_place_words`): a place printed with a title of that level
    in the sentence is the visitors', not the page's, and is not carried to later sentences."""
    data = load_lexicon("zh")
    ours, verbs = data.get("our_place_words") or (), data.get("visits_to_our_place") or ()
    return {lvl for lvl in place_levels() if any(v + w + lvl in s for v in verbs for w in ours)}


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern:
    """A leader's verb, a place and a delegation's word after a name ("A率领X市党政代表团")."""
    data = load_lexicon("zh")
    verbs = "|".join(map(re.escape, sorted(data.get("delegation_lead_verbs") or (), key=len)[::-1]))
    words = "|".join(map(re.escape, sorted(data.get("led_delegation_words") or (), key=len)[::-1]))
    alt = "|".join(map(re.escape, place_levels()))
    return re.compile(rf"(?:{verbs})([\u4e00-\u9fff]{{2,4}}?)({alt})(?:{words})")


def _led_delegation_place(s: str, end: int, heading: Heading | None) -> Heading | None:
    """A place title printed without its place before a name that leads a delegation of a place
    of the title's level ("市委书记A带领X市党政代表团"): the title is X's."""
    if heading is None or heading.place or heading.org:
        return heading
    m = _delegation_pattern().match(s, end)
    if m is None:
        return heading
    for title, _ in heading.titles:
        ending = place_ending(title)
        if ending and level(ending) == m.group(2):
            return replace(heading, place=m.group(1))
    return heading


def _only_government(found: Extraction, lvl: str) -> str | None:
    """The place of the one government of level `lvl` the article names ("X市政府", "X市人民政府"),
    if it names one and no other: "A市长" on a page about that city's government."""
    places = set()
    for org in found.orgs:
        name = org.native or org.name
        placed = government_place(name) if name.endswith(GOVERNMENT_TAILS) else None
        if placed and placed[1] == lvl:
            places.add(placed[0])
    return places.pop() if len(places) == 1 else None


def _governs(main: str | None, place: str | None) -> bool:
    """Whether the page's own organisation is the government of `place` ("高雄市政府")."""
    return bool(main and place and main.startswith(place) and main.endswith("政府"))


def _org_for(
    heading: Heading,
    title: str,
    last_org: str | None,
    main: str | None,
    group: str | None = None,
    earlier: str | None = None,
    body: str = "",
) -> str | None:
    if heading.unresolved:
        return None
    if heading.org:
        return heading.org
    if heading.org == "":
        kinds = zh_lexicon().referring_kind_words.get(heading.generic or "")
        if kinds:  # "X医院…A任该院党委书记": the X医院 named before
            return next((o for o in (last_org, earlier) if o and o.endswith(kinds)), None)
        if heading.generic in zh_lexicon().referring_generics:
            return last_org or earlier or main  # "据X银行公告，A辞去该行董事长": X银行
        if (
            heading.generic == "公司"
            and last_org
            and last_org != main
            and last_org.endswith("公司")
            and _visited(last_org, body)
        ):
            return last_org  # "到X有限公司调研，公司总经理A参加": the company just named
        if heading.generic in zh_lexicon().group_words:
            return group
        # "公司党委书记A" on a page whose main organisation is a unit ("X部", "集团党委"): the
        # company is not named, and a department or committee is no company
        return main if main and not _unit_name(main) else None
    if _unmodified(title) in zh_lexicon().no_default_org:
        return None  # also with a modifier before it ("代理市长", "署理财政司司长")
    kinds = zh_lexicon().kind_titles.get(title)
    if kinds is not None:  # "医院领导": a hospital's, not the visiting bureau's
        return next((o for o in (last_org, main) if o and o.endswith(kinds)), None)
    if last_org and title in zh_lexicon().company_titles and _no_company(last_org):
        return main  # "由X部次长A监交，原董事长B卸任": the company's chairman, not the ministry's
    return last_org or main


def _visited(name: str, body: str) -> bool:
    """Whether the text goes to `name` ("到X有限公司调研", "走进X公司"): a place of a visit."""
    verbs = tuple(load_lexicon("zh").get("visit_arrival_words") or ())
    at = body.find(name)
    while at >= 0:
        if body[:at].endswith(verbs):
            return True
        at = body.find(name, at + 1)
    return False


def _runs(s: str, names) -> list[list[Found]]:
    """Names in runs joined by 、, 兼, 和 or 及, each maybe with its honorific ("A教授、B教授")."""
    honorifics = zh_lexicon().name_honorifics
    runs: list[list[Found]] = []
    for span in locate(s, names):
        gap = s[runs[-1][-1].end : span.start] if runs else ""
        if gap[:-1] in honorifics:
            gap = gap[-1:]
        if runs and (gap in JOINERS or gap in zh_lexicon().title_joins):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _run_headings(
    s: str, run, table, orgs, starts: Mapping[int, int], before: str = "", page: str = ""
) -> list[Heading | None]:
    """The heading of each name of a run: its own, else the run's first, else the titles after the run."""
    own = [heading_before(s, ps, table, orgs) for ps, _, _ in run]
    own = [_member_body(s, ps, h, orgs, before) for (ps, _, _), h in zip(run, own, strict=True)]
    apart = [  # "省长A和B出席": B, titled elsewhere on the page, does not share A's titles
        i > 0
        and own[i] is None
        and s[run[i - 1].end : ps] in _NAME_AND
        and _titled_elsewhere(page, native, table, orgs)
        for i, (ps, _, native) in enumerate(run)
    ]
    if own[0] is None and len(run) == 1:
        own[0] = _predicate_heading(s, run[0].start, run[0].end, table, orgs)
    elif own[0] is not None and len(run) == 1:  # "X总经理A升任Y董事长", "X董事长A，曾任Z总经理"
        own[0] = _then(s, own[0], run[0].end, table, orgs)
    shared = own[0] or heading_after(s, run[-1].end, table, orgs)
    if shared and own[0] is None and not (shared.org or shared.unresolved or shared.generic):
        titles = [t for t, _ in shared.titles]  # "B、C等议员": the council named before them
        body = _body_named_before(s, run[0].start, titles[0], orgs, before)
        if len(titles) == 1 and body:
            shared = replace(shared, org=body)
    tail_from, tail = _tail_group(s, run, table, orgs) if own[0] is not None else (len(run), None)
    return [
        h
        or (
            None
            if i and (apart[i] or _titled_after(s, pe, table, starts))
            else (tail if i >= tail_from else shared)
        )
        or _implied(s, pe, table)
        or _title_after_name(s, ps, pe, table, orgs, starts, before)
        for i, (h, (ps, pe, _)) in enumerate(zip(own, run, strict=False))
    ]


_NAME_AND = ("和", "与", "及")


def _titled_elsewhere(body: str, native: str, table, orgs) -> bool:
    """Whether some mention of the name `native` in `body` has a title of its own before it."""
    at = body.find(native)
    while at >= 0:
        lo = max(0, at - 80)
        if heading_before(body[lo : at + len(native)], at - lo, table, orgs) is not None:
            return True
        at = body.find(native, at + 1)
    return False


def _titled_after(s: str, pe: int, table, starts: Mapping[int, int]) -> bool:
    """Whether a title of the name's own follows it, no name after that title ("X副部长A、B主任一行":
    B is 主任, not X's 副部长; "A、B董事长C": the title is C's)."""
    title = match_at(s, pe, [t for t, _ in table])
    return title is not None and pe + len(title) not in starts


_GROUP_JOINERS = ("及", "和")


def _tail_group(s: str, run, table, orgs: list[str]) -> tuple[int, Heading | None]:
    """(index, heading) of the names after the run's last 及 or 和 when a title follows the run
    after 等 ("副会长A、B及C、D等议员": C and D are the councillors, not vice presidents): the
    titles after 等 are theirs, the head's titles the names' before the joiner; else (len, None)."""
    end = run[-1].end
    if not match_at(s, end, zh_lexicon().list_tail_links):
        return len(run), None
    honorifics = zh_lexicon().name_honorifics
    split = 0
    for i in range(1, len(run)):
        gap = s[run[i - 1].end : run[i].start]
        if gap[-1:] in _GROUP_JOINERS and (len(gap) == 1 or gap[:-1] in honorifics):
            split = i
    tail = heading_after(s, end, table, orgs) if split else None
    return (split, tail) if tail is not None else (len(run), None)


def _title_after_name(
    s: str, ps: int, pe: int, table, orgs: list[str], starts: Mapping[int, int], before: str = ""
) -> Heading | None:
    """A title printed right after a name, as Taiwan, Hong Kong and Macau pages print them
    ("台北市A市长", "X议会A议长"): a place's title is the place's printed right before the name,
    another the organisation's printed right before it; with neither, nothing is guessed. Not
    when a name follows the title ("A、B董事长C": the title is C's)."""
    title = match_at(s, pe, [t for t, _ in table])
    if title is None or pe + len(title) in starts:
        return None
    notation = dict(table)[title]
    if place_ending(title):  # "台北市A市长"; "A市长" alone: see _place_org
        place = place_stem(place_before(s, ps))
        return Heading(((title, notation),), None, False, place=place, trailing=place is None)
    longest = sorted(orgs, key=len, reverse=True)
    verb = match_before(
        s, ps, zh_lexicon().announcing_verbs
    )  # "X银行公告A董事及董事长任职资格获批"
    org = (
        match_before(s, ps, longest)
        or (match_before(s, ps - len(verb), longest) if verb else None)
        or _body_named_before(s, ps, title, orgs, before)
        or _titled_list_head(s, ps, table, longest, starts)
        or _bracketed_body(s, pe + len(title), title, longest)
    )
    chain, _ = _title_chain_after(s, pe, table)
    return Heading(tuple(chain) or ((title, notation),), org, False) if org else None


_TITLED_ITEM_JOINERS = "、"  # 与/和 join the two sides of a meeting, not one list


def _bracketed_body(s: str, pos: int, title: str, longest: list[str]) -> str | None:
    """The organisation a bracket right after "<name><title>" names with the same title, as the
    salutations of a Hong Kong speech print them ("A署长（X署署长）、B主席（X会主席）"): the
    bracket holds an organisation found and the title, nothing else."""
    if s[pos : pos + 1] not in ("（", "("):
        return None
    close = min((k for k in (s.find("）", pos), s.find(")", pos)) if k > pos), default=-1)
    inner = s[pos + 1 : close] if close > 0 else ""
    if not inner.endswith(title):
        return None
    body = inner[: -len(title)]
    return body if body in longest else None


def _titled_list_head(
    s: str, ps: int, table, orgs: list[str], starts: Mapping[int, int]
) -> str | None:
    """The organisation printed before the first of a list of "name title" items that the name
    at `ps` goes on ("X大学A校监、B副校长及C校董": X for B and C): walked back over items each a
    name and a title, up to the organisation right before one of their names."""
    ends = {end: start for start, end in starts.items()}
    words = tuple(t for t, _ in table)
    at = ps
    while at >= 1 and s[at - 1] in _TITLED_ITEM_JOINERS:
        title = match_before(s, at - 1, words)
        name_end = at - 1 - len(title) if title else -1
        if name_end not in ends:
            return None
        at = ends[name_end]
        org = match_before(s, at, orgs)
        if org:
            return org
    return None


def _body_named_before(s: str, ps: int, title: str, orgs: list[str], before: str) -> str | None:
    """The body a member's title belongs to (`body_titles`: a 议长 or 议员 of a 议会) when it
    is the last organisation named before the name, in this sentence or the one before it
    ("拜会X市议会，由A议长接待。B副议长及C等议员出席"); with another organisation named
    in between, or none of that kind, nothing is guessed."""
    kinds = tuple(zh_lexicon().body_titles.get(title) or ())
    text = before + s[:ps]
    last = _named_before(text, len(text), orgs) if kinds else None
    if last and _sole_post(title) and title in text[text.rfind(last) + len(last) :]:
        return None  # "抵达X议会，受到A议长欢迎。B议长表示": X's 议长 is A, B is a guest
    return last if last and last.endswith(kinds) else None


def _member_body(s: str, ps: int, heading: Heading | None, orgs, before: str) -> Heading | None:
    """A member's title of `body_titles` printed right before the name with no body of its own
    ("抵达X议会，受到议长A、副议长B欢迎"): the body named last before the title, in this sentence
    or the one before it, when it is of the title's kind (see `_body_named_before`)."""
    if heading is None or heading.org is not None or heading.unresolved or heading.place:
        return heading
    if len(heading.titles) != 1 or not s.startswith(
        heading.titles[0][0], ps - len(heading.titles[0][0])
    ):
        return heading
    title = heading.titles[0][0]
    if simplified_same_length(title) not in zh_lexicon().body_titles:
        return heading
    body = _body_named_before(s, ps - len(title), title, orgs, before)
    return replace(heading, org=body) if body else heading


def _sole_post(title: str) -> bool:
    """Whether one person at a time holds `title` at one body (`sole_posts`: "议长")."""
    return simplified_same_length(title) in zh_lexicon().sole_posts


def _then(s: str, own: Heading, pe: int, table, orgs: list[str]) -> Heading:
    """A titled name's own heading, with the career or move printed after the name (the own
    titles become former after a move: "升任", "调任")."""
    lex = zh_lexicon()
    move = match_at(s, pe, lex.move_links)
    comma = 1 if s[pe : pe + 1] in ("，", ",") else 0
    career = match_at(s, pe + comma, lex.career_links)  # "X董事长A，曾任Z总经理"
    appointed = s[pe : pe + 1] == "为" and any(m in s[:pe] for m in lex.appointment_markers)
    granted = match_at(s, pe, lex.granted_links)  # "X首席投资总裁A获委任为执行董事": both A's
    if not (
        move or career or appointed or granted
    ):  # "任命X董事长A为Y董事长": A's posts at X and Y
        return own
    after = heading_after(s, pe, table, orgs)
    if after is None:
        return own
    if move:
        own = replace(own, former=True)
    return _ending_with(after, own)


def _ending_with(heading: Heading, first: Heading) -> Heading:
    """`heading` and the headings before it, with `first` put before the earliest of them."""
    if heading.previous is None:
        return replace(heading, previous=first)
    return replace(heading, previous=_ending_with(heading.previous, first))


def _predicate_heading(s: str, ps: int, pe: int, table, orgs) -> Heading | None:
    """The titles a name completes as a predicate: "董事长为A" (the chairman is A), "总经理由A担任"
    (the post of general manager is held by A)."""
    lex = zh_lexicon()
    for marker, tail in lex.title_predicates:
        if s.startswith(marker, ps - len(marker)) and (not tail or s.startswith(tail, pe)):
            return heading_before(s, ps - len(marker), table, orgs)
    return None


def _unit_under(first: Heading | None, near: str | None) -> bool:
    """Whether `first` is a unit without a name of its own ("组织部部长") whose item opens with
    titles of the body named before (`near`): "X党委书记A，党委常委、组织部部长B，党委常委、
    宣传部部长C": C's 党委常委 is X's, as B's was, not the unit's."""
    if not (first and first.org and near and first.previous) or not is_generic(first.org):
        return False
    earliest = _chain_of(first)[-1]
    return earliest.org is None and not earliest.place and not earliest.generic


def _chain_of(heading: Heading | None) -> list[Heading]:
    """A heading and the headings joined before it, nearest the name first."""
    out = []
    while heading is not None:
        out.append(heading)
        heading = heading.previous
    return out


def _sides_split(s: str, start: int, end: int) -> int:
    """Where the guests' side opens when a verb of a reception (`reception_verbs`: 接见, 会见,
    拜会) stands between two runs of names, the host's before it (0 when none does)."""
    if start <= 0:
        return 0
    verbs = zh_lexicon().reception_verbs
    opens = max((s.rfind(v, start, end) + len(v) for v in verbs if v in s[start:end]), default=0)
    return opens if opens and not any(c in s[opens:end] for c in _COMMAS + "；;。") else 0


def _named_after(s: str, floor: int, pos: int, orgs: list[str]) -> str | None:
    """The organisation named last before `pos` and not before `floor`; not one whose rules are
    cited ("根据X的有关规定，董事长A": X makes the rules, A is not its chairman)."""
    org = _named_before(s, pos, orgs)
    at = s.rfind(org, 0, pos) if org else -1
    if org is None or at < floor or _rules_of(s, at):
        return None
    return org


def _rules_of(s: str, at: int) -> bool:
    """Whether the organisation printed at `at` is named as the source of rules cited
    (`rule_source_words` before it, a 《 between: "依据《X章程》", "按照X的要求")."""
    words = tuple(load_lexicon("zh").get("rule_source_words") or ())
    return bool(words) and match_before(s, at - (s[at - 1 : at] == "《"), words) is not None


def _named_before(s: str, pos: int, orgs: list[str]) -> str | None:
    """The organisation named last before offset `pos` of the sentence, if any."""
    best, at = None, -1
    for org in orgs:
        found = s.rfind(org, 0, pos)
        if found > at or (found == at and best is not None and len(org) > len(best)):
            best, at = org, found
    return best if at >= 0 else None


def _heading_orgs(
    heading: Heading, last_org: str | None, found: Extraction, state: dict
) -> list[str | None]:
    """The organisation of each title of a heading; a title after a place's title in one chain
    ("省委常委、秘书长") is at the same committee or government."""
    out: list[str | None] = []
    place = None
    if heading.org == "" and heading.generic in zh_lexicon().own_org_words:
        own = _own_org(heading.generic, found)  # "我校党委书记、校长A": the page's school
        return [own for _ in heading.titles]
    if committee := _chained_committee(heading, found):
        state.setdefault("departments", Counter())[heading.org] += 1
        bare = heading.org or ""
        heading = replace(heading, org=committee + bare)
        state.setdefault("aliases", {}).setdefault(heading.org, set()).add(bare)  # as printed
    placed = False  # a place's title came first: what follows is at its body, named or not
    first_level = None  # the level of the place printed: "X省委常委、市委书记A" is no X市委's
    for title, _ in heading.titles:
        if body := _implied_over_printed(title):  # "X党立委A": the legislature's, not X's
            out.append(body)
        elif ending := place_ending(title):
            first_level = first_level or level(ending)
            at_level = heading if level(ending) == first_level else replace(heading, place=None)
            place, placed = _place_org(at_level, title, found, state), True
            out.append(place)
        elif placed and (not heading.org or heading.place):
            # "省委常委、秘书长" with no province named: no one's, not the page's; "X省委常委、
            # 秘书长" with X printed (and read as the province's name): X's committee too
            out.append(place)
        elif heading.seat:  # "县府教育局长A": the unit of the county's government
            out.append(_seated_unit(heading, found, state))
        elif not heading.org and _unmodified(title) in zh_lexicon().government_titles:
            out.append(_government_of(_unmodified(title), found))  # also "署理X司司长"
        else:
            out.append(
                _org_for(
                    heading,
                    title,
                    last_org,
                    None if state.get("guests") or state.get("blank") else found.main_org,
                    state.get("group"),
                    state.get("earlier"),
                    found.article.body,
                )
            )
    return out


_SELF_MARKS = ("我", "本")  # "我校", "本院": the publisher itself, not one of a kind


def _own_org(word: str, found: Extraction) -> str | None:
    """The organisation the publisher's word for itself means (`own_org_words`: "我院", "学校"):
    the page's own organisation if its name ends with one of the word's kinds; else, for a word
    of a kind ("学校", "商会") or on a page whose own organisation is not known, the one
    organisation of the article whose name does; else none."""
    kinds = zh_lexicon().own_org_words[word]
    main = found.main_org
    hosts = _hosts_of_kind(found, kinds)
    if main and word.startswith(_SELF_MARKS) and len(hosts) == 1:
        return hosts.pop()  # "X政协一行莅临Y医院调研。我院院长A": Y
    visiting = main is not None and _delegation_of(found.article.body, main)
    if main and (main.endswith(kinds) or short_name_kind(main) in kinds) and not visiting:
        return main
    if main and word.startswith(_SELF_MARKS) and not visiting:
        return None  # "我校" on a page of another kind: its school is not named
    named = {
        o.name
        for o in found.orgs
        if (o.name.endswith(kinds) or short_name_kind(o.name) in kinds)
        and not came_to_us(found.article, o.name)  # "X医院来我院参访": 我院 is not X
        and not visited_by_us(found.article, o.name)  # "校党委书记A赴X大学访问": 我校 is not X
        and not _delegation_of(found.article.body, o.name)  # "会见了X大学代表团": X is a guest
        and not _field_unit(o.name, kinds)  # "外语学院、经济学院等部门": the school's own colleges
        and not _listed_with_units(found.article.body, o.name)  # "科研处、X学院负责人": a unit
    }
    return named.pop() if len(named) == 1 else None


_LIST_STOPS = "，。；：！？,;:!?\n"


def _listed_with_units(body: str, name: str) -> bool:
    """Whether `name` is printed only in lists ("、") whose other items are units of a body
    (`sub_units.unit_endings`: "合作发展处、科研处、X学院相关负责人", "参观了X学院、Y中心等"): a
    division of the page's own organisation, never the organisation its word for itself means."""
    units = tuple(load_lexicon("zh")["sub_units"]["unit_endings"])
    seen = False
    at = body.find(name)
    while at >= 0:
        start = max(body.rfind(c, 0, at) for c in _LIST_STOPS) + 1
        ends = [e for e in (body.find(c, at) for c in _LIST_STOPS) if e >= 0]
        clause = body[start : min(ends) if ends else len(body)]
        items = [re.split(r"[（(）)等]", i)[0] for i in clause.split("、")]
        others = [i for i in items if name not in i]
        if "、" not in clause or not any(i.endswith(units) for i in others):
            return False
        seen = True
        at = body.find(name, at + len(name))
    return seen


def _hosts_of_kind(found: Extraction, kinds) -> set[str]:
    """The organisations of the kinds of the publisher's word for itself that the lead tells
    visitors coming to ("X政协一行莅临Y医院调研" on a page saying "我院": Y), other than the
    page's own organisation."""
    return {
        o.name
        for o in found.orgs
        if (o.name.endswith(kinds) or short_name_kind(o.name) in kinds)
        and o.name != found.main_org
        and hosted_visit(found.article, o.name)
    }


def _field_unit(name: str, kinds) -> bool:
    """Whether `name` is only a field and a kind ("外语学院", "经济学院"): a college or a division
    of the page's own body, never the body itself."""
    kind = next((k for k in sorted(kinds, key=len, reverse=True) if name.endswith(k)), "")
    stem = name[: -len(kind)] if kind else ""
    return 2 <= len(stem) <= 4 and _field_word(stem)


def _delegation_of(body: str, name: str) -> bool:
    """Whether the text prints `name` as a visiting delegation's ("X大学代表团", `delegation_words`
    of kg/vocab/zh.yml): a guest of the page's organisation, never the page's own."""
    data = load_lexicon("zh")
    words = tuple(data.get("delegation_words") or ())
    hosts = tuple(data.get("delegation_host_words") or ())
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if body.startswith(words, end):
            before = body[max(0, at - 16) : at]
            after = body[end : end + 30]
            # received or accompanied by the page's people, not travelling from it ("X代表团赴Y")
            if any(h in before for h in hosts) or "陪同" in after.split("。")[0]:
                return True
        at = body.find(name, at + 1)
    return False


def _implied_over_printed(title: str) -> str | None:
    """The organisation `implied_orgs` gives `title` when it holds whatever place or party is
    printed before the title (`implied_over_printed`: "X县立法委员A" sits in the legislature)."""
    bare = simplified_same_length(_unmodified(title))
    over = load_lexicon("zh").get("implied_over_printed") or ()
    return zh_lexicon().implied_orgs.get(bare) if bare in over else None


def _unmodified(title: str) -> str:
    """`title` without the modifier printed before it ("署理财政司司长": 财政司司长)."""
    modifier = match_at(title, 0, zh_lexicon().title_modifiers)
    return title[len(modifier) :] if modifier and len(title) > len(modifier) else title


def _government_of(title: str, found: Extraction) -> str | None:
    """The one government the article names that holds `title` (`government_titles`)."""
    lex = zh_lexicon()
    endings = lex.government_titles[title]
    wide = endings + lex.government_regions  # "澳门特区" names the region's government too
    region = lex.government_region_titles.get(title)
    others = tuple(p for p in lex.government_places if p != region) if region else ()
    names = {
        o.name
        for o in found.orgs
        if o.name not in wide
        and (
            o.name.endswith(endings)
            or (o.name.endswith(lex.government_regions) and not o.name.startswith(others))
        )
    }
    named = load_lexicon("zh").get("government_of_places") or {}
    # "澳门特区" and "澳门特别行政区政府" on one page name one government: the full name
    names = {
        next((g for p, g in named.items() if n.startswith(p) and g in names), n)
        if n.endswith(lex.government_regions)
        else n
        for n in names
    }
    if len(names) == 1:
        return names.pop()
    if names:
        return None
    # a bare "特区政府": the government when the page names exactly one region's place, the
    # title's own when the title is a region's
    bare = [o.name for o in found.orgs if o.name in endings]
    body = simplified_same_length(found.article.body)
    places = {p for p in lex.government_places if p in body}
    if bare and len(places) == 1 and (region is None or region in places):
        return bare[0]
    regions = {p for p in places if any(p + r in body for r in lex.government_regions)}
    if not bare and len(regions) == 1 and region in (None, *regions):
        # "行政长官A" on a page naming one region as such ("X特别行政区", "X特区") and no
        # government: the region's (`government_of_places`)
        return named.get(regions.pop())
    if not bare and not regions and region in places:
        # a region's own secretary ("经济财政司司长A") on a page naming that region's place and
        # no government: the region's
        return named.get(region)
    return None


def _heading_claims(
    person: str,
    heading: Heading,
    status: str,
    near: str | None,
    evidence: Evidence,
    found: Extraction,
    state: dict,
) -> list[RoleClaim]:
    """The roles a heading gives `person` (titles whose organisation is known)."""
    canon = org_canon(found)
    out = []
    kinds = zh_lexicon().title_org_kinds

    def fits(title: str, org: str) -> bool:  # "总行副行长A": the generic word names the kind
        generic = heading.generic or ""
        return _fits_kind(title, org, found) or any(k in generic for k in kinds.get(title, ()))

    orgs = [
        canon.get(o, o) if o is not None else None
        for o in _heading_orgs(heading, near, found, state)
    ]
    # "与党委书记、行长A": no organisation printed, and the one understood cannot hold a title of
    # the chain (a company for 行长): none of the chain's titles is at it
    misfits = (
        set()
        if heading.org
        else {o for (t, _), o in zip(heading.titles, orgs, strict=False) if o and not fits(t, o)}
    )
    for (title, notation), org in zip(heading.titles, orgs, strict=False):
        if org in misfits and fits(title, org):
            continue
        if org and not fits(title, org):
            main = found.main_org
            org = main if main and fits(title, main) else None
        if org:
            org = _parent_school(title, org, found)
        if org:
            notation = _chair_notation(title, notation, org, found)
            notation = _firm_notation(title, notation, org, found)
            notation = _party_notation(title, notation, org)
            notation = _minister_notation(title, notation, org)
            claim = RoleClaim(person, notation, title, org, evidence, status)
            if heading.trailing:  # "A市长": the place understood, not printed
                guessed = not _governs(found.main_org, _home(title, state))
                if guessed and _place_named(person, title, found):
                    continue  # "X马久罗市长": a place the text names ("马久罗市"), not a person
                state.setdefault("guessed", set()).add(claim)
            out.append(claim)
    return out


def _parent_school(title: str, org: str, found: Extraction) -> str | None:
    """The school a title of a whole school (`parent_titles`: "校长") is held at when the
    organisation understood is one of its colleges ("X大学Y学院"): the school ("X大学") if the
    text prints its name, else none; any other organisation as it is."""
    data = load_lexicon("zh").get("parent_titles") or {}
    if title not in (data.get("titles") or ()) or not org.endswith(
        tuple(data.get("colleges") or ())
    ):
        return org
    for kind in data.get("parents") or ():
        at = org.find(kind)
        if at >= 2 and at + len(kind) < len(org):
            parent = org[: at + len(kind)]
            return parent if parent in found.article.body else None
    return org


def _home(title: str, state: dict) -> str | None:
    """The article's own place of a place title's level (`home_places`), if known."""
    ending = place_ending(title)
    return state.get("homes", {}).get(level(ending)) if ending else None


def _place_named(person: str, title: str, found: Extraction) -> bool:
    """Whether the name printed before a place title, with the title's level, is a place the
    article names ("X|市长" and "X市" printed elsewhere)."""
    ending = place_ending(title)
    if not ending:
        return False
    body, place = found.article.body, level(ending)
    for native in {p.native for p in found.persons if p.name == person and p.native}:
        at = body.find(native + place)
        while at >= 0:
            if not body.startswith(title, at + len(native)):
                return True  # "X市" not as "X市长"
            at = body.find(native + place, at + 1)
    return False


def _without_guessed_places(roles: list[RoleClaim], guessed: set[RoleClaim]) -> list[RoleClaim]:
    """The claims without a place title's understood government (a title after the name, "A副省长")
    when the person holds the title's role at another organisation printed with it ("广东省副省长A",
    then "A副省长" on a page about another province's government)."""
    printed = {(r.person, r.role, r.org) for r in roles if r not in guessed}
    return [
        r
        for r in roles
        if r not in guessed
        or not any(p == r.person and n == r.role and o != r.org for p, n, o in printed)
    ]


def _fits_kind(title: str, org: str, found: Extraction) -> bool:
    """Whether `org` may hold `title` (`title_org_kinds`: "副校长" at a school, not at the
    propaganda department printed before it); titles of no kind fit any organisation."""
    kinds = zh_lexicon().title_org_kinds.get(title)
    if kinds is None:
        return True
    mention = next((o for o in found.orgs if org in (o.name, o.native, *o.aliases)), None)
    names = (org, *((mention.name, mention.native or "", *mention.aliases) if mention else ()))
    names = (*names, *(k for n in names if n and (k := short_name_kind(n))))  # "X大": 大学
    return any(kind in n for n in names if n for kind in kinds)


def _minister_notation(title: str, notation: str, org: str) -> str:
    """A 部长 of a state's ministry (`state_ministries`: "外交部部长", "中国外交部部长") is a
    minister, noted "other"; of a party's or a company's department the head it is noted."""
    if notation != "head" or simplified(title) not in zh_lexicon().minister_titles:
        return notation
    return "other" if _state_ministry(org) else notation


def _no_company(org: str) -> bool:
    """Whether `org` is a body no company's title belongs to: a state's ministry, or a zone
    ("位于X经开区，董事长A" is a company's chairman, not the zone's)."""
    return _state_ministry(org) or _zone(org)


def _zone(org: str) -> bool:
    """Whether `org` is a development zone or park (`zone_endings`), where companies are."""
    return simplified(org).endswith(tuple(load_lexicon("zh").get("zone_endings") or ()))


def _state_ministry(org: str) -> bool:
    """Whether `org` is a state's ministry (`state_ministries`), printed alone or after its
    state's name ("外交部", "中国外交部"), not a party's or a company's department."""
    lex = zh_lexicon()
    name = simplified(org)
    ministry = next((m for m in lex.state_ministries if name.endswith(m)), None)
    if ministry is None:
        return False
    state = name[: -len(ministry)]
    return not state or state.endswith("国") or state in lex.state_ministry_prefixes


def _party_notation(title: str, notation: str, org: str) -> str:
    """A secretary printed with a Party body (`party_body_endings`) is its Party secretary or
    deputy, and so is a company's, a school's or a hospital's (`party_secretary_hosts`); with
    another body the title stays "other". A member (`party_member_titles`) printed with a Party
    body is a member of it ("X街道党工委委员"), of another body "other"."""
    lex = zh_lexicon()
    member = (load_lexicon("zh").get("party_member_titles") or {}).get(title)
    body = _party_body(org)
    if member and notation == "other" and not org.endswith(lex.not_party_body_endings):
        return member if body else notation  # "X工委委员"
    party = lex.party_secretary_titles.get(title)
    if party is None or notation != "other" or org.endswith(lex.not_party_body_endings):
        return notation
    if body:
        return party
    # a company's, a school's or a hospital's bare 书记 is its Party committee's ("X学院副书记")
    return party if org.endswith(lex.party_secretary_hosts) else notation


def _party_body(org: str) -> bool:
    """Whether `org` is a Party body: its name ends so ("X党委", "X市委"), or it is a committee
    printed by its full name ("中共X大学委员会": `party_committee_openers`, `_endings`)."""
    lex, d = zh_lexicon(), load_lexicon("zh")
    if org.endswith(lex.party_body_endings):
        return True
    openers = tuple(d.get("party_committee_openers") or ())
    return (
        bool(openers)
        and org.startswith(openers)
        and org.endswith(tuple(d.get("party_committee_endings") or ()))
    )


def _chair_notation(title: str, notation: str, org: str, found: Extraction) -> str:
    """The notation of a title that chairs what it is printed with: 主席 of a company, a board, a
    bureau or a council is its chairman; of a legislature, a CPPCC, a state or a party (the
    lexicon's `political_chair_bodies`) it stays "other"."""
    lex = zh_lexicon()
    chair = lex.chair_titles.get(title)
    if chair is None or notation != "other":
        return notation
    mention = next((o for o in found.orgs if org in (o.name, o.native)), None)
    names = (org, *(mention.aliases if mention else ()))
    political = any(n.endswith(lex.political_chair_bodies) for n in names)
    return notation if political else chair


def _firm_notation(title: str, notation: str, org: str, found: Extraction) -> str:
    """The notation of a title that heads a company (`firm_titles`: "执行长") printed with `org`:
    the company's when no name of `org` ends as another kind of body does (`not_firm_endings`:
    "X基金会", "X服务中心"), else "other" as it is."""
    d = load_lexicon("zh")
    firm = (d.get("firm_titles") or {}).get(simplified(title))
    if firm is None or notation != "other":
        return notation
    mention = next((o for o in found.orgs if org in (o.name, o.native)), None)
    names = [simplified(n) for n in (org, *(mention.aliases if mention else ())) if n]
    other = tuple(d.get("not_firm_endings") or ()) + zh_lexicon().political_chair_bodies
    return notation if any(n.endswith(other) for n in names) else firm


def _sentence_roles(
    article: Article, start: int, end: int, found: Extraction, table, state: dict
) -> list[RoleClaim]:
    """The roles of one sentence; `state` carries the places named across sentences."""
    s = article.body[start:end]
    names, canon = person_names(found), org_canon(found)
    orgs, claims, last_org = list(canon), [], None
    party = None  # the place's Party committee a place title of the sentence gave
    state["earlier"] = _named_before(article.body, start, orgs)  # for "该行" ("that bank")
    state["local"], state["away_levels"] = {}, _visited_levels(s)
    runs = _runs(s, names)
    spans = [span for run in runs for span in run]
    starts = {span.start: span.end for run in runs for span in run}  # the names, start -> end
    ends = sorted(starts.values())
    previous = _sentence_before(article.body, start)
    floor, last_end = 0, 0  # where the side of a reception the run is on begins
    for run in runs:
        split = _sides_split(s, last_end, run[0].start)
        if split:
            last_org, floor = None, split  # "X部A接见Y会会长B": B is none of X's
        last_end = run[-1].end
        headings = _run_headings(s, run, table, orgs, starts, previous, article.body)
        left = _left_after(s, run[-1].end, ends)  # "董事长A、行长B辞任": both left their posts
        for (ps, pe, native), first in zip(run, headings, strict=False):
            by_event = left or (
                _former_by_event(s, ps) and not match_at(s, pe, zh_lexicon().appointment_markers)
            )
            referent = None if floor else _subject_referent(article.body, start, ps, orgs)
            named = _named_after(s, floor, ps, orgs)  # "受X主任委托，副主任A主持": X
            if named and _zone(named):
                named = referent or named  # "该集团注册地为X经开区，董事长为A": the group's
            near = last_org or named or referent
            if state.get("blank"):
                near = None  # after "集团党委书记A" with the group not named: not a unit named
            if first and first.org == "" and _points_back(first.generic):
                near = _named_before(s, ps, orgs) or near  # "访问X，受到该会理事长A": X
            if near and not last_org and _delegation_of(s, near):
                near = None  # "X大学代表团在校长A的陪同下": A is the host's, not X's
            if party and _party_titled(first):
                near = party  # "镇党委书记A，党委副书记、镇长B": B's 党委 is the town's
            evidence = evidence_at(article, start + ps)
            state["guests"] = bool(floor)  # the guests' side: the page's own body is the host's
            successor = _successor_before(s, ps, spans)  # "A教授代替B教授担任X": B held X
            first = _led_delegation_place(s, pe, first)
            made: list[RoleClaim] = []
            outer = _outside_unit(article.body, start, s, floor, ps, first, near, orgs)
            for heading in _chain_of(first):
                own = near if heading is first else outer
                status = "former" if heading.former or by_event or successor else "current"
                made += _heading_claims(names[native], heading, status, own, evidence, found, state)
                if successor is not None and not heading.former:
                    claims += _heading_claims(
                        names[successor.text], heading, "current", own, evidence, found, state
                    )
            claims += made
            if first and first.org == "" and first.generic in zh_lexicon().own_org_words:
                last_org = _own_org(first.generic, found)  # "学校党委书记A、副书记B"
                if last_org is None:  # "我院院长A，副院长B" with 我院 not named: B's is unknown
                    state["blank"] = True
            elif first and first.org == "" and first.generic and made:
                last_org = made[0].org  # "集团公司党委书记A、总经理B": the group meant for A
            elif (
                first
                and first.org == ""
                and first.generic
                and first.generic not in (zh_lexicon().own_org_words)
            ):
                # "集团党委书记A，党委副书记B" with the group not named: B's is A's, unknown too
                last_org, state["blank"] = None, True
            if first and first.org:
                state["blank"] = False
            if not _unit_under(first, near):
                last_org = first.org if first and first.org else last_org
            if first and not first.org and any(place_ending(t) for t, _ in first.titles):
                party = next((c.org for c in made if c.org.endswith(_place_committees())), party)
    state["guests"] = state["blank"] = False
    spans = [span for run in _runs(s, names) for span in run]
    for at, heading in _pronoun_headings(s, table, orgs):
        before = [span for span in spans if span.end <= at]
        shift = 0
        if not before and (clause := _clause_before(article.body, start)):
            # "A任X董事长；免去其X总经理职务": the clause before the semicolon names A
            before = [span for run in _runs(clause, names) for span in run]
            shift = -len(clause)
        if before:
            ps, native = before[-1].start + shift, before[-1].text
            status = "former" if heading.former else "current"
            evidence = evidence_at(article, max(0, start + ps))
            claims += _heading_claims(
                names[native], heading, status, last_org, evidence, found, state
            )
    return claims


def _outside_unit(
    body: str, start: int, s: str, floor: int, ps: int, first: Heading | None, near, orgs
) -> str | None:
    """The organisation understood for the titles joined before a unit's titles ("党委委员、组织部
    部长A"): those are not the unit's ("组织部"), but the body's named before the unit, as if the
    unit were not printed; `near` for any other heading."""
    if not (first and first.org and first.previous and near == first.org):
        return near
    at = s.rfind(first.org, 0, ps)
    if at < 0:
        return near
    joiner = _joiner_before(s, at)
    if not (_unit_name(first.org) or (at > joiner > 0 and s[at - joiner] == "兼")):
        return near  # "副总经理兼X公司董事长A": 副总经理 is not X's, but the body's named before
    return _named_after(s, floor, at, orgs) or (
        None if floor else _subject_referent(body, start, at, orgs)
    )


@lru_cache(maxsize=1)
def _place_committees() -> tuple[str, ...]:
    """The endings of a place's Party committee ("镇党委", "县委": `place_titles` organisations)."""
    return tuple(sorted({e for e in zh_lexicon().place_titles.values() if e.endswith("委")}))


def _party_titled(heading: Heading | None) -> bool:
    """Whether a heading prints no body and opens with a Party body's title ("党委副书记、镇长")."""
    if heading is None or heading.org or heading.place or heading.generic or heading.unresolved:
        return False
    first, _ = heading.titles[0]
    return first.startswith(_title_bodies()) and not place_ending(first)


def _subject_referent(body: str, start: int, ps: int, orgs: list[str]) -> str | None:
    """The organisation a clause's subject points back to ("该集团注册地为X，董事长为A": the
    group named before), for titles with no organisation of their own: the last word of
    `referring_generics` or `referring_kind_words` opening a clause of the sentence before the
    name, and the organisation named last before that word (of the word's kind)."""
    lex = zh_lexicon()
    s, best = body[start : start + ps], None
    for word in (*lex.referring_generics, *lex.referring_kind_words):
        at = s.rfind(word)
        while at > 0 and s[at - 1] not in _CLAUSE_MARKS:
            at = s.rfind(word, 0, at)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, word)
    if best is None:
        return None
    at, word = best
    org = _named_before(body, start + at, orgs)
    kinds = lex.referring_kind_words.get(word)
    return org if org and (not kinds or org.endswith(kinds)) else None


def _points_back(generic: str | None) -> bool:
    """Whether a generic word points back to the organisation named last ("该会", "该行")."""
    lex = zh_lexicon()
    return bool(generic) and (
        generic in lex.referring_kind_words or generic in lex.referring_generics
    )


def _successor_before(s: str, start: int, spans) -> Found | None:
    """The person who takes the post of the one named at `start`: named right before a verb of
    `replacing_verbs` ("A教授则代替B教授担任X": A), maybe with an honorific and 则 between."""
    lex = zh_lexicon()
    verb = match_before(s, start, lex.replacing_verbs)
    if verb is None:
        return None
    at = start - len(verb)
    at -= len(match_before(s, at, ("则", "将", "已")) or "")
    at -= len(match_before(s, at, lex.name_honorifics) or "")
    return next((span for span in spans if span.end == at), None)


def _left_after(s: str, end: int, ends: list[int]) -> bool:
    """Whether a verb of leaving (`leaving_verbs`) follows a run of names ending at `end`, maybe
    after 同志 or 均 ("A、B辞任", "A同志辞职"), or after more titled names joined by 、 ("董事长A、
    行长B辞任": A left too); `ends` are where the sentence's names end."""
    lex = zh_lexicon()
    while True:
        at = end + len(match_at(s, end, ("同志", "先生", "女士")) or "")
        at += len(match_at(s, at, ("均", "已", "正式")) or "")
        verb = match_at(s, at, lex.leaving_verbs)
        if verb is not None:  # not "A卸任总经理，继续担任董事长": another post left
            return not _TITLE_AFTER.match(s, at + len(verb))
        if not s.startswith("、", end):
            return False
        nxt = next((e for e in ends if e > end), None)
        if nxt is None or nxt - end > _TITLED_ITEM or any(c in _CLAUSE_MARKS for c in s[end:nxt]):
            return False
        end = nxt


_TITLED_ITEM = 16  # the most characters of "、<titles><name>" in a list of names that left
_TITLE_AFTER = re.compile(
    r"[^，,。；;]{1,12}?(?:职务|一职|长|理|事|书记|主任|主席|裁)"
)  # a post named after


def _clause_before(body: str, start: int) -> str:
    """The clause before offset `start` when a semicolon closes it right there (else "")."""
    head = body[max(0, start - 200) : start].rstrip()
    if not head.endswith(("；", ";")):
        return ""
    cut = max(head.rfind(mark, 0, len(head) - 1) for mark in "。！？；;\n")
    return body[max(0, start - 200) + cut + 1 : start]


def _sentence_before(body: str, start: int) -> str:
    """The sentence before the one starting at `start` (at most 200 characters of it)."""
    head = body[max(0, start - 200) : start].rstrip()
    cut = max(head.rfind(mark, 0, max(0, len(head) - 1)) for mark in "。！？\n")
    return head[cut + 1 :]


def extract_roles(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a RoleClaim for each (person, title, organisation) stated."""
    state: dict  # "group", and what _place_org keeps across sentences
    table, state, seen = titles(vocab), {"group": group_org(found)}, set(found.roles)
    for start, end in sentence_spans(article.body):
        for claim in _sentence_roles(article, start, end, found, table, state):
            if claim not in seen:
                seen.add(claim)
                found.roles.append(claim)
            _ensure_org(article, found, claim, state.get("aliases", {}).get(claim.org, ()))
    found.roles[:] = _without_left_posts(found.roles)
    found.roles[:] = _without_guessed_places(found.roles, state.get("guessed", set()))
    _drop_chained_departments(article, found, state.get("departments", Counter()))
    add_sub_units(found)  # units understood from a title ("X市政府新闻处长A"): their parents


def _drop_chained_departments(article: Article, found: Extraction, chained: Counter) -> None:
    """A bare committee department ("宣传部") that the text prints only in chains where it was read as
    a place's committee's (`_chained_committee`) is no organisation of its own."""
    text = (article.headline or "") + "\n" + article.body
    gone = {
        d
        for d, n in chained.items()
        if n >= text.count(d) and not any(r.org == d for r in found.roles)
    }
    if gone:
        found.orgs[:] = [o for o in found.orgs if (o.native or o.name) not in gone]


def _without_left_posts(roles: list[RoleClaim]) -> list[RoleClaim]:
    """The claims without a current post the text says, there or later, was left ("收到副总经理A
    的辞职报告，A申请辞去副总经理职务": A's post is a former one only)."""
    left: dict[tuple[str, str, str], int] = {}
    for r in roles:
        if r.status == "former":
            key = (r.person, r.role, r.org)
            left[key] = max(left.get(key, r.evidence.start), r.evidence.start)
    return [
        r
        for r in roles
        if not (
            r.status == "current"
            and (r.person, r.role, r.org) in left
            and left[(r.person, r.role, r.org)] >= r.evidence.start
        )
    ]


def group_org(found: Extraction) -> str | None:
    """The group the article calls "集团(公司)": its one organisation named as a group, else the main one
    if it is one, or if no organisation is named as a group and the headline names the main one."""
    endings = zh_lexicon().group_endings
    groups = {
        o.name
        for o in found.orgs
        if any(n.endswith(endings) for n in (o.name, *o.aliases))
        and not visited_by_us(found.article, o.name)  # "集团领导赴X集团调研": X is not ours
        and not _named_after_bare_group(found.article.body, (o.name, *o.aliases))
        and not came_to_us(found.article, o.name)  # "X集团董事长A一行来我集团公司考察"
    }
    if len(groups) == 1:
        return groups.pop()
    main = found.main_org
    # "X公司召开…" over the page: its 集团 is X (a unit, "人事部", is no group)
    if (
        not groups
        and main
        and main in found.article.headline
        and not _unit_name(main)
        and not visited_in_clause(found.article, main)  # "集团董事长A赴X项目视察": not X's
        and not _listed_beside_group(found.article.body, main)  # "集团公司人资部、X领导班子"
    ):
        return main
    return main if main and main.endswith(endings) else None


def _listed_beside_group(body: str, main: str) -> bool:
    """Whether a bare `group_words` word and `main` are items of one list ("集团公司人资部、X公司领导
    班子成员参加会议"): two bodies side by side, so the group is not `main`."""
    words = longest_first(zh_lexicon().group_words)
    m = re.escape(main)
    item = r"[\u4e00-\u9fff]{0,8}"
    return bool(
        re.search(rf"(?<![\u4e00-\u9fff])(?:{words}){item}、{m}", body)
        or re.search(rf"{m}{item}、(?:{words})", body)
    )


def _named_after_bare_group(body: str, names) -> bool:
    """Whether the text calls its group by a bare `group_words` word ("，集团公司总裁A一行") before
    it first names the group `names`, and names it as the other side of its party
    (`party_partner_words`: "A一行和X集团有限公司董事长B"): X is not the group the bare word meant."""
    lex = zh_lexicon()
    partners = tuple(load_lexicon("zh").get("party_partner_words") or ())
    firsts = [i for i in (body.find(n) for n in names) if i >= 0]
    if not firsts or not any(body[: body.find(n)].endswith(partners) for n in names if n in body):
        return False
    first = min(firsts)
    for word in sorted(lex.group_words, key=len, reverse=True):
        at = body.find(word)
        while 0 <= at < first:
            prev = body[at - 1] if at else ""
            if not _HAN.match(prev) or prev in lex.generic_openers:
                return True
            at = body.find(word, at + 1)
    return False


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _unit_name(name: str) -> bool:
    """Whether `name` ends with a unit's ending (部, 处, 室, 总部 …): a part of a body."""
    kind = suffix_kind(name)
    return kind is not None and kind.kind == "unit"


def _ensure_org(article: Article, found: Extraction, claim: RoleClaim, aliases=()) -> None:
    """An organisation understood from a title (the Party of 总书记, the 省委 of 省委书记) gets its
    mention, with the `aliases` it is known by in the article."""
    for i, o in enumerate(found.orgs):
        if claim.org in (o.native, o.name):
            extra = tuple(a for a in sorted(aliases) if a not in o.aliases and a != o.name)
            if extra:
                found.orgs[i] = replace(o, aliases=o.aliases + extra)
            return
    found.orgs.append(
        OrgMention(claim.org, claim.evidence, aliases=tuple(sorted(aliases)), native=claim.org)
    )
