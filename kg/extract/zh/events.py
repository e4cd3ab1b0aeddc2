"""Events in Chinese text: dated meetings, congresses, visits and talks.

A sentence with a resolvable date ("2月2日", against the publication date)
and an event noun of the lexicon ("职工代表大会", "座谈会", "调研") starts an
event. Its name is the clause ending with the noun ("华川股份一届三次职工
代表大会"), or the headline for verb-like events (会见, 调研); the place is
what stands between 在 and 召开/举行 (or after 赴/到 before 调研); the
organiser the organisation the name starts with, else the article's for
meetings. The event runs to the next dated event sentence; who took part in
it is read by :mod:`kg.extract.zh.participation`. No date, no event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from kg.extract.alternation import longest_first
from kg.extract.dates import day_by_publication
from kg.extract.zh.dates import credit_end, find_dates, find_day_dates
from kg.extract.zh.lexicon import match_at, titles, zh_lexicon
from kg.extract.zh.participation import (
    best_parts,
    lead_in_closing,
    officials_tail,
    sentence_parts,
)
from kg.extract.zh.spans import locate, org_canon, org_names, person_names
from kg.extract.zh.text import evidence_at, sentence_spans
from kg.model import Article, EventClaim, Evidence, Extraction, Participation
from kg.vocab import Vocab, load_lexicon

VERB_KINDS = ("inspection", "talks")
MEETING_KINDS = ("meeting", "congress", "conference")


class EventNoun(NamedTuple):
    """An event noun of a sentence ("会议", "座谈会") and its offset."""

    at: int
    noun: str


class EventStart(NamedTuple):
    """A sentence that dates an event: its offsets, the date (offset where the date ends, first
    day, last day) and the event noun."""

    start: int
    end: int
    dates: tuple[int, date, date | None]
    noun: EventNoun


def _noun(s: str, after: int, orgs=()) -> EventNoun | None:
    """(offset, noun) of the first event noun after `after` that is not inside one of the
    organisation names `orgs` ("省人大常委会"); else a word ending in 会 before 召开 and the like."""
    lex = zh_lexicon()
    nouns = sorted(lex.event_nouns, key=lambda w: (-len(w), w))
    inside = {p for s0, e0, _ in locate(s, orgs) for p in range(s0, e0)}
    groups = _group_tails()
    for pos in range(after, len(s)):
        word = match_at(s, pos, nouns)
        if word and s.startswith(groups, pos + len(word)):
            continue  # "调研组", "考察团": a group named for its work, not the event
        if word and word[-1] in "会會" and s.startswith(_hui_verbs(), pos + len(word) - 1):
            continue  # "书记A峰会见B": a name and 会见, not a summit (峰会)
        if word and not _quoted(s, pos) and pos not in inside:
            return EventNoun(pos, word)
    verbs = "|".join(map(re.escape, lex.event_verbs))
    m = re.compile(rf"[\u4e00-\u9fff](会)(?:在[^，,。；;]{{1,15}}?)?(?:{verbs})").search(s, after)
    return EventNoun(m.start(1), m.group(1)) if m else None


@lru_cache(maxsize=1)
def _hui_verbs() -> tuple[str, ...]:
    """Verbs made of a noun's last 会 and the next character ("会见", `hui_verbs`)."""
    return tuple(load_lexicon("zh").get("hui_verbs") or ())


@lru_cache(maxsize=1)
def _group_tails() -> tuple[str, ...]:
    """What ends a group's name made of an event noun ("调研组", `event_group_tails`)."""
    return tuple(load_lexicon("zh").get("event_group_tails") or ())


@lru_cache(maxsize=1)
def _undated_openers() -> tuple[str, ...]:
    """Words opening a sentence on another occasion without a date ("近日", `undated_openers`)."""
    return tuple(load_lexicon("zh").get("undated_openers") or ())


LISTED_LINE = 40  # characters of a line of a list: a title chain and a name


@lru_cache(maxsize=1)
def _held_before_name() -> tuple[str, ...]:
    """Words between a date and a meeting's name that say it was held ("召开的", `held_before_names`)."""
    return tuple(load_lexicon("zh").get("held_before_names") or ())


