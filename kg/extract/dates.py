"""Dates in article text: find them, then resolve them to calendar dates.

News gives dates without a year ("On July 7", "7 month26 day", "2月2日") or
without a month ("on the 15th"). :func:`find_dates` finds such expressions
(English forms, the machine-translated "M month D day" form and the Chinese
"M月D日" form) as :class:`DateMention`; the language-neutral resolvers turn
them into dates against the article's publication date, a year the text gives,
or the month of the previous date in the text. They never guess: without
enough context they return None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.vocab import load_lexicon

# A date more than this far after the publication date belongs to the year before.
FUTURE_SLACK = timedelta(days=31)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class DateMention:
    """A date expression at text[start:end]; `month` is None for "the 15th"."""

    start: int
    end: int
    day: int
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None


def resolve_month_day(
    month: int, day: int, ref: date | None, year_hint: int | None = None
) -> date | None:
    """The date of `month`/`day`: in the year of `ref` (the year before when that
    would fall more than a month after `ref`), else in `year_hint`, else None.

    A `year_hint` more than a year before `ref` wins (an old event in a later
    report, "the 2019 conference").
    """
    if ref is not None and (year_hint is None or year_hint >= ref.year - 1):
        made = make_date(ref.year, month, day)
        if made is not None and made > ref + FUTURE_SLACK:
            made = make_date(ref.year - 1, month, day)
        return made
    if year_hint is not None:
        return make_date(year_hint, month, day)
    return None


def resolve_day(day: int, context: date | None, since: date | None = None) -> date | None:
    """Day `day` of the month of `context` (the date last named before it), else None.

    When the text last named a span (`since` to `context`, "from August 30 to
    September 2"), the day is taken in the month where it falls inside the span;
    a day the month of `context` lacks ("the 31st" after "September 1") is in the
    month before.
    """
    if context is None:
        return None
    candidates = [make_date(context.year, context.month, day)]
    candidates += [make_date(since.year, since.month, day)] if since is not None else []
    if context.replace(day=1) > date.min:  # no month before January of year 1
        before = context.replace(day=1) - timedelta(days=1)
        candidates += [
            make_date(before.year, before.month, day)
        ]  # "the 31st" said in the next month
    valid = [d for d in candidates if d is not None]
    inside = [d for d in valid if since is not None and since <= d <= context]
    return next(iter(inside or valid), None)


def day_by_publication(day: int, published: date | None) -> date | None:
    """Day `day` said with no month and no date before it ("On the 2nd, ...", "2日上午"): in the
    month of publication, or the month before when it would fall after publication (news reports
    what has happened); None without a publication date, or when that month lacks the day ("the
    29th" printed on 28 March is no day of January)."""
    made = resolve_day(day, published)
    if made is not None and published is not None and made > published:
        before = published.replace(day=1) - timedelta(days=1)
        return make_date(before.year, before.month, day)
    return made


def find_year(text: str) -> int | None:
    """The first plausible year (1950-2099) written in `text`, even glued to words ("held2022")."""
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def resolve(
    mention: DateMention,
    ref: date | None,
    year_hint: int | None = None,
    context: date | None = None,
    since: date | None = None,
) -> tuple[date, date | None] | None:
    """(start, end) of a mention, end None for a single day; None when unresolvable.

    `context` (and `since`, when it was a span) is the date last named before
    the mention, for "on the 15th".
    """
    if mention.month is None:
        start = resolve_day(mention.day, context, since)
    elif mention.year is not None:
        start = make_date(mention.year, mention.month, mention.day)
    else:
        start = resolve_month_day(mention.month, mention.day, ref, year_hint)
    if start is None:
        return None
    return start, _end_of(mention, start)


def _end_of(mention: DateMention, start: date) -> date | None:
    if mention.end_day is None:
        return None
    month = mention.end_month or start.month
    end = make_date(start.year, month, mention.end_day)
    if end is not None and end < start:
        end = make_date(start.year + 1, month, mention.end_day)
    return end if end is not None and end != start else None


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where the day does not exist ("2月30日")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in `text`, in text order, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    if not re.search(r"\d", text):
        return found
    for pattern, build in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = build(m)
            if mention is not None and _plausible(mention):
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _plausible(m: DateMention) -> bool:
    months_ok = all(x is None or 1 <= x <= 12 for x in (m.month, m.end_month))
    days_ok = all(x is None or 1 <= x <= 31 for x in (m.day, m.end_day))
    return months_ok and days_ok


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    return {k.casefold(): int(v) for k, v in load_lexicon("en")["months"].items()}


def _month(word: str | None) -> int | None:
    return _month_names().get(word.rstrip(".").casefold()) if word else None


def _month_forms(name: str) -> str:
    """A month's name as pages print it: capitalised, in capitals ("7 DECEMBER 2017"), and a full
    name in lower case too ("march 26"; not "may", a verb, nor the short forms, which are words)."""
    forms = [name.capitalize(), name.upper()]
    if len(name) > 4 or name in load_lexicon("en").get("lower_case_months", ()):
        forms.append(name)
    dot = r"\.?" if len(name) <= 4 else ""
    return "|".join(f"{re.escape(f)}{dot}" for f in forms)


def _num(value: str | None) -> int | None:
    return int(value) if value else None


@lru_cache(maxsize=1)
def _patterns():
    names = sorted(_month_names(), key=len, reverse=True)
    mon = "(" + "|".join(_month_forms(n) for n in names) + ")"
    to = r"\s*(?:to|until|till|through|-|–|—|~)\s*"
    to_mt = r"\s*(?:to|until|-|–|—|~|至|到)\s*"

    def iso(m):
        return DateMention(m.start(), m.end(), int(m[3]), int(m[2]), int(m[1]))

    def mt(m):
        return DateMention(
            m.start(), m.end(), int(m[3]), int(m[2]), _num(m[1]), _num(m[5]), _num(m[4])
        )

    def named_range(m):
        return DateMention(
            m.start(), m.end(), int(m[2]), _month(m[1]), _num(m[5]), int(m[4]), _month(m[3])
        )

    def named(m):
        return DateMention(m.start(), m.end(), int(m[2]), _month(m[1]), _num(m[3]))

    def day_first(m):
        return DateMention(m.start(), m.end(), int(m[1]), _month(m[2]), _num(m[3]))

    def day_range_first(m):
        return DateMention(m.start(), m.end(), int(m[1]), _month(m[3]), _num(m[4]), int(m[2]))

    def day_only(m):
        return DateMention(m.start(), m.end(), int(m[1]))

    def dotted(m):  # "9.24" is September 24th; "12.3" may be 12 March: no reading
        month, day = int(m[1]), int(m[2])
        return DateMention(m.start(), m.end(), day, month) if 1 <= month <= 12 < day else None

    def spaced(m):
        return DateMention(m.start(1), m.end(), int(m[2]), int(m[1]))

    return (
        (
            re.compile(
                r"(?<!\d)(\d{4})[ \t\u3000]*[-/.][ \t\u3000]*(\d{1,2})[ \t\u3000]*[-/.][ \t\u3000]*(\d{1,2})(?!\d)"
            ),
            iso,
        ),
        (
            re.compile(
                r"(?<!\d)(?:(\d{4})[ \t\u3000]*(?:year|年)[ \t\u3000]*)?(\d{1,2})[ \t\u3000]*(?:month|月)[ \t\u3000]*(\d{1,2})[ \t\u3000]*(?:day|日|号)?"
                r"(?:"
                + to_mt
                + r"(?:(\d{1,2})[ \t\u3000]*(?:month|月)[ \t\u3000]*)?(\d{1,2})[ \t\u3000]*(?:day|日|号))?(?!\d)",
                re.I,
            ),
            mt,
        ),
        (
            re.compile(
                mon
                + r"\s+(\d{1,2})"
                + _ORD
                + to
                + r"(?:"
                + mon
                + r"\s+)?(\d{1,2})"
                + _ORD
                + r"(?:\s*,?\s*(\d{4})(?!\d|['’]s\b))?(?!\d)"
            ),
            named_range,
        ),
        (
            re.compile(mon + r"\s+(\d{1,2})" + _ORD + r"(?!\d)(?:\s*,?\s*(\d{4})(?!\d|['’]s\b))?"),
            named,
        ),
        (
            re.compile(
                r"(?<!\d)(\d{1,2})"
                + _ORD
                + to
                + r"(\d{1,2})"
                + _ORD
                + r"\s+(?:of\s+)?"
                + mon
                + r"(?:\s*,?\s*(\d{4})(?!\d|['’]s\b))?"
            ),
            day_range_first,
        ),
        (
            re.compile(
                r"(?<!\d)(\d{1,2})"
                + _ORD
                + r"\s+(?:of\s+)?"
                + mon
                + r"(?:\s*,?\s*(\d{4})(?!\d|['’]s\b))?"
            ),
            day_first,
        ),
        (
            re.compile(
                r"\b(?:[Oo]n|morning of|afternoon of|evening of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
                r"(?!\s+[A-Z0-9])"
            ),
            day_only,
        ),
        (  # "On 9.24, the ceremony was held": month and day set off by a full stop, no year
            re.compile(r"\b[Oo]n\s+(\d{1,2})\.(\d{1,2})(?=\s*,)"),
            dotted,
        ),
        (  # "10 24, the vice governor met ...": a translation that lost 月 and 日, opening a line
            re.compile(r"(?m)^[ \t\u3000]*(1[0-2]|0?[1-9]) (3[01]|[12]\d|0?[1-9])(?=,)"),
            spaced,
        ),
    )


# A wire dateline without a year opening one of a page's top lines (after its "date 2031-03-04"
# stamp): a place of up to four words, a comma, the month and day, then the agency in brackets or
# slashes and a dash or colon ("Imphal, Dec 14 (AGENCY):", "LAGOS, 3 March --", "ROME, May 2.
# /AGENCY/."); the lines it is looked for in, and how far its day may be from the stamp.
_FILED_LINES = 20
_FILED_SLACK = timedelta(days=3)


@lru_cache(maxsize=1)
def _filed() -> re.Pattern[str]:
    names = sorted(_month_names(), key=len, reverse=True)
    mon = "(" + "|".join(_month_forms(n) for n in names) + ")"
    return re.compile(
        r"[ \t]*(?:date\s+\d{4}-\d{1,2}-\d{1,2}\s+)?[A-Z][\w.'’()-]*(?:[ ][\w.'’()-]+){0,3},[ \t]*"
        rf"(?:{mon}[ \t]+(\d{{1,2}})|(\d{{1,2}}){_ORD}[ \t]+{mon})\.?[ \t]*"
        r"(?:(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)[ \t]*[-–—:.]*|--?|[–—:])[ \t]*(?=\S)"
    )


def filed_day(text: str, published: date | None) -> date | None:
    """The day of the first wire dateline without a year in the top lines of `text` ("BEIJING,
    March 3 (Tarn News) --"): the day the story was filed, which its "today" and "on Monday" are
    said against (a page's stamp may be a day later). It is taken in the year that puts it
    within a few days of `published`; None without `published`, without a dateline, or when its
    day is no such day (a wrong day is worse than the stamp's)."""
    if published is None:
        return None
    for line in text.splitlines()[:_FILED_LINES]:
        m = _filed().match(line)
        if m is None:
            continue
        month, day = _month(m[1] or m[4]), int(m[2] or m[3])
        years = (published.year - 1, published.year, published.year + 1)
        near = [
            made
            for made in (make_date(year, month or 0, day) for year in years)
            if made is not None and abs(made - published) <= _FILED_SLACK
        ]
        return next(iter(near), None)
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The seven day names as one alternation (no group), for every pattern that reads a weekday.
WEEKDAY_WORDS = "|".join(d.capitalize() for d in _WEEKDAYS)

_WEEKDAY = re.compile(
    rf"\b(?:on|last|this|from)\s+({WEEKDAY_WORDS})\b"
    r"|\b(today|yesterday|this\s+(?:morning|afternoon|evening)|tonight)\b",
    re.IGNORECASE,
)
# A weekday as the subject or owner of a clause ("Friday was National Manufacturing Day",
# "Monday's meeting", "Tuesday morning"): capitalised, after the start or a sentence's end.
_WEEKDAY_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s))\s*({WEEKDAY_WORDS})"
    r"(?=['’]s\s|\s+(?:was|marked|saw|morning|afternoon|evening|night)\b)"
)
# A bare weekday after the verb or its object, as wire copy writes it ("said Friday", "made the
# call Friday in X", "met Tuesday with", "met X in Y Tuesday,"): capitalised, after a word (a verb,
# or a name or place that ends the object) that is no
# quantifier or preposition of another day ("every Friday", "until Monday"), before a stop or a
# word that closes the date ("Friday prayers" is no day).
_WEEKDAY_BARE = re.compile(
    r"(?<![\w'’.-])(?!(?i:every|each|next|coming|following|previous|until|till|by|since|before"
    r"|after|through|of|the|a|an|every|that|which|good|black|holy|easter|palm|ash|maundy|super"
    r"|cyber|bloody|blue|giving|shrove|whit|low|passion|trinity|pentecost|orthodox|election)\s)"
    r"(?:[a-z]+|[A-Z][a-z]+)\s+"
    rf"({WEEKDAY_WORDS})"
    r"(?=\s*[,.;]|\s+(?:in|at|to|with|and|that|during|morning|afternoon|evening|night)\b)"
)
_WEEKDAY_NAMES = f"({WEEKDAY_WORDS})"
# A bare weekday right after an apposition's closing comma and before a past-tense verb in wire
# copy ("The Minister, X, Monday received ...").
_WEEKDAY_BEFORE_VERB = re.compile(rf",\s+{_WEEKDAY_NAMES}(?=\s+(?:[a-z]+ed|met|held)\b)")


