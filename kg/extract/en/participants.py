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

from kg.extract.en.lexicon import Lexicon, fold_phrase, phrase_regex
from kg.extract.en.text import Span

Occurrence = tuple[int, int, str]
_BEFORE_NAMES = (" by", " were", " was")  # "chaired by X", "Attending the meeting were X and Y"
_OBJECT_PARTS = {"met": "met", "host": "visitor", "accompanier": "attendee"}


def mention_only(text: str, sentence: Span, occ: Occurrence, lex: Lexicon) -> bool:
    """Whether the person is only mentioned: possessive, or after "spirit of", "study" ..."""
    if re.match(r"['’]s\b", text[occ[1] : occ[1] + 3]):
        return True
    before = " ".join(text[max(sentence.start, occ[0] - 80) : occ[0]].split())
    phrases = phrase_regex(lex.words("mention_only_before"))
    words = before.split()
    while words and words[-1][:1].isupper():
        words.pop()
    tail = " ".join(words)
    return any(m.end() == len(tail) for m in phrases.finditer(tail))


def part_of(
    text: str, sentence: Span, occ: Occurrence, people: list[Occurrence], lex: Lexicon
) -> str | None:
    """The part the person plays by the wording of the sentence, None when no verb says so."""
    passive = _passive_part(text, sentence, occ, people, lex)
    if passive:
        return passive
    after = lex.participation_re.search(text, occ[1], sentence.end)
    if after and not _own_clause_break(_unlist(text, occ[1], after.start(), people)):
        return lex.participation[fold_phrase(after.group())]
    return _object_part(text, sentence, occ, lex)


def _passive_part(text: str, sentence: Span, occ: Occurrence, people, lex: Lexicon) -> str | None:
    last = None
    for m in lex.participation_re.finditer(text, sentence.start, occ[0]):
        last = m
    if last is None or not fold_phrase(last.group()).endswith(_BEFORE_NAMES):
        return None
    between = text[last.end() : occ[0]]
    for start, end, _ in people:
        if last.end() <= start and end <= occ[0]:
            between = between.replace(text[start:end], " ")
    between = lex.title_re.sub(" ", between)
    allowed = {"and", "of", "the", *lex.words("group_nouns")}
    if any(w not in allowed for w in re.findall(r"\b[a-z]{3,}\b", between)):
        return None
    return lex.participation[fold_phrase(last.group())]


def _object_part(text: str, sentence: Span, occ: Occurrence, lex: Lexicon) -> str | None:
    before = text[sentence.start : occ[0]]
    last = None
    for m in lex.participation_re.finditer(before):
        last = m
    if last is None:
        return None
    return _OBJECT_PARTS.get(lex.participation[fold_phrase(last.group())])


_NEXT_ITEM = re.compile(r";\s*(?:and\s+)?")


def _unlist(text: str, start: int, end: int, people: list[Occurrence]) -> str:
    """text[start:end] with the semicolons that separate listed people blanked
    ("A, title; B, title; and C, title, attended")."""
    starts = {p[0] for p in people}
    between = text[start:end]
    for m in _NEXT_ITEM.finditer(text, start, end):
        if m.end() in starts:
            between = between[: m.start() - start] + "," + between[m.start() - start + 1 :]
    return between


def _own_clause_break(between: str) -> bool:
    """A relative clause or a new subject stands between the name and the verb."""
    return bool(re.search(r"\b(?:who|which|that|whose|where)\b|[;:]", between))
