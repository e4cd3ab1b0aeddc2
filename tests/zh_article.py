"""Helpers for the Chinese extractor tests: a small invented news page around a body."""

from __future__ import annotations

from kg.extract import extract_article
from kg.model import Extraction
from kg.read import make_article

PAGE = "新闻中心\n\n{headline}\n\n来源：{source}  时间：{date}\n\n{body}\n\n版权所有 网站\n"


def zh_extract(
    body: str,
    headline: str = "宏达化工召开年度工作会议",
    date: str = "2025-04-20",
    source: str = "办公室",
) -> Extraction:
    """Extract from an invented Chinese page with this headline, source and date line, and body."""
    page = PAGE.format(headline=headline, date=date, body=body, source=source)
    return extract_article(make_article("test.txt", page))


def roles_of(found: Extraction) -> set[tuple[str, str, str, str]]:
    """(person, role, org, status) of every role claim."""
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


def parts_of(found: Extraction) -> dict[str, str]:
    """person -> part of the first event."""
    return {p.person: p.part for p in found.events[0].participants}
