"""How a person named in a sentence takes part in an event (a part of kg.model.PARTS).

- "X chaired / delivered a speech / made a report / visited ..." gives the
  part of the first participation verb after the name;
- "the meeting was chaired by X", "accompanied by leaders X and Y", "Attending
  the meeting were X and Y" gives the part of the phrase before the names when
  only names and titles stand between;
- "met with X", "welcomed X" makes X a person met / a visitor;
- a name only mentioned ("X's important speech", "study General Secretary
  X's thought") is no participant.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.alternation import longest_first
from kg.extract.en.lexicon import Lexicon, fold_phrase, phrase_regex
from kg.extract.en.text import Mention, Span

Occurrence = Mention  # a person named in the text
_BEFORE_NAMES = (
    " by",
    " were",
    " was",
    " included",
    "had in attendance",
    "chairmanship of",
)  # "... had in attendance X and Y", "under the chairmanship of X"  # "chaired by X", "Attending the meeting were X and Y"
_OBJECT_PARTS = {"met": "met", "host": "visitor", "accompanier": "attendee"}


def mention_only(text: str, sentence: Span, occ: Occurrence, lex: Lexicon) -> bool:
    """Whether the person is only mentioned: possessive, or after "spirit of", "study" ..."""
    if re.match(r"['’]s\b", text[occ.end : occ.end + 3]):
        return True
    if lex.made(_byline_re).search(text, max(0, occ.start - 40), occ.start):
        return True  # "(Reporter A) On May 3, ...": the page's reporter, not a participant
    before = " ".join(text[max(sentence.start, occ.start - 80) : occ.start].split())
    phrases = phrase_regex(lex.words("mention_only_before"))
    words = before.split()
    while words and words[-1][:1].isupper():
        words.pop()
    tail = " ".join(words)
    return any(m.end() == len(tail) for m in phrases.finditer(tail))


def _byline_re(lex: Lexicon) -> re.Pattern:
    """An opening bracket and a byline's role right before a name ("(Reporter |A|", "（Correspondent
    |A|"; `byline_roles`)."""
    roles = longest_first(lex.words("byline_roles"))
    return re.compile(rf"[(（]\s*(?:{roles})\s*[:：]?\s*$", re.IGNORECASE)


def part_of(
    text: str, sentence: Span, occ: Occurrence, people: list[Occurrence], lex: Lexicon
) -> str | None:
    """The part the person plays by the wording of the sentence, None when no verb says so.

    `people` are the sentence's people, in text order (what a list of attendees
    needs is found once per sentence: see :class:`_Sentence`)."""
    if _reported(text, sentence, occ, lex):
        return None  # "A pointed out that B, chairman of X, had made an important speech"
    seen = _sentence(text, sentence, people, lex)
    passive = _passive_part(text, sentence, occ, people, lex, seen)
    if passive:
        return passive
    if _delegation_member(text, sentence, occ, people, lex):
        return "visitor"
    accompanying = _ACCOMPANYING.match(text, sentence.start, occ.start)
    if accompanying is not None and not _blocked(text, accompanying.end(), occ.start, people, lex):
        return "accompanier"  # "Accompanying the Governor were A and B"
    including = _including_part(text, sentence, occ, people, lex, seen)
    if including:
        return including
    known, after = seen.first_from(occ.end)
    if not known:
        after = lex.participation_re.search(text, occ.end, sentence.end)
    if after and fold_phrase(after.group()) == "accompanied by":
        # "A, minister of X, accompanied by B and C, received D": A's part is the verb after the
        # list of those with A (B and C find "accompanied by" before them)
        then = lex.participation_re.search(text, after.end(), sentence.end)
        if then is not None and lex.participation[fold_phrase(then.group())] != "accompanier":
            after = then
    between = _unlist(text, occ.end, after.start(), people) if after else ""
    if after and _CLOSED_WHO.fullmatch(between) and _ANOTHER_EVENT.match(text, after.end()):
        return None  # "B, who had retired, attended a dinner": another event
    if after and not _own_clause_break(between):
        part = lex.participation[fold_phrase(after.group())]
        if part == "attendee":  # "A attended the meeting and delivered a speech": a speaker
            part = _and_then(text, sentence, after.end(), people, lex) or part
        return part
    return _object_part(text, sentence, occ, lex, seen)


