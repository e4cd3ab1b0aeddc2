"""The publication date of an article, from the dateline near its top."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import yaml

from kg.vocab import HERE as VOCAB_DIR

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_PATTERNS = (
    (
        re.compile(
            r"(?<!\d)(\d{4})[ \t\u3000]*[-/.年][ \t\u3000]*(\d{1,2})[ \t\u3000]*[-/.月][ \t\u3000]*(\d{1,2})(?!\d)"
        ),  # a date within one line
        ("y", "m", "d"),
    ),
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(\d{{4}})", re.I), ("M", "d", "y")),
    (  # "20210606期": a date written as eight digits
        re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),
        ("y", "m", "d"),
    ),
    (
        re.compile(  # "25 September 2017", "25-Sep-2017", "25. September 2017", "9thAugust,2017"
            rf"(?<!\d)(\d{{1,2}})(?:(?:st|nd|rd|th)\s*|\.?(?:\s+|-)){_MON}(?:\s*,?\s*|-)(\d{{4}})",
            re.I,
        ),
        ("d", "M", "y"),
    ),
    (  # "28-06-2019", "28.06.2019": day first (month-first dates use "/", too ambiguous to read)
        re.compile(r"(?<![\d./-])(\d{1,2})([-.])(\d{1,2})\2(\d{4})(?![\d./-])"),
        ("d", "", "m", "y"),
    ),
    (  # "09-14-2017", "09/14/2017": month first where the day cannot be a month (over 12)
        re.compile(r"(?<![\d./-])(0?[1-9]|1[0-2])([-./])(1[3-9]|2\d|3[01])\2(\d{4})(?![\d./-])"),
        ("m", "", "d", "y"),
    ),
)


# "05/10/2018": day first, as Hong Kong and Macau pages print it; read only in Chinese text (an
# English page may be American, month first).
_DAY_FIRST_SLASH = re.compile(r"(?<![\d./-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d./-])")


def _mostly_han(text: str) -> bool:
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return han > latin


def _make(parts: dict) -> date | None:
    try:
        return date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except (ValueError, KeyError):
        return None


def parse_dates(text: str) -> list[tuple[int, date]]:
    """Every full date (year, month, day) in `text`, with its offset."""
    found = []
    for pattern, order in _PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groups()
            parts: dict[str, int | str] = {}
            for key, value in zip(order, groups, strict=False):
                if not key:
                    continue  # a separator captured to be matched again
                if key == "M":
                    parts["m"] = MONTHS[value[:3].casefold()]
                else:
                    parts[key] = value
            made = _make(parts)
            if made and 1900 <= made.year <= 2100:
                found.append((m.start(), made))
    if _mostly_han(text):
        for m in _ROC_DATE.finditer(text):
            made = _make({"y": int(m.group(1)) + 1911, "m": m.group(2), "d": m.group(3)})
            bare_short = len(m.group(1)) == 2 and not m.group(0).startswith("民")
            if bare_short and int(m.group(1)) < _ROC_BARE_TWO_DIGIT_MIN:
                continue  # "14年3月10日" on a mainland page is 2014 shortened, not 1925: no date
            if made:
                found.append((m.start(), made))
        for m in _ROC_NUMERIC.finditer(text):
            made = _make({"y": int(m.group(1)) + 1911, "m": m.group(3), "d": m.group(4)})
            before = text[max(0, m.start() - 16) : m.start()]
            if made and not _updated_label_end().search(before):  # "更新日期:109-07-26": no
                found.append((m.start(), made))
    return sorted(found, key=lambda x: x[0])


# "107年10月12日" (or "民國107年..."): a year of the Republic of China calendar, as Taiwan's pages
# date themselves (107 is 2018); read only in Chinese text, with its month and day.
_ROC_DATE = re.compile(
    r"(?<![\d.])(?:民[國国][ \t\u3000]*)?(\d{2,3})[ \t\u3000]*年[ \t\u3000]*(\d{1,2})[ \t\u3000]*月[ \t\u3000]*(\d{1,2})[ \t\u3000]*日"
)

# A two-digit year without 民國 is read in that calendar only from 80 (1991) on: a smaller one
# ("14年3月10日") is a shortened year of the common era, which is left unread rather than guessed.
_ROC_BARE_TWO_DIGIT_MIN = 80

# "日期:100-11-15", "113/05/20": a year of that calendar in three digits (100 is 2011), its month
# and day in figures, as Taiwan's government pages stamp themselves; read only in Chinese text.
_ROC_NUMERIC = re.compile(r"(?<![\d./-])(1[0-4]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-])")


@lru_cache(maxsize=1)
def _updated_label_end() -> re.Pattern:
    """An update's label (`update_date_labels`) ending right where a date begins."""
    return re.compile(_date_label("update_date_labels").pattern + "$", re.I)


