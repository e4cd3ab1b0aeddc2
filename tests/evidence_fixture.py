"""Hand-made extractions of invented articles, for tests of the graph shape.

Names, companies and dates are invented. Each article's claims carry evidence
spans computed from its text, so `text[start:end] == quote` holds by
construction. `build(extractions)` runs them through kg.assemble.merge and
kg.assemble.graph, as `kg build` does after extraction.
"""

from __future__ import annotations

import re
from datetime import date

from kg.assemble.graph import build_rdf
from kg.assemble.merge import merge_extractions
from kg.model import (
    Article,
    EventClaim,
    Evidence,
    Extraction,
    OrgMention,
    Participation,
    PersonMention,
    RoleClaim,
)
from kg.vocab import load_vocab
from rdflib import Graph


def article(ident: str, text: str, published: date | None, language: str = "en") -> Article:
    """An Article whose body is its text."""
    return Article(ident, text, text, language, text.splitlines()[0], published)


def sentence(art: Article, needle: str) -> Evidence:
    """Evidence for the sentence (up to . or 。) of `art` that contains `needle`."""
    at = art.text.index(needle)
    start = max(art.text.rfind(mark, 0, at) for mark in (".", "。", "\n")) + 1
    while art.text[start].isspace():
        start += 1
    end = min(i for i in (art.text.find(m, at) for m in (".", "。", "\n")) if i >= 0) + 1
    return Evidence(art.ident, start, end, art.text[start:end])


def _persons(art: Article, *names: str) -> list[PersonMention]:
    return [PersonMention(n, sentence(art, n)) for n in names]


ALPHA = article(
    "alpha.txt",
    """Northwind Copper Holds Work Conference
date:2019-03-12
On March 10, Northwind Copper Group held its 2019 work conference in Lakeview.
Han Meilin, chairman of Northwind Copper Group, presided over the meeting.
Qiao Zhenyu, general manager of the company, made a work report.
Northwind Smelting, a subsidiary of Northwind Copper Group, sent a delegation.
""",
    date(2019, 3, 12),
)

BETA = article(
    "beta.txt",
    """Northwind Copper Meets Larkspur Mining
date:2021-06-02
On May 30, Han Meilin, chairman of Northwind Copper Group, met Ada Brennan, president of Larkspur Mining.
Qiao Zhenyu accompanied the visit.
""",
    date(2021, 6, 2),
)

GAMMA = article(
    "gamma.txt",
    """Northwind Copper Names New Chairman
date:2023-09-15
Tao Ruiqing, chairman of Northwind Copper Group, chaired the board meeting on September 14.
Former chairman Han Meilin attended.
""",
    date(2023, 9, 15),
)

DELTA = article(
    "delta.txt",
    """北风铜业集团召开安全生产会议
时间：2022-04-20
4月18日，北风铜业集团召开安全生产会议，集团董事长韩美林主持会议。
""",
    date(2022, 4, 20),
    "zh",
)


def alpha() -> Extraction:
    orgs = [
        OrgMention("Northwind Copper Group", sentence(ALPHA, "held its")),
        OrgMention(
            "Northwind Smelting", sentence(ALPHA, "subsidiary"), parent="Northwind Copper Group"
        ),
    ]
    roles = [
        RoleClaim(
            "Han Meilin",
            "chairman",
            "chairman",
            "Northwind Copper Group",
            sentence(ALPHA, "presided"),
        ),
        RoleClaim(
            "Qiao Zhenyu",
            "general-manager",
            "general manager",
            "Northwind Copper Group",
            sentence(ALPHA, "work report"),
        ),
    ]
    parts = (
        Participation("Han Meilin", "chair", sentence(ALPHA, "presided")),
        Participation("Qiao Zhenyu", "reporter", sentence(ALPHA, "work report")),
    )
    event = EventClaim(
        "work-conference",
        "2019 work conference",
        "meeting",
        date(2019, 3, 10),
        sentence(ALPHA, "held its"),
        location="Lakeview",
        organizer="Northwind Copper Group",
        participants=parts,
    )
    return Extraction(ALPHA, _persons(ALPHA, "Han Meilin", "Qiao Zhenyu"), orgs, roles, [event])


def beta() -> Extraction:
    orgs = [
        OrgMention("Northwind Copper Group", sentence(BETA, "met Ada")),
        OrgMention("Larkspur Mining", sentence(BETA, "Larkspur")),
    ]
    roles = [
        RoleClaim(
            "Han Meilin",
            "chairman",
            "chairman",
            "Northwind Copper Group",
            sentence(BETA, "met Ada"),
        ),
        RoleClaim(
            "Ada Brennan", "other", "president", "Larkspur Mining", sentence(BETA, "met Ada")
        ),
    ]
    parts = (
        Participation("Han Meilin", "host", sentence(BETA, "met Ada")),
        Participation("Ada Brennan", "met", sentence(BETA, "met Ada")),
        Participation("Qiao Zhenyu", "accompanier", sentence(BETA, "accompanied")),
    )
    event = EventClaim(
        "talks",
        "talks with Larkspur Mining",
        "talks",
        date(2021, 5, 30),
        sentence(BETA, "met Ada"),
        participants=parts,
    )
    return Extraction(
        BETA, _persons(BETA, "Han Meilin", "Ada Brennan", "Qiao Zhenyu"), orgs, roles, [event]
    )


def gamma() -> Extraction:
    orgs = [OrgMention("Northwind Copper Group", sentence(GAMMA, "Tao Ruiqing"))]
    roles = [
        RoleClaim(
            "Tao Ruiqing", "chairman", "chairman", "Northwind Copper Group", sentence(GAMMA, "Tao")
        ),
        RoleClaim(
            "Han Meilin",
            "chairman",
            "Former chairman",
            "Northwind Copper Group",
            sentence(GAMMA, "Former"),
            status="former",
        ),
    ]
    parts = (
        Participation("Tao Ruiqing", "chair", sentence(GAMMA, "Tao")),
        Participation("Han Meilin", "attendee", sentence(GAMMA, "Former")),
    )
    event = EventClaim(
        "board-meeting",
        "board meeting",
        "meeting",
        date(2023, 9, 14),
        sentence(GAMMA, "Tao"),
        participants=parts,
    )
    return Extraction(GAMMA, _persons(GAMMA, "Tao Ruiqing", "Han Meilin"), orgs, roles, [event])


def delta() -> Extraction:
    orgs = [OrgMention("北风铜业集团", sentence(DELTA, "北风铜业集团召开"))]
    persons = [PersonMention("Han Meilin", sentence(DELTA, "韩美林"), native="韩美林")]
    roles = [
        RoleClaim("Han Meilin", "chairman", "董事长", "北风铜业集团", sentence(DELTA, "韩美林"))
    ]
    parts = (Participation("Han Meilin", "chair", sentence(DELTA, "韩美林")),)
    event = EventClaim(
        "safety-meeting",
        "安全生产会议",
        "meeting",
        date(2022, 4, 18),
        sentence(DELTA, "召开"),
        organizer="北风铜业集团",
        participants=parts,
    )
    return Extraction(DELTA, persons, orgs, roles, [event])


def extractions() -> list[Extraction]:
    """The four invented articles, in file-name order."""
    return [alpha(), beta(), delta(), gamma()]


def build(items: list[Extraction]) -> Graph:
    """The RDF graph of the extractions, merged in the order given."""
    vocab = load_vocab()
    return build_rdf(merge_extractions([(e, ()) for e in items], vocab), vocab)


def squeeze(text: str) -> str:
    """Whitespace collapsed, for comparing quotes."""
    return re.sub(r"\s+", " ", text).strip()
