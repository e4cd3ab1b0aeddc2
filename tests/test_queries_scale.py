"""The stored queries that take a person's name stay fast on a large graph (found by kgv:nameKey, not a scan).

Oxigraph evaluated the old name FILTER of person_timeline after everything
else, which grew with the square of the graph (34 s at 1,000 generated
articles); a lookup by key takes milliseconds at any size.
"""
import time

import pyoxigraph as ox
import pytest

from kg.engines import query_store
from kg.queries import prepare_query
from kg.vocab import namespaces as ns

PERSONS = 2000


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _person_quads(i: int) -> list[tuple]:
    """A person with one dated role (and its evidence) and one event, all numbered `i`."""
    p, m, o, r, e, q, ev, s1, s2, a = (_n(f"{ns.BASE}{kind}/{i}") for kind in (
        "person", "membership", "org", "role", "event", "participation", "evidence", "quote", "position", "article"))
    day = ox.Literal(f"{2000 + i % 20}-01-0{1 + i % 9}", datatype=_n(ns.XSD.date))
    name = f"Test Person{i}"
    return [(p, _n(ns.RDF.type), _n(ns.SDO.Person)), (p, _n(ns.SDO.name), ox.Literal(name)),
            (p, _n(ns.RDFS.label), ox.Literal(name)), (p, _n(ns.KGV.nameKey), ox.Literal(f"testperson{i}")),
            (m, _n(ns.RDF.type), _n(ns.ORG.Membership)), (m, _n(ns.ORG.member), p), (m, _n(ns.ORG.organization), o),
            (m, _n(ns.ORG.role), r), (m, _n(ns.KGV.status), ox.Literal("current")), (m, _n(ns.KGV.firstSeen), day),
            (m, _n(ns.KGV.lastSeen), day), (m, _n(ns.KGV.evidence), ev), (o, _n(ns.SKOS.prefLabel), ox.Literal(f"Org {i}")),
            (r, _n(ns.SKOS.notation), ox.Literal("chairman")), (r, _n(ns.SKOS.prefLabel), ox.Literal("Chairman", language="en")),
            (ev, _n(ns.OA.hasSource), a), (ev, _n(ns.OA.hasSelector), s1), (ev, _n(ns.OA.hasSelector), s2),
            (s1, _n(ns.OA.exact), ox.Literal(name)), (s2, _n(ns.OA.start), ox.Literal(0)), (s2, _n(ns.OA.end), ox.Literal(5)),
            (a, _n(ns.SDO.identifier), ox.Literal(f"{i}.txt")), (a, _n(ns.SDO.datePublished), day),
            (q, _n(ns.RDF.type), _n(ns.KGV.Participation)), (q, _n(ns.KGV.participant), p), (q, _n(ns.KGV.event), e),
            (q, _n(ns.KGV.part), ox.Literal("chair")), (e, _n(ns.SDO.name), ox.Literal(f"Meeting {i}")),
            (e, _n(ns.SDO.startDate), day), (e, _n(ns.SDO.attendee), p)]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(*t) for i in range(PERSONS) for t in _person_quads(i))
    return store


@pytest.mark.parametrize("query, rows", [("person_timeline", 2), ("role_evidence", 1), ("roles_of_person", 1)])
@pytest.mark.parametrize("person", ["Test Person7", "test-person7", f"{ns.BASE}person/7"])
def test_queries_by_name_take_milliseconds_on_a_large_graph(store, query, rows, person):
    text, bindings = prepare_query(query, {"person": person})
    start = time.perf_counter()
    found = query_store(store, text, bindings)
    assert len(found) == rows
    assert time.perf_counter() - start < 1.0