def find_published(text: str, headline: str = "") -> date | None:
    """The first full date in the first lines after the headline (the dateline), else in the top lines."""
    lines = text.splitlines()
    start = 0
    for i, line in enumerate(lines[:60]):  # a page's menus may come before its headline
        if headline and line.strip() == headline:
            start = i
            break
    for line in lines[max(0, start - 2) : start]:  # a date stamp alone right above the headline
        if 0 < len(line.strip()) <= 24 and _BARE_DATE.fullmatch(line.strip()):
            dates = parse_dates(line)
            if dates:
                return dates[0][1]
    dated_start = bool(lines) and bool(parse_dates(lines[start]))  # "LONDON, 14 March 2024 -"
    for line in lines[max(0, start - 4) : start] if not dated_start else ():
        # "22 June 2010" alone on a line a little above the headline (under a short title)
        dates = parse_dates(line) if 0 < len(line.strip()) <= 24 else []
        if dates and _WRITTEN_DATE.fullmatch(line.strip()):
            return dates[0][1]
    labelled = _labelled_date(lines[:40])
    if labelled is not None:
        return labelled  # "更新日期:2019-08-16" under a header that prints today's date
    # a headline that carries a date of its own ("X's term renewed from 1 January 2024") over a
    # date line of its own: the date line is the dateline
    if headline and lines and _dated_headline(lines[start]):
        for line in lines[start + 1 : start + 4]:
            dates = parse_dates(line) if len(line.strip()) <= 30 else []
            if dates:
                return dates[0][1]
    for head in (lines[start : start + 8], lines[:15]):
        joined = "\n".join(head)
        dates = [
            (at, d)
            for at, d in parse_dates(joined)
            if not _CLOCK.match(joined, at) and not _TERM_BEFORE.search(joined, max(0, at - 24), at)
        ]
        if _mostly_han(joined):
            dates = sorted(dates + _day_first_slashed(joined))
        if dates:
            return dates[0][1]
    updated = _labelled_date(lines[:40], "update_date_labels")
    if updated is not None:
        return updated  # "更新日期:2019-08-16" below a long menu, the header's clock aside
    return None


def _dated_headline(line: str) -> bool:
    """Whether a headline names a date among other words (not a date line taken for the headline:
    "Tuesday, December 24, 2019")."""
    dates = parse_dates(line)
    if not dates:
        return False
    rest = line[: dates[0][0]] + line[dates[0][0] + 12 :]
    return sum(ch.isalpha() for ch in rest) > 12


def _day_first_slashed(text: str) -> list[tuple[int, date]]:
    """The day-first slashed dates of a Chinese text ("02/03/2012" is 2 March), with offsets."""
    found = []
    for m in _DAY_FIRST_SLASH.finditer(text):
        made = _make({"d": m.group(1), "m": m.group(2), "y": m.group(3)})
        if made and 1900 <= made.year <= 2100:
            found.append((m.start(), made))
    return found


# A date with a clock and a time zone ("2024-04-19 22:37 (GMT+8)"): the page's header clock, the
# day it was fetched, not the article's
_CLOCK = re.compile(r"[^\n]{8,12}?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[(（]?\s*(?:GMT|UTC)", re.I)


def _labelled_date(lines: list[str], key: str = "date_labels") -> date | None:
    """The first full date that a label (`key` of furniture.yml) stands right before."""
    for line in lines:
        for m in _date_label(key).finditer(line):
            dates = parse_dates(line[m.end() : m.end() + 40])
            if dates and dates[0][0] <= 3:
                return dates[0][1]
    return None


@lru_cache(maxsize=2)
def _date_label(key: str) -> re.Pattern:
    data = yaml.safe_load((VOCAB_DIR / "furniture.yml").read_text(encoding="utf-8"))
    words = sorted(data.get(key) or (), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alternation})[ \t\u3000]*[:：][ \t\u3000]*", re.I)


# A line that is nothing but a date ("2026-01-02", "2026/1/2 10:30", "2026年1月2日"): a page's stamp
_BARE_DATE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)


# A line that is nothing but a date written with its month's name ("22 June 2010", "June 8, 2015",
# "11th November 2021"): a date stamp above the headline, the page's own
_WRITTEN_DATE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}\s*,?\s*\d{{4}}|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,\s*\d{{4}})",
    re.I,
)
# Words right before a date in a sentence that make it a term's date, not the page's: "with effect
# from 1 July 2010", "the quarter ended December 31, 2021", "until 30 June 2024"
_TERM_BEFORE = re.compile(
    r"\b(?:effect\s+from|effective(?:\s+from)?|ended|ending|until|till|expires?\s+on|expiring\s+on"
    r"|from|by|before|after|through|starting|beginning)"
    r"\s+(?:on\s+)?$",
    re.I,
)
