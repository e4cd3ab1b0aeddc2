"""Posts filled by reference to a post just left ("A will step down as CFO and will be succeeded
by B"; "A retires as chairman in May. He will be succeeded by B"; "A resigned as company secretary
and B has been appointed in his place").

The post referred to is the one the same sentence says was left (else the sentence before): one
person left it, and the successor named by a phrase of `successor_links` (before the name) or
`in_place_links` (after it) holds it now. Two persons leaving, or none: no guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.en.lexicon import Lexicon, by_phrases_pattern, phrase_regex
from kg.extract.en.text import DASH_ASIDE, Mentions, Span, evidence
from kg.model import Article, Extraction, RoleClaim


def successor_roles(
    article: Article,
    found: Extraction,
    lex: Lexicon,
    people: Mentions,
    sentences: Sequence[Span],
    made: Sequence[Sequence[RoleClaim]],
) -> None:
    """Add a current RoleClaim for each successor a sentence names, at the posts left in it (or
    in the sentence before). `made[i]` are the claims sentence `i` gave."""
    text = article.body
    for i, sentence in enumerate(sentences):
        for name, at in successors_in(lex, text, people, sentence):
            left = []
            if _LEAVES.search(text, sentence.start, at):
                left = [c for c in made[i] if c.status == "former" and c.evidence.start < at]
            if (
                not left
                and i
                and _LEAVES.search(text, sentences[i - 1].start, sentences[i - 1].end)
            ):
                left = [c for c in made[i - 1] if c.status == "former"]
            if len({c.person for c in left}) != 1 or left[0].person == name:
                continue
            proof = evidence(article, sentence)
            for post in left:
                claim = RoleClaim(name, post.role, post.title, post.org, proof)
                if not any(
                    (r.person, r.role, r.org) == (name, post.role, post.org) for r in found.roles
                ):
                    found.roles.append(claim)


def successors_in(
    lex: Lexicon, text: str, people: Mentions, sentence: Span
) -> list[tuple[str, int]]:
    """(successor, where the phrase is) for "succeeded by B" and "B ... in his place"."""
    named: list[tuple[str, int]] = []
    honorifics = lex.honorifics
    for m in lex.made(_successor_links_re).finditer(text, sentence.start, sentence.end):
        after = people.starting_in(m.end(), sentence.end)
        if not after:
            continue
        gap = text[m.end() : after[0].start].strip(" ,").removeprefix("the ").strip()
        if gap and gap.rstrip(".").casefold() not in honorifics:
            continue
        named.append((after[0].name, m.start()))
    for m in lex.made(_in_place_re).finditer(text, sentence.start, sentence.end):
        before = [p for p in people.ending_by(m.start()) if p.start >= sentence.start]
        gap = text[before[-1].end : m.start()] if before else ""
        aside = DASH_ASIDE.match(gap)
        gap = gap[aside.end() :] if aside else gap
        if before and not gap.strip(" ,"):  # "B — a director — as a replacement for A"
            named.append((before[-1].name, m.start()))
    return named


def _successor_links_re(lex: Lexicon) -> re.Pattern:
    """`successor_links`, a time allowed before their "by" ("will be succeeded in July by")."""
    words = by_phrases_pattern(lex.words("successor_links"))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def _in_place_re(lex: Lexicon) -> re.Pattern:
    return phrase_regex(lex.words("in_place_links"))


# A post left by a verb of leaving ("will step down as", "has resigned as", "retires as"): only
# such posts are the ones a successor takes, never a "former" apposition or a career sentence's.
_LEAVES = re.compile(
    r"\b(?:step(?:s|ped|ping)?|stand(?:s|ing)?|stood)\s+down\b|\bretir(?:e|es|ed|ing)\b"
    r"|\bresign(?:s|ed|ing)?\b|\bleav(?:e|es|ing)\b|\bdepart(?:s|ed|ing)?\b"
)