def _quoted(s: str, pos: int) -> bool:
    """True inside 《...》 or “...” (a document title or a slogan, not an event)."""
    return any(s.rfind(o, 0, pos) > s.rfind(c, 0, pos) for o, c in ("《》", "“”"))


def _name(s: str, date_end: int, pos: int, noun: str, headline: str) -> str:
    lex = zh_lexicon()
    kind = lex.event_nouns.get(noun, "meeting")
    start = (
        max(
            [s.rfind(p, 0, pos) for p in ("，,：:" if kind in VERB_KINDS else "，,：:、")]
            + [date_end - 1]
        )
        + 1
    )
    if kind in VERB_KINDS:
        if any(n in headline for n, k in lex.event_nouns.items() if k == kind):
            return headline
        stop = min([i for i in (s.find(p, pos) for p in "，,。；;") if i >= 0] or [len(s)])
        return s[start:stop].strip() or noun
    while part := match_at(s, start, zh_lexicon().day_parts):
        start += len(part)
    end = pos + len(noun)
    while s.startswith("暨", end) and (more := _noun(s, end)) and more.at - end <= 20:
        end = more.at + len(more.noun)
    name = s[start:end].lstrip("在于")
    held = match_at(name, 0, _held_before_name())
    if held and len(name) > len(held):
        name = name[len(held) :]  # "3月1日召开的X座谈会": the meeting is X座谈会
    if any(verb in name for verb in zh_lexicon().participation if len(verb) > 1 and verb != noun):
        return noun
    return name if name and len(name) <= 40 else noun


def _location(s: str) -> str | None:
    lex = zh_lexicon()
    verbs = "|".join(map(re.escape, lex.place_verbs))
    m = re.search(rf"在([\u4e00-\u9fff]{{2,15}}?)(?:隆重|顺利|正式)?(?:{verbs})", s)
    if not m:
        preps = "|".join(map(re.escape, lex.place_prepositions))
        m = re.search(rf"(?:{preps})([\u4e00-\u9fff]{{2,15}}?)(?:{verbs})", s)
    return m.group(1) if m else None


def _organizer(name: str, kind: str, found: Extraction, sentence: str = "") -> str | None:
    if kind not in MEETING_KINDS:
        return None
    canon = org_canon(found)
    for m in _HELD_BY.finditer(sentence):  # "出席由X举办的论坛": X's, whoever attends
        printed = next((n for n in sorted(canon, key=len, reverse=True) if m.group(1) == n), None)
        if printed is not None:
            return canon[printed]
    for _, _, org in locate(name, org_names(found))[:1]:
        if name.startswith(org):
            return org
    return found.main_org if kind in MEETING_KINDS else None


_HELD_BY = re.compile(
    r"由([\u4e00-\u9fff（）()]{2,30}?)(?:主办|举办|承办|联合主办|共同主办|主持召开)"
)


def _starts(article: Article, orgs=()) -> list[EventStart]:
    """(sentence start, sentence end, date tuple, (offset, noun)) of each sentence that dates an event.

    A sentence opening with 次日/当天... takes its day from the date last given. When the
    dated sentence names no event, the next sentence of the same line may
    ("5月20日，A与B签署协议。双方出席签约仪式")."""
    out, spans, last = [], sentence_spans(article.body), None
    stamp = None if article.published else _month_stamp(article.text)
    year = None if article.published or stamp else page_year(article.body)
    today = _lead_day(article)
    for i, (start, end) in enumerate(spans):
        s = article.body[start:end]
        found = _dates(s, article.published, last, stamp, today, year)
        for d_start, d_end, first, until in found[:1]:
            if s[:d_start].endswith(_relayed_before()):
                continue  # "A传达2月6日全省…会议精神": an earlier meeting relayed, not this one
            if _takes_effect().match(s, d_end):
                continue  # "自2023年7月31日起生效": the day a change takes effect, no event's
            last = (first, until)
            noun = _noun(s, d_end, orgs)
            if noun is not None:
                # "A明日(3月4日)前赴X，列席3月5日举行的Y会议": the day printed before "举行的"
                # right ahead of the noun is the meeting's, not the first of the sentence
                for _, later_end, later_first, later_until in found[1:]:
                    if later_end <= noun.at and _held_of().match(s, later_end):
                        d_end, first, until = later_end, later_first, later_until
                        last = (first, until)
            if noun is None and _held_after_date().match(s, d_end):
                # "X典礼，23日在Y盛大举行": the event named before its day, held after it
                noun, d_end = _noun(s[:d_start], 0, orgs), 0
            if (
                noun is None
                and i + 1 < len(spans)
                and "\n" not in article.body[end : spans[i + 1].start]
            ):
                following = spans[i + 1]
                nxt = article.body[following.start : following.end]
                if not _dates(nxt, article.published, last, stamp, today, year) and (
                    later := _noun(nxt, 0, orgs)
                ):
                    noun, start, end, d_end = later, following.start, following.end, 0
            if noun:
                out.append(EventStart(start, end, (d_end, first, until), noun))
    return out


