"""Dated events in English text and who took part in them.

A sentence makes an event when it gives a resolvable day (see
:mod:`kg.extract.dates`) and an event word: a verb ("held", "visited", "met
with") or a noun ("meeting", "forum", "inspection"); on another day than the
event read last, a person who "chaired", "attended" or "participated in"
something makes a meeting without one. The day is resolved
against the publication date ("today", "on Monday": against the day of a wire
dateline without a year, when it is within days of the publication date),
else a year in the sentence or the headline,
else the month of the previous date in the text ("on the 15th"); without
these there is no event (never guessed).

One event per real event: a sentence that repeats an event's day and kind
adds to it, and a visit, inspection or forum of the same people inside a
multi-day trip ("from June 15 to 18") is part of that trip; talks ("met
with") are always their own event. People in the event sentence take part
(unless only mentioned); later sentences add those a participation verb
names ("X delivered a speech", "the meeting was chaired by Y"), until a dated
sentence without an event word ends the event; "participated in the above
activities" adds people to every event before it except separate talks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from kg.extract.alternation import longest_first
from kg.extract.dates import (
    WEEKDAY_WORDS,
    day_by_publication,
    filed_day,
    find_dates,
    find_relative_day,
    find_year,
    resolve,
)
from kg.extract.en.lexicon import Lexicon, fold_phrase, get_lexicon, phrase_regex
from kg.extract.en.main_org import subject_org
from kg.extract.en.orgs import org_occurrences
from kg.extract.en.participants import group_part, listed_members, mention_only, part_of
from kg.extract.en.pinyin import is_surname, syllable_count
from kg.extract.en.text import (
    Mention,
    Span,
    evidence,
    next_word_start,
    occurrences,
    split_sentences,
)
from kg.extract.en.titles import MAIN
from kg.model import Article, EventClaim, Extraction, Participation
from kg.vocab import Vocab

_TOPIC_PARTS = ("reporter", "speaker")  # parts whose sentence may name another year as its topic


@dataclass
class Draft:
    """An event being gathered: where it was read and who took part so far."""

    kind: str
    name: str
    start: date
    end: date | None
    sentence: Span
    organizer: str | None = None
    location: str | None = None
    parts: dict[str, Participation] = field(default_factory=dict)

    def add(self, person: str, part: str, proof) -> None:
        """Record a participant; a specific part replaces a plain "attendee"."""
        old = self.parts.get(person)
        if old is None or (old.part == "attendee" and part != "attendee"):
            self.parts[person] = Participation(person, part, proof)


@dataclass
class Reader:
    """The article being read, with the spans every step needs."""

    article: Article
    lex: Lexicon
    found: Extraction
    people: list[Mention]
    orgs: list[Mention]
    year_hint: int | None
    drafts: list[Draft] = field(default_factory=list)
    context: tuple[date | None, date | None] = (None, None)  # last date named (end, start)
    subject: str | None = (
        None  # the person who opened the last sentence that opened with one ("he")
    )
    last_when: tuple[date, date | None] | None = None  # the date the last dated sentence named
    delegation: tuple[str, ...] = ()  # the people of the last delegation a sentence introduced
    listed: str | None = None  # the part of a list a lead-in opened ("The following ... attended:")
    group: str | None = None  # the part of a group the last sentence of the event told taking part
    other_day_at: int | None = None  # where a dated sentence turns to another day (body offset)
    today: date | None = None  # the day "today" and "on Monday" are said against


def extract_events(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add an EventClaim per dated event, with its participants."""
    body = article.body
    reader = Reader(
        article,
        get_lexicon(vocab),
        found,
        _people_and_family_names(body, [p.name for p in found.persons], get_lexicon(vocab)),
        org_occurrences(body, found),
        find_year(article.headline or ""),
        today=filed_day(article.text, article.published) or article.published,
    )
    current = None
    for sentence in split_sentences(body):
        current = _read_sentence(reader, sentence, current)
    found.events.extend(_claims(article, reader.drafts))


def _people_and_family_names(body: str, names: list[str], lex: Lexicon) -> list[Mention]:
    """The people's mentions, with a later bare family name standing for the one person of that
    name named in full before it ("Nuland said", "Wang told Kerry"): a pinyin name's first word,
    another name's last."""
    family: dict[str, str | None] = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        word = words[0] if is_surname(words[0], lex) and len(words) <= 3 else words[-1]
        if len(word) < 2 or not word.isalpha() or word in names or _common_word(word, lex):
            continue  # "Prime Minister Jane English ... English said": no family name to go by
        family[word] = None if word in family else name  # two people of one name: neither
    short = {w: n for w, n in family.items() if n is not None}
    mentions = occurrences(body, [*names, *short])
    first: dict[str, int] = {}
    for m in mentions:
        if m.name not in short:
            first.setdefault(m.name, m.start)
    kept = []
    for m in mentions:
        if m.name in short:
            full = short[m.name]
            if first.get(full, len(body)) > m.start or _NAME_GOES_ON.match(body, m.end):
                continue  # before the full name, or part of another name ("Roe Street")
            m = Mention(m.start, m.end, full)
        kept.append(m)
    return kept


def _common_word(word: str, lex: Lexicon) -> bool:
    """Whether `word` is also a people's name, a country, a place, a word that opens no name or a
    page's label ("English": `nationality_adjectives`, `countries`, `places`, `not_name_words`,
    `not_org_names`)."""
    folded = word.casefold()
    return (
        folded in lex.folded("nationality_adjectives")
        or folded in lex.folded("countries")
        or folded in lex.places
        or folded in lex.folded("not_name_words")
        or folded in lex.folded("not_org_names")
    )


