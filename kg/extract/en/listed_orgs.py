"""One title over a list of organisations: "chairman of A, B and C", "a director of A and B".

The roles extractor gives a title the organisation named right after "of"/"at"; a list that goes
on from there ("he is chair of Kopano Television Corp, Marlow Healthcare Group PLC and Tiber
Capital") names more seats of the same kind, one at each organisation. The list is the
article's organisations joined by commas and "and" with nothing else between, and it must close
with "and" before its last item; a name followed by a possessive ("and B's chief executive")
opens another phrase and ends the list before it. A trade description may stand before any of
the names ("chairman of investment firm A and cement firm B": `trade_nouns`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.en.lexicon import Lexicon, get_lexicon
from kg.extract.en.orgs import org_occurrences
from kg.extract.en.text import LIST_SEP, Mention
from kg.extract.en.titles import trade_description, trade_description_re
from kg.model import Article, Extraction, RoleClaim
from kg.vocab import Vocab

_THE = re.compile(r"the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")
_AND = re.compile(r"\band\b")
_DETERMINER = re.compile(r"(?:its|their|his|her|our)\s", re.IGNORECASE)


def extract_listed_orgs(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Give each role read at the first organisation of a list to every organisation listed."""
    if not found.roles:
        return
    body = article.body
    lex = get_lexicon(vocab)
    described = lex.made(trade_description_re)
    mentions = org_occurrences(body, found)
    at = {m.start: m for m in mentions}
    held = {(r.person, r.role, r.org) for r in found.roles}
    for claim in list(found.roles):
        ev = claim.evidence
        for first in (m for m in mentions if m.name == claim.org and ev.start <= m.start < ev.end):
            if not _after_title(body, ev.start, first.start, claim.title, lex):
                continue
            # a later item's description only where the first has one ("chairman of investment
            # firm A and cement firm B"), never "its biggest investor B"
            parallel = described.search(body, max(ev.start, first.start - 60), first.start + 1)
            parallel_ok = parallel is not None and parallel.end() == first.start
            for org in _listed_after(body, first, at, ev.end, described if parallel_ok else None):
                if (claim.person, claim.role, org.name) not in held:
                    held.add((claim.person, claim.role, org.name))
                    found.roles.append(
                        RoleClaim(claim.person, claim.role, claim.title, org.name, ev, claim.status)
                    )


def _after_title(body: str, start: int, at: int, title: str, lex: Lexicon) -> bool:
    """Whether `title` then "of"/"at" (and "the", and a trade description) stand right before
    position `at`."""
    pattern = _title_then_of(title, trade_description(lex))
    return bool(pattern.search(body, max(start, at - len(title) - 60), at))


@lru_cache(maxsize=512)
def _title_then_of(title: str, described: str) -> re.Pattern[str]:
    words = r"\s+".join(map(re.escape, title.split()))
    return re.compile(rf"\b{words}\s+(?:of|at)\s+(?:the\s+)?(?:{described})?$", re.IGNORECASE)


def _listed_after(
    body: str, first: Mention, at: dict[int, Mention], limit: int, described: re.Pattern[str] | None
) -> list[Mention]:
    """The organisations listed after `first`, when the list closes with "and"; else none."""
    items, pos, closed = [], first.end, False
    while not closed:
        sep = LIST_SEP.match(body, pos, limit)
        if not sep or sep.end() == pos:
            break
        start = sep.end()
        the = _THE.match(body, start, limit)
        start = the.end() if the else start
        description = described.match(body, start, limit) if described else None
        if description and _DETERMINER.match(body, start):
            description = None  # "and its biggest investor B": another organisation's part
        nxt = at.get(description.end() if description else start) or at.get(start)
        if nxt is None or _POSSESSIVE.match(body, nxt.end, limit):
            break
        items.append(nxt)
        closed = bool(_AND.search(sep.group()))
        pos = nxt.end
    return items if closed else []
