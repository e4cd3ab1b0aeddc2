"""TriG, JSON-LD and GraphML exports: loaded back, they hold the same facts as the one graph."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from kg.assemble import build
from kg.export import export_all
from kg.model.ids import make_iri
from kg.vocab.namespaces import KGV, OA, ORG, PROV, RDF, SDO, SKOS
from rdflib import Dataset, Graph, URIRef
from tests import evidence_fixture as fx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return fx.build(fx.extractions())


@pytest.fixture(scope="module")
def out(graph, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    export_all(graph, folder)
    return folder


@pytest.fixture(scope="module")
def dataset(out) -> Dataset:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds


def named(dataset: Dataset, ident: str) -> Graph:
    return dataset.graph(make_iri("article", ident))


def test_export_trig_union_is_the_graph(graph, dataset):
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    assert union == set(graph)


def test_export_trig_one_graph_per_article(graph, dataset):
    names = {c.identifier for c in dataset.graphs() if len(c)} - {dataset.default_graph.identifier}
    assert names == set(graph.subjects(RDF.type, SDO.NewsArticle))


def test_export_trig_membership_in_each_stating_article(dataset):
    m = next(named(dataset, "beta.txt").subjects(ORG.member, make_iri("person", "hanmeilin")))
    for ident in ("alpha.txt", "beta.txt", "gamma.txt"):
        g = named(dataset, ident)
        assert (m, RDF.type, ORG.Membership) in g
        assert (m, PROV.wasDerivedFrom, make_iri("article", ident)) in g
        assert set(g.objects(m, PROV.wasDerivedFrom)) == {make_iri("article", ident)}
        sources = {g.value(ev, OA.hasSource) for ev in g.objects(m, KGV.evidence)}
        assert sources == {make_iri("article", ident)}


def test_export_trig_dropping_an_article_drops_what_only_it_said(dataset):
    rest = Graph()
    for s, p, o, ctx in dataset.quads((None, None, None, None)):
        if ctx != make_iri("article", "gamma.txt"):
            rest.add((s, p, o))
    tao = make_iri("person", "taoruiqing")
    assert (None, ORG.member, tao) not in rest
    assert (None, KGV.participant, tao) not in rest
    assert (None, OA.hasSource, make_iri("article", "gamma.txt")) not in rest
    assert (None, ORG.member, make_iri("person", "hanmeilin")) in rest


def test_export_trig_cross_article_facts_in_default_graph(dataset):
    default = dataset.default_graph
    assert len(list(default.triples((None, KGV.firstSeen, None)))) == 5
    assert len(list(default.triples((None, ORG.memberOf, None)))) > 0
    for ident in ("alpha.txt", "beta.txt", "gamma.txt", "delta.txt"):
        assert (None, KGV.status, None) not in named(dataset, ident)


def test_export_jsonld_is_the_graph(graph, out):
    assert set(Graph().parse(out / "graph.jsonld", format="json-ld")) == set(graph)


def test_export_graphml_nodes(graph, out):
    net = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    for cls, kind in (
        (SDO.Person, "person"),
        (ORG.Organization, "organization"),
        (SDO.Event, "event"),
    ):
        expected = {str(n) for n in graph.subjects(RDF.type, cls)}
        assert {n for n, data in net.nodes(data=True) if data["type"] == kind} == expected
    assert net.nodes[str(make_iri("person", "hanmeilin"))]["label"] == "Han Meilin"


def test_export_graphml_role_edges(graph, out):
    net = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    found = {
        (u, v, d["role"], d["status"]) for u, v, d in net.edges(data=True) if d["kind"] == "role"
    }
    expected = {
        (
            str(graph.value(m, ORG.member)),
            str(graph.value(m, ORG.organization)),
            str(graph.value(graph.value(m, ORG.role), SKOS.notation)),
            str(graph.value(m, KGV.status)),
        )
        for m in graph.subjects(RDF.type, ORG.Membership)
    }
    assert found == expected


def test_export_graphml_attendance_edges(graph, out):
    net = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    found = {(u, v): d["parts"] for u, v, d in net.edges(data=True) if d["kind"] == "attendance"}
    assert set(found) == {(str(p), str(e)) for e, p in graph.subject_objects(SDO.attendee)}
    chair = [v for (u, v), parts in found.items() if u.endswith("/taoruiqing") and parts == "chair"]
    assert len(chair) == 1


def _shuffled(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, ns in graph.namespaces():
        copy.bind(prefix, ns)
    for triple in sorted(graph, reverse=True):
        copy.add(triple)
    return copy


@pytest.mark.parametrize("name", FILES)
def test_export_is_deterministic(graph, out, tmp_path, name):
    export_all(_shuffled(graph), tmp_path)
    assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_export_build_writes_every_format(tmp_path):
    build([SEEDS], tmp_path)
    turtle = set(Graph().parse(tmp_path / "graph.ttl", format="turtle"))
    ds = Dataset()
    ds.parse(tmp_path / "graph.trig", format="trig")
    assert {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))} == turtle
    assert set(Graph().parse(tmp_path / "graph.jsonld", format="json-ld")) == turtle
    net = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert net.number_of_nodes() == len(
        {
            s
            for s, _, o in turtle
            if o in (SDO.Person, ORG.Organization, SDO.Event) and isinstance(s, URIRef)
        }
    )


def _parsed(graph: Graph):
    from kg.export.oxterms import parse_turtle

    return parse_turtle(graph.serialize(format="turtle").encode("utf-8"))


def test_export_jsonld_from_triples_is_the_processors_compaction(graph):
    """The build's direct JSON-LD writer gives the bytes of rdflib's serializer plus sorting."""
    from kg.export.jsonld import jsonld_from_triples, jsonld_text
    from kg.export.oxterms import to_rdflib
    from tests.html_graphs import hostile_graph

    for g in (graph, hostile_graph()):
        parsed = _parsed(g)
        assert jsonld_from_triples(parsed) == jsonld_text(to_rdflib(parsed))


def test_export_trig_from_triples_matches_the_rdflib_graph_path(graph):
    import pyoxigraph as ox
    from kg.export.oxterms import to_rdflib
    from kg.export.trig import trig_bytes, trig_from_triples

    parsed = _parsed(graph)
    assert set(to_rdflib(parsed)) == set(graph)
    direct = ox.parse(trig_from_triples(parsed), format=ox.RdfFormat.TRIG)
    through_rdflib = ox.parse(trig_bytes(graph), format=ox.RdfFormat.TRIG)
    assert set(direct) == set(through_rdflib)


def test_export_page_and_graphml_from_the_triple_index_equal_the_rdflib_path(graph):
    from kg.export.graphml import graphml_text
    from kg.export.html import page_data
    from kg.export.html_page import render_page
    from kg.export.oxterms import TripleIndex, to_rdflib

    parsed = _parsed(graph)
    index, rdf = TripleIndex(parsed), to_rdflib(parsed)
    assert graphml_text(index) == graphml_text(rdf)
    assert render_page(page_data(index)) == render_page(page_data(rdf))
