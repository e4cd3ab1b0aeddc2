"""Title lists in English text: "party secretary and chairman of X Group".

:func:`parse_titles` reads, from a position, one or more titles joined by
commas, "and" or "&", each optionally followed by "of/at <organisation>"; it
returns a :class:`TitleList` with the organisation each title names (or
:data:`MAIN` for "of the company"), the organisation written just before the
list ("X Group Chairman ..."), and whether a title is a former one. It does not
decide who holds the titles; :mod:`kg.extract.en.roles` does.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

from kg.extract.alternation import longest_first
from kg.extract.en.lexicon import (
    Lexicon,
    business_region,
    fold_phrase,
    has_word,
    party_plurals,
    phrase_regex,
)
from kg.extract.en.pinyin import name_case
from kg.extract.en.portfolios import portfolio_after
from kg.extract.en.text import (
    INDEX_DESCRIPTION,
    LOCATED_DESCRIPTION,
    OF_PLACE,
    Mention,
    Span,
    SpanSet,
)

MAIN = "\x00main"  # "the company": the organisation the article is about
_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*|\s*、\s*|\s*/\s*)")
_OF = re.compile(r"\s+(?:of|at)\s+(?:both\s+)?")  # "director of both A and B"
_OF_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_SHORT_TITLE = re.compile(r"\s*\([A-Z]{2,6}\)(?=\s+(?:of|at)\s)")
_FOR_FIELD = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


@dataclass(frozen=True)
class TitleItem:
    """One title as printed, its notation ("?party" until the organisation is known)."""

    title: str
    notation: str
    start: int
    end: int
    org: str | None = None
    former: bool = False
    own_org: bool = False  # the organisation is this title's alone, not the titles' before it


@dataclass
class TitleList:
    """Titles read from text[start:end]; `prefix_org` is the organisation just before them."""

    items: list[TitleItem]
    start: int
    end: int
    prefix_org: str | None = None
    new_orgs: list[Span] = field(default_factory=list)


@dataclass
class Context:
    """What the parser needs to know about the text: organisation and person spans."""

    text: str
    lex: Lexicon
    org_at: dict[int, Mention]  # start -> the organisation named there
    org_end: dict[int, str]  # end -> mention name
    people: list[tuple[int, int]]
    main_org: str | None = None  # the article's own organisation

    @cached_property
    def people_spans(self) -> SpanSet:
        """`people` for overlap questions in log time (asked for every title word)."""
        return SpanSet(self.people)


def parse_titles(ctx: Context, pos: int, limit: int) -> TitleList | None:
    """The title list starting at `pos` (before `limit`), or None when no title starts there."""
    items: list[TitleItem] = []
    new_orgs: list[Span] = []
    i, end = pos, pos
    sep = None
    while True:
        item, j, made = _one_title(ctx, i, limit)
        if item is None and items and (kind_end := _own_kind_lead(ctx, i, limit)) is not None:
            # "member of the Party Committee and hospital vice president" on X Hospital's page
            item, j, made = _one_title(ctx, kind_end, limit)
            item = replace(item, org=MAIN) if item is not None and item.org is None else item
        if item is None:
            break
        if item.org is None:
            j = _past_qualifier(ctx, j, limit)  # "Director (Projects), X Ltd": the title goes on
        if items and item.title.casefold().split()[-1] in ctx.lex.folded("group_title_words"):
            break  # "A, deputy general manager of X, and leaders of relevant departments": others
        if items and items[-1].former and not item.former and _joins_one_post(ctx, items[-1], sep):
            item = replace(item, former=True)  # "retired President and CEO of X": both left
        if (
            items
            and sep
            and "," in sep.group()
            and item.org is None
            and items[-1].org is None
            and fold_phrase(item.title) == fold_phrase(items[-1].title)
        ):
            items, new_orgs, pos = [], [], i  # "with the Kelby Premier, Premier A is to": A's own
        items.append(item)
        new_orgs += made
        end = j
        second = _both_second(ctx, item, j, limit)
        if second is not None:  # "a director of both A and B": B's seat as well
            items.append(replace(item, org=second.name, own_org=True))
            end = j = second.end
        sep = _SEP.match(ctx.text, j, limit)
        if not sep and item.org is None and portfolio_title(ctx.lex, item.title):
            # "Commissioner for Insurance and Chief Executive Officer of X": past the portfolio
            field = _FOR_FIELD.match(ctx.text, j, limit)
            after = _SEP.match(ctx.text, field.end(), limit) if field else None
            if after and ctx.lex.title_re.match(ctx.text, after.end(), limit):
                sep = after
        if not sep:
            break
        i = sep.end()
    if not items:
        return None
    at = _before_region(ctx, pos)  # "X Bank's Asia Pacific CEO": X Bank's, the region's post
    at = _possessive_adjectives_start(ctx, at)  # "X's first CEO": X's
    prefix = _org_around(ctx, items[0]) or _prefix_org(ctx, at)
    if prefix is None:
        run = _prefix_run(ctx, at)  # an organisation only if a role uses it
        prefix = ctx.text[run.start : run.end] if run else None
        if prefix and ctx.lex.peoples_adjective(prefix):
            prefix = None  # "Uruguayan President X": a people's adjective, no organisation
    if prefix and prefix is not MAIN and business_region(ctx.lex, prefix):
        prefix = None  # "its Asia-Pacific chief executive": a region's post, no organisation
    if prefix and portfolio_title(ctx.lex, items[0].title) and not _institution(ctx.lex, prefix):
        prefix = None  # "Planning Minister X", "Economic Affairs Minister Y": portfolios
    if prefix and prefix is not MAIN and _portfolio_lead(ctx.lex, prefix, items[0].title):
        prefix = None  # "Union Steel Minister X": a government level and a portfolio, no company
    if prefix and prefix is not MAIN and _former_before(ctx, prefix, at):
        # "former Beta Bank chief executive A": the titles that take the prefix were left
        items = [replace(t, former=True) if t.org is None else t for t in items]
    return TitleList(items, pos, end, prefix, new_orgs)


_KIND_LEAD = re.compile(r"(?:the[ \t]+)?([a-z]+)[ \t]+")


def _own_kind_lead(ctx: Context, i: int, limit: int) -> int | None:
    """Past "(the) <kind> " opening a later title of a list ("... and hospital vice president",
    "... and the hospital president A") when the article's organisation is of that kind
    (`own_kind_words` in its name, as for "of the Hospital"): where the title starts, else None."""
    m = _KIND_LEAD.match(ctx.text, i, limit)
    if m is None or m.group(1) not in ctx.lex.folded("own_kind_words"):
        return None
    if not name_has_kind(ctx.main_org, m.group(1)):
        return None
    return m.end() if ctx.lex.title_re.match(ctx.text, m.end(), limit) else None


def _past_qualifier(ctx: Context, j: int, limit: int) -> int:
    """The end of a short bracket right after a title that names no organisation and no person
    ("Joint Secretary (Europe & Americas), Ministry of X": the unit's or field's words, the title
    goes on past them), else `j`."""
    m = _QUALIFIER.match(ctx.text, j, limit)
    if m is None:
        return j
    inside = range(m.start(1), m.end(1))
    if any(p in ctx.org_at for p in inside) or ctx.people_spans.overlaps(m.start(1), m.end(1)):
        return j
    left = ctx.lex.folded("former_words") | ctx.lex.folded("retired_marks")
    if any(w.casefold() in left for w in re.findall(r"[A-Za-z]+", m.group(1))):
        return j  # "Managing Director (Rtd), X": a post left, the bracket says so
    return m.end()


# a short bracket, then a comma or "and" ("Director (Projects), X Ltd"; "(Operations) and ...")
_QUALIFIER = re.compile(r"\s*\(([^()\n]{1,40})\)(?=\s*,|\s+and\s)")


def _org_around(ctx: Context, item: TitleItem) -> str | None:
    """The organisation whose name the title's first words end ("X municipal Party committee
    secretary": the title read from "Party" is held at the committee named before and in it)."""
    for end in range(item.start + 1, item.end + 1):
        name = ctx.org_end.get(end)
        if name is None:
            continue
        start = end - len(name)
        if start < item.start and ctx.text[start:end] == name:
            return name
    return None


