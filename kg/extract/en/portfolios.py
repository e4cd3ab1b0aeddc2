"""The ministry a minister's portfolio names, when the article names that ministry.

"Minister for Foreign Affairs X", "External Affairs Minister Y" and "Deputy Minister of
Tourism, Arts and Culture Z" print a portfolio, not an organisation. When the article also
names the ministry of that portfolio ("the Ministry of External Affairs", "the Foreign
Ministry", "Department of Foreign Affairs"), the post is held there. Only a ministry whose
portfolio is the same words is taken, and only one: an article naming two ministries for one
portfolio, or ministers of one portfolio from two countries, gives no ministry (no guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.en.lexicon import Lexicon

_OF_FOR = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_FIELD_WORD = re.compile(r"([A-Z][a-z]+)")
_FIELD_SEP = re.compile(r"\s+(?:(?:and|&)\s+)?(?=[A-Z])|,\s+(?:(?:and|&)\s+)?(?=[A-Z])")
_BEFORE = re.compile(r"((?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){1,4})$")
_MINISTRY = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+)*?(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(.+)$"
    r"|^(.+?)\s+(?:Ministry|Department)$"
)


def portfolio_after(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """The portfolio printed right after a title ending at `end` ("for Tourism, Arts and
    Culture"): where it ends and its folded words; None when no field word follows "of/for"."""
    fields = lex.folded("field_words")
    opening = _OF_FOR.match(text, end)
    if opening is None:
        return None
    pos, words, stop = opening.end(), [], opening.end()
    while m := _FIELD_WORD.match(text, pos):
        if m.group(1).casefold() not in fields:
            break  # "for Foreign Affairs | Vivian ...": the holder's name begins
        words.append(m.group(1))
        pos = stop = m.end()
        sep = _FIELD_SEP.match(text, pos)
        if sep is None:
            break
        pos = sep.end()
    return (stop, _fold(" ".join(words))) if words else None


_NAME_FOR = re.compile(r" for (?:the )?")
_PORTFOLIO_WORD = re.compile(r"(?:,? and |, | & | )?([A-Z][a-z]+)")


def past_portfolio(text: str, end: int, lex: Lexicon) -> int:
    """Past " for <field words>" after a name ("A for Economic Development, Tourism and
    Environmental Affairs, B ..."): capitalised field words joined by commas and "and"; the next
    word that is no field word (a name) ends it."""
    m = _NAME_FOR.match(text, end)
    if m is None:
        return end
    fields, pos, last = lex.folded("field_words"), m.end(), end
    while (word := _PORTFOLIO_WORD.match(text, pos)) and word.group(1).casefold() in fields:
        pos = last = word.end()
    return last


_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # capitalised words
_CLOSED_RUN = re.compile(  # "A & B", "A, B and C", "A B": then a comma, a stop or "of <place>"
    rf"\s+(?:of|for)\s+(?:the\s+)?({_WORDS}(?:\s*,\s*{_WORDS})*,?\s+(?:and|&)\s+{_WORDS}|{_WORDS})"
    r"(?=\s*[,.;:)]|\s+(?:of|in|at|to)\s|\s*$)"
)


def closed_portfolio_after(text: str, end: int) -> str | None:
    """The portfolio after a title ending at `end` when its capitalised words, whatever they
    are, run up to a comma, a full stop or "of <country>" ("A, Minister of Petroleum & Mineral
    Resources of X, said"), folded; None when a name may follow them. Only a ministry the page
    itself names with the same words makes it a post (`ministry_for`), so no word list is needed."""
    m = _CLOSED_RUN.match(text, end)
    return _fold(m.group(1)) if m else None


def portfolio_at(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The portfolio of the minister's title printed at text[start:end]: its "of/for <fields>"
    after it, else the field words right before it ("External Affairs Minister"), folded."""
    fields = lex.folded("field_words")
    after = portfolio_after(text, end, lex)
    if after:
        return after[1]
    head = text[start:end].rsplit(None, 1)  # "External Affairs | Minister": the title's own
    own = head[0] + " " if len(head) > 1 else ""
    before = _BEFORE.search(text[max(0, start - 60) : start] + own)
    if before:
        words = before.group(1).split()
        while words and (words[0].casefold() not in fields or words[0] in ("and", "&")):
            words = words[1:]  # "Singapore's | Foreign", "Deputy | External Affairs"
        if words and _all_fields(" ".join(words), fields):
            return _fold(" ".join(words))
    return None


def ministry_for(portfolio: str, org_names: Iterable[str]) -> str | None:
    """The one organisation of `org_names` that is the ministry of `portfolio`, else None."""
    hits = set()
    for name in org_names:
        m = _MINISTRY.match(name)
        if m is None:
            continue
        own = _fold(m.group(1) or m.group(2))
        if own in (portfolio, f"{portfolio} affairs"):
            hits.add(name)
    return hits.pop() if len(hits) == 1 else None


def countries_of(text: str, portfolio: str, lex: Lexicon) -> set[str]:
    """The countries whose minister of `portfolio` the text names ("Singapore's Minister for
    Foreign Affairs", "Chinese Foreign Minister"): more than one means no ministry is theirs."""
    words = r"[\s,&]+(?:and\s+)?".join(map(re.escape, portfolio.replace(" and ", " ").split()))
    shapes = re.compile(
        rf"(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?{words}|{words}\s+(?:Minister|Secretary)",
        re.IGNORECASE,
    )
    countries, demonyms = lex.folded("countries"), lex.data.get("demonyms") or {}
    out = set()
    for m in shapes.finditer(text):
        before = re.findall(r"[A-Z][a-z]+", text[max(0, m.start() - 40) : m.start()])
        for word in before[-3:]:
            if word.casefold() in countries:
                out.add(word.casefold())
            elif word in demonyms:
                out.add(str(demonyms[word]).casefold())
    return out


def _all_fields(words: str, fields: frozenset[str]) -> bool:
    return all(w.casefold() in fields for w in re.findall(r"[A-Za-z]+", words) if w != "and")


def _fold(words: str) -> str:
    """Portfolio words compared without case, commas and joiners ("Tourism, Arts & Culture")."""
    folded = words.replace("&", " ").replace(",", " ").casefold().split()
    return " ".join(w for w in folded if w not in ("and", "the"))
