"""Writing the files of a build: graph.ttl always; the other formats and graph.html while the graph is small.

Above HTML_AUTO_LIMIT triples only graph.ttl is written by default (rdflib's
TriG, JSON-LD and the page would dominate the build time); `--html` forces all.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_write_bytes

HTML_AUTO_LIMIT = 100_000  # triples; a bigger page is too heavy to open, and slow to draw


def write_outputs(
    turtle: bytes,
    out_dir: Path,
    report,
    html: bool | None = None,
    html_max_nodes: int | None = None,
) -> None:
    """Write DIR/graph.ttl and, when asked or small enough, DIR/graph.html (a stale one is removed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out_dir / "graph.ttl", turtle)
    if html is None:
        html = report.triples <= HTML_AUTO_LIMIT
        if not html:
            report.problems.append(
                f"graph.html, graph.trig, graph.jsonld, graph.graphml not written: "
                f"{report.triples} triples is more than {HTML_AUTO_LIMIT}; "
                f"pass --html to write them anyway"
            )
    if html:
        graph = Graph()
        graph.parse(data=turtle, format="turtle")
        export_more(graph, out_dir, html_max_nodes)
    else:
        for name in MORE:
            (out_dir / name).unlink(missing_ok=True)


MORE = ("graph.trig", "graph.jsonld", "graph.graphml", "graph.html")


def export_more(graph: Graph, out_dir: Path, html_max_nodes: int | None = None) -> None:
    """Write the formats other than Turtle: TriG, JSON-LD, GraphML and the HTML page."""
    from kg.export.graphml import export_graphml
    from kg.export.html import export_html  # pyvis is slow to import
    from kg.export.jsonld import export_jsonld
    from kg.export.trig import export_trig

    export_trig(graph, out_dir / "graph.trig")
    export_jsonld(graph, out_dir / "graph.jsonld")
    export_graphml(graph, out_dir / "graph.graphml")
    export_html(graph, out_dir / "graph.html", max_nodes=html_max_nodes)