def _former_before(ctx: Context, prefix: str, pos: int) -> bool:
    """Whether a word of `former_words` stands right before the organisation `prefix` printed
    before the title at `pos` ("former Beta Bank |chief executive")."""
    at = ctx.text.rfind(prefix, max(0, pos - 200), pos)
    if at < 0 or ctx.text[at + len(prefix) : pos].strip(" '’s"):
        return False
    m = ctx.lex.made(_former_then_re).search(ctx.text, max(0, at - 24), at)
    if m is None:
        return False
    word = m.group().split()[0].casefold()  # "then" is former only as "the then X chief"
    return word != "then" or ctx.text[max(0, m.start() - 4) : m.start()].casefold() == "the "


def _former_then_re(lex: Lexicon) -> re.Pattern:
    words = longest_first(lex.words("former_words"))
    return re.compile(rf"(?<![\w-])(?:{words})[\s-]+(?:the\s+)?$", re.IGNORECASE)


def _joins_one_post(ctx: Context, before: TitleItem, sep: re.Match | None) -> bool:
    """Whether the title after `before` is joined to it by "and" / "&" with no organisation of its
    own between them and no word of its own saying it is held now ("former chairman and CEO of
    X"; not "former chairman of Y and CEO of X", not "former chairman, current CEO")."""
    if sep is None or before.org is not None or "," in sep.group() or before.notation == "other":
        return False  # "former minister and chairman of X": a minister's post, then X's
    now = phrase_regex(ctx.lex.words("current_words"))
    return sep.group().strip() in ("and", "&") and not now.match(ctx.text, sep.end())


def portfolio_title(lex: Lexicon, title: str) -> bool:
    """A title held for a portfolio ("minister", "secretary"), not at an organisation (a party
    secretary is at the party body named after the title)."""
    folded = title.casefold()
    if " ".join(folded.split()) in lex.folded("place_head_titles"):
        return False  # "Chief Minister of X": X is the place the minister heads
    return folded.split()[-1] in lex.folded("portfolio_titles") and "party" not in folded


def _portfolio_lead(lex: Lexicon, prefix: str, title: str) -> bool:
    """Whether the words before a minister's title end in a portfolio's field ("Union Steel
    Minister", "Federal Power Minister"): no company has a minister, so they name no organisation
    unless an institution's word is among them ("Steel Ministry")."""
    words = prefix.split()
    return (
        title.casefold().split()[-1] in ("minister", "ministers")
        and len(words) > 1
        and words[-1].casefold() in lex.industry | lex.folded("field_words")
        and not has_word(prefix, lex.folded("institution_words"))
    )


def _institution(lex: Lexicon, name: str) -> bool:
    """A name of an institution (Ministry, Department...), of a company (Co., Ltd., Group), or
    of a place (a country's minister); not a field of government that ends in an organisation
    word ("Trade and Industry")."""
    words = name.split()
    field = bool(words) and words[-1].casefold() in lex.folded("portfolio_field_endings")
    return (
        has_word(name, lex.folded("institution_words"))
        or name.casefold() in lex.places | lex.folded("countries")
        or (_org_worded(lex, name) and not field)
        or any(w in ("CPC", "CCP") for w in words)  # "Secretary of Hunan CPC": a party body's
    )


def _both_second(ctx: Context, item: TitleItem, j: int, limit: int):
    """The second organisation of "<title> of both A and B", read by an organisation reader
    (`org_at`), when the title read A: B holds the same post; else None."""
    if item.org is None or item.org is MAIN:
        return None
    of = _OF.match(ctx.text, item.end, limit)
    if of is None or "both" not in of.group().casefold():
        return None
    joined = _AND.match(ctx.text, j, limit)
    known = ctx.org_at.get(joined.end()) if joined else None
    return known if known is not None and known.end <= limit else None


_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _one_title(ctx: Context, i: int, limit: int):
    lex = ctx.lex
    former = False
    mod = _modifier(ctx, i, limit)
    while mod:
        former = former or mod.former
        i = mod.end
        mod = _modifier(ctx, i, limit)
    m = lex.title_re.match(ctx.text, i, limit)
    if m is None or _inside_name(ctx, m.start(), m.end()):
        return None, i, []
    if ctx.text.startswith(("'s ", "’s "), m.end()):
        return None, i, []  # "a Beta Bank chairman's son": the title of someone else
    title = " ".join(m.group().split())
    short = _SHORT_TITLE.match(ctx.text, m.end(), limit)  # "Chief Executive Officer (CEO) of X"
    org, j, made, party_body, field = _org_after(ctx, short.end() if short else m.end(), limit)
    if org is None and short:
        j = m.end()
    if org is None and fold_phrase(title) in lex.folded("place_head_titles"):
        place = _bare_place(ctx, m.end(), limit)  # "Chief Minister X Name"
        if place is not None:
            org, j, made = ctx.text[place.start : place.end], place.end, [place]
    notation = lex.titles[fold_phrase(title)]
    if not party_body and fold_phrase(title) in lex.made(_party_plurals):
        return None, i, []  # "members of the delegation": other people, no post
    owned = _POSSESSIVE_BEFORE.search(ctx.text, max(0, i - 4), i) is not None
    if org is None and notation in _PLACE_POSTS and not short and not owned:
        # "Party chief in Guangdong province"; not "Hubei's vice governor in Wuhan" (where met)
        placed = _in_place(ctx, m.end(), limit)
        if placed is not None:
            org, j, made = ctx.text[placed[0].start : placed[0].end], placed[1], [placed[0]]
    if field and notation == "director":
        notation = "other"  # "Director of International Programs, X": a unit's, not a board seat
    if org and org is not MAIN and business_region(lex, org):
        # "President of APJ Region, HP Inc.": the region's post, at the company named after it
        notation = "other"
        after = _COMMA_ORG.match(ctx.text, j, limit)
        known = ctx.org_at.get(after.end()) if after else None
        org, made = (known.name, []) if known else (None, [])
        j = known.end if known else j
    if _region_of(ctx, i, m.end(), limit):
        notation = "other"  # "Asia-Pacific chief executive", "CEO for Greater China": a region's
    if notation == "?party" and party_body:  # "Member of the standing CPC committee of X"
        notation = lex.party_titles[fold_phrase(title)]
    if (
        notation == "?party"
        and org
        and org is not MAIN
        and org.casefold() in lex.folded("party_name_tails")
    ):
        # "Deputy Secretary of CPC and General Manager of X": a Party post at X's committee
        notation, org, made = lex.party_titles[fold_phrase(title)], None, []
    right_after = _OF_PORTFOLIO.match(ctx.text, m.end(), limit)
    named_at = made[0].start if made else None
    if org and org is not MAIN and named_at is None and right_after is not None:
        known = ctx.org_at.get(right_after.end())
        named_at = known.start if known and known.name == org else None
    if (
        org
        and org is not MAIN
        and right_after is not None
        and named_at == right_after.end()  # the words right after "of/for", not a later name
        and portfolio_title(lex, title)
        and not _institution(lex, org)
    ):
        org, made = None, []  # "Minister for Commerce and Industry": a portfolio, no organisation
    if org is None and portfolio_title(lex, title):
        j = _past_portfolio_to_name(ctx, m.end(), j, limit)
    item = TitleItem(
        title, notation, m.start(), m.end(), org, former, _department_minister(lex, title, org)
    )
    return item, j, made


def _past_portfolio_to_name(ctx: Context, end: int, j: int, limit: int) -> int:
    """Past a portfolio that runs on to its holder's name, honorifics aside ("Minister of
    Investment, Trade and Industry Dr A", where the comma once ended the list before A and gave
    the title to the name before it), else `j`; a comma after the fields ("Secretary for
    Administration, Mrs A") leaves the reading as it was."""
    fields = portfolio_after(ctx.text, end, ctx.lex)
    if fields is None or not j < fields[0] <= limit:
        return j
    at = bisect.bisect_left(ctx.people, (fields[0], fields[0]))
    if at == len(ctx.people) or ctx.people[at][0] >= limit:
        return j
    words = ctx.text[fields[0] : ctx.people[at][0]].split()
    if "," in ctx.text[fields[0] : ctx.people[at][0]] or not all(
        w.casefold().rstrip(".") in ctx.lex.honorifics for w in words
    ):
        return j
    return fields[0]