def _reported(text: str, sentence: Span, occ: Occurrence, lex: Lexicon) -> bool:
    """Whether the person opens a clause another speaker's words report ("A stressed that B
    had put forward in the work report ..."): what B did is told, B is not seen taking part."""
    m = lex.made(_reported_re).search(text, max(sentence.start, occ.start - 80), occ.start)
    return m is not None


def _reported_re(lex: Lexicon) -> re.Pattern:
    """A speaker's verb then "that", then at most a few words and no punctuation, at the end."""
    verbs = [v for v, part in lex.participation.items() if part == "speaker" and " by" not in v]
    alt = longest_first(verbs)
    return re.compile(rf"(?<![\w-])(?:{alt})\s+that\s+[^,;:.()\"“”]{{0,60}}$", re.IGNORECASE)


def _passive_part(
    text: str, sentence: Span, occ: Occurrence, people, lex: Lexicon, seen: _Sentence | None = None
) -> str | None:
    last = _last_phrase(text, sentence, occ.start, lex, seen)
    if last is None or not fold_phrase(last.group()).endswith(_BEFORE_NAMES):
        return None
    part = lex.participation[fold_phrase(last.group())]
    blocked = seen.blocked(last.end(), occ.start) if seen else None
    if blocked is None:
        blocked = _blocked(text, last.end(), occ.start, people, lex)
    if (
        blocked
        and part == "attendee"
        and not text[sentence.start : last.start()].strip()
        and not _blocked(text, last.end(), occ.start, people, lex, _charge_words(lex))
    ):
        return part  # "Present at the meeting were A, the Directors in charge of X, B ..."
    return None if blocked else part


def _last_phrase(
    text: str, sentence: Span, pos: int, lex: Lexicon, seen: _Sentence | None
) -> re.Match | None:
    """The last participation phrase of the sentence before offset `pos`."""
    known, last = seen.last_before(pos) if seen else (False, None)
    if not known:
        for m in lex.participation_re.finditer(text, sentence.start, pos):
            last = m
    return last


def _including_part(
    text: str, sentence: Span, occ: Occurrence, people, lex: Lexicon, seen: _Sentence
) -> str | None:
    """The part of the people listed after "including" that closes a participation's object
    ("More than 180 officials attended the conference, including A, deputy secretary general of
    X, B, ..."): the verb's part, for a name with only names and titles between."""
    last = _last_phrase(text, sentence, occ.start, lex, seen)
    if last is None:
        return None
    opener = _INCLUDING.search(text, last.end(), occ.start)
    if opener is None or opener.start() - last.end() > _OBJECT_SPAN:
        return None
    if _first_stray_word(text[last.end() : opener.start()], lex, _OBJECT_WORDS) is not None:
        return None  # "attended the meeting and praised the projects, including": another clause
    if _blocked(text, opener.end(), occ.start, people, lex):
        return None
    return lex.participation[fold_phrase(last.group())]


_INCLUDING = re.compile(r",?\s+(?:including|among\s+them)\s+")
_OBJECT_SPAN = 60  # "attended the ... conference": the object between the verb and "including"
_OBJECT_WORDS = frozenset(
    {
        "meeting",
        "conference",
        "ceremony",
        "event",
        "forum",
        "session",
        "signing",
        "opening",
        "seminar",
        "symposium",
        "talks",
        "dinner",
        "annual",
        "launch",
        "celebration",
        "reception",
        "which",
        "that",
        # determiners and ordinary qualifiers of the object ("attended this initial meeting")
        "this",
        "a",
        "an",
        "its",
        "their",
        "first",
        "initial",
        "inaugural",
        "second",
        "special",
        "joint",
        "plenary",
        "general",
        "working",
    }
)


