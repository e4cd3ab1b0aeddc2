"""Chinese dates: "2月2日", "2026年2月2日", "3月15日至17日", "5月30日-6月2日", "昨(2月5)日" and "13日上午".

Finding is Chinese-specific (a day needs its 日/号, a range may cross months);
resolving is shared with English (:func:`kg.extract.dates.resolve`): a date
without a year takes the year of the publication date (the year before when
it would fall more than a month after it), and without a publication date it
is left out, never guessed. Times of day ("上午", "下午") are not part of it.

A day alone ("13日上午，...") at the head of a sentence, or in brackets after
昨/今 or a weekday anywhere in it ("昨(4)日", "今日(4日)", "上周五(4日)": Hong Kong and Macau papers), is a day of the month
of the date last given (:func:`find_day_dates`, with
:func:`kg.extract.dates.resolve_day`), else of the month of publication.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.dates import DateMention, day_by_publication, make_date, resolve, resolve_day
from kg.vocab import load_lexicon

_D = r"[0-9０-９]"
_H = "〇零一二三四五六七八九十"  # Chinese numerals ("九月二十六日", "二〇二三年")
_N = rf"(?:{_D}{{1,2}}|[{_H}]{{1,3}})"  # a month or a day
# A year: four digits, four Chinese digits, or a year of the Republic of China calendar used in
# Taiwan (three digits, or "民國"/"民国" and two or three: 112年 is 2023).
_Y = rf"(?:{_D}{{4}}|[〇零一二三四五六七八九]{{4}}|(?:民[國国])?{_D}{{3}}|民[國国]{_D}{{2}})"
_TO = r"(?:至|到|-{1,2}|—{1,2}|–|~|～)"  # "5日至7日", "5--7日", "5日——7日"
_DATE = re.compile(  # the first day's 日 may be left out before a span's end ("8月5--7日")
    rf"(?<!{_D})(?:({_Y})\s*年\s*)?({_N})\s*月\s*({_N})\s*"
    rf"(?:[日号]|[）)]\s*[日号]|(?=\s*{_TO}\s*{_N}\s*[日号]))"  # "昨(2月5)日": see _BRACKETED
    rf"(?:\s*{_TO}\s*(?:({_N})\s*月\s*)?({_N})\s*[日号])?"
)
# what opens a month and day printed in brackets before their 日 ("昨(2月5)日", "今（3月1）日": some
# Taiwan pages); a closing bracket before 日 after anything else is no date's
_BRACKETED = re.compile(r"[昨今前明]\s*[（(]\s*$")
_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0}


def number(text: str) -> int:
    """The value of "26", "２６", "二十六", "十二", "二〇二三" or of a year of the Republic of China
    calendar ("112" or "民國112": 2023)."""
    roc = text.startswith(("民國", "民国"))
    text = text[2:] if roc else text
    if text and text[0] in _H:
        if "十" in text:
            tens, _, units = text.partition("十")
            value = (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)
        else:
            value = int("".join(str(_DIGITS[ch]) for ch in text))
    else:
        value = int(text)
    return value + 1911 if roc or 100 <= value < 1000 else value


# A day without its month, at the head of a sentence ("13日上午", "于14日", "12日至13日").
_DAY = re.compile(rf"[于在]?({_D}{{1,2}})\s*[日号](?:\s*{_TO}\s*({_D}{{1,2}})\s*[日号])?")


_BRACKET_DAY = re.compile(  # "昨(6)晚": the evening of that day; "昨（五）日" (Taiwan) in numerals
    rf"[昨今前明]\s*[（(]\s*({_D}{{1,2}}|[{_H}]{{1,3}})\s*[）)]\s*(?:[日号]|晚|早)()"
    rf"|[昨今前明][日天]\s*[（(]\s*({_D}{{1,2}})\s*[日号]\s*[）)]()"  # "今日（29日）": Hong Kong
)
# a weekday with its day in brackets ("上周五（4日）", "周六(5日)"): Hong Kong and Macau papers
_WEEKDAY_DAY = re.compile(  # "下周二和周三(22至23日)": two weekdays and their days
    rf"(?:上|本|这|這|下)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]"
    rf"(?:\s*[和及、至到]\s*(?:周|週|星期|礼拜|禮拜)?[一二三四五六日天])?\s*[（(]\s*({_D}{{1,2}})\s*[日号]?"
    rf"(?:\s*{_TO}\s*({_D}{{1,2}})\s*[日号]?)?\s*[）)]"
)
# a day of the month of publication ("本月25日", "本月3日到8日"): the month is said, not guessed
_THIS_MONTH = re.compile(rf"本月\s*({_D}{{1,2}})\s*[日号](?:\s*{_TO}\s*({_D}{{1,2}})\s*[日号])?")


def _after_han(not_after: str) -> str:
    """Where a day written after a Han name or word opens: right after a Han character, or after
    one and a space ("会长A 20日率团", as some Taiwan pages print it); never after one of
    `not_after` (a span's end, a month, a duration's word) or a digit, spaced or not."""
    return (
        rf"(?:(?<=[\u4e00-\u9fff])(?<![{not_after}])(?<!{_D})"
        rf"|(?<=[\u4e00-\u9fff] )(?<![{not_after}] ))"
    )


# a day of the month in digits or in Chinese numerals ("8", "八", "二十四"), as Taiwan's printed
# papers write the day after a name ("台电八日举行", "县长A四日前往"); never the end of a number
_NAMED_DAY_NUMBER = (
    rf"(?:{_D}{{1,2}}|(?<![{_H}])(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))"
)


# a day right after a Han name or word, or after a comma, and before a part of the day, as
# Taiwan's agency dispatches print it ("蒋某7日下午在市府会见", "X典礼，2日上午在Y举办"); not after
# 至/到/截至 (the end of a span)
_NAMED_DAY = re.compile(
    rf"(?:(?<=[，,])|{_after_han('至到止迄月')})({_NAMED_DAY_NUMBER})\s*日\s*"
    rf"(?=上午|下午|晚间|晚上|中午|傍晚|晚)()"
)


# a span of days without their month right after a Han name or word and before a visit or what
# is done in it, as Taiwan's agency dispatches print it ("A26日至29日率团访日", "B于10至14日（当地
# 时间）访墨"); not after a duration's word ("为期10至14日") or a month (a full date, found before)
_NAMED_SPAN = re.compile(
    rf"{_after_han('至到止迄月期需约历第每')}({_D}{{1,2}})\s*日?\s*(?:至|到)\s*"
    rf"({_D}{{1,2}})\s*日\s*(?:[（(][^（()）]{{1,8}}[）)])?\s*(?=率|访|赴|前往|出访|到访|拜会|在|举行|出席)"
)


@lru_cache(maxsize=1)
def _named_day_act() -> re.Pattern[str]:
    """A day right after a Han name or word and before an act of a visit or a meeting, as
    Taiwan's papers print it ("监委A10日拜会B", "县长C11日实地视察", "协会于31日在Y举办":
    `named_day_acts`), or after a comma ("X典礼，23日在Y举行"); not after 至/到/截至 (the end of a
    span), a month (a full date, found before) or a word of a duration ("连续3日")."""
    acts = load_lexicon("zh").get("named_day_acts") or ()
    alternation = longest_first(acts)
    return re.compile(
        rf"(?:(?<=[，,])|{_after_han('至到止迄月期需约历第每前后续近连隔')})"
        rf"({_NAMED_DAY_NUMBER})\s*日\s*(?=(?:{alternation}))()"
    )


def _mention(m: re.Match) -> DateMention:
    year, month, day, end_month, end_day = (number(g) if g else None for g in m.groups())
    assert day is not None  # the pattern's day group is not optional
    return DateMention(m.start(), m.end(), day, month, year, end_day, end_month)


def find_dates(
    text: str, ref: date | None, year_hint: int | None = None
) -> list[tuple[int, int, date, date | None]]:
    """(start, end, first day, last day or None) of each resolvable date in `text` (a day
    without its year takes `year_hint` when there is no `ref`)."""
    out = []
    for m in _DATE.finditer(text):
        closed = text[m.end(3) : m.end(3) + 3].lstrip().startswith(("）", ")"))
        if closed and not _BRACKETED.search(text, 0, m.start()):
            continue
        mention = _mention(m)
        shift = _relative_year(text, m.start()) if mention.year is None and ref else None
        if shift is not None and ref is not None:  # "今年八月十五日": the page's year, said
            mention = replace(mention, year=ref.year + shift)
        resolved = resolve(mention, ref, year_hint)
        if resolved:
            out.append((m.start(), m.end(), *resolved))
    return out


def _relative_year(text: str, at: int) -> int | None:
    """The years a word right before `at` adds to the page's year ("今年": 0, "去年": -1:
    `relative_years`), None where no such word stands there."""
    before = text[max(0, at - 4) : at].rstrip()
    words = load_lexicon("zh").get("relative_years") or {}
    for word, shift in words.items():
        if before.endswith(word):
            return int(shift)
    # "去年訪團也在3月13日來訪": the word opens the clause a few characters before the day.
    clause = re.split(r"[，,。；;！？!?：:\n]", text[max(0, at - _CLAUSE_REACH) : at])[-1]
    found = [(clause.rfind(word), int(shift)) for word, shift in words.items() if word in clause]
    return max(found)[1] if found else None


# How far back in its clause a year word ("去年") still gives the year of a bare "M月D日".
_CLAUSE_REACH = 12


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """A news credit opening a sentence: a lead "X讯" (`news_credits.day_lead_marks`) and a bracket
    after it, a lead in black brackets ("【特讯】", "【X日报消息】": `news_credits.lead_marks`), or a
    bracket naming a reporter ("（记者 A）"), with the space after them."""
    data = load_lexicon("zh")["news_credits"]
    marks = longest_first(data["day_lead_marks"])
    leads = longest_first(data["lead_marks"])
    reporters = longest_first(data["reporter_words"])
    bracket = r"[（(【][^（）()【】]{0,30}[）)】]"
    return re.compile(
        rf"\s*(?:[^\s，。,；;（(【\d]{{1,12}}(?:{marks})\s*(?:{bracket})?"
        rf"|【[^（）()【】]{{0,16}}(?:{leads})】\s*(?:{bracket})?"
        rf"|[（(【][^（）()【】]{{0,20}}(?:{reporters})[^（）()【】]{{0,20}}[）)】])\s*"
    )


def credit_end(text: str) -> int:
    """Where a sentence's opening news credit ("X网讯（记者 A）", "(本报记者A)") ends; 0 without one."""
    credit = _credit().match(text)
    return credit.end() if credit else 0


