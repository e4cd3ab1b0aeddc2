"""Long lists of participants are read once per sentence (kg.extract.en.participants._Sentence),
and give exactly what reading the sentence again for each name gives, whatever the list holds:
names inside other names, titles, commas or none, stray words, verbs before and after."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kg.extract.en import participants
from kg.extract.en.lexicon import get_lexicon
from kg.extract.en.text import Span, occurrences
from kg.vocab import load_vocab

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES * 5,
    deadline=None,
    derandomize=not os.environ.get("KG_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow],
)
# invented names, several of them the start of another ("Lei Qing" of "Lei Qingkai")
NAMES = [
    "Lei Qing",
    "Lei Qingkai",
    "Qiu Xia",
    "Qiu Xiaoming",
    "Dong Rui",
    "Dong Ruilin",
    "Marcus Ellery",
    "Tan Yiming",
    "Li Na",
    "Li Nan",
    "Ann",
    "Anna Berg",
]
PIECES = [
    *NAMES,
    ", ",
    ", and ",
    " and ",
    " ",
    "; ",
    " deputy general manager ",
    " Chairman ",
    " who ",
    " from the plant ",
    " attended the meeting",
    " presided over the meeting",
    "Attending the meeting were ",
    " were ",
    "The meeting was chaired by ",
    " accompanied by ",
    " met with ",
    " and other leaders",
    "kai",
]


class _Plain:
    """What part_of is given instead of a _Sentence: no answer, so it reads the sentence itself."""

    def __getattr__(self, name):
        if name == "blocked":
            return lambda *args: None
        return lambda *args: (False, None)


def _parts(text: str, fast: bool) -> list:
    lex = get_lexicon(load_vocab())
    people = occurrences(text, NAMES)
    sentence = Span(0, len(text))
    real = participants._sentence
    if not fast:
        setattr(participants, "_sentence", lambda *args: _Plain())  # noqa: B010 (a stand-in)
    try:
        return [participants.part_of(text, sentence, occ, people, lex) for occ in people]
    finally:
        setattr(participants, "_sentence", real)  # noqa: B010


@FUZZ
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
def test_en_participant_lists_read_once_give_what_reading_each_name_gives(pieces):
    text = "".join(pieces)
    assert _parts(text, True) == _parts(text, False)


def test_en_participant_lists_a_long_list_with_names_inside_names():
    names = ", ".join(NAMES[i % len(NAMES)] for i in range(400))
    text = f"Attending the meeting were deputy general manager {names} and Anna Berg."
    fast = _parts(text, True)
    assert fast == _parts(text, False)
    assert fast[0] == "attendee" and fast[-1] is None  # "Lei Qing" spoils "Lei Qingkai" after it