def _delegation_member(text: str, sentence: Span, occ: Occurrence, people, lex: Lexicon) -> bool:
    """Whether the sentence is about a delegation ("The delegation was led by A and included
    B, C", "The team comprised A and B") and the name follows its "led by" or "included", or the
    delegation itself ("The delegates A and B said"), with only titles and names between, or the sentence puts the names in it ("Amongst the delegates
    are A, B and C", "Also on the X delegation were A and B"): `delegation_nouns`,
    `delegation_member_verbs`, `delegation_list_preps`."""
    among = lex.made(_among_delegates_re).match(text, sentence.start, occ.start)
    if among is not None:
        return not _blocked(text, among.end(), occ.start, people, lex)
    subject = lex.made(_delegation_subject_re).match(text, sentence.start, occ.start)
    if subject is None:
        return False
    if not _blocked(text, subject.end(), occ.start, people, lex):
        return True  # "The delegates A, B and C assured ...": the names in apposition
    last = None
    for m in lex.made(_members_verb_re).finditer(text, sentence.start, occ.start):
        last = m
    return last is not None and not _blocked(text, last.end(), occ.start, people, lex)


def _delegation_subject_re(lex: Lexicon) -> re.Pattern:
    """A delegation opening the sentence ("The Chinese delegation", "Members of the team")."""
    nouns = longest_first(lex.words("delegation_nouns"))
    return re.compile(
        rf"\s*(?:The|A|An|Their|His|Her|Its)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{nouns})\b"
        rf"|\s*Members\s+of\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b"
    )


def _among_delegates_re(lex: Lexicon) -> re.Pattern:
    """ "Amongst the delegates are", "Among the members of the delegation were", "Also on the X
    delegation were", "Among the delegation was": the names follow."""
    nouns = longest_first(lex.words("delegation_nouns"))
    preps = longest_first(lex.words("delegation_list_preps"))
    return re.compile(
        rf"\s*(?:Also\s+)?(?i:{preps})\s+(?:also\s+)?(?:the|its|his|her|their)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?(?:(?:{nouns})|members\s+of\s+the\s+(?:{nouns}))\s+"
        r"(?:are|were|was|is)\b"
    )


def _members_verb_re(lex: Lexicon) -> re.Pattern:
    return phrase_regex(lex.words("delegation_member_verbs"))


# "Accompanying A were B and C", "Also accompanying the Minister on the visit was B", "Apart
# from B, others accompanying A during the call were C and D": the names after the verb
_ACCOMPANYING = re.compile(
    r"\s*(?:(?:Apart\s+from|Besides|Beside|Aside\s+from)\s+[^,;:.]{1,60},\s*)?"
    r"(?:(?:Also|Others|others|Those|those|Officials|officials)\s+)?(?:also\s+)?"
    r"(?:accompanying|Accompanying)\s+[^,;:]{1,80}?\s+(?:were|was)\b"
)


def _blocked(
    text: str, start: int, end: int, people, lex: Lexicon, more: frozenset[str] = frozenset()
) -> bool:
    """Whether text[start:end], without the names of `people` and without titles, has a word
    other than "and", "of", "the", group nouns and `more` (so the names do not follow the verb
    directly)."""
    between = text[start:end]
    for s, e, _ in people:
        if start <= s and e <= end:
            between = between.replace(text[s:e], " ")
    between = lex.title_re.sub(" ", _inner_words_blanked(between, lex))
    return _first_stray_word(between, lex, more) is not None


def _inner_words_blanked(text: str, lex: Lexicon) -> str:
    """`text` with the lower-case words that stand inside a capitalised name blanked ("the
    Secretary for Administration and Justice", "Committee on Liaison with Overseas Chinese":
    `name_inner_words` between two capitalised words): part of a title, not a clause of its own."""
    return lex.made(_inner_words_re).sub(r"\1 ", text)


def _inner_words_re(lex: Lexicon) -> re.Pattern:
    words = longest_first(lex.words("name_inner_words"))
    return re.compile(rf"\b([A-Z][\w'’-]*\s+)(?:{words})(?=\s+[A-Z])")


