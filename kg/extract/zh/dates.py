"""Chinese dates: "2月2日", "2026年2月2日", "3月15日至17日", "5月30日-6月2日".

Finding is Chinese-specific (a day needs its 日/号, a range may cross months);
resolving is shared with English (:func:`kg.extract.dates.resolve`): a date
without a year takes the year of the publication date (the year before when
it would fall more than a month after it), and without a publication date it
is left out, never guessed. Times of day ("上午", "下午") are not part of it.
"""
from __future__ import annotations

import re
from datetime import date

from kg.extract.dates import DateMention, resolve

_D = r"[0-9０-９]"
_DATE = re.compile(
    rf"(?<!{_D})(?:({_D}{{4}})\s*年\s*)?({_D}{{1,2}})\s*月\s*({_D}{{1,2}})\s*[日号]"
    rf"(?:\s*(?:至|到|-|—|–|~|～)\s*(?:({_D}{{1,2}})\s*月\s*)?({_D}{{1,2}})\s*[日号])?")


def _mention(m: re.Match) -> DateMention:
    year, month, day, end_month, end_day = (int(g) if g else None for g in m.groups())
    return DateMention(m.start(), m.end(), day, month, year, end_day, end_month)


def find_dates(text: str, ref: date | None) -> list[tuple[int, int, date, date | None]]:
    """(start, end, first day, last day or None) of each resolvable date in `text`."""
    out = []
    for m in _DATE.finditer(text):
        resolved = resolve(_mention(m), ref)
        if resolved:
            out.append((m.start(), m.end(), *resolved))
    return out
