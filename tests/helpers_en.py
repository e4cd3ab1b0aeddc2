"""Shared helpers of the English extractor tests: run the pipeline on a few lines of invented text."""

from __future__ import annotations

import kg.extract.en  # noqa: F401  (registers the English pipeline)
from kg.extract import EXTRACTORS
from kg.model import Extraction
from kg.read import make_article
from kg.vocab import load_vocab

HEADLINE = "Regional Industry Roundup of the Week for Readers"


def extract_en(
    body: str, published: str | None = "2023-05-06", headline: str = HEADLINE, vocab=None
) -> Extraction:
    """Extraction of an English article made of `headline`, a dateline and `body`."""
    dateline = f"date:{published}\n\n" if published else "\n"
    article = make_article("test.txt", f"{headline}\n\n{dateline}{body}\n")
    found = Extraction(article)
    for component in EXTRACTORS["en"]:
        component(article, vocab or load_vocab(), found)
    return found


def role_set(found: Extraction) -> set[tuple[str, str, str, str]]:
    """(person, role, organisation, status) of every role claim."""
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


def attendees(event) -> dict[str, str]:
    """person -> part of an event claim."""
    return {p.person: p.part for p in event.participants}