_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|of\s+[A-Z])|[-’'](?![sS]\b)")


def _read_sentence(reader: Reader, sentence: Span, current: Draft | None) -> Draft | None:
    when = _when(reader, sentence)
    cue = _cue(reader, sentence) if when else None
    group = reader.group
    reader.group = None  # a group's members are listed right after it, in the same event
    if when and not cue and current is not None and when[0].year < current.start.year:
        # "She praised the response to the May 3 flood of 2016": a day of an earlier year in a
        # sentence naming no event is background; the event goes on, the sentence adds no
        # attendee
        _later_sentence(reader, sentence, current, background=True)
    elif when:
        reader.last_when = when
        if cue:
            current = _event_sentence(reader, sentence, when, cue)
            reader.group = group_part(reader.article.body, sentence, reader.lex)
        elif current is not None and (current.start, current.end) == when:
            # "X speaks at the 4th HEF on Sept 24": the day of the event told again, with no
            # event word (its short name): the same event goes on
            _later_sentence(reader, sentence, current, group=group)
            reader.group = group_part(reader.article.body, sentence, reader.lex)
        elif _takes_part(reader, sentence):
            # "A on Friday presided over the budget panel": a person taking part, on another
            # day than the event before, names an event the sentence has no word for
            current = _event_sentence(reader, sentence, when, ("meeting", "meeting", None))
            reader.group = group_part(reader.article.body, sentence, reader.lex)
        else:
            current = None
    elif (also := _further_talks(reader, sentence)) is not None:
        current = also
    elif _unknown_day(reader, sentence):
        current = None  # "On the morning of XNUMXth, ...": another day, not part of the last event
    elif current is not None:
        _later_sentence(reader, sentence, current, group=group)
        reader.group = group_part(reader.article.body, sentence, reader.lex)
    if current is None or when:
        reader.listed = None  # a lead-in's list goes on only inside the event it follows
    if current is not None and when and _SPEECH_HEADING.match(reader.article.body, sentence.start):
        reader.listed = "attendee"  # "SPEECH BY X AT THE OPENING ...": then the people greeted
    _note_delegation(reader, sentence)
    reader.subject = _opening_person(reader, sentence) or reader.subject
    return current


def _takes_part(reader: Reader, sentence: Span) -> bool:
    """Whether a person named in the sentence takes part by a verb that says an event was
    there to take part in ("A presided over the panel", "B took part in the trade fair":
    `taking_part_cues`): the first participation phrase after the name is one, and it gives the
    person's part (:func:`~kg.extract.en.participants.part_of`: no clause of its own between)."""
    body, lex = reader.article.body, reader.lex
    cues = lex.words("taking_part_cues")
    inside = _people_in(reader, sentence)
    for occ in inside:
        after = lex.participation_re.search(body, occ.end, sentence.end)
        if after is None or fold_phrase(after.group()) not in cues:
            continue
        if mention_only(body, sentence, occ, lex):
            continue
        if (
            part_of(body, sentence, occ, inside, lex)
            == lex.participation[fold_phrase(after.group())]
        ):
            return True
    return False


# The heading of a published speech, whose next lines greet those present one a line ("Mr A,
# President of X")
_SPEECH_HEADING = re.compile(r"\s*(?:SPEECH|REMARKS|ADDRESS|Speech|Remarks|Address)\s+(?:BY|by)\s")


def _note_delegation(reader: Reader, sentence: Span) -> None:
    """Remember who a delegation is ("A will lead a delegation ...", then "A will be accompanied
    by B and C"): a later dated sentence about "the delegation" names them."""
    body = reader.article.body
    if _DELEGATION.search(body, sentence.start, sentence.end):
        reader.delegation = tuple(p for p, _ in _sentence_people(reader, sentence, everyone=True))
    elif reader.delegation and _ACCOMPANIED.search(body, sentence.start, sentence.end):
        people = [p for p, _ in _sentence_people(reader, sentence, everyone=True)]
        opener = body[sentence.start : sentence.end].split(maxsplit=1)[:1]
        family = {p.split()[-1] for p in reader.delegation}
        if (
            set(people) & set(reader.delegation)
            or _PRONOUN.match(body, sentence.start)
            or (opener and opener[0] in family)  # "Roe will be accompanied by ..."
        ):
            reader.delegation += tuple(p for p in people if p not in reader.delegation)
    else:
        reader.delegation = ()  # only the sentence right after a delegation's own adds to it


_DELEGATION = re.compile(
    r"\b(?:lead|leads|led|leading|heads|headed|heading)\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?delegation\b|\bdelegation\s+(?:led|headed)\s+by\b"
)
_ACCOMPANIED = re.compile(r"\baccompanied\s+by\b")
_THE_DELEGATION = re.compile(
    r"\s*(?:[^,.;]{0,60},\s*)?(?:The|the|This|this|His|Her|Their)\s+(?:[\w'’-]+\s+){0,3}?delegation\s+"
)


def _further_talks(reader: Reader, sentence: Span) -> Draft | None:
    """Talks of their own in an undated sentence that says they came besides ("He also met X",
    "Y then called on Z"): on the date the last dated sentence named, as a separate event when
    they bring someone no event of that date has; likewise a visit or an inspection of a place
    no event of that date went to ("On the afternoon of the same day, X also visited Y"); a
    sentence naming another year brings none."""
    text = reader.article.body[sentence.start : sentence.end]
    besides = _BESIDES.search(text) or _VIEWS_WHILE.search(text)
    if (
        reader.last_when is None
        or besides is None
        or not _person_subject(reader, sentence, besides)
    ):
        return None
    year = _years_of(reader.lex, text)
    if year is not None and year != reader.last_when[0].year:
        return None
    cue = _cue(reader, sentence)
    if cue is None and _VIEWS_WHILE.search(text):
        cue = ("talks", "talks", None)  # "He expressed these views while talking to X"
    if (
        cue is not None
        and cue[0] not in ("talks", "inspection")
        and _describe(reader, sentence, "visit")
    ):
        cue = ("visit", "visit", None)  # "also visited Y and held a symposium there": a visit
    if cue is None or cue[0] not in ("talks", "visit", "inspection"):
        return None
    people = _sentence_people(reader, sentence, everyone=True)
    same_day = [d for d in reader.drafts if (d.start, d.end) == reader.last_when]
    kind, name, _ = cue
    described = _describe(reader, sentence, kind)
    if kind != "talks":
        # "That afternoon, X also visited Y": a stop of its own when Y is no stop of that day
        if described is None or any(d.name == described for d in same_day):
            return None
    else:
        seen = {p for d in same_day for p in d.parts}
        if not people or all(person in seen for person, _ in people):
            return None
    draft = Draft(
        kind,
        described or name,
        *reader.last_when,
        sentence,
        None,
        _location(reader, sentence),
    )
    reader.drafts.append(draft)
    for person, part in people + _pronoun_subject(reader, sentence, people):
        draft.add(person, part, evidence(reader.article, sentence))
    return draft


_BESIDES = re.compile(r"\b(?:also|then|later|subsequently|separately|afterwards)\b")
# "He expressed these views while talking to X": what the last dated sentence reported was said
# at talks with X, on its day.
_VIEWS_WHILE = re.compile(
    r"\b(?:expressed|shared|made|gave|said|stated)\s+(?:these|those|this|the\s+above)"
    r"(?:\s+(?:views|remarks|comments|observations|words))?\s+"
    r"(?:while|when|during|in)\s+(?:talking|speaking|meeting|(?:a|his|her|the)\s+meeting)"
    r"(?:\s+(?:to|with))?\b"
)
_PRONOUN_BEFORE = re.compile(r"(?:^|[,;]\s*)(?:he|she)\s+$", re.IGNORECASE)


def _person_subject(reader: Reader, sentence: Span, besides: re.Match) -> bool:
    """Whether a person ("Ravi Kumar also met", "He then called on") is the subject of the
    further talks, not a delegation or a group (their talks are the trip's, one event)."""
    at = sentence.start + besides.start()
    before = reader.article.body[sentence.start : at]
    if _PRONOUN_BEFORE.search(before):
        return True
    return any(m.end <= at and not reader.article.body[m.end : at].strip() for m in reader.people)


def _unknown_day(reader: Reader, sentence: Span) -> bool:
    """Whether the sentence opens a day whose number was lost ("On the morning of XNUMXth",
    "XNUMX month XNUMX day"); "the XNUMXth Five-Year Plan" is no day."""
    lex, body = reader.lex, reader.article.body
    if not any(
        body.find(w, sentence.start, sentence.end) >= 0 for w in lex.words("unknown_number_words")
    ):
        return False  # the common case, by plain search
    return lex.made(_unknown_day_re).search(body, sentence.start, sentence.end) is not None


def _unknown_day_re(lex: Lexicon) -> re.Pattern:
    words = "|".join(re.escape(w) for w in lex.words("unknown_number_words"))
    return re.compile(
        rf"(?i:\b(?:on|from)\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?)"
        rf"(?:{words})|(?:{words})\s*month\s*(?:{words}|\d+)\s*day"
    )


# Before a sentence's subject: "On the 15th, ", a dateline ("HALIFAX - "), and capitalised titles
# ("Acting Premier ").
_LEAD = re.compile(
    r"(?:[^,.;]{0,60},\s*)?(?:[A-Z][A-Z.'’ ]{1,40}?\s+[-–—]+\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}"
)
_PRONOUN = re.compile(
    r"(?:[^,.;]{0,60},\s*)?(?:he|she)\s+(?:also\s+|then\s+|later\s+)?", re.IGNORECASE
)


def _opening_person(reader: Reader, sentence: Span) -> str | None:
    """The person named first in a sentence when nothing but a date clause comes before it."""
    first = bisect_left(reader.people, (sentence.start, -1))
    if first == len(reader.people) or reader.people[first].start >= sentence.end:
        return None
    occ = reader.people[first]
    return occ.name if _LEAD.fullmatch(reader.article.body, sentence.start, occ.start) else None


def _pronoun_subject(reader: Reader, sentence: Span, found) -> list[tuple[str, str]]:
    """ "On the 15th, he met with X": the person who opened an earlier sentence, with the verb's part."""
    m = _PRONOUN.match(reader.article.body, sentence.start, sentence.end)
    subject = reader.subject
    if m is None or subject is None or subject in {p for p, _ in found}:
        return []
    first = bisect_left(reader.people, (sentence.start, -1))  # a person named before the verb
    if first < len(reader.people) and reader.people[first].start < m.end():
        return []
    verb = reader.lex.participation_re.match(reader.article.body, m.end(), sentence.end)
    return [(subject, reader.lex.participation[fold_phrase(verb.group())] if verb else "attendee")]


# "The Governor attended ...", "Later, the Chief Minister on Tuesday visited ...": a title for its
# subject, after an opening phrase closed by a comma; words that may stand between the title and
# its verb.
_THE_TITLE = re.compile(r"(?:[^,.;]{0,60},\s*)?(?:The|the)\s+")
_TITLE_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s+")
_BEFORE_VERB = re.compile(
    r"(?:(?:also|then|later|subsequently|again"
    rf"|on\s+(?:{WEEKDAY_WORDS})(?:\s+(?:morning|afternoon|evening))?)\s+)*"
)
_TITLE_WORDS_MAX = 3


def _title_subject(reader: Reader, sentence: Span, found, verbs: bool) -> list[tuple[str, str]]:
    """ "The Governor attended the ceremony on Monday": the one person of the article who bears
    that title (a role printed with it, or the title printed right before the name), with the
    part of the verb after it (`verbs`: an event verb will do too); nobody when two may be meant."""
    body = reader.article.body
    m = _THE_TITLE.match(body, sentence.start, sentence.end)
    if m is None:
        return []
    first = bisect_left(reader.people, (sentence.start, -1))  # a person named before the verb
    pos, words = m.end(), []
    for _ in range(_TITLE_WORDS_MAX):
        word = _TITLE_WORD.match(body, pos, sentence.end)
        if word is None:
            return []
        if first < len(reader.people) and reader.people[first].start < word.end():
            return []
        words.append(word.group(1))
        gap = _BEFORE_VERB.match(body, word.end(), sentence.end)  # may be empty, never None
        pos = gap.end() if gap else word.end()
        verb = reader.lex.participation_re.match(body, pos, sentence.end)
        if verb is None and verbs:
            verb = reader.lex.event_verbs_re.match(body, pos, sentence.end)
        if verb is not None:
            break
    else:
        return []
    person = _titled_person(reader, " ".join(words))
    if person is None or person in {p for p, _ in found}:
        return []
    part = reader.lex.participation.get(fold_phrase(verb.group()), "attendee")
    return [(person, part)]


def _titled_person(reader: Reader, title: str) -> str | None:
    """The one person who bears `title` in the article: a role printed with it, or the title
    printed right before the name ("Governor Jane Roe")."""
    folded = title.casefold()
    holders = {r.person for r in reader.found.roles if r.title.casefold() == folded}
    body = reader.article.body
    for occ in reader.people:
        at = occ.start - len(title) - 1
        if (
            at >= 0
            and body[at : occ.start].casefold() == f"{folded} "
            and (at == 0 or not body[at - 1].isalnum())
        ):
            holders.add(occ.name)
    return next(iter(holders)) if len(holders) == 1 else None


def _attribute_years(lex: Lexicon) -> re.Pattern[str]:
    """A year that is an attribute or a label, not the time a sentence tells of ("class of 1990",
    "founded in 1952", "since 2019", "the 1990 alumnus", "the 2035 goals", "Vision 2030", a
    plan's period "(2021-2025)"): no hint for the year of a month and day printed without one,
    and no other year that would make a sentence about another time."""
    return lex.made(_attribute_years_re)


def _attribute_years_re(lex: Lexicon) -> re.Pattern[str]:
    openers = phrase_regex(lex.words("attribute_year_openers")).pattern
    nouns = phrase_regex(lex.words("attribute_year_nouns")).pattern
    heads = phrase_regex(lex.words("attribute_year_heads")).pattern
    year = r"(?:19|20)\d\d(?!\d)"
    return re.compile(
        rf"(?:{openers})\s+{year}|(?<![\d-]){year}\s+(?:{nouns})|(?:{heads})\s+{year}"
        rf"|\(\s*{year}\s*(?:[-–—~]|to)\s*{year}\s*\)",
        re.IGNORECASE,
    )


def _years_of(lex: Lexicon, text: str) -> int | None:
    """The first year `text` tells of, an attribute's or a label's left out (`_attribute_years`)."""
    return find_year(_attribute_years(lex).sub(" ", text))


def _when(reader: Reader, sentence: Span) -> tuple[date, date | None] | None:
    text = reader.article.body[sentence.start : sentence.end]
    hint = _years_of(reader.lex, text) or reader.year_hint
    first = stamped = None
    reader.other_day_at = None
    first_end = 0
    for mention in find_dates(text):
        if _DATELINE_END.match(text, mention.end) and not text[: mention.start].count(" ") > 4:
            continue  # "BEIJING, 23rd November, 2020 (Agency)—": when the story was filed
        if _UNTIL.search(text, max(0, mention.start - 12), mention.start):
            continue  # "A, on a five-day visit until July 9, called on B today": a stay's end
        if reader.lex.made(_term_day_re).search(text, max(0, mention.start - 48), mention.start):
            continue  # "take effect January 1", "by 5pm on Friday 14 December": no event day
        resolved = resolve(mention, reader.article.published, hint, *reader.context)
        if resolved and _ahead_rolled_back(text, mention, resolved[0], reader):
            return None  # "the meeting scheduled on Oct. 14" printed in June: a day yet to come
        if resolved is None and _day_of_publication(text, mention, reader):
            day = day_by_publication(mention.day, reader.article.published)
            resolved = (day, None) if day else None  # "On the afternoon of the 2nd, A met B"
        if resolved:
            reader.context = (resolved[1] or resolved[0], resolved[0])
            if mention.start == len(text) - len(text.lstrip()) and first is None:
                stamped = stamped or resolved  # "August 18, 2023 X visits ...": a date stamp
            elif first is None:
                first, first_end = resolved, mention.end
            elif resolved != first and reader.other_day_at is None:
                # "met A on 19 April, and on 20 April B": B's day is the second one
                turn = _CLAUSE_TURN.search(text[first_end : mention.start][::-1])
                cut = mention.start - (turn.end() if turn else 0)
                reader.other_day_at = sentence.start + cut
    first = first or stamped  # a stamp dates the sentence only when it names no other day
    future = phrase_regex(reader.lex.words("future_markers"))
    if first is None and (
        day := find_relative_day(
            _unquoted(_term_weekdays_blanked(reader.lex, text)), reader.today, future
        )
    ):
        first = (day, None)  # "on Wednesday", "today": against the dateline's or publication date
    month = reader.lex.made(_in_month_re).search(text) if first is None else None
    if month and reader.context[0] is not None:
        # "had been in contact with X in September. On the 14th, ...": the month named last
        number = reader.lex.data["months"][month.group(1).casefold()]
        year = find_year(text) or reader.context[0].year
        last = (date(year + number // 12, number % 12 + 1, 1)) - timedelta(days=1)
        reader.context = (last, last.replace(day=1))
    return first


def _ahead_rolled_back(text: str, mention, day: date, reader: Reader) -> bool:
    """Whether a month and day with no year, put in the year before publication because it
    falls well after the publication date, is said of what is yet to come ("the meeting
    scheduled on Oct. 14", "would retire on 30 June" in a June-printed story): such a day is
    no past event's, and the year before would be a wrong date."""
    published = reader.article.published
    if published is None or mention.year is not None or mention.month is None:
        return False
    if day.year != published.year - 1 or find_year(text) is not None:
        return False
    ahead = phrase_regex(reader.lex.words("ahead_markers"))
    return ahead.search(text[: mention.start]) is not None


# The last clause turn before a sentence's second day, read backwards: ", and", " and", ";", ","
_CLAUSE_TURN = re.compile(r"dna\s*,?\s|;|,")


def _day_of_publication(text: str, mention, reader: Reader) -> bool:
    """Whether a day said with no month ("On the morning of the 14th, A met B"), with no date
    before it in the article, is a day of the month of publication: set off by a comma, as
    translations of "14日上午，" print it ("on the 2nd floor" is no day)."""
    return (
        mention.month is None
        and reader.context[0] is None
        and reader.article.published is not None
        and text[mention.end : mention.end + 1] == ","
    )


_QUOTED = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)|^[^\"“”]*”")


def _unquoted(text: str) -> str:
    """`text` with quoted words blanked out: "today" in a quotation is the day the words were
    said ("On the 2nd, A met B. 'Today's talks ...', A said"), not the day of publication."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _in_month_re(lex: Lexicon) -> re.Pattern:
    """ "in September" with no day after it: the month a later "on the 14th" is in (the full
    month names of `months`, capitalised)."""
    names = "|".join(
        sorted(
            (
                m.capitalize()
                for m in lex.data["months"]
                if m == "may" or (len(m) > 3 and m != "sept")
            ),
            key=len,
            reverse=True,
        )
    )
    return re.compile(rf"\bin\s+({names})\b(?!\s*\d{{1,2}}\b)")


_UNTIL = re.compile(r"\b(?:until|till|untill)\s+(?:on\s+)?$", re.IGNORECASE)
# What may stand between a term's or a deadline's opener and its day ("by 5pm on Friday, ...").
_TERM_GAP = r"\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+)?(?:on\s+)?"
_WEEKDAY_WORDS = f"(?:{WEEKDAY_WORDS})"


def _term_day_re(lex: Lexicon) -> re.Pattern:
    """A term's or a deadline's opener (`term_day_openers`) ending where a day begins ("with
    effect from ", "by 5pm on Friday "): that day is no event's."""
    openers = phrase_regex(lex.words("term_day_openers")).pattern
    return re.compile(
        rf"(?:{openers}){_TERM_GAP}(?:{_WEEKDAY_WORDS}\s*,?\s+)?(?:the\s+)?$", re.IGNORECASE
    )


def _term_weekday_re(lex: Lexicon) -> re.Pattern:
    openers = phrase_regex(lex.words("term_day_openers")).pattern
    return re.compile(rf"(?:{openers}){_TERM_GAP}{_WEEKDAY_WORDS}\b", re.IGNORECASE)


def _term_weekdays_blanked(lex: Lexicon, text: str) -> str:
    """`text` with a deadline's weekday blanked out ("must be received by 5pm on Friday"): it
    dates no event."""
    return lex.made(_term_weekday_re).sub(lambda m: " " * len(m.group()), text)


# after a dateline's date: an agency in brackets, then a dash or a colon ("April 6 (Agency): ")
_DATELINE_END = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*:|(?:\([^()\n]{1,40}\))?\s*(?:[-–—]{1,2}|\s[-–—]+\s))"
)


def _clean(text: str) -> str:
    """Machine-translation glue undone for matching ("held2022" -> "held 2022")."""
    return re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z]{3})", " ", text)