def _first_stray_word(
    text: str, lex: Lexicon, more: frozenset[str] = frozenset()
) -> re.Match | None:
    allowed = {
        "and",
        "of",
        "the",
        *lex.words("group_nouns"),
        *lex.words("group_qualifiers"),
        *lex.words("list_openers"),
        *lex.folded("title_modifiers"),
        *lex.folded("title_openers"),  # "deputy district Party chief": a title's first word
        *lex.folded("former_words"),  # "attended by A, former X chairman B": B attended too
        *lex.folded("title_head_words"),  # "A, professor of X, and B": a title in lower case
    }
    return next(
        (
            m
            for m in _LOWER_WORD.finditer(text)
            if m.group() not in allowed and m.group() not in more
        ),
        None,
    )


def _charge_words(lex: Lexicon) -> frozenset[str]:
    """Words a list of attendees may hold besides names, titles and groups: the fields of their
    posts and how they are put ("the Directors in charge of Finance in the persons Mr A, Mrs B")."""
    return lex.made(_make_charge_words)


def _make_charge_words(lex: Lexicon) -> frozenset[str]:
    return lex.folded("field_words") | frozenset(
        {"in", "charge", "persons", "person", "for", "other"}
    )


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _object_part(
    text: str, sentence: Span, occ: Occurrence, lex: Lexicon, seen: _Sentence | None = None
) -> str | None:
    known, last = seen.last_in_slice(occ.start) if seen else (False, None)
    if not known:
        for m in lex.participation_re.finditer(text[sentence.start : occ.start]):
            last = m
    if last is None:
        return None
    return _OBJECT_PARTS.get(lex.participation[fold_phrase(last.group())])


class _Sentence:
    """What every name of one sentence asks, found once for the sentence: a list of thousands of
    attendees would otherwise rescan the sentence (and replace every earlier name) for each name.

    Each answer is the one the plain search gives (the functions above, which
    stay the reference): where that cannot be shown for a name, the answer says
    so (known False, or None from blocked) and the caller searches.

    - The participation phrases are found in one scan. A scan stopped at a name
      finds the same phrases before it when no phrase of the full scan runs
      into the name: the phrases end in a letter and a name follows a word edge.
    - Replacing each earlier name in the text after the verb (str.replace, every
      occurrence) is replacing it where it stands, when the sentence holds each
      name only at its mentions and no name has a space next to a non-word
      character (so no replacement makes a new occurrence). The sentence with
      all its names replaced is made once; the text from a verb to a name is a
      slice of it, and its titles and stray words are found once per verb: the
      slice up to a name has the titles and words of the whole that end before
      the name, unless a title of the whole runs across it.
    """

    def __init__(self, text: str, sentence: Span, people: list[Occurrence], lex: Lexicon):
        self.key = (text, sentence, people, lex)
        self.text, self.sentence, self.people, self.lex = text, sentence, people, lex
        self.safe_phrases = all(k[-1:].isalnum() for k in lex.participation)
        self.scan = list(lex.participation_re.finditer(text, sentence.start, sentence.end))
        self.scan_starts = [m.start() for m in self.scan]
        self.sliced: list[re.Match] | None = None
        self.segmented: bool | None = None

    def last_before(self, pos: int) -> tuple[bool, re.Match | None]:
        """The last participation phrase the scan of text[sentence.start:pos] finds."""
        return self._last(self.scan, self.scan_starts, pos, 0)

    def last_in_slice(self, pos: int) -> tuple[bool, re.Match | None]:
        """The same for a scan of the slice text[sentence.start:pos] (nothing before it seen)."""
        if self.sliced is None:
            piece = self.text[self.sentence.start : self.sentence.end]
            self.sliced = list(self.lex.participation_re.finditer(piece))
            self.sliced_starts = [m.start() for m in self.sliced]
        return self._last(self.sliced, self.sliced_starts, pos, self.sentence.start)

    def _last(
        self, scan: list[re.Match], starts: list[int], pos: int, offset: int
    ) -> tuple[bool, re.Match | None]:
        if not self.safe_phrases:
            return False, None
        i = bisect_left(starts, pos - offset) - 1
        if i >= 0 and scan[i].end() > pos - offset:
            return False, None  # a phrase of the full scan runs into the name
        return True, scan[i] if i >= 0 else None

    def first_from(self, pos: int) -> tuple[bool, re.Match | None]:
        """The first participation phrase a search of text[pos:sentence.end] finds."""
        i = bisect_left(self.scan_starts, pos)
        if i > 0 and self.scan[i - 1].end() > pos:
            return False, None  # the full scan passes over `pos` inside a phrase
        return True, self.scan[i] if i < len(self.scan) else None

    def blocked(self, start: int, end: int) -> bool | None:
        """_blocked(start, end), for `end` the start of one of the people; None when only
        _blocked can tell (the names are asked out of order, or a name or title has a comma)."""
        if self.segmented is None:
            self.segmented = "," not in self.lex.title_re.pattern and not any(
                "," in self.text[s:e] for s, e, _ in self.people
            )
            self.groups: dict[int, _Group] = {}
            self.heads = _Heads()
            for i, (s, e, _) in enumerate(self.people):
                self.heads.add(i, self.text[s:e])
        if not self.segmented:
            return None
        group = self.groups.get(start)
        if group is None:
            group = self.groups[start] = _Group(self, start)
        return group.blocked(end)


