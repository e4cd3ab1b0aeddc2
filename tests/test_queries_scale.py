"""The stored queries that take a name find it by kgv:nameKey on a large graph, in any spelling or by IRI.

Oxigraph evaluated the old name FILTER of person_timeline after everything
else, which grew with the square of the graph (34 s at 1,000 generated
articles); a lookup by key takes milliseconds at any size. How long they
take is measured by benchmarks/bench_queries.py (not here: tests assert
behaviour); here, that the key lookup finds exactly the one node.
"""

import pyoxigraph as ox
import pytest
from kg.engines import query_store
from kg.queries import prepare_query
from kg.vocab import namespaces as ns
from rdflib import URIRef

PERSONS = 2000


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _person_quads(i: int) -> list[ox.Quad]:
    """A person with one dated role (and its evidence) at an organisation, and one event, all numbered `i`."""
    p, m, o, r, e, q, ev, s1, s2, a = (
        _n(f"{ns.BASE}{kind}/{i}")
        for kind in (
            "person",
            "membership",
            "org",
            "role",
            "event",
            "participation",
            "evidence",
            "quote",
            "position",
            "article",
        )
    )
    day = ox.Literal(f"{2000 + i % 20}-01-0{1 + i % 9}", datatype=_n(ns.XSD.date))
    name, text = f"Test Person{i}", ox.Literal
    triples: list[tuple[ox.NamedNode, URIRef, ox.NamedNode | ox.Literal]] = [
        (p, ns.RDF.type, _n(ns.SDO.Person)),
        (p, ns.SDO.name, text(name)),
        (p, ns.RDFS.label, text(name)),
        (p, ns.KGV.nameKey, text(f"testperson{i}")),
        (o, ns.RDF.type, _n(ns.ORG.Organization)),
        (o, ns.SKOS.prefLabel, text(f"Org {i}")),
        (o, ns.KGV.nameKey, text(f"org{i}")),
        (r, ns.SKOS.notation, text("chairman")),
        (r, ns.SKOS.prefLabel, text("Chairman", language="en")),
        (m, ns.RDF.type, _n(ns.ORG.Membership)),
        (m, ns.ORG.member, p),
        (m, ns.ORG.organization, o),
        (m, ns.ORG.role, r),
        (m, ns.KGV.status, text("current")),
        (m, ns.KGV.firstSeen, day),
        (m, ns.KGV.lastSeen, day),
        (m, ns.KGV.evidence, ev),
        (ev, ns.OA.hasSource, a),
        (ev, ns.OA.hasSelector, s1),
        (ev, ns.OA.hasSelector, s2),
        (s1, ns.OA.exact, text(name)),
        (s2, ns.OA.start, text("0")),
        (s2, ns.OA.end, text("5")),
        (a, ns.SDO.identifier, text(f"{i}.txt")),
        (a, ns.SDO.datePublished, day),
        (e, ns.SDO.name, text(f"Meeting {i}")),
        (e, ns.SDO.startDate, day),
        (e, ns.SDO.attendee, p),
        (q, ns.RDF.type, _n(ns.KGV.Participation)),
        (q, ns.KGV.participant, p),
        (q, ns.KGV.event, e),
        (q, ns.KGV.part, text("chair")),
    ]
    return [ox.Quad(s, _n(prop), value) for s, prop, value in triples]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.extend(quad for i in range(PERSONS) for quad in _person_quads(i))
    return store


@pytest.mark.parametrize(
    "query, rows", [("person_timeline", 2), ("role_evidence", 1), ("roles_of_person", 1)]
)
@pytest.mark.parametrize("person", ["Test Person7", "test-person7", f"{ns.BASE}person/7"])
def test_queries_by_name_find_the_one_person_on_a_large_graph(store, query, rows, person):
    text, bindings = prepare_query(query, {"person": person})
    assert "kgv:nameKey? ?personKey" in text
    found = query_store(store, text, bindings)
    assert len(found) == rows


@pytest.mark.parametrize(
    "query, params, rows",
    [
        ("leadership_of_org", {}, 1),
        ("people_with_role", {"role": "chairman"}, 1),
        ("role_holders_on_date", {"role": "chairman", "date": "2007-01-08"}, 1),
    ],
)
@pytest.mark.parametrize("org", ["Org 7", "ORG-7", f"{ns.BASE}org/7"])
def test_queries_by_organisation_find_the_one_organisation_on_a_large_graph(
    store, query, params, rows, org
):
    text, bindings = prepare_query(query, {"org": org, **params})
    assert "kgv:nameKey? ?orgKey" in text
    found = query_store(store, text, bindings)
    assert len(found) == rows