def _cue(reader: Reader, sentence: Span) -> tuple[str, str, int | None] | None:
    """(kind, name, offset of a holding verb) of the event the sentence reports, or None."""
    lex = reader.lex
    text = _clean(reader.article.body[sentence.start : sentence.end])
    verbs = [
        (m, lex.event_verbs[fold_phrase(m.group())])
        for m in lex.event_verbs_re.finditer(text)
        if not lex.made(_document_signed_re).search(text, max(0, m.start() - 40), m.start())
    ]
    nouns = [
        (m, lex.event_nouns[fold_phrase(m.group())])
        for m in lex.event_nouns_re.finditer(text)
        if not lex.made(_topic_before_re).search(text, max(0, m.start() - 80), m.start())
        and not _titled_body(text, m, lex)
        and not lex.made(_in_month_re).match(text, next_word_start(text, m.end()))
    ]  # "retire at the annual meeting in July": that meeting's day is not the sentence's
    if not verbs and not nouns:
        return None
    kinds = [k for _, k in verbs]
    held = _held_phrase(text, verbs, nouns, lex)
    if held:
        return held[0], held[1], _held_offset(reader, sentence)
    if "talks" in kinds and not {"visit", "inspection"} & set(kinds):
        return "talks", "talks", None
    for wanted in ("visit", "inspection"):
        if wanted in kinds:
            return wanted, wanted, None
    kind = nouns[0][1] if nouns else kinds[0]
    return kind, nouns[0][0].group() if nouns else kind, None


