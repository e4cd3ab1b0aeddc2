"""Which organisation an English article says another belongs to ("X, a subsidiary of Y").

After an organisation name, a link phrase (`subsidiary_links` in kg/vocab/en.yml:
", a subsidiary of", ", a wholly-owned subsidiary of", ", which belongs to")
followed by another organisation of the article, or by "the group" / "the
company" (the organisation the article is about), sets the first one's
`parent`; its evidence becomes the sentence that says so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.en.lexicon import get_lexicon, phrase_regex
from kg.extract.en.orgs import org_occurrences
from kg.extract.en.text import evidence, sentence_at, split_sentences
from kg.extract.trie import trie_pattern
from kg.model import Article, Extraction
from kg.vocab import Vocab

_THE = re.compile(r"the\s+", re.IGNORECASE)


def extract_subsidiaries(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Set `parent` on the OrgMentions the text links to the organisation they belong to."""
    if not found.orgs:
        return
    lex = get_lexicon(vocab)
    body = article.body
    hits = org_occurrences(body, found)
    starts = {s: name for s, _e, name in hits}
    link = _link_re(tuple(lex.words("subsidiary_links")))
    main_ref = phrase_regex(lex.words("main_org_refs"))
    parents: dict[str, tuple[str, int]] = {}
    for start, end, name in hits:
        m = link.match(body, end)
        if m is None or name in parents:
            continue
        the = _THE.match(body, m.end())
        parent = starts.get(m.end()) or (starts.get(the.end()) if the else None)
        if parent is None and main_ref.match(body, m.end()):
            parent = found.main_org
        if parent and parent != name:
            parents[name] = (parent, start)
    if parents:
        _set_parents(article, found, parents)


@lru_cache(maxsize=4)
def _link_re(links: tuple[str, ...]) -> re.Pattern:
    """ ", <link phrase> (the)" right after an organisation name."""
    return re.compile(rf"\s*,\s*(?:{trie_pattern(links)})\s+(?=\S)", re.IGNORECASE)


def _set_parents(article: Article, found: Extraction, parents: dict[str, tuple[str, int]]) -> None:
    sentences = split_sentences(article.body)
    for i, mention in enumerate(found.orgs):
        if mention.name not in parents or mention.parent:
            continue
        parent, at = parents[mention.name]
        sentence = sentence_at(sentences, at)
        proof = evidence(article, sentence) if sentence else mention.evidence
        found.orgs[i] = replace(mention, parent=parent, evidence=proof)
