"""The same article under two file names: found by content, read once, both kept as sources.

Scrapes often hold one article twice (a re-download, a copy in another
folder, another encoding). :func:`group_duplicates` groups Articles whose text
is the same once decoded (so a UTF-8 and a GB18030 copy match); the builder
extracts the first of each group and credits the facts to every file of the
group with :func:`rebind_extraction`.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace
from typing import Iterable

from kg.model import Article, Evidence, Extraction


def content_key(article: Article) -> str:
    """A hash of the article's text, blind to encoding, BOM, line endings and trailing spaces."""
    text = unicodedata.normalize("NFC", article.text)
    lines = [line.rstrip() for line in text.splitlines()]
    return hashlib.sha256("\n".join(lines).strip("\n").encode("utf-8")).hexdigest()


def group_duplicates(articles: Iterable[Article]) -> list[list[Article]]:
    """Articles grouped by content, groups and members in input order (the first of a group is read)."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(content_key(article), []).append(article)
    return list(groups.values())


def duplicate_report(groups: Iterable[list[Article]]) -> list[str]:
    """One line per duplicate file, e.g. 'b.txt: same text as a.txt (counted once)'."""
    return [f"{copy.ident}: same text as {group[0].ident} (counted once)"
            for group in groups for copy in group[1:]]


def _rebind(evidence: Evidence, ident: str) -> Evidence:
    return replace(evidence, article=ident)


def rebind_extraction(found: Extraction, article: Article) -> Extraction:
    """A copy of `found` (extracted from an identical text) whose evidence points at `article`."""
    ident = article.ident

    def claims(items):
        return [replace(item, evidence=_rebind(item.evidence, ident)) for item in items]

    events = [replace(ev, evidence=_rebind(ev.evidence, ident),
                      participants=tuple(claims(ev.participants))) for ev in found.events]
    return Extraction(article, claims(found.persons), claims(found.orgs), claims(found.roles), events,
                      found.main_org)
