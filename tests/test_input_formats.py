"""The same article as UTF-8 text, as an HTML page, or in a legacy encoding gives the same facts,
with evidence quoting the text that was read."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from kg.assemble import BuildReport, build_graph
from kg.read import read_article
from kg.vocab.namespaces import OA, ORG, RDF, SDO, SKOS
from rdflib import Graph, Literal

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
EN = (ARTICLES / "en_invented_safety_conference.txt").read_text(encoding="utf-8")
ZH = (ARTICLES / "zh_invented_party_building_meeting.txt").read_text(encoding="utf-8")


def as_page(text: str) -> str:
    """A scraped-page version of a text article: chrome around it, one <p> per line, entities escaped."""
    paragraphs = "\n".join(
        f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return (
        f"<!DOCTYPE html><html><head><title>Site</title><script>var a = '<p>x</p>';</script></head>"
        f"<body><header><a href='/'>Site home</a></header><nav><ul><li>Menu</li></ul></nav>"
        f"<div class='content'>{paragraphs}</div><footer>Contact us</footer></body></html>"
    )


def facts(graph: Graph) -> dict[str, set]:
    """What an article says, independent of its file: names, memberships, events."""
    memberships = {
        (
            str(graph.value(graph.value(m, ORG.member), SDO.name)),
            str(graph.value(graph.value(m, ORG.role), SKOS.notation)),
            str(graph.value(graph.value(m, ORG.organization), SKOS.prefLabel)),
        )
        for m in graph.subjects(RDF.type, ORG.Membership)
    }
    events = {
        (
            str(graph.value(e, SDO.name)),
            str(graph.value(e, SDO.startDate)),
            len(set(graph.objects(e, SDO.attendee))),
        )
        for e in graph.subjects(RDF.type, SDO.Event)
    }
    persons = {
        str(n) for p in graph.subjects(RDF.type, SDO.Person) for n in graph.objects(p, SDO.name)
    }
    return {"persons": persons, "memberships": memberships, "events": events}


def build_one(folder: Path, name: str, data: bytes) -> tuple[Graph, str]:
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    report = BuildReport()
    graph = build_graph([folder], report)
    assert not report.problems
    return graph, read_article(folder / name).text


def assert_evidence_quotes(graph: Graph, text: str) -> None:
    nodes = list(graph.subjects(RDF.type, OA.SpecificResource))
    assert nodes
    for node in nodes:
        sel = list(graph.objects(node, OA.hasSelector))
        exact = next(
            str(graph.value(s, OA.exact)) for s in sel if graph.value(s, OA.exact) is not None
        )
        pos = next(s for s in sel if graph.value(s, OA.start) is not None)
        start, end = graph.value(pos, OA.start), graph.value(pos, OA.end)
        assert isinstance(start, Literal) and isinstance(end, Literal)
        assert text[start.toPython() : end.toPython()] == exact


VARIANTS = [
    ("en-html", EN, "a.html", lambda t: as_page(t).encode("utf-8")),
    ("en-html-in-txt", EN, "a.txt", lambda t: as_page(t).encode("utf-8")),
    ("en-utf16", EN, "a.txt", lambda t: t.encode("utf-16")),
    (
        "en-crlf-bom",
        EN,
        "a.txt",
        lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"),
    ),
    ("zh-gb18030", ZH, "a.txt", lambda t: t.encode("gb18030")),
    ("zh-utf16-no-bom", ZH, "a.txt", lambda t: t.encode("utf-16-le")),
    (
        "zh-html-gbk",
        ZH,
        "a.html",
        lambda t: as_page(t).replace("<head>", '<head><meta charset="gbk">').encode("gb18030"),
    ),
]


@pytest.fixture(scope="module")
def plain_facts(tmp_path_factory):
    """The facts of each fixture article read as plain UTF-8 text."""
    return {
        text: facts(build_one(tmp_path_factory.mktemp("plain"), "a.txt", text.encode("utf-8"))[0])
        for text in (EN, ZH)
    }


@pytest.mark.parametrize(
    "text, name, encode", [v[1:] for v in VARIANTS], ids=[v[0] for v in VARIANTS]
)
def test_input_formats_same_facts_as_plain_utf8(tmp_path, plain_facts, text, name, encode):
    other, other_text = build_one(tmp_path / "other", name, encode(text))
    expected = plain_facts[text]
    assert expected["persons"] and expected["memberships"], "the fixture article yields facts"
    assert facts(other) == expected
    assert_evidence_quotes(other, other_text)
