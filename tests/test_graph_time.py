"""Time, status, shortcuts, hierarchy and evidence as kg.assemble.graph writes them."""

from __future__ import annotations

from datetime import date

import pytest
from kg.assemble.graph import seen_dates
from kg.assemble.merge import MembershipNode
from kg.model import Extraction, OrgMention, PersonMention, RoleClaim
from kg.model.ids import make_iri
from kg.vocab import namespaces
from kg.vocab.namespaces import KGV, OA, ORG
from rdflib import Literal
from tests import evidence_fixture as fx

# Only the datatype, not rdflib's XSD namespace: pytest probes a test module's globals for
# fixtures, and XSD warns on every name it does not define ("_mock_name").
XSD_DATE = namespaces.XSD.date

D = date.fromisoformat


def _node(*statements) -> MembershipNode:
    node = MembershipNode("p", "o", "chairman", "")
    node.statements = [(D(d) if d else None, status) for d, status in statements]
    return node


@pytest.mark.parametrize(
    "statements, expected",
    [
        ([("2020-01-05", "current")], {"first": "2020-01-05", "last": "2020-01-05"}),
        (
            [("2021-03-01", "current"), ("2019-02-01", "current")],
            {"first": "2019-02-01", "last": "2021-03-01"},
        ),
        (
            [("2019-02-01", "current"), ("2022-05-05", "former"), ("2023-01-01", "former")],
            {"first": "2019-02-01", "last": "2019-02-01", "ended": "2022-05-05"},
        ),
        ([("2022-05-05", "former")], {"ended": "2022-05-05"}),
        (
            [("2018-01-01", "former"), ("2020-01-01", "current")],
            {"first": "2020-01-01", "last": "2020-01-01"},
        ),
        ([(None, "current")], {}),
    ],
)
def test_graph_seen_dates(statements, expected):
    terms = {KGV.firstSeen: "first", KGV.lastSeen: "last", KGV.endedBefore: "ended"}
    found = {terms[t]: d.isoformat() for t, d in seen_dates(_node(*statements)).items()}
    assert found == expected


@pytest.fixture(scope="module")
def graph():
    return fx.build(fx.extractions())


def _membership(graph, person: str, org: str):
    return next(
        m
        for m in graph.subjects(ORG.member, make_iri("person", person))
        if graph.value(m, ORG.organization) == make_iri("org", org)
    )


def test_graph_former_role_is_recorded_as_former(graph):
    m = _membership(graph, "hanmeilin", "northwindcoppergroup")
    assert graph.value(m, KGV.status) == Literal("former")
    assert graph.value(m, KGV.lastSeen) == Literal("2021-06-02", datatype=XSD_DATE)
    assert graph.value(m, KGV.endedBefore) == Literal("2023-09-15", datatype=XSD_DATE)


def test_graph_former_role_has_no_shortcut(graph):
    han, northwind = make_iri("person", "hanmeilin"), make_iri("org", "northwindcoppergroup")
    assert (han, ORG.memberOf, northwind) not in graph
    assert (han, ORG.headOf, northwind) not in graph


@pytest.mark.parametrize(
    "person, org, head",
    [
        ("taoruiqing", "northwindcoppergroup", True),
        ("qiaozhenyu", "northwindcoppergroup", True),
        ("adabrennan", "larkspurmining", False),
    ],
)
def test_graph_current_role_shortcuts(graph, person, org, head):
    p, o = make_iri("person", person), make_iri("org", org)
    assert (p, ORG.memberOf, o) in graph
    assert ((p, ORG.headOf, o) in graph) is head


def test_graph_stated_sub_organisation(graph):
    smelting, group = make_iri("org", "northwindsmelting"), make_iri("org", "northwindcoppergroup")
    assert (smelting, ORG.subOrganizationOf, group) in graph
    assert (group, ORG.subOrganizationOf, None) not in graph


def test_graph_parent_named_only_as_parent_becomes_a_node():
    art = fx.article(
        "kestrel.txt", "Kestrel Foods, a unit of Marlow Holdings, hired Eda Lin.\n", D("2024-05-06")
    )
    ev = fx.sentence(art, "Kestrel")
    found = Extraction(
        art,
        [PersonMention("Eda Lin", ev)],
        [OrgMention("Kestrel Foods", ev, parent="Marlow Holdings")],
        [RoleClaim("Eda Lin", "other", "chef", "Kestrel Foods", ev)],
    )
    g = fx.build([found])
    assert (
        make_iri("org", "kestrelfoods"),
        ORG.subOrganizationOf,
        make_iri("org", "marlowholdings"),
    ) in g
    assert (make_iri("article", "kestrel.txt"), None, make_iri("org", "marlowholdings")) in g


def test_graph_evidence_selectors(graph):
    m = _membership(graph, "taoruiqing", "northwindcoppergroup")
    ev = graph.value(m, KGV.evidence)
    assert graph.value(ev, OA.hasSource) == make_iri("article", "gamma.txt")
    selectors = {
        graph.value(s, OA.exact) or (graph.value(s, OA.start), graph.value(s, OA.end))
        for s in graph.objects(ev, OA.hasSelector)
    }
    start = fx.GAMMA.text.index("Tao Ruiqing, chairman")
    quote = "Tao Ruiqing, chairman of Northwind Copper Group, chaired the board meeting on September 14."
    assert selectors == {Literal(quote), (Literal(start), Literal(start + len(quote)))}