def _department_minister(lex: Lexicon, title: str, org: str | None) -> bool:
    """Whether the title is a department's minister ("Minister of the Publicity Department",
    部长 put in English): a Party or school department heads no one of the titles printed before
    it ("Chief Accountant and Minister of the X Department": the accountant is the body's)."""
    if not org or org is MAIN or title.casefold().split()[-1] != "minister":
        return False
    return org.casefold().split()[-1] in lex.folded("minister_heads")


def _party_plurals(lex: Lexicon) -> frozenset[str]:
    return frozenset(party_plurals(lex.data))


def _in_place(ctx: Context, end: int, limit: int) -> tuple[Span, int] | None:
    """The known place (`places`) right after "in" ("Party chief in Guangdong province"), and
    where the reading ends (past a level word after it)."""
    m = _IN_THE.match(ctx.text, end, limit)
    place = _bare_place(ctx, m.end() - 1, limit) if m else None
    if place is None:
        return None
    level = _LEVEL_AFTER.match(ctx.text, place.end, limit)
    return place, level.end() if level else place.end


_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")
_COMMA_ORG = re.compile(r",\s+")
_PLACE_POSTS = frozenset({"party-secretary", "deputy-party-secretary", "governor", "vice-governor"})
_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")
_LEVEL_AFTER = re.compile(r"\s+(?:province|municipality|city|region|autonomous\s+region)\b", re.I)


# "of state-run Bank of X", "of state-owned lender X": who owns it, then up to two lower-case
# words describing it, then the organisation's name
_OWNED_DESCRIPTION = re.compile(
    r"(?:state|government|privately|publicly|family|city|provincially|municipally)[- ]"
    r"(?:run|owned|held|listed|controlled|backed)(?:\s+[a-z][\w-]*){0,2}\s+(?=[A-Z])"
)


def _bare_place(ctx: Context, end: int, limit: int) -> Span | None:
    """The known place (`places`, `world_places`) printed right after a title with no "of"
    ("Chief Minister X Name"), its longest reading; None when none is."""
    m = _BARE_PLACE.match(ctx.text, end, limit)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    for last in range(len(words) - 1, -1, -1):
        stop = m.start(1) + words[last].end()
        if ctx.text[m.start(1) : stop].casefold() in ctx.lex.places:
            return Span(m.start(1), stop)
    return None


_BARE_PLACE = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


class Modifier(NamedTuple):
    """A word before a title ("former", "acting"): where it ends, and whether it makes it former."""

    end: int
    former: bool


def _modifier(ctx: Context, i: int, limit: int) -> Modifier | None:
    lex = ctx.lex
    for words, former, cased in (
        (lex.words("former_words"), True, False),
        (lex.words("title_modifiers"), False, False),
        (
            lex.words("lowercase_title_modifiers"),
            False,
            True,
        ),  # "the group chairman", not "X Group"
    ):
        m = _words_then_space(tuple(words), cased).match(ctx.text, i, limit)
        if m is None and cased:  # "currently Group Finance Director", "as Group CEO": no name's
            m = _words_then_space(tuple(w.capitalize() for w in words), True).match(
                ctx.text, i, limit
            )
            m = m if m and _LOWER_WORD_BEFORE.search(ctx.text, 0, i) else None
        if m:
            return Modifier(m.end(), former)
    m = _words_then_space(tuple(lex.words("title_epithets")), True).match(ctx.text, i, limit)
    if m and lex.title_re.match(ctx.text, m.end(), limit):
        return Modifier(m.end(), False)  # "Honourable Minister of Commerce": an epithet
    m = _words_then_space(tuple(lex.words("minister_levels")), True).match(ctx.text, i, limit)
    if m and MINISTER_AT.match(ctx.text, m.end()):
        return Modifier(m.end(), False)  # "Federal Minister for Commerce": the level is the title's
    return None


def group_modifier_start(ctx: Context, floor: int, start: int) -> int:
    """Where a word of `lowercase_title_modifiers` right before `start` begins, capitalised after
    a lower-case word or a comma ("A, Group Finance Director", "is appointed Group Chief
    Executive"), not ending a name ("X Group Chairman"); else `start`."""
    for word in ctx.lex.words("lowercase_title_modifiers"):
        form = word.capitalize()
        at = start - len(form) - 1
        if (
            at >= floor
            and ctx.text[at:start] == form + " "
            and _LOWER_WORD_BEFORE.search(ctx.text, floor, at)
        ):
            return at
    return start


# a lower-case word or a comma right before: not the end of an organisation's name
_LOWER_WORD_BEFORE = re.compile(r"(?:(?<![\w-])[a-z][\w'’-]*|,)\s+$")
MINISTER_AT = re.compile(r"Ministers?\b")  # a minister's title begins here


@lru_cache(maxsize=16)
def _words_then_space(words: tuple[str, ...], cased: bool = False) -> re.Pattern:
    """The first of `words` (in their order) followed by spaces or hyphens, in any case unless
    `cased`."""
    body = "|".join(re.escape(str(w)) for w in words) or "(?!)"
    return re.compile(rf"(?:{body})[\s-]+", 0 if cased else re.IGNORECASE)


def _inside_name(ctx: Context, start: int, end: int) -> bool:
    return ctx.people_spans.overlaps(start, end)


class OrgAfter(NamedTuple):
    """The organisation a title names after it: its name (MAIN for "the company", None for
    none), where the reading ends, and the spans of names no extractor had found."""

    name: str | None
    end: int
    spans: list[Span]
    # read past a party body of the organisation ("of the CPC Committee of X")
    party_body: bool = False
    # read past a field of work ("Director of International Programs, X"): a post in a unit
    field: bool = False


def _org_after(ctx: Context, j: int, limit: int) -> OrgAfter:
    """The organisation named by "of/at ..." right after a title (past its short name in brackets
    and its legal form after them: "of X Group (XG) Plc, A"); see :func:`_org_after_form`."""
    found = _org_after_form(ctx, j, limit)
    tail = (
        ctx.lex.made(_bracket_then_legal).match(ctx.text, found.end, limit) if found.name else None
    )
    found = found._replace(end=tail.end()) if tail else found
    if found.name and found.name is not MAIN and _lower_institution_after(ctx, found.end, limit):
        return OrgAfter(None, found.end, [])  # "Director of the X board of Investment": not X's
    return _with_branch_after(ctx, found, limit)


def org_named_after(ctx: Context, j: int, limit: int) -> tuple[str, int] | None:
    """The organisation "of/at ..." at `j` names, read as after a title (see :func:`_org_after`),
    and where its name ends, when the text prints its name there ("Chairman A |of the X Union");
    None for none or for "the company" (which one is not printed)."""
    found = _org_after(ctx, j, limit)
    return (found.name, found.end) if found.name and found.name is not MAIN else None


def _lower_institution_after(ctx: Context, end: int, limit: int) -> bool:
    """Whether an institution's word in lower case follows the name read, then "of/for" and a
    capitalised word ("of the Ruritania board of Trade"): the body's name printed half in lower
    case, of which the name read is only the first words."""
    m = _LOWER_INSTITUTION.match(ctx.text, end, limit)
    return m is not None and m.group(1) in ctx.lex.folded("institution_words")


_LOWER_INSTITUTION = re.compile(r"[ \t]+([a-z]+)[ \t]+(?:of|for)[ \t]+[A-Z]")


