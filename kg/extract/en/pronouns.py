"""Subject pronouns that state a post: "He is also chairman of X", "Currently, she chairs Y",
"From 1998 to 2006, he was CFO of Z"; a courtesy title and a family name likewise ("Ms Roe
previously served as X").

A pronoun (`subject_pronouns`) is the subject of a sentence when it opens it, or follows an
opening phrase closed by a comma ("Currently,", "From 1998 to 2006,") that names no person. It
stands for a person only when a post follows: the words right after it (past "also",
"previously"...) are a title link, a career link or a verb of a board seat or a chair
(`title_links`, `career_links`, `board_seat_verbs`, `chair_verbs` in kg/vocab/en.yml), or a
verb of succession ("She succeeds Y": Y held the post she was just given). Its
antecedent is the one person the sentence before gave a post to; else, when that sentence gave
posts to nobody, the person who opens it as its subject (by full name, or by a family name that
only one person of the article has, after a courtesy title or not), when it names nobody else
(but the one it replaces: "A was appointed chairman, replacing B. He is ..." is A).
Two or more candidates, or none: the pronoun stands for nobody — a post given to the wrong person
is worse than a post not given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.en.lexicon import REPLACE_VERB, Lexicon, phrase_regex
from kg.extract.en.text import Mention, Span

# an opening phrase closed by a comma ("Currently, ", "From 1998 to 2006, ", "In March 2020, ")
_OPENING = re.compile(r"\s*(?:[A-Za-z0-9][\w'’-]*(?:[ ][\w'’-]+){0,6},\s+)?([A-Za-z]+)\b")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)\b")
_ADVERBS = re.compile(
    r"\s+(?:(?:also|previously|formerly|currently|now|still|once|later|then|has\s+also|"
    r"had\s+also)\s+)*",
    re.IGNORECASE,
)


_INNER_ADVERB = re.compile(r"(?<=\s)(?:also|since|now|currently)\s+", re.IGNORECASE)


def pronoun_mentions(
    body: str,
    lex: Lexicon,
    sentences: Sequence[Span],
    people: Sequence[Mention],
    holders: Sequence[set[str]],
    family_names: dict[str, str],
) -> list[tuple[Mention, Span]]:
    """(mention, sentence) for each subject pronoun that stands for a person (see the module).
    `holders[i]`: the persons sentence i gave posts to; `family_names`: family name -> the one
    person of the article who has it."""
    out = []
    for i, sentence in enumerate(sentences[1:], 1):
        mention = pronoun_mention(
            body, lex, sentences[i - 1], sentence, people, holders[i - 1], family_names
        )
        if mention is not None:
            out.append((mention, sentence))
    return out


def pronoun_mention(
    body: str,
    lex: Lexicon,
    before: Span,
    sentence: Span,
    people: Sequence[Mention],
    holders: set[str],
    family_names: dict[str, str],
) -> Mention | None:
    """The mention of the subject pronoun of `sentence`, for the person it stands for, when it
    states a post; `before` is the sentence before and `holders` the persons it gave posts to."""
    titled = _TITLED_FAMILY.match(body, sentence.start, sentence.end)
    if titled and (who := family_names.get(titled.group(2))):
        # "Ms Roe previously served as X": a courtesy title and the family name one person has
        if any(p.start == titled.start(2) or p.start == titled.start(1) for p in people):
            return None  # read as a name already
        gap = _ADVERBS.match(body, titled.end(2))
        if (gap is not None and _post_links(lex).match(body, gap.end())) or _SUCCEEDS.match(
            body, titled.end(2)
        ):
            return Mention(titled.start(1), titled.end(2), who)
        return None
    pronouns = lex.folded("subject_pronouns")
    m = _OPENING.match(body, sentence.start, sentence.end)
    if m is None or m.group(1).casefold() not in pronouns:
        m = _FIRST_WORD.match(body, sentence.start, sentence.end)  # "She succeeds Y, who ..."
    if m is None or m.group(1).casefold() not in pronouns:
        return None
    if any(m.start() <= p.start < m.start(1) for p in people):
        return None  # "Asked by Ms Roe, he ...": the phrase names someone
    gap = _ADVERBS.match(body, m.end(1))
    succeeds = _SUCCEEDS.match(body, m.end(1))  # "She succeeds Y": Y held her new post
    linked = gap is not None and _post_links(lex).match(body, gap.end()) is not None
    if not linked:  # "He has also been appointed as": the link without its adverb
        rest = _INNER_ADVERB.sub("", body[m.end(1) : min(sentence.end, m.end(1) + 120)])
        linked = _post_links(lex).match(rest.lstrip()) is not None
    if not linked and not succeeds:
        return None
    who = _antecedent(body, lex, before, people, holders, family_names)
    return Mention(m.start(1), m.end(1), who) if who is not None else None


def _antecedent(
    body: str,
    lex: Lexicon,
    before: Span,
    people: Sequence[Mention],
    holders: set[str],
    families: dict[str, str],
) -> str | None:
    replaced = {
        p.name
        for p in people
        if before.start <= p.start < before.end and _replaced(body, p.start, lex)
    }  # "A was appointed chairman, replacing B": B's former post is no antecedent's
    holders = holders - replaced if len(holders) > 1 else holders
    if holders:
        return next(iter(holders)) if len(holders) == 1 else None
    subject = _SUBJECT.match(body, before.start, before.end)  # "Ms Roe was ...", "Roe is 66 ..."
    if subject is None:
        return None
    at = subject.start(1)
    named = {  # "A was appointed chairman, replacing B. He is ...": B left the post, A is meant
        p.name for p in people if before.start <= p.start < before.end
    } - replaced
    opener = next((p.name for p in people if p.start == at), None) or families.get(subject.group(1))
    return opener if opener is not None and named <= {opener} else None


def _replaced(body: str, start: int, lex: Lexicon) -> bool:
    """Whether a verb whose object is the predecessor stands right before `start` ("replacing
    |B", "succeeding |B": `succession_links`), not one of the successor ("succeeded by |B")."""
    return lex.made(_replaced_re).search(body, max(0, start - 40), start) is not None


def _replaced_re(lex: Lexicon) -> re.Pattern:
    words = [w for w in lex.words("succession_links") if not w.endswith(" by")]
    return re.compile(rf"{phrase_regex(words).pattern}\s+$", re.IGNORECASE)


# a courtesy title and a family name opening a sentence, past an opening phrase
_TITLED_FAMILY = re.compile(
    r"\s*(?:[A-Za-z0-9][\w'’-]*(?:[ ][\w'’-]+){0,6},\s+)?((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?)\s+"
    r"([A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)

# the subject opening a sentence: a name's first word, after a courtesy title
_SUBJECT = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?([A-Z][\w'’-]+)")

_SUCCEEDS = re.compile(REPLACE_VERB)


def _post_links(lex: Lexicon) -> re.Pattern:
    """What can follow a pronoun that states a post."""
    links = lex.data["title_links"]
    chairs = lex.data.get("chair_verbs") or {}
    return phrase_regex(
        [
            *links["current"],
            *links["former"],
            *lex.words("career_links"),
            *lex.words("board_seat_verbs"),
            *(chairs.get("current") or []),
            *(chairs.get("former") or []),
        ]
    )
