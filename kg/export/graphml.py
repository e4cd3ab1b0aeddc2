"""GraphML export for Gephi and networkx: the people-roles-events network of the one graph.

Nodes are persons, organisations and events (id = IRI; attributes `label`,
`type` = person | organization | event, and for events `start`, `end`,
`kind`). Edges (a directed multigraph; edge key = the IRI or key of the fact):

- `role`: person -> organisation, one per org:Membership, with `role`
  (skos:notation), `title` (the role's label), `status`, `first_seen`, `last_seen`;
- `attendance`: person -> event, with `parts` (the person's parts, e.g. "chair");
- `subOrganizationOf`: organisation -> parent organisation;
- `organizer`: event -> organisation.

Every edge has `kind`. Nodes and edges are added in sorted order, so the file
is byte-identical for the same graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from rdflib import Graph
from rdflib.term import Identifier, Node

from kg.export.atomic import atomic_write_text
from kg.export.oxterms import GraphLike
from kg.vocab.namespaces import KGV, ORG, RDF, RDFS, SDO, SKOS

NODE_TYPES = ((SDO.Person, "person"), (ORG.Organization, "organization"), (SDO.Event, "event"))
# Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF): GraphML cannot hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with the characters XML cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _sorted(nodes: Iterable[Node]) -> list[Identifier]:
    """Terms in rdflib's order (by kind, then value). rdflib's API gives them as `Node`, which
    declares no order; every node of a graph read from a file is an Identifier (IRI, blank node
    or literal), which does."""
    return sorted(n for n in nodes if isinstance(n, Identifier))


def _label(graph: GraphLike, node) -> str:
    for prop in (RDFS.label, SKOS.prefLabel, SDO.name):
        values = _sorted(graph.objects(node, prop))
        if values:
            return xml_safe(str(values[0]))
    return str(node)


def _optional(**attrs) -> dict:
    return {k: xml_safe(str(v)) for k, v in attrs.items() if v is not None}


def add_nodes(net: nx.MultiDiGraph, graph: GraphLike) -> None:
    for cls, kind in NODE_TYPES:
        for node in _sorted(graph.subjects(RDF.type, cls)):
            extra = {}
            if kind == "event":
                extra = _optional(
                    start=graph.value(node, SDO.startDate),
                    end=graph.value(node, SDO.endDate),
                    kind=graph.value(node, SDO.additionalType),
                )
            net.add_node(str(node), label=_label(graph, node), type=kind, **extra)


def add_role_edges(net: nx.MultiDiGraph, graph: GraphLike) -> None:
    for m in _sorted(graph.subjects(RDF.type, ORG.Membership)):
        role = graph.value(m, ORG.role)
        attrs = _optional(
            role=graph.value(role, SKOS.notation),
            title=_label(graph, role),
            status=graph.value(m, KGV.status),
            first_seen=graph.value(m, KGV.firstSeen),
            last_seen=graph.value(m, KGV.lastSeen),
        )
        net.add_edge(
            str(graph.value(m, ORG.member)),
            str(graph.value(m, ORG.organization)),
            key=str(m),
            kind="role",
            **attrs,
        )


def add_event_edges(net: nx.MultiDiGraph, graph: GraphLike) -> None:
    for e in _sorted(graph.subjects(RDF.type, SDO.Event)):
        parts_of: dict[Node, set[str]] = {}  # each participation read once, not once per attendee
        for q in graph.subjects(KGV.event, e):
            part = str(graph.value(q, KGV.part))
            for person in graph.objects(q, KGV.participant):
                parts_of.setdefault(person, set()).add(part)
        for p in _sorted(graph.objects(e, SDO.attendee)):
            parts = sorted(parts_of.get(p, ()))
            net.add_edge(str(p), str(e), key=f"{e} {p}", kind="attendance", parts=",".join(parts))
        for o in _sorted(graph.objects(e, SDO.organizer)):
            net.add_edge(str(e), str(o), key=f"{e} organizer {o}", kind="organizer")


def add_org_edges(net: nx.MultiDiGraph, graph: GraphLike) -> None:
    pairs = graph.subject_objects(ORG.subOrganizationOf)
    for o, parent in sorted(
        (o, p) for o, p in pairs if isinstance(o, Identifier) and isinstance(p, Identifier)
    ):
        net.add_edge(
            str(o), str(parent), key=f"{o} subOrganizationOf {parent}", kind="subOrganizationOf"
        )


def to_network(graph: GraphLike) -> nx.MultiDiGraph:
    """The persons/organisations/events network of the graph."""
    net: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    add_nodes(net, graph)
    add_role_edges(net, graph)
    add_event_edges(net, graph)
    add_org_edges(net, graph)
    return net


def graphml_text(graph: GraphLike) -> str:
    """The network as GraphML text."""
    return "\n".join(nx.generate_graphml(to_network(graph))) + "\n"


def export_graphml(graph: Graph, path: Path) -> None:
    """Write the network as GraphML to `path`, atomically."""
    atomic_write_text(path, graphml_text(graph))