def find_day_dates(
    text: str, last: tuple[date, date | None] | None, published: date | None
) -> list[tuple[int, int, date, date | None]]:
    """The day-only date opening `text` ("13日上午，..."), as (start, end, first day, last day or None).

    `last` is the (first, last) day of the date given last in the article: the day is
    taken in its month (inside its span when it has one); without one, in the month of
    `published`, or the month before when the day would fall after publication.
    """
    credit = _credit().match(text)  # "X网讯（记者 A）22日下午": the lead's day after its credit
    at = credit.end() if credit else len(text) - len(text.lstrip())
    m = _DAY.match(text, at)
    at = 0 if m else at
    if not m:  # "A本月25日将启程": a day of the month of publication
        this_month = _THIS_MONTH.search(text)
        if this_month:
            return _this_month(this_month, published)
    if not m:  # "X昨(4)日举办...": the day in brackets after 昨/今/前, anywhere in the sentence
        m, at = _BRACKET_DAY.search(text), 0
    if not m:  # "于上周五(4日)拜会...": a weekday and its day in brackets
        m, at = _WEEKDAY_DAY.search(text), 0
    named = False  # a day after a name (Taiwan's papers), not at the head of the sentence
    if not m:  # "市长A7日下午在市府会见B": a day and its part of the day after a name (Taiwan)
        m, at, named = _NAMED_DAY.search(text), 0, True
    if not m:  # "A26日至29日率团访日": a span of days after a name, before the visit (Taiwan)
        m, at, named = _NAMED_SPAN.search(text), 0, True
    if not m:  # "监委A10日拜会B": a day after a name, right before the visit (Taiwan)
        m, at, named = _named_day_act().search(text), 0, True
    if not m:
        return []
    if named:
        coming = _coming(text, m, published, last)
        if coming is not None:
            return coming
    day, end_day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if m.group(0).lstrip().startswith(_AHEAD):  # "明日(5日)", "下周五(8日)": from publication on
        found = _ahead(number(day), published, at + m.start(), at + m.end())
        if found and end_day and number(end_day) > number(day):  # "下周二和周三(22至23日)"
            start = found[0][2]
            return [(*found[0][:2], start, start + timedelta(days=number(end_day) - number(day)))]
        return found
    first = _day(number(day), last, published)
    until = _day(number(end_day), last, published) if end_day else None
    if (
        first is not None
        and end_day
        and (until is None or until <= first)
        and number(end_day) > first.day
    ):
        until = make_date(
            first.year, first.month, number(end_day)
        )  # "26日至29日" published on the 28th: one span
    if first is None or (until is not None and until <= first):
        return []
    return [(at + m.start(), at + m.end(), first, until)]


