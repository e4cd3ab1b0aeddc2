"""Posts left, told by reference to a post just given ("X was appointed deputy director of Y,
while Z was removed from the post"; "Z no longer holds the position"; "... removing A and B from
the positions").

The post referred to is the one the same sentence gave before (else the sentence before): the
persons named with a leaving phrase of `vacated_posts` held it, and hold it no more. A singular
noun ("the post") needs exactly one such post; a plural ("such posts") takes all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.en.lexicon import Lexicon, phrase_regex
from kg.extract.en.text import LIST_SEP, Mention, Mentions, Span, evidence
from kg.model import Article, Extraction, RoleClaim


@dataclass(frozen=True)
class Post:
    """A post a sentence gave: role notation, title as printed, organisation."""

    role: str
    title: str
    org: str


@dataclass(frozen=True)
class Leaving:
    """Persons a sentence says left "the post(s)"; `plural` when the noun is ("such posts")."""

    names: tuple[str, ...]
    start: int
    plural: bool


def vacated_roles(
    article: Article,
    found: Extraction,
    lex: Lexicon,
    people: Mentions,
    sentences: Sequence[Span],
    made: Sequence[Sequence[RoleClaim]],
) -> None:
    """Add a former RoleClaim for each person a leaving phrase names, at the post referred to.
    `made[i]` are the claims sentence `i` gave."""
    for i, sentence in enumerate(sentences):
        for leaving in _leavings(lex, people, sentence, article.body):
            before = [c for c in made[i] if c.status == "current"]
            posts = _posts(before if before else (made[i - 1] if i else []), leaving)
            if not posts or (len(posts) > 1 and not leaving.plural):
                continue
            proof = evidence(article, sentence)
            for name in leaving.names:
                for post in posts:
                    claim = RoleClaim(name, post.role, post.title, post.org, proof, "former")
                    if not any(_same(claim, r) for r in found.roles):
                        found.roles.append(claim)


def _same(a: RoleClaim, b: RoleClaim) -> bool:
    return (a.person, a.role, a.org) == (b.person, b.role, b.org)


def _posts(claims: Sequence[RoleClaim], leaving: Leaving) -> list[Post]:
    """The distinct posts the claims give, to persons other than those leaving."""
    posts: list[Post] = []
    for claim in claims:
        post = Post(claim.role, claim.title, claim.org)
        if claim.status == "current" and claim.person not in leaving.names and post not in posts:
            posts.append(post)
    return posts


def _leavings(lex: Lexicon, people: Mentions, sentence: Span, text: str) -> list[Leaving]:
    nouns = lex.folded("vacated_post_nouns")
    plural = lex.folded("vacated_post_plurals")
    found = []
    after_names = phrase_regex(lex.words("vacated_post_links"))
    for m in after_names.finditer(text, sentence.start, sentence.end):
        noun = _post_noun(lex, text, m.end(), sentence.end)
        names = _names_ending_at(text, people, m.start(), sentence)
        if noun and noun in nouns and names:
            found.append(Leaving(tuple(names), m.start(), noun in plural))
    before_names = phrase_regex(lex.words("vacated_post_removers"))
    for m in before_names.finditer(text, sentence.start, sentence.end):
        names, end = _names_starting_at(text, people, m.end(), sentence)
        if not names:
            continue
        frm = re.compile(r"\s+from(?=\s)").match(text, end)
        noun = _post_noun(lex, text, frm.end(), sentence.end) if frm else None
        if noun and noun in nouns:
            found.append(Leaving(tuple(names), m.start(), noun in plural))
    return found


def _post_noun(lex: Lexicon, text: str, pos: int, end: int) -> str | None:
    """The noun of " the post" / " such positions" at `pos` (a determiner of
    `vacated_post_determiners`, then a noun), folded; else None. None too where the post is
    named after it ("his post as president of X", "the position of X"): that is no reference."""
    m = _DETERMINER_NOUN.match(text, pos, end)
    if not m or m.group(1).casefold() not in lex.folded("vacated_post_determiners"):
        return None
    if _NAMED_AFTER.match(text, m.end(), end):
        return None
    return m.group(2).casefold()


_DETERMINER_NOUN = re.compile(r"\s+([A-Za-z]+)\s+([A-Za-z]+)(?![\w-])")
_NAMED_AFTER = re.compile(r"\s+(?:as|of)\s", re.IGNORECASE)


def _names_ending_at(text: str, people: Mentions, pos: int, sentence: Span) -> list[str]:
    """ "A, B and C <pos>": the names listed right before `pos` (spaces and "with"/"while"
    before the list are the clause's)."""
    before = [p for p in people.ending_by(pos) if p.start >= sentence.start]
    if not before or text[before[-1].end : pos].strip():
        return []
    names = [before[-1]]
    for prev in reversed(before[:-1]):
        if not LIST_SEP.fullmatch(text, prev.end, names[0].start):
            break
        names.insert(0, prev)
    return [p.name for p in names]


def _names_starting_at(
    text: str, people: Mentions, pos: int, sentence: Span
) -> tuple[list[str], int]:
    """ "<pos> A, B and C": the names listed right after `pos`, and where the list ends."""
    after = people.starting_in(pos, sentence.end)
    if not after or text[pos : after[0].start].strip():
        return [], pos
    names: list[Mention] = [after[0]]
    for nxt in after[1:]:
        if not LIST_SEP.fullmatch(text, names[-1].end, nxt.start):
            break
        names.append(nxt)
    return [p.name for p in names], names[-1].end