def _with_branch_after(ctx: Context, found: OrgAfter, limit: int) -> OrgAfter:
    """ "of People's Bank of China, Guangzhou Sub-Branch": the branch of a place, printed after
    its bank and a comma, is the organisation (its head heads the branch, not the bank)."""
    name = found.name
    if not name or name is MAIN:
        return found
    start = found.end - len(name)
    m = _COMMA_BRANCH.match(ctx.text, found.end, limit)
    if start < 0 or ctx.text[start : found.end] != name or m is None:
        return found
    if m.group(1).casefold() not in ctx.lex.places | ctx.lex.folded("countries"):
        return found
    span = Span(start, m.end())
    return OrgAfter(ctx.text[start : m.end()], m.end(), [*found.spans, span])


def branch_of(name: str) -> str | None:
    """The branch of a name read by `_with_branch_after` ("X Bank, Guangzhou Sub-Branch" ->
    "Guangzhou Sub-Branch"), else None."""
    m = _COMMA_BRANCH.search(name)
    return name[m.start(1) :] if m and m.end() == len(name) else None


_COMMA_BRANCH = re.compile(
    r",[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:Central[ \t]+)?(?:Sub-[Bb]ranch|Branch)\b"
)


def _bracket_then_legal(lex: Lexicon) -> re.Pattern[str]:
    """ "(XG) Plc" after a company's name: its short name, then a legal form it had before
    (`legal_forms_after_brackets`)."""
    forms = "|".join(re.escape(f) for f in lex.words("legal_forms_after_brackets"))
    return re.compile(rf"\s*\([A-Z][\w&.\- ]{{0,30}}\)\s*(?:{forms})\b\.?")


def _org_after_form(ctx: Context, j: int, limit: int) -> OrgAfter:
    """The organisation named by "of/at ..." right after a title; past a party body of it
    ("of the Leading Party Members' Group of X" names X); a level's Party committee printed in
    lower case ("of the municipal party committee") by its words, capitalised."""
    level = OF_LEVEL_COMMITTEE.match(ctx.text, j, limit)
    if level is not None:
        committee = " ".join(w[:1].upper() + w[1:] for w in level.group(1).split())
        named = _named_level_committee(ctx, level.group(1).split()[0])
        return OrgAfter(named or committee, level.end(), [])
    government = _OF_LEVEL_GOVERNMENT.match(ctx.text, j, limit)
    if government is not None and (place := _named_level_place(ctx, government.group(1))):
        # "of the provincial government" in a text that names one province: that province's
        place_name = ctx.text[place.start : place.end]
        known = place_name in set(ctx.org_end.values())
        return OrgAfter(place_name, government.end(), [] if known else [place])
    level = _OF_LEVEL_COMMITTEE_CAPITALISED.match(ctx.text, j, limit)
    named = _named_level_committee(ctx, level.group(1).split()[0]) if level else None
    if level is not None and named:  # "of the county Party Committee" beside "X County Committee"
        return OrgAfter(named, level.end(), [])
    name, end, spans, inner_body, _ = _org_after_once(ctx, j, limit)
    if (name is None or ctx.lex.peoples_adjective(name)) and (
        field := _lower_field(ctx, j, limit)
    ) is not None:
        # "vice-president of corporate development at X": the field, then the organisation
        owner = _org_after_once(ctx, field, limit)
        if owner.name and owner.name is not MAIN:
            return owner._replace(field=True)
    if name and name is not MAIN and _party_body(ctx.lex, name):
        owner = _org_after_once(ctx, end, limit)
        if owner.name:
            return owner._replace(party_body=True)
    printed = name if name and name is not MAIN else ""
    head, of, _ = printed.partition(" of ")
    if of and not _org_worded(ctx.lex, head) and _field_only(ctx.lex, head):
        # "President of Aerospace and Defence of Orvanta Group": read again from the inner "of"
        owner = _org_after_once(ctx, end - len(printed) + len(head), limit)
        if owner.name and owner.name is not MAIN:
            return owner
    if (
        name
        and name is not MAIN
        and _field_only(ctx.lex, name)
        and name.split()[-1].casefold() not in ctx.lex.folded("institution_words")
    ):
        # "Vice President of Human Resources, X": a function, then the organisation or none
        owner = _org_after_once(ctx, _past_field(ctx, end, limit), limit)
        if owner.name and owner.name is not MAIN:
            return owner._replace(field=True)
        return OrgAfter(None, end, [], field=True)
    if name and name is not MAIN and (placed := _legislature_of_place(ctx, name, end, limit)):
        return placed  # "Vice Chairman of the CPPCC of Aba Prefecture": that place's CPPCC
    if name and name is not MAIN and not _org_worded(ctx.lex, name):
        # "Head of Strategy and Corporate Development at X Partners": a field, then the organisation
        owner = _org_after_once(ctx, _past_field(ctx, end, limit), limit)
        if (
            owner.name
            and owner.name is not MAIN
            and (_org_worded(ctx.lex, owner.name) or len(owner.name.split()) >= 2)
        ):
            return owner
    if name and name is not MAIN and name.split()[-1] in ctx.lex.words("event_name_endings"):
        return OrgAfter(None, end, [])  # "President and CEO at the Annual Meeting": an event
    return OrgAfter(name, end, spans, inner_body)


def _legislature_of_place(ctx: Context, name: str, end: int, limit: int) -> OrgAfter | None:
    """A legislature or consultative body (`legislature_endings`) printed with "of <place>" after
    it ("the CPPCC of Aba Prefecture"): the body of that place, one name with it; None when no
    place (a listed one, or one with a place suffix: "X City", "Y County") follows."""
    start = end - len(name)
    if start < 0 or ctx.text[start:end] != name:
        return None
    if not name.casefold().endswith(tuple(ctx.lex.folded("legislature_endings"))):
        return None
    m = OF_PLACE.match(ctx.text, end, limit)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    for last in range(len(words) - 1, -1, -1):
        stop = m.start(1) + words[last].end()
        printed = ctx.text[m.start(1) : stop]
        if printed.casefold() in ctx.lex.places or (
            last and words[last].group().casefold() in ctx.lex.place_suffixes
        ):
            return OrgAfter(ctx.text[start:stop], stop, [Span(start, stop)])
    return None


def _field_only(lex: Lexicon, words: str) -> bool:
    """Whether `words` name a field and nothing else ("Aerospace and Defence", "Corporate
    Affairs"): field words and connectors, not a name of its own ("Communist Party")."""
    fields = lex.folded("field_words") | lex.folded("field_openers")
    found = re.findall(r"[A-Za-z][\w'’-]*", words)
    return bool(found) and all(w.casefold() in fields or w in lex.connectors for w in found)


def _org_worded(lex: Lexicon, name: str) -> bool:
    return has_word(name, lex.org_suffixes)


def _lower_field(ctx: Context, j: int, limit: int) -> int | None:
    """Where " at X" starts after a field ("of corporate development at X", "of Communications
    at X"), else None: one to four words, each a field word (`field_words`, `field_openers`),
    "and" or "corporate", in either case."""
    m = _LOWER_FIELD.match(ctx.text, j, limit)
    if m is None:
        return None
    allowed = ctx.lex.folded("field_words") | ctx.lex.folded("field_openers") | {"and", "corporate"}
    words = m.group(1).split()
    if len(words) > 1 and ctx.lex.peoples_adjective(words[0]):
        # "of Canadian business banking at X": a people's market, then the organisation
        return m.end(1) if all(w.islower() or w.casefold() in allowed for w in words[1:]) else None
    return m.end(1) if all(w.casefold() in allowed for w in words) else None


_LOWER_FIELD = re.compile(r"\s+of\s+([A-Za-z]+(?:\s+[A-Za-z]+){0,3})(?=\s+at\s)")


def _past_field(ctx: Context, end: int, limit: int) -> int:
    """Past the rest of a field's name ("... and Corporate Development") to its "of/at"; not
    past another title ("of CPC and General Manager of X": two titles)."""
    m = re.compile(r"(?:\s+(?:&|and)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?").match(
        ctx.text, end, limit
    )
    if m and m.group(1) and ctx.lex.title_re.match(ctx.text, m.start(1)):
        return end
    return m.end() if m else end


def _party_body(lex: Lexicon, name: str) -> bool:
    folded = " ".join(name.replace("’", "'").split()).casefold()
    return (
        folded in lex.folded("party_body_endings")
        or folded in lex.folded("title_party_bodies")
        or folded in lex.not_org_names
    )