@lru_cache(maxsize=1)
def _weekday_after_verb() -> re.Pattern[str]:
    """A bare weekday right after a past-tense verb of wire copy (`wire_day_verbs` of
    kg/vocab/en.yml: "X received Sunday copies of ...")."""
    verbs = longest_first(load_lexicon("en")["wire_day_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+{_WEEKDAY_NAMES}(?=\s+[a-z])")


def find_relative_day(text: str, ref: date | None, future: re.Pattern | None = None) -> date | None:
    """The day "on Wednesday", "today" ("this morning", "tonight") or "yesterday" means in an
    article published on `ref`: the latest such weekday on or before it (news reports what has
    happened), None without `ref`; the first such weekday on or after it when `future` (words of
    what is yet to come: "will meet", "is due to") finds one before the weekday in the sentence
    ("X will meet Y on Thursday")."""
    if ref is None:
        return None
    m = (
        _WEEKDAY.search(text)
        or _WEEKDAY_SUBJECT.search(text)
        or _WEEKDAY_BARE.search(text)
        or _WEEKDAY_BEFORE_VERB.search(text)
        or _weekday_after_verb().search(text)
    )
    if not m:
        return None
    if m.lastindex == 2 and m.group(2):
        return ref - timedelta(days=1) if m.group(2).casefold() == "yesterday" else ref
    day = _WEEKDAYS.index(m.group(1).casefold())
    if future is not None and future.search(text, 0, m.start(1)):
        return ref + timedelta(days=(day - ref.weekday()) % 7)
    back = (ref.weekday() - day) % 7
    return ref - timedelta(days=back)
