"""The interactive network view: `graph.html`, a single page that opens anywhere.

`export_html` reads the graph into a view model (kg.export.html_view), picks the
nodes to draw (all, or the `max_nodes` most connected), lays them out once with
networkx (kg.export.html_layout) and writes the self-contained page
(kg.export.html_page) atomically. Nodes left out are still in the page's data,
so search finds them and the page says how many were left out.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_write_text
from kg.export.html_labels import short_labels
from kg.export.html_layout import compute_layout
from kg.export.html_page import load_styles, render_page
from kg.export.html_view import View, read_view
from kg.export.oxterms import GraphLike

EDGE_LABEL_LIMIT = (
    20  # label every link only when at most this many are drawn (else: those of the selection)
)


def export_html(graph: Graph, path: str | Path, max_nodes: int | None = None) -> None:
    """Write the network view of `graph` to `path` (temp file + rename).

    With `max_nodes`, only the N most connected nodes are drawn (ties broken
    by IRI); the page lists what was left out and its search still finds them.
    """
    atomic_write_text(Path(path), render_page(page_data(graph, max_nodes)))


def page_data(graph: GraphLike, max_nodes: int | None = None) -> dict:
    """The JSON-ready data of the page: styles, nodes with positions, links and panel details."""
    view = read_view(graph)
    drawn = choose_drawn(view, max_nodes)
    edges = [(e["from"], e["to"]) for e in view.edges if e["from"] in drawn and e["to"] in drawn]
    positions = compute_layout(sorted(drawn), edges)
    shorts = short_labels([node["label"] for node in view.nodes])
    for i, node in enumerate(view.nodes):
        node["drawn"] = i in drawn
        node["short"] = shorts[i]
        if i in drawn:
            node["x"], node["y"] = positions[i]
            node["size"] = node_size(node["degree"])
    return {
        "meta": _meta(view, drawn, max_nodes, len(edges)),
        "styles": load_styles(),
        "nodes": view.nodes,
        "edges": view.edges,
        "articles": view.articles,
        "evidence": view.evidence,
        "memberships": view.memberships,
        "participations": view.participations,
    }


def choose_drawn(view: View, max_nodes: int | None) -> set[int]:
    """Indexes of the nodes to draw: the `max_nodes` of highest degree (all when None)."""
    order = sorted(
        range(len(view.nodes)), key=lambda i: (-view.nodes[i]["degree"], view.nodes[i]["id"])
    )
    return set(order if max_nodes is None else order[: max(0, max_nodes)])


def node_size(degree: int) -> int:
    """Drawn size of a node with `degree` links: grows with the square root, capped."""
    return min(44, round(9 + 4 * math.sqrt(degree)))


def _meta(view: View, drawn: set[int], max_nodes: int | None, drawn_edges: int) -> dict:
    omitted = Counter(n["kind"] for i, n in enumerate(view.nodes) if i not in drawn)
    return {
        "total": len(view.nodes),
        "drawn": len(drawn),
        "maxNodes": max_nodes,
        "omitted": dict(sorted(omitted.items())),
        "edgeLabels": drawn_edges <= EDGE_LABEL_LIMIT,
    }