def _coming(
    text: str, m: re.Match, published: date | None, last: tuple[date, date | None] | None
) -> list[tuple[int, int, date, date | None]] | None:
    """A day after a name still to come ("A将于29至31日出访", "将缩短行程，仅出席28日上午的论坛"
    published on the 27th: `future_markers` a little before it): a day after the publication day
    is of the month of publication, not of the month before; None where this does not apply."""
    day, end_day = m.group(1), m.group(2)
    if published is None or not day or (last is not None and last[0] > published):
        return None
    if number(day) <= published.day or not any(
        w in text[max(0, m.start() - 20) : m.start()] for w in _future_markers()
    ):
        return None
    first = make_date(published.year, published.month, number(day))
    until = make_date(published.year, published.month, number(end_day)) if end_day else None
    if first is None or (end_day and (until is None or until <= first)):
        return []
    return [(m.start(), m.end(), first, until)]


@lru_cache(maxsize=1)
def _future_markers() -> tuple[str, ...]:
    return tuple(load_lexicon("zh").get("future_markers") or ())


def _this_month(m: re.Match, published: date | None) -> list[tuple[int, int, date, date | None]]:
    """ "本月25日" (to "8日"): days of the month of `published`; nothing without it."""
    if published is None:
        return []
    first = make_date(published.year, published.month, int(m.group(1)))
    until = make_date(published.year, published.month, int(m.group(2))) if m.group(2) else None
    if first is None or (m.group(2) and (until is None or until <= first)):
        return []
    return [(m.start(), m.end(), first, until)]


# A bracketed day after one of these words is still to come when the page is published.
_AHEAD = ("明", "下")


def _ahead(
    day: int, published: date | None, start: int, end: int
) -> list[tuple[int, int, date, date | None]]:
    """Day `day` of the next days after `published` ("明日(5日)" published on the 4th), within a
    month; nothing without a publication date or where no such day comes (a day the next
    month lacks)."""
    if published is None:
        return []
    for ahead in range(1, 32):
        made = published + timedelta(days=ahead)
        if made.day == day:
            return [(start, end, made, None)]
    return []


def _day(day: int, last: tuple[date, date | None] | None, published: date | None) -> date | None:
    if last is not None:
        return resolve_day(day, last[1] or last[0], last[0] if last[1] else None)
    return day_by_publication(day, published)
