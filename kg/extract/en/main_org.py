"""The organisation an English article is about (`found.main_org`).

It is what "the company" means in a title. In order: the named organisation
that holds the first event ("X Mining held ..."), unless the text says "the
company held" there; else the first organisation named in the headline; else
the organisation named most often.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.extract.en.lexicon import Lexicon, get_lexicon, phrase_regex
from kg.extract.dates import find_dates
from kg.extract.en.orgs import org_occurrences
from kg.extract.en.text import sentence_at, split_sentences
from kg.model import Article, Extraction
from kg.vocab import Vocab


def choose_main_org(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Set found.main_org (left alone when set already or when no organisation is named)."""
    if found.main_org or not found.orgs:
        return
    lex = get_lexicon(vocab)
    hits = org_occurrences(article.body, found)
    found.main_org = (_host_org(article.body, hits, lex) or _headline_org(article, hits)
                      or _most_named(hits))


def _host_org(body: str, hits, lex: Lexicon) -> str | None:
    verbs = phrase_regex(lex.words("host_verbs"), flags=0)
    adverbs = "|".join(re.escape(a) for a in lex.words("host_adverbs"))
    refs = "|".join(re.escape(r) for r in lex.words("main_org_refs"))
    ends = {end: name for _start, end, name in hits}
    for m in verbs.finditer(body):
        if not _dated(body, m.start()):
            continue
        before = re.sub(rf"(?:\s+(?:{adverbs}))*\s*$", "", body[max(0, m.start() - 80):m.start()])
        cut = m.start() - (len(body[max(0, m.start() - 80):m.start()]) - len(before))
        if cut in ends:
            return ends[cut]
        if re.search(rf"(?:{refs})$", before, re.IGNORECASE):
            return None
    return None


def _dated(body: str, pos: int) -> bool:
    """Whether the sentence around `pos` gives a day (an event, not a headline or a plan)."""
    sentence = sentence_at(split_sentences(body), pos)
    return sentence is not None and bool(find_dates(body[sentence.start:sentence.end]))


def _headline_org(article: Article, hits) -> str | None:
    start = article.body.find(article.headline) if article.headline else -1
    if start < 0:
        return None
    end = start + len(article.headline)
    return next((name for s, _e, name in hits if start <= s < end), None)


def _most_named(hits) -> str | None:
    counts = Counter(name for _s, _e, name in hits)
    return max(sorted(counts), key=lambda n: counts[n]) if counts else None
