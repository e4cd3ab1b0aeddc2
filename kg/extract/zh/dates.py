"""Chinese dates: "2月2日", "2026年2月2日", "3月15日至17日", resolved against the article's date.

A date without a year takes the year of the publication date (the year
before when it would fall more than a month after it); without a
publication date such a date is left out, never guessed. Times of day
("上午", "下午") are not part of the date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

FUTURE_SLACK = timedelta(days=31)
_D = r"[0-9０-９]"
_DATE = re.compile(
    rf"(?<!{_D})(?:({_D}{{4}})\s*年\s*)?({_D}{{1,2}})\s*月\s*({_D}{{1,2}})\s*[日号]"
    rf"(?:\s*(?:至|到|-|—|–|~|～)\s*(?:({_D}{{1,2}})\s*月\s*)?({_D}{{1,2}})\s*[日号])?")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_month_day(month: int, day: int, ref: date | None) -> date | None:
    """`month`/`day` in the year of `ref` (the year before if that is over a month after `ref`); None without `ref`."""
    if ref is None:
        return None
    made = _make(ref.year, month, day)
    if made is not None and made > ref + FUTURE_SLACK:
        made = _make(ref.year - 1, month, day)
    return made


def _resolve(m: re.Match, ref: date | None) -> tuple[date, date | None] | None:
    year, month, day, end_month, end_day = (int(g) if g else None for g in m.groups())
    start = _make(year, month, day) if year else resolve_month_day(month, day, ref)
    if start is None:
        return None
    end = None
    if end_day is not None:
        end = _make(start.year, end_month or start.month, end_day)
        if end is not None and end < start:
            end = _make(start.year + 1, end_month or start.month, end_day)
    return start, (end if end != start else None)


def find_dates(text: str, ref: date | None) -> list[tuple[int, int, date, date | None]]:
    """(start, end, first day, last day or None) of each resolvable date in `text`."""
    out = []
    for m in _DATE.finditer(text):
        resolved = _resolve(m, ref)
        if resolved:
            out.append((m.start(), m.end(), *resolved))
    return out
