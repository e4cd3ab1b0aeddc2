"""Writing the files of a build: graph.ttl always, graph.html while the graph is small enough to browse."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_write_bytes

HTML_AUTO_LIMIT = 100_000  # triples; a bigger page is too heavy to open, and slow to draw


def write_outputs(turtle: bytes, out_dir: Path, report, html: bool | None = None,
                  html_max_nodes: int | None = None) -> None:
    """Write DIR/graph.ttl and, when asked or small enough, DIR/graph.html (a stale one is removed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out_dir / "graph.ttl", turtle)
    page = out_dir / "graph.html"
    if html is None:
        html = report.triples <= HTML_AUTO_LIMIT
        if not html:
            report.problems.append(f"graph.html not written: {report.triples} triples is more than "
                                   f"{HTML_AUTO_LIMIT}; pass --html to write it anyway")
    if html:
        from kg.export.html import export_html  # pyvis is slow to import

        graph = Graph()
        graph.parse(data=turtle, format="turtle")
        export_html(graph, page, max_nodes=html_max_nodes)
    else:
        page.unlink(missing_ok=True)