class _Heads:
    """Names by their first (up to) four characters, with their order: which of many names occur
    in a short text is found from its positions, not by a search of it for each name."""

    SIZE = 4

    def __init__(self) -> None:
        self.by_head: dict[str, list[tuple[int, str]]] = {}

    def add(self, order: int, name: str) -> None:
        if name:
            self.by_head.setdefault(name[: self.SIZE], []).append((order, name))

    def first(self, text: str, lowest: int) -> int | None:
        """The lowest order (at least `lowest`) of a name that occurs in `text`."""
        best = None
        for at in range(len(text)):
            for size in range(1, self.SIZE + 1):
                if at + size > len(text):
                    break
                for order, name in self.by_head.get(text[at : at + size], ()):
                    if (
                        lowest <= order
                        and (best is None or order < best)
                        and text.startswith(name, at)
                    ):
                        best = order
        return best


class _Group:
    """_blocked(start, end) for one verb ending at `start` and names after it asked in text order.

    The text between the verb and a name is cut at its commas: no name and no
    title holds a comma, so replacing the names one after the other (str.replace,
    every occurrence), then the titles, then finding a stray word, can be done in
    each piece on its own, and the whole is blocked when a piece is. A piece
    before the last comma is done once, and kept only while the name of a person
    still to come occurs in it. So a list of thousands of names costs each name a
    few short pieces, not the whole text again.
    """

    def __init__(self, sentence: _Sentence, start: int):
        self.s = sentence
        self.cut = start  # the text up to here is in the pieces
        self.piece = start  # where the open piece (after the last comma) starts
        self.order: list[str] = []  # the names replaced so far, in order
        self.heads = _Heads()  # of self.order
        self.next = bisect_left([p.start for p in sentence.people], start)  # next person to replace
        self.live: list[tuple[str, bool]] = []  # (piece, stray word?) where a name to come occurs
        self.stray = False  # whether a piece no name to come occurs in has a stray word

    def blocked(self, end: int) -> bool | None:
        if end < self.cut:
            return None
        text, people = self.s.text, self.s.people
        added = []
        while self.next < len(people) and people[self.next][0] < end:
            s, e, _ = people[self.next]
            added.append(text[s:e])
            self.next += 1
        if added:
            pieces = [piece for piece, _ in self.live]
            for name in added:  # replaced in the closed pieces too, in order
                self.heads.add(len(self.order), name)
                self.order.append(name)
                pieces = [piece.replace(name, " ") for piece in pieces]
            self.live = []
            for piece in pieces:
                self._close(piece)
        comma = text.find(",", self.cut, end)
        while comma >= 0:  # the pieces the commas before `end` close
            self._close(self._replaced(text[self.piece : comma]))
            self.piece = comma + 1
            comma = text.find(",", comma + 1, end)
        self.cut = end
        tail = self._replaced(text[self.piece : end])
        return self.stray or any(stray for _, stray in self.live) or self._stray(tail)

    def _close(self, piece: str) -> None:
        if self.s.heads.first(piece, self.next) is not None:
            self.live.append((piece, self._stray(piece)))
        else:
            self.stray = self.stray or self._stray(piece)

    def _replaced(self, piece: str) -> str:
        """`piece` with the names so far replaced one after the other, as str.replace does."""
        lowest = 0
        while (found := self.heads.first(piece, lowest)) is not None:
            piece = piece.replace(self.order[found], " ")
            lowest = found + 1
        return piece

    def _stray(self, piece: str) -> bool:
        lex = self.s.lex
        return (
            _first_stray_word(lex.title_re.sub(" ", _inner_words_blanked(piece, lex)), lex)
            is not None
        )