@lru_cache(maxsize=1)
def _day_parts_and_event_verbs() -> tuple[str, str]:
    """The alternations of `day_parts` ("上午") and `event_verbs` ("举行")."""
    lex = zh_lexicon()
    return longest_first(lex.day_parts), longest_first(lex.event_verbs)


@lru_cache(maxsize=1)
def _held_after_date() -> re.Pattern[str]:
    """A day followed by where and that the event named before it was held ("，23日在Y盛大举行",
    "，5日下午举行"): `event_verbs` after an optional part of the day, place and adverb."""
    parts, verbs = _day_parts_and_event_verbs()
    return re.compile(
        rf"\s*(?:{parts})?\s*(?:[在于][^，,。；;！？]{{1,20}}?)?[\u4e00-\u9fff]{{0,2}}(?:{verbs})"
    )


@lru_cache(maxsize=1)
def _takes_effect() -> re.Pattern[str]:
    """Words right after a date that make it the day a change takes effect ("自X起生效",
    "于X生效": `effective_words`), not the day of an event."""
    words = load_lexicon("zh").get("effective_words") or ()
    alternation = longest_first(words)
    return re.compile(rf"\s*起?\s*(?:正式)?(?:{alternation})") if words else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _held_of() -> re.Pattern[str]:
    """A date followed by an optional part of the day and "举行的"/"召开的" (`event_verbs`): it
    dates the event noun that follows ("3月5日举行的Y会议")."""
    parts, verbs = _day_parts_and_event_verbs()
    return re.compile(rf"\s*(?:{parts})?\s*(?:{verbs})的")


@lru_cache(maxsize=1)
def _relayed_before() -> tuple[str, ...]:
    """Words right before a date that make it the day of a meeting relayed or studied, not of an
    event told (`relayed_date_verbs`, `cited_after`)."""
    data = load_lexicon("zh")
    return tuple(data.get("relayed_date_verbs") or ()) + zh_lexicon().cited_after


_MONTH_STAMP = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:年|[-/.]|\s)\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])"
)


def _month_stamp(text: str) -> tuple[int, int] | None:
    """The year and month of a page's date stamp that gives no day ("2021 05月"), when the page
    has no publication date: the year of a day of that same month ("5月9日")."""
    m = _MONTH_STAMP.search(text[:600])
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))


# "召开2024年第二次…会议": a year the event's own name gives (its ordinal in that year), used for a
# day of a page without a publication date
_OWN_YEAR = re.compile(r"((?:19|20)\d\d)年(?:度)?第[一二三四五六七八九十\d]+(?:次|期|届)")


def _lead_day(article: Article) -> date | None:
    """The day "今天" means: the date of the lead's dispatch ("本报8月29日讯", "X社北京8月29日电"),
    else the publication date; None without either."""
    m = _lead_date().search(article.text[:600])
    if m and article.published and m.group(1):
        lead = find_dates(m.group(1), article.published)
        if lead:
            return lead[0][2]
    if m and m.group(
        2
    ):  # "（X社记者A台南10日电）": a day of the month of publication, or the one before
        return day_by_publication(int(m.group(2)), article.published)
    return article.published