def _document_signed_re(lex: Lexicon) -> re.Pattern[str]:
    """A paper that is signed, right before the verb ("in a statement |signed by A, media aide"):
    the paper's signer, no event (`signed_documents`)."""
    docs = longest_first(lex.words("signed_documents"))
    return re.compile(rf"\b(?:{docs})\s+(?:(?:was|were|jointly)\s+)*$", re.IGNORECASE)


def _titled_body(text: str, m: re.Match, lex: Lexicon) -> bool:
    """Whether a capitalised event noun ends a body's name whose member's title follows it
    ("the Westshire Congress leader A", "two Assembly members"): a body, not an event."""
    word = m.group()
    bodies = lex.org_suffixes | lex.folded("body_event_nouns")
    if not word[:1].isupper() or word.casefold() not in bodies:
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None or before.group(1).casefold() in lex.folded("event_openers"):
        return False
    return lex.title_re.match(text, m.end() + 1) is not None and text[m.end() : m.end() + 1] == " "


_CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")


def _topic_before_re(lex: Lexicon) -> re.Pattern:
    """A studied topic's words right before an event noun ("studied the spirit of the 20th National
    |Congress|": an earlier event named as the topic, not the one reported; `event_topic_before`),
    then at most four words and no punctuation."""
    words = longest_first(lex.words("event_topic_before"))
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:[\w’'-]+\s+){{0,4}}$", re.IGNORECASE)


def _held_phrase(text: str, verbs, nouns, lex: Lexicon) -> tuple[str, str] | None:
    """(kind, noun phrase) of "held the 28th mid-year work conference"."""
    for verb, kind in verbs:
        if kind != "meeting":
            continue
        for noun, noun_kind in nouns:
            gap = text[verb.end() : noun.start()]
            if (
                noun.start() >= verb.end()
                and len(gap.split()) <= 6
                and not re.search(r"[,.;:]", gap)
            ):
                phrase = re.sub(
                    r"^\s*(?:the|a|an|its|their)\s+", "", text[verb.end() : noun.end()], flags=re.I
                )
                return noun_kind, " ".join(phrase.split())
    return None


def _held_offset(reader: Reader, sentence: Span) -> int | None:
    m = phrase_regex(reader.lex.words("host_verbs"), flags=0, glued=True).search(
        reader.article.body, sentence.start, sentence.end
    )
    return None if m is None else m.start()


def _event_sentence(reader: Reader, sentence: Span, when, cue) -> Draft:
    kind, name, held_at = cue
    if held_at is None:
        name = _describe(reader, sentence, kind) or name
    draft = Draft(
        kind,
        name,
        when[0],
        when[1],
        sentence,
        _organizer(reader, held_at),
        _location(reader, sentence),
    )
    found = _sentence_people(reader, sentence, everyone=True)
    found += _pronoun_subject(reader, sentence, found)
    found += _title_subject(reader, sentence, found, verbs=True)
    if not found and reader.delegation:
        found = _delegation_subject(reader, sentence)
    if reader.other_day_at is not None:
        found = _before_other_day(reader, sentence, found, reader.other_day_at)
    merged = _merge_target(reader, draft, {p for p, _ in found})
    target = merged or draft
    if merged is None:
        reader.drafts.append(draft)
    for person, part in found:
        target.add(person, part, evidence(reader.article, sentence))
    return target


def _before_other_day(
    reader: Reader, sentence: Span, found: list[tuple[str, str]], cut: int
) -> list[tuple[str, str]]:
    """Leave out the people named only after the sentence turns to another day ("met A on 19
    April, and on 20 April B"): their day is not the event's (a wrong day is worse than none)."""
    early = {p.name for p in _people_in(reader, sentence) if p.start < cut}
    late = {p.name for p in _people_in(reader, sentence) if p.start >= cut}
    return [(person, part) for person, part in found if person in early or person not in late]


def _delegation_subject(reader: Reader, sentence: Span) -> list[tuple[str, str]]:
    """ "The delegation will visit X from 28 April": the people of the delegation introduced just
    before, with the verb's part."""
    m = _THE_DELEGATION.match(reader.article.body, sentence.start, sentence.end)
    if m is None:
        return []
    verb = reader.lex.participation_re.search(reader.article.body, m.end(), sentence.end)
    part = reader.lex.participation[fold_phrase(verb.group())] if verb else "attendee"
    return [(person, part) for person in reader.delegation]


def _describe(reader: Reader, sentence: Span, kind: str) -> str | None:
    """ "Visit to <organisation>" / "Talks with <person>" from the words after the verb."""
    lex = reader.lex
    verb = next(
        (
            m
            for m in lex.event_verbs_re.finditer(reader.article.body, sentence.start, sentence.end)
            if lex.event_verbs[fold_phrase(m.group())] == kind
        ),
        None,
    )
    if verb is None:
        return None
    pool = reader.people if kind == "talks" else reader.orgs
    i = bisect_left(pool, (verb.end(), -1))  # the first name after the verb (sorted, disjoint)
    target = pool[i].name if i < len(pool) and pool[i].end <= sentence.end else None
    if target is None:
        return None
    return f"{kind.capitalize()} {'with' if kind == 'talks' else 'to'} {target}"


def _location(reader: Reader, sentence: Span) -> str | None:
    """A place named with "in" or "to": a listed one ("signed the agreement in Kunming", "led a team
    to Guizhou"), else after "in" one word spelt as pinyin that names no organisation or person
    ("held the meeting in Yuxi")."""
    body = reader.article.body
    places = phrase_regex(reader.lex.words("places"), flags=0)
    unlisted = None
    for m in _IN.finditer(body, sentence.start, sentence.end):
        hit = places.match(body, m.end(), sentence.end)
        if hit:
            return hit.group()
        if m.group(1) == "in":  # "went to X" names a place only when X is a listed one
            unlisted = unlisted or _pinyin_place(reader, m.end())
    return unlisted


_IN = re.compile(r"(?<![\w-])(in|to)\s+")
_ONE_WORD = re.compile(r"[A-Z][a-z]+(?![\w'’-])(?!\s+[A-Z])")


def _covers(spans: list[Mention], pos: int) -> bool:
    """Whether one of `spans` ((start, end, name), sorted, not overlapping) contains `pos`: only the
    last one starting at or before it can."""
    i = bisect_left(spans, (pos + 1, -1)) - 1
    return i >= 0 and spans[i].end > pos


def _pinyin_place(reader: Reader, pos: int) -> str | None:
    """ "Yuxi" at `pos`: one capitalised word of two or more pinyin syllables, not a known word,
    not the start of an organisation or person name."""
    m = _ONE_WORD.match(reader.article.body, pos)
    if m is None or _covers(reader.orgs, pos) or _covers(reader.people, pos):
        return None
    lex, word = reader.lex, m.group()
    folded = word.casefold()
    if (
        folded in lex.not_name_words
        or folded in lex.org_suffixes
        or folded in lex.industry
        or folded in lex.data["months"]
    ):
        return None
    return word if (syllable_count(word, lex.syllables) or 0) >= 2 else None


def _organizer(reader: Reader, held_at: int | None) -> str | None:
    if held_at is None:
        return None
    subject = subject_org(reader.article.body, held_at, reader.orgs, reader.lex)
    return reader.found.main_org if subject == MAIN else subject


def _sentence_people(reader: Reader, sentence: Span, everyone: bool) -> list[tuple[str, str]]:
    """(person, part) for the people of a sentence who take part (all named, when `everyone`)."""
    body, lex = reader.article.body, reader.lex
    inside = _people_in(reader, sentence)
    found = []
    for occ in inside:
        if mention_only(body, sentence, occ, lex):
            continue
        part = part_of(body, sentence, occ, inside, lex)
        if part or everyone:
            found.append((occ.name, part or "attendee"))
    return found


def _people_in(reader: Reader, sentence: Span) -> list[Mention]:
    """The people named inside the sentence, in text order."""
    first = bisect_left(reader.people, (sentence.start, -1))  # people are sorted by start
    inside = []
    for p in reader.people[first:]:
        if p.start >= sentence.end:
            break
        if p.end <= sentence.end:
            inside.append(p)
    return inside


def _merge_target(reader: Reader, draft: Draft, people: set[str]) -> Draft | None:
    lex = reader.lex
    families = lex.data.get("kind_families") or {}
    for old in reversed(reader.drafts):
        same_kind = families.get(old.kind, old.kind) == families.get(draft.kind, draft.kind)
        if (
            (old.start, old.end) == (draft.start, draft.end)
            and same_kind
            and (old.kind == draft.kind or not old.parts or not people or people & set(old.parts))
            and not _other_talks(lex, draft, old, people)
        ):
            return old
        if draft.kind in lex.words("own_event_kinds") or old.end is None:
            continue
        inside = old.start <= draft.start and (draft.end or draft.start) <= old.end
        shared = not people or people & set(old.parts)
        if inside and shared and draft.kind in [*lex.words("trip_kinds"), "meeting"]:
            return old
    return None


def _other_talks(lex: Lexicon, draft: Draft, old: Draft, people: set[str]) -> bool:
    """Whether talks of the same day are other talks: each side has someone the other has not,
    and they share one person (the host who received two callers), or none while each side names
    two or more (a lone name may be the same person written short: "Dr Roe")."""
    if draft.kind not in lex.words("own_event_kinds") or old.kind != draft.kind:
        return False
    before = set(old.parts)
    if not (people - before and before - people):
        return False
    shared = len(people & before)
    return shared == 1 or (shared == 0 and len(before) >= 2 and len(people) >= 2)


def _later_sentence(
    reader: Reader,
    sentence: Span,
    current: Draft,
    background: bool = False,
    group: str | None = None,
) -> None:
    """Add the people of a sentence after an event's to it; a sentence about another time (a
    year other than the event's, or a `background` day) adds only its reporters and speakers;
    a sentence that lists the members of the `group` the sentence before told taking part
    ("Officials also attended. They were: A, B") adds them with the group's part."""
    text = reader.article.body[sentence.start : sentence.end]
    if reader.listed and (item := _list_item(reader, sentence)) is not None:
        current.add(item, reader.listed, evidence(reader.article, sentence))
        return
    if reader.listed and _title_line(reader, sentence, text):
        return  # "Chairman" under a name of the list: the list goes on
    reader.listed = _lead_in_part(reader, sentence, text)
    year = _years_of(reader.lex, text)
    other_year = background or (year is not None and year != current.start.year)
    if other_year and not _topic_verbs(reader.lex).search(text):
        return  # about another time ("had visited it in 2019")
    if group and not other_year and _group_members(reader, sentence, current, group):
        return
    found = _sentence_people(reader, sentence, everyone=False)
    found += _title_subject(reader, sentence, found, verbs=False)
    if (
        other_year
    ):  # only a report or speech may be about that year ("made a report on ... in 2022")
        found = [(person, part) for person, part in found if part in _TOPIC_PARTS]
    markers = phrase_regex(reader.lex.words("all_events_markers"))
    targets = [current]
    if markers.search(text):  # "the above activities": the trips and meetings, not separate talks
        own = reader.lex.words("own_event_kinds")
        targets = [d for d in reader.drafts if d.kind not in own] or reader.drafts
    for draft in targets:
        for person, part in found:
            draft.add(person, part, evidence(reader.article, sentence))


def _group_members(reader: Reader, sentence: Span, current: Draft, group: str) -> bool:
    """Add the people a sentence lists as the members of the group the sentence before told
    taking part; whether it is such a list (a lead alone, "They are:", lists the lines after)."""
    body = reader.article.body
    lead, listed = listed_members(body, sentence, _people_in(reader, sentence), reader.lex)
    if lead is None:
        return False
    if lead.end() >= sentence.end and body[sentence.start : sentence.end].endswith(":"):
        reader.listed = group  # "They are:" and a name a line
    for occ in listed:
        current.add(occ.name, group, evidence(reader.article, sentence))
    return bool(listed) or reader.listed == group


def _lead_in_part(reader: Reader, sentence: Span, text: str) -> str | None:
    """The part of the people a lead-in lists on the lines after it ("The following Ambassadors
    attended the dinner:", "Present at the meeting were:"): a participation phrase in a sentence
    that ends with a colon and names no one."""
    line = text.strip()
    if fold_phrase(line.rstrip(":")) in reader.lex.words("attendance_headings"):
        return "attendee"  # the heading of minutes' list of those present ("PRESENT")
    if not line.endswith(":") or len(line) > _LEAD_IN_MAX or _people_in(reader, sentence):
        return None
    found = list(reader.lex.participation_re.finditer(line))
    if not found:
        return None
    return reader.lex.participation.get(fold_phrase(found[-1].group()))


def _list_item(reader: Reader, sentence: Span) -> str | None:
    """The one person a line of a list names ("• H.E. A of the Republic of X"), when the line is
    short, names exactly one person and has no participation phrase of its own."""
    text = reader.article.body[sentence.start : sentence.end]
    if len(text.strip()) > _LIST_ITEM_MAX or reader.lex.participation_re.search(text):
        return None
    named = _people_in(reader, sentence)
    return named[0].name if len(named) == 1 else None


def _title_line(reader: Reader, sentence: Span, text: str) -> bool:
    """Whether a line of a list is the title under its name ("Group Managing Director"): short,
    no full stop at its end, no one named and no participation phrase; a line in capitals is a
    heading ("ABSENT WITH APOLOGIES"), no title."""
    line = text.strip()
    return (
        0 < len(line) <= _TITLE_LINE_MAX
        and not line.isupper()
        and "\n" not in line
        and (not line.endswith((".", "!", "?")) or " " not in line)  # "Y.M." before a name
        and not _people_in(reader, sentence)
        and not reader.lex.participation_re.search(line)
    )


_TITLE_LINE_MAX = 80  # a title line: a title, perhaps with its organisation
_LEAD_IN_MAX = 160  # a lead-in is one short sentence
_LIST_ITEM_MAX = 160  # a list's line: a name, its title or country


def _topic_verbs(lex: Lexicon) -> re.Pattern:
    """The participation verbs of reporters and speakers, as one pattern (made once per lexicon)."""
    return lex.made(_topic_verbs_re)


def _topic_verbs_re(lex: Lexicon) -> re.Pattern:
    return phrase_regex([v for v, part in lex.participation.items() if part in _TOPIC_PARTS])


def _claims(article: Article, drafts: list[Draft]) -> list[EventClaim]:
    seen: dict[str, int]
    claims, seen = [], {}
    for d in drafts:
        base = f"{article.ident}|{d.start.isoformat()}|{d.kind}"
        seen[base] = seen.get(base, 0) + 1
        claims.append(
            EventClaim(
                key=f"{base}|{seen[base]}",
                name=d.name,
                kind=d.kind,
                start=d.start,
                evidence=evidence(article, d.sentence),
                end=d.end,
                location=d.location,
                organizer=d.organizer,
                participants=tuple(d.parts[p] for p in sorted(d.parts)),
            )
        )
    return claims