_LAST: list[_Sentence] = []


def _sentence(text: str, sentence: Span, people: list[Occurrence], lex: Lexicon) -> _Sentence:
    """The _Sentence of these arguments (the names of one sentence ask one after the other)."""
    if _LAST and all(
        a is b for a, b in zip(_LAST[0].key, (text, sentence, people, lex), strict=True)
    ):
        return _LAST[0]
    _LAST[:] = [_Sentence(text, sentence, people, lex)]
    return _LAST[0]


_NEXT_ITEM = re.compile(r";\s*(?:and\s+)?")


def _unlist(text: str, start: int, end: int, people: list[Occurrence]) -> str:
    """text[start:end] with the semicolons that separate listed people blanked
    ("A, title; B, title; and C, title, attended")."""
    starts = _starts(people)
    between = text[start:end]
    for m in _NEXT_ITEM.finditer(text, start, end):
        if (
            m.end() in starts
            or (m.group().rstrip().endswith("and") and _UNNAMED.match(text, m.end()))
            or _titled_item(text, m, end, people)
        ):
            # "...; and directors of the X department attended": the last item names no one
            between = between[: m.start() - start] + "," + between[m.start() - start + 1 :]
    return between


def _titled_item(text: str, sep: re.Match, end: int, people: list[Occurrence]) -> bool:
    """Whether a semicolon parts two items of a list of officials each put title first ("the
    Director of X, A; Dean of Y, B and ... were present"): a name ends right before it, and the
    next item is a capitalised title, a comma and the next name."""
    if not any(p.end == sep.start() for p in people):
        return False
    nxt = next((p.start for p in people if sep.end() < p.start <= end), None)
    return nxt is not None and _TITLE_FIRST_ITEM.fullmatch(text, sep.end(), nxt) is not None


_TITLE_FIRST_ITEM = re.compile(r"(?:the\s+)?[A-Z][^;:.!?()]{0,120},\s*")


# The head of a list item that names officials and no one by name ("directors of ...",
# "heads of relevant departments", "officials of ...", "persons in charge of ...").
_UNNAMED = re.compile(
    r"(?:the\s+)?(?:relevant\s+|other\s+)?(?:directors|heads|officials|leaders|representatives|"
    r"persons\s+in\s+charge|people\s+in\s+charge|staff|members|responsible\s+persons)\b"
)


def _starts(people: list[Occurrence]) -> set[int]:
    """The start offsets of `people` (made once per list: every name of a list asks)."""
    if not (_STARTS and _STARTS[0] is people):
        _STARTS[:] = [people, {p.start for p in people}]
    return _STARTS[1]


_STARTS: list = []


def _and_then(text: str, sentence: Span, end: int, people, lex: Lexicon) -> str | None:
    """The part a second verb joined by "and" gives ("attended the meeting and delivered a
    speech"), when no name, comma or clause break comes first; None else."""
    nxt = next((p.start for p in people if end <= p.start < sentence.end), sentence.end)
    m = _AND_VERB.search(text, end, nxt)
    if m is None or re.search(r"[,;:]", text[end : m.start()]):
        return None
    verb = lex.participation_re.match(text, m.end(), nxt)
    part = lex.participation[fold_phrase(verb.group())] if verb else None
    return part if part in ("speaker", "reporter", "chair") else None