@lru_cache(maxsize=1)
def _lead_date() -> re.Pattern[str]:
    """A date right before a lead's mark ("8月29日讯", "3月5日电": `news_credits.lead_marks`), or a
    day alone after the place of filing and before a mark that ends the credit ("台北24日电）")."""
    marks = load_lexicon("zh")["news_credits"]["lead_marks"]
    alternation = longest_first(marks)
    return re.compile(
        rf"((?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)(?:{alternation})"
        rf"|(?<=[\u4e00-\u9fff])(\d{{1,2}})日(?:{alternation})(?![\u4e00-\u9fff])"
    )


# the mark of a dispatch right after its date ("8月26日电／"), or after the place of filing there
# when no Han character follows it ("7月4日上海讯 "; "7月4日供电局" is no dispatch)
_DISPATCH_MARK = re.compile(r"[电讯]|[\u4e00-\u9fff]{1,4}?[电讯](?![\u4e00-\u9fff])")


def _dates(
    s: str,
    published: date | None,
    last: tuple[date, date | None] | None,
    stamp: tuple[int, int] | None = None,
    today: date | None = None,
    year: int | None = None,
) -> list[tuple[int, int, date, date | None]]:
    """The dates of sentence `s`; else its opening day alone ("13日上午") in the month of `last`
    (the (first, last) day of the date given last) or of publication; else its opening
    relative day ("次日") counted from `last`. Without a publication date, a day of the month
    of the page's `stamp` (year, month) takes the stamp's year; any other day the sentence's own
    year ("2019年第3次"), else the one `year` the page writes (see page_year), else no year."""
    if published is None and stamp is not None:
        end_of_month = date(stamp[0] + stamp[1] // 12, stamp[1] % 12 + 1, 1) - timedelta(days=1)
        dated = [d for d in find_dates(s, end_of_month) if (d[2].year, d[2].month) == stamp]
        if dated:
            return dated
    own = _OWN_YEAR.search(s) if published is None else None
    # "于昨天(26日)的会议上通过…，由2024年1月1日起生效": the day a change takes effect is no
    # event's, and does not hide the day the sentence gives its meeting
    found = [
        d
        for d in find_dates(s, published, int(own.group(1)) if own else year)
        if not _takes_effect().match(s, d[1])
    ] or find_day_dates(s, last, published)
    if len(found) > 1 and _DISPATCH_MARK.match(s, found[0][1]):
        # "X社北京8月26日电 ……典礼8月25日举行", "X网7月4日上海讯 ……7月3日下午会见": the
        # dispatch's date (a place may follow it), then the event's
        found = found[1:]
    if found:
        return found
    head = credit_end(s)  # "(本报记者A)昨日，…": the day after the story's credit
    for word, days in (load_lexicon("zh").get("today_words") or {}).items():
        at = s.find(word, head)
        if today is not None and head <= at <= head + 2:  # "今天上午，…" in a story of the day
            return [(at, at + len(word), today + timedelta(days=days), None)]
    if last is None:
        return found
    for word, days in zh_lexicon().relative_days.items():
        at = s.find(word)
        if 0 <= at <= 2:
            try:
                return [(at, at + len(word), last[0] + timedelta(days=days), None)]
            except OverflowError:  # a day past year 9999 (or before year 1)
                return []
    return []


def page_year(body: str) -> int | None:
    """The one year a page without a date writes ("2017年上半年", "〔2019〕2号", "2021中博会"),
    the year of its days without a year; None where it writes none, several, or only years of
    plans and deadlines ("到2035年", "2025年前"), of a founding or a span from the past
    ("成立于2008年", "2008年以来") or of what is studied ("学习2022年全国…会议精神": an earlier
    year's meeting may be studied)."""
    cited, (just_before, before, after) = zh_lexicon().cited_after, _not_page_years()
    years = {
        int(m.group(1))
        for m in _WRITTEN_YEAR.finditer(body)
        if body[max(0, m.start() - 1) : m.start()] not in just_before
        and not body.startswith(after, m.end())
        and not any(w in body[max(0, m.start() - 8) : m.start()] for w in cited)
        and not any(w in body[max(0, m.start() - 4) : m.start()] for w in before)
    }
    return years.pop() if len(years) == 1 else None


@lru_cache(maxsize=1)
def _not_page_years() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words around a year that make it no year of the page's days (`not_page_years`): right
    before it, a little before it, right after it."""
    words = load_lexicon("zh").get("not_page_years") or {}
    return (
        tuple(words.get("just_before") or ()),
        tuple(words.get("before") or ()),
        tuple(words.get("after") or ()),
    )


_WRITTEN_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])")


def heading_words(vocab: Vocab, found: Extraction) -> tuple[str, ...]:
    """Titles, generic organisation words, organisation names and aliases, units without a name
    ("办公室"), a place's organisations printed without the place ("省政府"), 、 and 兼, longest first."""
    lex = zh_lexicon()
    words = (
        {t for t, _ in titles(vocab)}
        | set(lex.generic_orgs)
        | set(lex.title_modifiers)
        | set(org_names(found))
        | {a for o in found.orgs for a in o.aliases}
        | {u for u in lex.suffixes["unit"] if len(u) > 1}
        | set(lex.place_orgs)
        | {"、", "兼"}
    )
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _participants(
    article: Article, sentences, found: Extraction, words
) -> tuple[Participation, ...]:
    """Who took part, and how, as the `sentences` ((start, end) of the body) state it."""
    where: dict[tuple[str, str], Evidence]
    names, pairs, where = person_names(found), [], {}
    listed: str | None = None  # the part of a list opened by "出席X的还有：", one name a line
    carried = ""  # a group of a list closed by a semicolon, the list going on in the next sentence
    undated = _undated_openers()
    for s0, e0 in sentences:
        if undated and article.body[s0:e0].lstrip().startswith(undated):
            continue  # "近日，A到基地座谈": another occasion, of no date, not this event
        text = carried + article.body[s0:e0]
        found_parts = sentence_parts(text, names, words)
        carried = text if _group_of_list(text, names) else ""
        if listed and _list_line(text, names):
            found_parts += [(native, listed) for _, _, native in locate(text, names)]
        else:
            listed = None
        listed = lead_in_closing(text) or listed
        for native, part in found_parts:
            pairs.append((native, part))
            where.setdefault((native, part), evidence_at(article, s0))
    best = best_parts(pairs)
    return tuple(Participation(names[n], p, where[(n, p)]) for n, p in best.items())


def _group_of_list(text: str, names) -> bool:
    """Whether `text` is a group of titled names closed by a semicolon, with no verb of taking
    part ("省发改委主任A，大庆市市长B；"): the list goes on in the next sentence ("广东省发改委主任C
    等组成的代表团一行调研"), whose verb is the group's too."""
    line = text.rstrip()
    if not line.endswith(("；", ";")):
        return False
    found = locate(line, names)
    lex = zh_lexicon()
    # "…副厅长A，X处有关负责人；": an item naming no one may close the group
    return (
        bool(found)
        and (found[-1].end == len(line) - 1 or officials_tail(line[found[-1].end : -1]))
        and not any(verb in line for verb in lex.participation)
    )


def _list_line(text: str, names) -> bool:
    """A line of a list: short, a title chain ending in one name ("省委常委、秘书长张成中") or in a
    name not read, no bracket, no clause ("此前，市委书记A已作出批示" is no item; nor is a
    byline)."""
    line = text.strip().rstrip("，,；;。、")
    found = locate(line, names)
    return (
        0 < len(line) <= LISTED_LINE
        and len(found) <= 1  # an item whose name was not read keeps the list going
        and all(f.end == len(line) for f in found)
        and not any(c in line for c in "（()），,。")
    )


def _event_sentences(article: Article, start: int, stop: int, trip: bool) -> list[tuple[int, int]]:
    """The sentences of an event: those from its dated sentence to the next event's; for the
    article's first visit (a trip), also the later ones saying who went along on it
    ("...陪同调研", `trip_phrases`), which stand after the trip's dated stops."""
    spans, starts = _sentences(article.body)
    if not trip:  # those starting in [start, stop): found by bisection, not a scan per event
        return list(spans[bisect_left(starts, start) : bisect_left(starts, stop)])
    phrases = _trip_phrases()
    return [
        (s0, e0)
        for s0, e0 in spans
        if start <= s0 < stop or (trip and s0 >= stop and phrases.search(article.body, s0, e0))
    ]


@lru_cache(maxsize=1)
def _trip_phrases() -> re.Pattern:
    """`trip_phrases` as one pattern; "…" in a phrase stands for a few characters of one clause
    ("陪同…出访": "陪同行政长官出访的官员包括A、B")."""
    gap = r"[^，,。；;：:]{1,12}?"
    return re.compile(
        "|".join(gap.join(map(re.escape, p.split("…"))) for p in zh_lexicon().trip_phrases)
    )


@lru_cache(maxsize=4)
def _sentences(body: str) -> tuple[tuple[tuple[int, int], ...], list[int]]:
    """sentence_spans of the body (in text order) and their starts, made once per article."""
    spans = sentence_spans(body)
    return spans, [s0 for s0, _ in spans]


def extract_events(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add an EventClaim for each dated event, with its participants."""
    starts, words, trip = _starts(article, org_names(found)), heading_words(vocab, found), None
    for i, (start, end, (d_end, first, last), (pos, noun)) in enumerate(starts):
        stop = starts[i + 1].start if i + 1 < len(starts) else len(article.body)
        s = article.body[start:end]
        kind = zh_lexicon().event_nouns.get(noun, "meeting")
        trip = kind if trip is None else trip
        name = _name(s, d_end, pos, noun, article.headline)
        sentences = _event_sentences(article, start, stop, i == 0 and trip == "inspection")
        found.events.append(
            EventClaim(
                key=f"{first.isoformat()}|{kind}|{name}",
                name=name,
                kind=kind,
                start=first,
                evidence=evidence_at(article, start),
                end=last,
                location=_location(s),
                organizer=_organizer(name, kind, found, s),
                participants=_participants(article, sentences, found, words),
            )
        )
    _name_bare_mentions(found.events)


@lru_cache(maxsize=1)
def _day_halves() -> tuple[str, ...]:
    """Parts of a day that tell two meetings of one date apart (`meeting_day_parts`)."""
    return tuple(load_lexicon("zh").get("meeting_day_parts") or ())


def _other_part_of_day(one: str, other: str) -> bool:
    """Whether two sentences name different parts of the day ("上午" and "下午": two meetings)."""
    a = {p for p in _day_halves() if p in one}
    b = {p for p in _day_halves() if p in other}
    return bool(a and b and not a & b)


def _name_bare_mentions(events: list[EventClaim]) -> None:
    """An event named only by its noun ("3月1日召开的座谈会") on the day of one event of that noun
    the article names in full ("3月1日，X座谈会在北京举行") is that event: it takes the full name
    (and so its key). Two named ones that day leave it as it is."""
    nouns = zh_lexicon().event_nouns
    _name_verb_mentions(events)
    for i, bare in enumerate(events):
        if bare.name in nouns:
            _take_the_one_name(
                events, i, {e.name for e in _same_day(events, bare) if e.name.endswith(bare.name)}
            )


def _name_verb_mentions(events: list[EventClaim]) -> None:
    """An event named by a verb and a short name ("正式举办交接典礼") on the day of one event of
    that kind whose name ends with the short name ("举办第13任校长交接典礼") is that event again:
    it takes that name (and so its key). Two such events that day leave it as it is."""
    verbs = zh_lexicon().event_verbs
    for i, told in enumerate(events):
        at = max((told.name.rfind(v) + len(v) for v in verbs if v in told.name), default=-1)
        short = told.name[at:] if at > 0 else ""
        if len(short) < 2:
            continue
        named = {
            e.name
            for e in _same_day(events, told)
            if e.name.endswith(short)
            and len(e.name) > len(short)
            and not e.name.endswith(told.name)
        }
        _take_the_one_name(events, i, named)


def _same_day(events: list[EventClaim], told: EventClaim) -> list[EventClaim]:
    """The other events of `told`'s kind and day, named otherwise, in the same part of the day."""
    return [
        e
        for e in events
        if e.start == told.start
        and e.kind == told.kind
        and e.name != told.name
        and not _other_part_of_day(told.evidence.quote, e.evidence.quote)
    ]


def _take_the_one_name(events: list[EventClaim], i: int, named: set[str]) -> None:
    """Event `i` takes the one name of `named` (and so its key); none or several: as it is."""
    if len(named) == 1:
        told, name = events[i], named.pop()
        events[i] = replace(told, name=name, key=f"{told.start.isoformat()}|{told.kind}|{name}")