# "of the municipal party committee" with no place before it (a place's name would be read as a
# name of its own: "of the Qinglan Municipal Party Committee"); "of the county Party Committee";
# "of municipal party committee" (a translation that drops the article)
LEVEL_WORDS = "provincial|municipal|prefectural|prefecture|county|district|township|city|regional"
OF_LEVEL_COMMITTEE = re.compile(
    rf"\s+of\s+(?:the\s+)?((?:{LEVEL_WORDS})\s+"
    r"(?:party|cpc|ccp)\s+committee)\b(?!\s+of\b)"
)
# the same with "Party" or "Committee" capitalised: the level's committee only where the article
# names one with its place (no committee of no place named: no guess)
_OF_LEVEL_COMMITTEE_CAPITALISED = re.compile(
    rf"\s+of\s+the\s+((?:{LEVEL_WORDS})\s+"
    r"(?i:party|cpc|ccp)\s+(?i:committee))\b(?!\s+of\b)"
)


# "of the provincial government", "of the municipal people's government": the government of a
# place printed by its level alone
_OF_LEVEL_GOVERNMENT = re.compile(
    rf"\s+of\s+the\s+({LEVEL_WORDS})\s+(?:people['’]s\s+)?government\b(?!\s+of\b)", re.IGNORECASE
)
_LEVEL_PLACE_WORDS = {
    "provincial": ("Province", "Provincial"),
    "municipal": ("City", "Municipality", "Municipal"),
    "city": ("City", "Municipality", "Municipal"),
    "prefectural": ("Prefecture", "Prefectural"),
    "prefecture": ("Prefecture", "Prefectural"),
    "county": ("County",),
    "district": ("District",),
    "township": ("Township",),
    "regional": ("Region", "Regional"),
}


def _named_level_place(ctx: Context, level: str) -> Span | None:
    """Where the text first names the one place of that level it names ("the provincial
    government" beside "Qinglan Province": a province and its government are one organisation),
    else None: a known place, then the level's word ("Province", "City")."""
    words = "|".join(_LEVEL_PLACE_WORDS.get(level.casefold(), ()))
    if not words:
        return None
    first: dict[str, Span] = {}
    for m in re.finditer(rf"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:{words})\b", ctx.text):
        if m.group(1).casefold() in ctx.lex.places:
            adjective = m.group().endswith(("al", "Municipal"))  # "Hubei Provincial ...": Hubei
            first.setdefault(m.group(1), Span(m.start(1), m.end(1) if adjective else m.end()))
    return next(iter(first.values())) if len(first) == 1 else None


def _named_level_committee(ctx: Context, level: str) -> str | None:
    """The one committee of that level the article names with its place ("the county Party
    Committee" beside "Qinglan County Committee"), else None."""
    ending = re.compile(
        rf"^[A-Z][\w'’-]*\s+{re.escape(level)}\s+(?:(?:Party|CPC|CCP)\s+)?Committee$", re.IGNORECASE
    )
    names = {name for name in ctx.org_end.values() if ending.match(name) and name[:1].isupper()}
    return names.pop() if len(names) == 1 else None


def _org_after_once(ctx: Context, j: int, limit: int) -> OrgAfter:
    m = _OF.match(ctx.text, j, limit)
    if not m:
        return _institution_for(ctx, j, limit)
    k = m.end()
    ref = _main_ref_re(ctx.lex).match(ctx.text, k, limit)
    ref_kind = ref.group().split()[-1].casefold() if ref else ""
    if (
        ref
        and ref_kind in ctx.lex.folded("own_kind_words")
        and ctx.main_org
        and not name_has_kind(ctx.main_org, ref_kind)
    ):
        # "of our hospital" on a page whose organisation read is a university: its own name was
        # not read (a hospital the article names may be another party's)
        return OrgAfter(None, j, [])
    if ref and ref_kind not in ctx.lex.folded("own_kind_words") and noncompany_main(ctx):
        # "general manager of the company" on a school's page: another body's, its name unread
        return OrgAfter(None, j, [])
    if (
        ref
        and ref_kind in ctx.lex.folded("named_kind_refs")
        and ctx.main_org
        and not name_has_kind(ctx.main_org, ref_kind)
        and (only := only_of_kind(ctx, ref_kind))
    ):
        # "chairman of the Group" on a page whose organisation read is a county committee: the
        # one group the article names, not the page's organisation
        return OrgAfter(only, ref.end(), [])
    if ref:
        owned = ctx.lex.made(_owned_party_body_re).match(ctx.text, ref.end(), limit)
        if owned:  # "member of the company's party group": the company's party body
            return OrgAfter(MAIN, owned.end(), [], party_body=True)
        return OrgAfter(MAIN, ref.end(), [])
    kind = _kind_of_main_re(ctx.lex).match(ctx.text, k, limit)
    if kind and (same := _same_kind_before(ctx, j, kind.group(1).casefold())) is not None:
        return OrgAfter(same, kind.end(), [])  # "A Bank named B, a director at the bank": A's
    own = kind is not None and kind.group(1).casefold() in ctx.lex.folded("own_kind_words")
    if kind and own and name_has_kind(ctx.main_org, kind.group(1)):
        owned = ctx.lex.made(_owned_party_body_re).match(ctx.text, kind.end(), limit)
        if owned:  # "Secretary of the Hospital's Party Committee" on the page of X Hospital
            return OrgAfter(MAIN, owned.end(), [], party_body=True)
        return OrgAfter(MAIN, kind.end(), [])  # "of the Hospital" on the page of X Hospital
    if kind and (only := only_of_kind(ctx, kind.group(1))):
        return OrgAfter(only, kind.end(), [])  # "of the Ministry": the one ministry named
    board = phrase_regex(ctx.lex.words("board_refs")).match(ctx.text, k, limit)
    if board and not _OF.match(ctx.text, board.end(), limit):
        return OrgAfter(MAIN, board.end(), [])
    if board:  # "chairman of the Governing Board of X Corporation": X's
        board_owner = _org_after_once(ctx, board.end(), limit)
        if board_owner.name:
            return board_owner
    the = re.compile(r"the\s+(?:new\s+)?", re.IGNORECASE).match(ctx.text, k, limit)
    k = the.end() if the else k
    named = _named_before(ctx, k, limit) if the else None
    if named:
        return named
    owner = _OWNER.match(ctx.text, k, limit)
    if owner and (
        owner.group(1).casefold() in ctx.lex.folded("countries")
        or owner.group(1).casefold() in ctx.lex.places
    ):
        k = owner.end()  # "head of Spain's Bank of Commerce": the bank, not Spain's
    based = (
        LOCATED_DESCRIPTION.match(ctx.text, k, limit)
        or _OWNED_DESCRIPTION.match(ctx.text, k, limit)
        or INDEX_DESCRIPTION.match(ctx.text, k, limit)
        or ctx.lex.made(trade_description_re).match(ctx.text, k, limit)
    )
    if based:
        # "of Boston-based financial services group X Corp": the place's description, then
        # the organisation; nothing when no organisation's name follows it
        hit = ctx.org_at.get(based.end())
        if hit:
            return OrgAfter(hit.name, hit.end, [])
        span = _new_org(ctx, based.end(), limit)
        if span is None:
            return OrgAfter(None, j, [])
        return OrgAfter(ctx.text[span.start : span.end], span.end, [span])
    party = _placed_party(ctx, k, limit)
    if party is not None:  # "Deputy Secretary of Hunan CPC", "Secretary of CPC in X University"
        return OrgAfter(ctx.text[party.start : party.end], party.end, [party])
    # the org read at k, else a country's or a place's word the page reads no org at ("China's")
    owner = _OWNER_WORD.match(ctx.text, k, limit)
    owner_name, owner_end = (
        (ctx.org_at[k].name, ctx.org_at[k].end)
        if k in ctx.org_at
        else (owner.group(), owner.end())
        if owner
        else ("", k)
    )
    possessed = _POSSESSED.match(ctx.text, owner_end, limit) if owner_name else None
    if possessed and (
        owner_name.casefold() in ctx.lex.folded("countries")
        or owner_name.casefold() in ctx.lex.places
    ):  # "of Nigeria's largest oil firm — X Group": X's post; none when no name follows
        hit = ctx.org_at.get(possessed.end())
        return OrgAfter(hit.name, hit.end, []) if hit else OrgAfter(None, j, [])
    if k in ctx.org_at:
        _, end, name = ctx.org_at[k]
        owned = _OWNED_NAME.match(ctx.text, end, limit)
        unit = ctx.org_at.get(owned.end()) if owned else None
        if unit is not None and _org_worded(ctx.lex, unit.name):
            return OrgAfter(unit.name, unit.end, [])  # "president of X's Y Group": Y Group's
        body = _party_body_after(ctx, end, limit)
        if body is not None:  # "of the X Group Party Group": X Group's party body
            return OrgAfter(name, body, [], party_body=True)
        return OrgAfter(name, end, [])
    described = _DESCRIBED.match(ctx.text, k, limit)
    if described and described.group(1) in ctx.lex.acronym_stop:
        # "of DIY retailer X PLC": a word of the stop list, a description, then the organisation
        hit = ctx.org_at.get(described.end())
        return OrgAfter(hit.name, hit.end, []) if hit else OrgAfter(None, j, [])
    span = _new_org(ctx, k, limit)
    if span and _described_trade(ctx, ctx.text[span.start : span.end]):
        return OrgAfter(None, span.end, [])  # "CEO of the energy company": a description, no name
    if span and ctx.text[span.start : span.end].casefold() in ctx.lex.not_org_names:
        return OrgAfter(None, span.end, [])  # "of the Party Committee and ...": a body of no name
    if span and ctx.text[span.start : span.end].casefold() in ctx.lex.folded("field_words"):
        return OrgAfter(None, span.end, [])  # "vice president of Communications": a field
    if span and (number := _NUMBER_AFTER.match(ctx.text, span.end, limit)):
        # "chair of Channel 4 since ...": a name that goes on with a number, the short form of
        # one organisation the article names in full ("Channel 4 Television Corp"), else none
        short = ctx.text[span.start : number.end()] + " "
        longer = {name for name in ctx.org_end.values() if name.startswith(short)}
        return OrgAfter(longer.pop() if len(longer) == 1 else None, number.end(), [])
    if span:
        return OrgAfter(ctx.text[span.start : span.end], span.end, [span])
    return OrgAfter(None, j, [])


