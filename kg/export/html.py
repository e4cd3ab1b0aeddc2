"""The interactive network view (a plain pyvis page for now)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from pyvis.network import Network
from rdflib import Graph, RDF

from kg.export.atomic import atomic_write_text
from kg.vocab.namespaces import ORG, RDFS, SDO, SKOS


def export_html(graph: Graph, path: Path, max_nodes: int | None = None) -> None:
    """Write a network view of persons, organisations and events."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    kinds = ((SDO.Person, "#e4572e"), (ORG.Organization, "#17bebb"), (SDO.Event, "#ffc914"))
    for cls, colour in kinds:
        for node in sorted(graph.subjects(RDF.type, cls)):
            label = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel) or graph.value(node, SDO.name)
            net.add_node(str(node), label=str(label), color=colour)
    nodes = set(net.get_nodes())
    for m in sorted(graph.subjects(RDF.type, ORG.Membership)):
        p, o = graph.value(m, ORG.member), graph.value(m, ORG.organization)
        if str(p) in nodes and str(o) in nodes:
            net.add_edge(str(p), str(o))
    for e in sorted(graph.subjects(RDF.type, SDO.Event)):
        for p in sorted(graph.objects(e, SDO.attendee)):
            net.add_edge(str(p), str(e))
    with tempfile.TemporaryDirectory() as tmp:
        net.write_html(str(Path(tmp) / "page.html"), notebook=False)
        atomic_write_text(path, (Path(tmp) / "page.html").read_text(encoding="utf-8"))
