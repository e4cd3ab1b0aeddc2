"""Exporters: one RDF graph in, files out, each written atomically.

`graph.ttl` is canonical Turtle (rdflib longturtle: sorted, byte-identical for
the same graph); `graph.trig` the same facts with one named graph per article
(:mod:`kg.export.trig`); `graph.jsonld` JSON-LD; `graph.graphml` the
people-roles-events network for Gephi/networkx; `graph.html` is the
interactive network view.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.export.outputs import export_more
from kg.export.turtle import export_turtle


def export_all(graph: Graph, out_dir: Path, html_max_nodes: int | None = None) -> None:
    """Write every export of `graph` into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    export_turtle(graph, out_dir / "graph.ttl")
    export_more(graph, out_dir, html_max_nodes)
