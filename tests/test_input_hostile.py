"""Hostile text in names, titles, headlines and file names: valid Turtle both parsers agree on,
valid IRIs, and an HTML page that shows it as text."""

from __future__ import annotations

import re
from datetime import date

import pyoxigraph as ox
import pytest
from kg.assemble import build
from kg.extract import EXTRACTORS
from kg.model import EventClaim, Evidence, OrgMention, Participation, PersonMention, RoleClaim
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic

HOSTILE = [
    'Quote "Smith" O\'Brien',
    "Triple \"\"\" quotes ''' end",
    "Back\\slash \\n \\u0041 end\\",
    "New\nline and\r\ncarriage",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "Tom & Jerry &amp; &lt;co&gt;",
    "Ctl\x00\x01\x07\x1b\x7f\x85 chars",
    "RTL \u202egnp.exe\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200e mark",
    "Zero\u200bwidth\ufeffBOM \u2028line\u2029para",
    "Emoji \U0001f600 and astral \U00020000",
    "Long " + "Wang Xiaoming-" * 800,
]
# A file name is hostile too (Linux allows all but '/' and NUL).
FILE_NAME = "rep\"ort <b>&amp;\\ 'x' \u202e\n.txt"
ARTICLE = """Talks Held <script>alert("x")</script> & "Quoted" Headline Here Today

Date: 2031-05-06

On May 5, the talks were held. Placeholder sentence for the evidence span of every claim below.
"""


def _hostile_component(article, vocab, found):
    """A stand-in extractor that 'finds' every hostile string as a name, a title, an event."""
    start = article.text.index("Placeholder")
    ev = Evidence(article.ident, start, start + 11, article.text[start : start + 11])
    for i, text in enumerate(HOSTILE):
        found.persons.append(PersonMention(text, ev))
        found.orgs.append(OrgMention(f"{text} Group", ev, aliases=(f"{text} (abbr)",)))
        found.roles.append(RoleClaim(text, "other", f"{text} title", f"{text} Group", ev))
        found.events.append(
            EventClaim(
                f"k{i}",
                f"{text} meeting",
                "meeting",
                date(2031, 5, 5),
                ev,
                location=f"{text} hall",
                organizer=f"{text} Group",
                participants=(Participation(text, "chair", ev),),
            )
        )


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    src = tmp_path_factory.mktemp("hostile-src")
    out = tmp_path_factory.mktemp("hostile-out")
    (src / FILE_NAME).write_text(ARTICLE, encoding="utf-8")
    (src / "undecodable-\udcff-name.txt").write_text(ARTICLE, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setitem(EXTRACTORS, "en", (_hostile_component,))
    try:
        report = build([src], out)
    finally:
        mp.undo()
    return out, report


@pytest.fixture(scope="module")
def rdflib_graph(hostile_build):
    graph = Graph()
    graph.parse(hostile_build[0] / "graph.ttl", format="turtle")
    return graph


def _from_oxigraph(data: bytes) -> Graph:
    from kg.vocab.namespaces import XSD

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        plain = t.language or t.datatype.value == str(XSD.string)
        return Literal(
            t.value, lang=t.language, datatype=None if plain else URIRef(t.datatype.value)
        )

    graph = Graph()
    for triple in ox.parse(data, format=ox.RdfFormat.TURTLE):
        graph.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


def test_input_hostile_build_reads_both_files(hostile_build):
    _, report = hostile_build
    assert not report.problems
    assert len(report.summaries) == 1 and len(report.duplicates) == 1


def test_input_hostile_rdflib_and_oxigraph_parse_the_same_triples(hostile_build, rdflib_graph):
    data = (hostile_build[0] / "graph.ttl").read_bytes()
    assert len(rdflib_graph) > 100
    other = _from_oxigraph(data)
    _, only_rdflib, only_oxigraph = graph_diff(rdflib_graph, other)
    assert isomorphic(rdflib_graph, other), (sorted(only_rdflib)[:3], sorted(only_oxigraph)[:3])


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_input_hostile_strings_survive_exactly(rdflib_graph, text):
    values = {str(o) for o in rdflib_graph.objects() if isinstance(o, Literal)}
    for expected in (text, f"{text} Group", f"{text} title", f"{text} meeting", f"{text} hall"):
        assert expected in values, repr(expected[:60])


def test_input_hostile_file_name_and_headline_survive(rdflib_graph):
    values = {str(o) for o in rdflib_graph.objects() if isinstance(o, Literal)}
    assert FILE_NAME in values
    assert "undecodable-\ufffd-name.txt" in values
    assert 'Talks Held <script>alert("x")</script> & "Quoted" Headline Here Today' in values


_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`\x00-\x20\x7f]+$")


def test_input_hostile_iris_are_valid(rdflib_graph):
    iris = {t for triple in rdflib_graph for t in triple if isinstance(t, URIRef)}
    assert iris
    for iri in iris:
        assert _IRI.match(iri), iri
        assert len(iri) < 200, iri
        ox.NamedNode(str(iri))  # raises on an invalid IRI


@pytest.mark.parametrize(
    "raw",
    [
        "<img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        '<script>alert("x")</script>',
    ],
)
def test_input_hostile_html_has_no_live_markup(hostile_build, raw):
    page = (hostile_build[0] / "graph.html").read_text(encoding="utf-8")
    assert raw not in page


def test_input_hostile_every_export_parses(hostile_build, rdflib_graph):
    import xml.etree.ElementTree as ET

    import networkx as nx
    from rdflib import Dataset

    out = hostile_build[0]
    written = {p.name for p in out.iterdir()}
    if "graph.trig" in written:
        dataset = Dataset()
        dataset.parse(out / "graph.trig", format="trig")
        quads = list(ox.parse((out / "graph.trig").read_bytes(), format=ox.RdfFormat.TRIG))
        assert len(quads) == len(list(dataset.quads())) > 0
    if "graph.jsonld" in written:
        graph = Graph()
        graph.parse(out / "graph.jsonld", format="json-ld")
        assert isomorphic(graph, rdflib_graph)
    if "graph.graphml" in written:
        ET.parse(out / "graph.graphml")  # well-formed XML
        assert nx.read_graphml(out / "graph.graphml").number_of_nodes() > len(HOSTILE)