def _institution_for(ctx: Context, j: int, limit: int) -> OrgAfter:
    """ "Permanent Secretary for the Finance Ministry", "Secretary to the Ministry of X": an
    institution already read as an organisation, right after "for the"/"to the" (a field or a
    region there is no organisation: "Minister for Trade", "CEO for Greater China")."""
    m = _FOR_THE.match(ctx.text, j, limit)
    hit = ctx.org_at.get(m.end()) if m else None
    if hit is None or hit.end > limit:
        return OrgAfter(None, j, [])
    words = hit.name.split()
    if words[-1].casefold() in ctx.lex.folded("portfolio_field_endings"):
        return OrgAfter(None, j, [])
    if not has_word(hit.name, ctx.lex.folded("institution_words")):
        return OrgAfter(None, j, [])
    return OrgAfter(hit.name, hit.end, [])


_FOR_THE = re.compile(r"\s+(?:for|to)\s+the\s+")


def _described_trade(ctx: Context, words: str) -> bool:
    """Whether `words` describe an organisation by its trade in lower case ("energy company",
    "state-owned lender": `trade_nouns` last), not a unit's lower-case name ("international
    exchange center")."""
    return words.islower() and words.split()[-1] in ctx.lex.folded("trade_nouns")


_OWNER = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+(?=[A-Z])")
_OWNER_WORD = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=['’]s\s)")  # "|China|'s national ..."
_OWNED_NAME = re.compile(r"['’]s[ \t]+(?:[A-Z][\w-]*/)?(?=[A-Z])")  # "X's Vulcraft/|Verco Group"
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\w.,-])")


def trade_description_re(lex: Lexicon) -> re.Pattern:
    """ "junior gold developer ", "Irish dairy co-operative ": up to three lower-case words and a
    trade noun (`trade_nouns`) describing the organisation named right after them."""
    return re.compile(rf"{trade_description(lex)}(?=[A-Z])")


def trade_description(lex: Lexicon) -> str:
    """The pattern of a trade description and the space after it (see trade_description_re)."""
    return rf"(?:[A-Za-z][\w-]*\s+){{0,3}}(?:{trade_nouns(lex)})\s+"


def trade_nouns(lex: Lexicon) -> str:
    """The trade nouns (`trade_nouns`: "miner", "carrier", "company") as one alternation, longest
    first."""
    return longest_first(lex.words("trade_nouns"))


def _placed_party(ctx: Context, k: int, limit: int) -> Span | None:
    """The span of "<Place> CPC" ("Hunan CPC") or "CPC in <organisation>" ("CPC in X University")
    at `k`: the party's committee of that place or body, as machine translation prints it."""
    m = _PLACE_PARTY.match(ctx.text, k, limit)
    if m and m.group(1).casefold() in ctx.lex.places:
        return Span(k, m.end())
    m = _PARTY_IN.match(ctx.text, k, limit)
    hit = ctx.org_at.get(m.end()) if m else None
    if hit is not None:
        return Span(k, hit.end)
    return None


_PLACE_PARTY = re.compile(
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:CPC|CCP)\b(?!\s+(?:Committee|Municipal|Provincial))"
)
_PARTY_IN = re.compile(r"(?:CPC|CCP)\s+(?:in|of|at)\s+(?:the\s+)?")


def _party_body_after(ctx: Context, end: int, limit: int) -> int | None:
    """Where a party body printed right after an organisation's name ends ("X Group| Party
    Committee", "| Leading Party Members' Group": `party_body_endings`), else None."""
    m = ctx.lex.made(_party_body_after_re).match(ctx.text, end, limit)
    return m.end() if m else None


def _owned_party_body_re(lex: Lexicon) -> re.Pattern:
    """ "'s party group", "'s Party Committee" after "the company": its party body."""
    return re.compile(rf"['’]s\s+(?:{_party_bodies(lex)})(?![\w-])", re.IGNORECASE)


def _party_body_after_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\s+(?:{_party_bodies(lex)})(?![\w-])")


def _party_bodies(lex: Lexicon) -> str:
    """The names of an organisation's party body (`party_body_endings`, "Party Committee"), as
    one alternation, longest first."""
    return "|".join(re.escape(e) for e in lex.party_bodies())


def _kind_of_main_re(lex: Lexicon) -> re.Pattern:
    """ "the <kind>" after a title's "of" (en.yml `own_kind_words`, `sole_kind_words`): the
    article's own organisation when its name is of that kind ("of the Hospital" on X Hospital's
    page), else the one organisation of that kind the article names."""
    words = tuple(lex.words("own_kind_words")) + tuple(lex.words("sole_kind_words"))
    made = _KIND_RES.get(words)
    if made is None:
        kinds = "|".join(re.escape(w) for w in words) or "(?!)"
        made = _KIND_RES[words] = re.compile(rf"the\s+({kinds})(?![\w-])", re.IGNORECASE)
    return made


_KIND_RES: dict[tuple[str, ...], re.Pattern] = {}