_AND_VERB = re.compile(r"\s+and\s+(?:then\s+)?")


def _own_clause_break(between: str) -> bool:
    """A relative clause or a new subject stands between the name and the verb; a relative
    clause about the person closed by a comma does not ("A, who retired in March, attended"),
    nor a group the people are among whose clause has the verb ("A, title, and B were among the
    officials who attended")."""
    if _CLOSED_WHO.fullmatch(between):
        return False
    among = _AMONG_WHO.search(between)
    if among is not None:
        between = between[: among.start()]
    return bool(re.search(r"\b(?:who|which|that|whose|where)\b|[;:]", between))


_ANOTHER_EVENT = re.compile(r"\s+(?:a|an)\s")
_AMONG_WHO = re.compile(
    r"\s(?:were|was|are|is)\s+(?:also\s+)?among\s+[^,;:()]{1,80}?\swho\s+(?:also\s+)?$"
)
_CLOSED_WHO = re.compile(r"\s*,\s*who\s[^,;:()]{1,80},\s*(?:also\s+)?")


def group_part(text: str, sentence: Span, lex: Lexicon) -> str | None:
    """The part a sentence gives a group of people it names no one of ("A group of officials also
    visited the plant", "The dinner was attended by senior guests"): the part of the first
    participation phrase after the group noun, else of the last one before it (a passive's "by",
    or what its object is); None without a group noun or a phrase. The members may be listed in
    the next sentence (:func:`listed_members`)."""
    group = lex.made(_group_noun_re).search(text, sentence.start, sentence.end)
    if group is None:
        return None
    after = lex.participation_re.search(text, group.end(), sentence.end)
    if after is not None:
        phrase = fold_phrase(after.group())
        return "attendee" if phrase.endswith(_BEFORE_NAMES) else lex.participation[phrase]
    before = _last_phrase(text, sentence, group.start(), lex, None)
    if before is None:
        return None
    phrase = fold_phrase(before.group())
    if phrase.endswith(_BEFORE_NAMES):
        return lex.participation[phrase]
    return _OBJECT_PARTS.get(lex.participation[phrase], "attendee")


def _group_noun_re(lex: Lexicon) -> re.Pattern:
    """A plural noun of a group of people (`group_nouns`, `group_title_words`)."""
    nouns = [*lex.words("group_nouns"), *lex.words("group_title_words")]
    return re.compile(rf"\b(?:{longest_first(nouns)})\b")


def listed_members(
    text: str, sentence: Span, people: list[Occurrence], lex: Lexicon
) -> tuple[re.Match | None, list[Occurrence]]:
    """The lead of a sentence that lists a group's members ("They were: A, B and C", "The
    officials included A and B": `group_list_subjects`, `group_nouns`, `group_list_verbs`) and
    the people it lists, with only names and titles between the lead and each."""
    lead = lex.made(_group_list_re).match(text, sentence.start, sentence.end)
    if lead is None:
        return None, []
    seen = _sentence(text, sentence, people, lex)
    listed = []
    for occ in people:
        if occ.start < lead.end():
            continue
        blocked = seen.blocked(lead.end(), occ.start)
        if blocked is None:
            blocked = _blocked(text, lead.end(), occ.start, people, lex)
        if not blocked:
            listed.append(occ)
    return lead, listed


def _group_list_re(lex: Lexicon) -> re.Pattern:
    subjects = longest_first(lex.words("group_list_subjects"))
    nouns = longest_first([*lex.words("group_nouns"), *lex.words("group_title_words")])
    verbs = longest_first(lex.words("group_list_verbs"))
    return re.compile(
        rf"\s*(?:(?:{subjects})|(?:The|These|Those|Other|The\s+other)\s+(?:[\w'’-]+\s+){{0,2}}?"
        rf"(?:{nouns}))\s+(?:also\s+)?(?:{verbs})\s*[:,]?\s*"
    )
