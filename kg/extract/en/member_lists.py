"""People named in a list of a body's members ("the new board members are A, B and C", "other
appointees to the board are A; B; and D"): each a person, and a director of the organisation
whose board it is.

Names found only in such lists have no title or verb of their own beside them, so the shape of
the sentence is what marks them: a members' noun (`member_list_nouns` in kg/vocab/en.yml), a
linking verb (`member_list_verbs`), then two or more names separated by commas, semicolons and
"and", every item a name and nothing else. The board's organisation is the one named in the
sentence before the verb ("the board of X", "X's board"), else the article's.
"""

from __future__ import annotations

import re

from kg.extract.en.lexicon import Lexicon, get_lexicon, phrase_regex
from kg.extract.en.persons import name_run
from kg.extract.en.text import WORD, Span, Token, evidence, sentence_at, split_sentences
from kg.model import Article, Extraction, PersonMention, RoleClaim
from kg.vocab import Vocab

_SEPARATOR = re.compile(r"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)")
_END = re.compile(r"\s*(?:[.;]?\s*$|\.\s|\(|$)")


def extract_member_lists(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add the persons of members' lists and their director roles (see the module)."""
    lex = get_lexicon(vocab)
    body = article.body
    sentences = split_sentences(body)
    known = {p.name for p in found.persons}
    cue = _cue(lex)
    for m in cue.finditer(body):
        sentence = sentence_at(sentences, m.start())
        if sentence is None:
            continue
        names = _names(body, m.end(), sentence.end, lex)
        if len(names) < 2:
            continue
        lead = body[sentence.start : m.end()]
        org = _board_org(lead, found) if _of_a_board(lead, lex) else None
        ev = evidence(article, Span(sentence.start, sentence.end))
        for name in names:
            if name not in known:
                known.add(name)
                found.persons.append(PersonMention(name, ev))
            if org:
                claim = RoleClaim(name, "director", "director", org, ev)
                if claim not in found.roles:
                    found.roles.append(claim)


def _cue(lex: Lexicon) -> re.Pattern[str]:
    nouns = phrase_regex(lex.words("member_list_nouns")).pattern
    verbs = phrase_regex(lex.words("member_list_verbs")).pattern
    return re.compile(rf"(?:{nouns})[^.;:\n]{{0,80}}?(?:{verbs}):?\s+", re.IGNORECASE)


def _of_a_board(lead: str, lex: Lexicon) -> bool:
    """Whether the words before the list speak of a board of directors (not an advisory one)."""
    board = phrase_regex(lex.words("member_list_board_words")).search(lead)
    other = phrase_regex(lex.words("member_list_other_boards")).search(lead)
    return board is not None and other is None


def _names(body: str, pos: int, end: int, lex: Lexicon) -> list[str]:
    """The names listed from `pos`, each item a whole name, up to the sentence's end."""
    names: list[str] = []
    while pos < end:
        tokens = [Token(w.start(), w.end(), w.group()) for w in WORD.finditer(body, pos, end)]
        if not tokens or tokens[0].start != pos:
            break
        size = name_run(body, tokens, 0, lex)
        if size < 2:
            break
        stop = tokens[size - 1].end
        names.append(body[pos:stop])
        sep = _SEPARATOR.match(body, stop, end)
        if sep is None or sep.end() == stop:
            if not _END.match(body, stop):
                return []  # the list goes on with something else: not a plain list of names
            break
        pos = sep.end()
    return names


def _board_org(before: str, found: Extraction) -> str | None:
    """The organisation whose board the cue speaks of: one named before the verb, else the
    article's."""
    named = [o.name for o in found.orgs if o.name in before]
    return max(named, key=before.rfind) if named else found.main_org