def _kind_word(kind: str) -> re.Pattern[str]:
    """The word of a kind of organisation inside a name ("Bank" in "Arden Bank"), any case."""
    return re.compile(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", re.IGNORECASE)


def name_has_kind(name: str | None, kind: str) -> bool:
    """Whether an organisation's name has the word of a kind ("hospital" in "X City Hospital",
    not in "X Hospitality Group"): the page's organisation is of the kind "our hospital", "the
    hospital" or "hospital vice president" speaks of."""
    return name is not None and _kind_word(kind).search(name) is not None


def _named_of_kind_before(ctx: Context, kind: str, at: int) -> str | None:
    """The organisation of that kind named last before `at` in the same sentence ("... of Arden
    Bank while B was appointed as the bank's director": Arden Bank), else None."""
    word = _kind_word(kind)
    ends = [e for e, name in ctx.org_end.items() if e <= at and word.search(name)]
    if not ends:
        return None
    last = max(ends)
    if re.search(r"[.!?]\s", ctx.text[last:at]):
        return None  # named in an earlier sentence
    return ctx.org_end[last]


def unnamed_of_kind_before(text: str, kind: str, pos: int) -> bool:
    """Whether the text before `pos` speaks of another body of that kind without naming it ("an
    agreement with a German research institute ... The institute's director")."""
    return (
        re.search(
            rf"(?<![\w-])(?:a|an|another|other)\s+(?:[\w-]+\s+){{0,3}}{re.escape(kind)}s?\b",
            text[:pos],
        )
        is not None
    )


def _same_kind_before(ctx: Context, k: int, kind: str) -> str | None:
    """ "the bank" after another bank named earlier in the same sentence ("X Bank announced the
    retirement of A, a director at the bank"): that bank, when it is not the article's
    organisation (which may be a bank too); None when none is, or the nearest is the article's."""
    if not kind or not ctx.main_org:
        return None
    start = max(0, k - 300)
    stop = max((m.end() for m in _SENTENCE_END.finditer(ctx.text, start, k)), default=start)
    earlier = {
        end: name
        for end, name in ctx.org_end.items()
        if stop <= end <= k and name.split()[-1].casefold().rstrip(".") == kind
    }
    if not earlier:
        return None
    name = earlier[max(earlier)]
    return None if name == ctx.main_org else name


_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"“])|\n")


def only_of_kind(ctx: Context, kind: str) -> str | None:
    """The one organisation the article names whose name has the word `kind`, else None."""
    word = _kind_word(kind)
    names = {name for name in ctx.org_end.values() if word.search(name) and " " in name}
    return names.pop() if len(names) == 1 else None


# "'s largest oil production firm — ", "'s biggest lender, ": a possessive and a lower-case
# description of the organisation named after it
_FUNCTION_WORD = r"(?!(?:of|to|and|or|with|which|who|for|in|at|by|from|on|that)\b)"
_POSSESSED = re.compile(
    rf"['’]s\s+(?:{_FUNCTION_WORD}[a-z][\w-]*\s+){{0,5}}{_FUNCTION_WORD}[a-z][\w-]*"
    r"(?:\s*[—–-]\s*|\s*,\s*|\s+)?"
)
_DESCRIBED = re.compile(r"([A-Z][A-Z0-9&]+)(?:\s+[a-z][\w-]*){1,2}\s+")


def _named_before(ctx: Context, k: int, limit: int) -> OrgAfter | None:
    """ "of the smelter": the organisation named last before whose name ends in "Smelter"."""
    m = re.compile(r"([a-z]+)(?![\w-])").match(ctx.text, k, limit)
    if not m or m.group(1) not in ctx.lex.org_suffixes - ctx.lex.proper_org_suffixes:
        return None
    earlier = {
        end: name
        for end, name in ctx.org_end.items()
        if end <= k and name.split()[-1].casefold().rstrip(".") == m.group(1)
    }
    return OrgAfter(earlier[max(earlier)], m.end(), []) if earlier else None


def noncompany_main(ctx: Context) -> bool:
    """Whether the article's organisation is by its name a body no company is
    (`noncompany_kind_words`: a school, a hospital), and not a company as well ("Co., Ltd.")."""
    if not ctx.main_org:
        return False
    words = set(re.findall(r"[\w'’-]+", ctx.main_org.casefold()))
    if words & (ctx.lex.folded("company_kind_words") | ctx.lex.folded("legal_suffixes")):
        return False
    return bool(words & ctx.lex.folded("noncompany_kind_words"))


def _main_ref_re(lex: Lexicon) -> re.Pattern:
    return phrase_regex(lex.words("main_org_refs"))


def _new_org(ctx: Context, k: int, limit: int) -> Span | None:
    """A capitalised name ("Qujing") or a lower-case body ("district party committee")."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", ctx.text[k:limit]))
    run: list[re.Match[str]] = []
    pairs = ctx.lex.folded("honorific_pairs")
    for n, w in enumerate(words):
        expected = k + (run[-1].end() + 1 if run else 0)
        if k + w.start() != expected or (run and not _same_case(run[0].group(), w.group())):
            break
        if w.group().casefold() in ctx.lex.honorifics:
            break  # "Chief Minister of X Syed A": the holder's name begins
        if run and w.group().casefold() in ctx.lex.event_verbs:
            break  # a headline's "Dean A of X Visits Y": the name ends at its verb
        after = words[n + 1].group().split("-")[0] if n + 1 < len(words) else ""
        if f"{w.group()} {after}".casefold() in pairs:
            break  # "Director-General of Education Tan Sri Dr A": the holder's name begins
        if run and w.group() == "and" and _title_next(ctx, k + w.end() + 1):
            break  # "Crown Prince of X and Deputy Supreme Commander of Y": another title
        run.append(w)
        if len(run) == _LONG_UNIT_WORDS:
            break
    return _pick_org(ctx, k, _within_five(ctx.lex, run))


_LONG_UNIT_WORDS = 10


def _within_five(lex: Lexicon, run: list[re.Match[str]]) -> list[re.Match[str]]:
    """The run cut to five words, unless a longer capitalised name ends in an organisation word
    there ("Department of Publicity and United Front Work of X University"): up to that word, not
    a name cut inside ("Department of Publicity and United")."""
    if len(run) <= 5:
        return run
    if run[0].group()[:1].isupper():
        for n in range(len(run), 5, -1):
            if run[n - 1].group().casefold() in lex.org_suffixes and all(
                w.group()[:1].isupper() or w.group() in ("of", "and") for w in run[:n]
            ):
                return run[:n]
    return run[:5]


def _title_next(ctx: Context, at: int) -> bool:
    """Whether a title, or a rank that opens one ("Deputy", "Vice"), starts at `at`."""
    return bool(ctx.lex.title_re.match(ctx.text, at) or _RANK.match(ctx.text, at))


_RANK = re.compile(r"(?:Deputy|Vice|Acting|Executive|Assistant|Honorary)\s+[A-Z]")


def _same_case(first: str, word: str) -> bool:
    """Whether `word` goes on a run opened by `first`: the same case, a connector, or the party's
    name inside a lower-case body ("municipal Party committee")."""
    return (
        first[:1].isupper() == word[:1].isupper()
        or word in ("of", "and")
        or (first[:1].islower() and word in _PARTY_WORDS)
    )


_PARTY_WORDS = ("Party", "CPC", "Communist")


def _pick_org(ctx: Context, k: int, run) -> Span | None:
    lex = ctx.lex
    if not run:
        return None
    if run[0].group()[:1].isupper():
        inside = next(
            (i for i, w in enumerate(run) if _inside_name(ctx, k + w.start(), k + w.end())), None
        )
        run = run[:inside] if inside is not None else run
        while run and (run[-1].group() in ("of", "and") or not name_case(run[-1].group())):
            run = run[:-1]
        return Span(k + run[0].start(), k + run[-1].end()) if run else None
    for n in range(len(run), 1, -1):
        last = run[n - 1].group().casefold()
        if last in lex.org_suffixes and last not in lex.proper_org_suffixes:
            return Span(k + run[0].start(), k + run[n - 1].end())
    return None


def _region_of(ctx: Context, start: int, end: int, limit: int) -> bool:
    """Whether a region of `business_regions` is printed right before the title at
    [start, end) or after it with "for"/"in"/a comma ("CEO for Greater China", "Chief Executive,
    Asia Pacific")."""
    after = ctx.lex.made(_region_after_re).match(ctx.text, end, limit)
    return _before_region(ctx, start) != start or after is not None


def _before_region(ctx: Context, pos: int) -> int:
    """Where a region of `business_regions` printed right before offset `pos` starts, else
    `pos`."""
    before = ctx.text[max(0, pos - 40) : pos]
    m = ctx.lex.made(_region_before_re).search(before)
    if m and ctx.lex.made(_compass_before_re).search(before, 0, m.start()):
        return pos  # "Kestrel South Africa CEO": a place of the compass word, the company's own
    return pos - len(before) + m.start() if m else pos


def _compass_before_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{longest_first(lex.words('compass_words'))}) $")


def _region_before_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_regions(lex)})\s+$")


def _region_after_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?:for|in)\s+|,\s+)(?:{_regions(lex)})(?![\w-])")


def _regions(lex: Lexicon) -> str:
    return longest_first(lex.words("business_regions"))


def _possessive_adjectives_start(ctx: Context, pos: int) -> int:
    """Where lower-case words of `possessive_title_adjectives` right before offset `pos` start,
    when a possessive stands before them ("X's first chief executive", "X's new CEO": the
    titles are X's), else `pos`."""
    m = ctx.lex.made(_possessive_adjectives_re).search(ctx.text, max(0, pos - 60), pos)
    return m.start(1) if m else pos


def _possessive_adjectives_re(lex: Lexicon) -> re.Pattern[str]:
    words = longest_first(lex.words("possessive_title_adjectives"))
    return re.compile(rf"(?:['’]s|(?<=s)['’])\s+((?:(?:{words})\s+){{1,2}})$")


def _prefix_org(ctx: Context, pos: int) -> str | None:
    """The organisation written just before a title ("X Group Chairman", "X's chairman", "company")."""
    before = ctx.text[max(0, pos - 200) : pos]
    m = _TICKER_BEFORE.search(before) or re.search(r"(?:['’]s|(?<=s)['’])?\s+$", before)
    if not m or "\n" in m.group():
        return None  # an organisation ending the line before ("...NEWS\nGOV. X") is another line's
    end = pos - (len(before) - m.start())
    if end in ctx.org_end:
        return ctx.org_end[end]
    if (bracketed := _acronym_before(ctx, before, pos)) is not None:
        return bracketed  # "X Board (XB) Chairman": X Board, its acronym between
    words = "|".join(re.escape(w) for w in ctx.lex.words("company_words"))
    if re.search(
        rf"(?<![\w-])(?:the\s+|this\s+|our\s+)?(?:{words})$", before[: m.start()], re.IGNORECASE
    ):
        return MAIN
    kind = re.search(r"(?<![\w-])the\s+([a-z]+)$", before[: m.start()])
    if (
        kind
        and m.group().startswith(("'", "’"))
        and kind.group(1) in ctx.lex.folded("own_kind_words")
    ):
        at = pos - len(before) + kind.start()  # "A heads X Bank while B is the bank's director"
        named = _named_of_kind_before(ctx, kind.group(1), at)
        if named:
            return named
    if (
        kind
        and kind.group(1) in ctx.lex.folded("own_kind_words")
        and kind.group(1) not in ctx.lex.folded("company_possessive_nouns")  # "the bank's": below
        and ctx.main_org
        and only_of_kind(ctx, kind.group(1)) == ctx.main_org
        and not unnamed_of_kind_before(ctx.text, kind.group(1), pos)
    ):
        return MAIN  # "the trust's chairman X" on the page of X NHS Trust, the one trust named
    return None


def _acronym_before(ctx: Context, before: str, pos: int) -> str | None:
    """The organisation named with its bracketed acronym right before a title ("Kelby Harbour
    Board (KHB) Chairman X"): the acronym read as that organisation's short name."""
    m = _BRACKETED_ACRONYM.search(before)
    if m is None:
        return None
    name = ctx.org_end.get(pos - (len(before) - m.start()))
    if name is None or ctx.org_end.get(pos - (len(before) - m.end(1))) != name:
        return None  # "Lakeland (PTI) Minister": a bracket of another kind
    return name


# an acronym in brackets, closed right before a title: " (KHB) "
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\) +$")


# A company's share code printed between its name and a title ("X Airways #ticker:XA chairman").
_TICKER_BEFORE = re.compile(r"\s+#ticker:[A-Z0-9.]{1,10}\s+$")


_RUN_WORD = re.compile(r"([A-Z][A-Za-z&'’.-]*) $")
_ABBREVIATIONS = frozenset({"Co.", "Ltd.", "Inc.", "Corp.", "Bros.", "St.", "Mt."})


def _prefix_run(ctx: Context, pos: int) -> Span | None:
    """An unknown organisation named just before a title ("Meridia Lines Vice President X"):
    up to four capitalised words after a lower-case word, a comma or a sentence end; two or more, or one
    that is a listed place, an acronym or a pinyin brand ("Hunan Vice Governor X")."""
    words: list[str]
    lex, start, words = ctx.lex, pos, []
    if place := _listed_place_before(ctx, pos):
        return place  # "Himachal Pradesh Chief Minister X": a place of words no name holds
    while len(words) < 5:
        m = _RUN_WORD.search(ctx.text, max(0, start - 40), start)
        if m is None or not _run_word(lex, m.group(1)) or _inside_name(ctx, m.start(1), m.end(1)):
            break
        if m.group(1).endswith(".") and m.group(1) not in _ABBREVIATIONS:
            break  # "... Phase II Project. Deputy Director X": a sentence ends before the title
        words.append(m.group(1))
        start = m.start(1)
    before = ctx.text[max(0, start - 3) : start]
    # after a lower-case word, a sentence end, a line's start or furniture blanked to spaces
    if not words or len(words) > 4 or not re.search(r"(?:[a-z0-9,;:.!?]\s|\n|^|\s\s)$", before):
        return None
    if len(words) == 1 and not _brand_like(lex, words[0].rstrip("'’")):
        return None
    end = pos - 1
    if ctx.text[end - 1 : end] in ("'", "’") and ctx.text[end - 2 : end - 1] == "s":
        end -= 1  # "Northwind Holdings' chief executive": the possessive's apostrophe is no part
    elif ctx.text[end - 2 : end - 1] in ("'", "’") and ctx.text[end - 1 : end] == "s":
        end -= 2  # "Northwind Property Malaysia's chief executive": nor is the possessive's "'s"
    return Span(start, end)


def _listed_place_before(ctx: Context, pos: int) -> Span | None:
    """A listed place of two or more words (`world_places`) printed right before a title, after a
    lower-case word, a punctuation mark or a line's start ("met Himachal Pradesh Chief Minister
    X"), whose words no run of name words takes ("Pradesh")."""
    m = ctx.lex.made(_multiword_place_end).search(ctx.text, max(0, pos - 60), pos)
    if m is None or not re.search(
        r"(?:[a-z0-9,;:.!?()]\s|\n|^|\s\s)$", ctx.text[max(0, m.start() - 3) : m.start()]
    ):
        return None
    return Span(m.start(), m.end(1))


def _multiword_place_end(lex: Lexicon) -> re.Pattern[str]:
    places = [str(p) for p in lex.words("world_places") if " " in str(p)]
    return re.compile(rf"(?<![\w-])({longest_first(places)})(?:['’]s)? (?=$)")


def _run_word(lex: Lexicon, word: str) -> bool:
    folded = word.casefold()
    return (
        folded
        not in lex.folded("nationality_adjectives")  # "Gabonese President": a people's adjective
        and not lex.people_ending(folded)
        and (
            folded not in lex.not_name_words
            or folded in lex.place_suffixes
            or folded in lex.folded("state_words")  # "Rivers State Governor X"
        )
        and folded not in lex.folded("title_modifiers")  # "Additional Secretary X", "Acting Mayor"
        and folded not in lex.folded("chain_lead_stop")
        and folded not in lex.titles
        and not any(piece in lex.titles for piece in folded.split("-")[:-1])  # "Chairman-cum-"
        and folded not in lex.data["months"]
    )


_MIXED_ACRONYM = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,3}")


def _brand_like(lex: Lexicon, word: str) -> bool:
    from kg.extract.en.pinyin import syllable_count

    return (
        word.casefold() in lex.places
        or (word.isupper() and len(word) > 1)
        or _MIXED_ACRONYM.fullmatch(word) is not None  # "UoA", "NTUs"
        or (syllable_count(word, lex.syllables) or 0) >= 2
    )
