"""Writing the files of a build: graph.ttl and identity.tsv always; the other formats and graph.html
while the graph is small.

Above HTML_AUTO_LIMIT triples only graph.ttl is written by default (rdflib's
TriG, JSON-LD and the page would dominate the build time); `--html` forces all.
The files of one build are replaced together (:class:`kg.export.atomic.OutputSet`):
all are written to temporary files, then renamed, graph.ttl last.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import OutputSet
from kg.export.identity_report import identity_tsv
from kg.export.nquads import existing_shards, nquads_shards, stream_shards
from kg.export.oxterms import GraphLike, ParsedGraph, TripleIndex, parse_turtle

HTML_AUTO_LIMIT = 100_000  # triples; a bigger page is too heavy to open, and slow to draw
MORE = ("graph.trig", "graph.jsonld", "graph.graphml", "graph.html")
OUTPUTS = ("graph.ttl", "identity.tsv", *MORE)


def write_outputs(
    turtle: bytes | Path,
    out_dir: Path,
    report,
    html: bool | None = None,
    html_max_nodes: int | None = None,
    nquads: bool | None = None,
    store: Path | None = None,
) -> None:
    """Write DIR/graph.ttl and, when asked or small enough, the other formats (stale ones removed).

    `turtle`: the graph's Turtle, or a temporary file beside the outputs that holds it (taken
    as graph.ttl). `nquads`: also write the N-Quads shards (kg.export.nquads), for loading a
    big graph into a store (asked for: they cost a parse and a sort of the whole graph); from a
    file and the Oxigraph `store` of the same graph they are made as a stream, in bounded
    memory."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if html is None:
        html = report.triples <= HTML_AUTO_LIMIT
        if not html:
            report.problems.append(
                f"graph.html, graph.trig, graph.jsonld, graph.graphml not written: "
                f"{report.triples} triples is more than {HTML_AUTO_LIMIT}; "
                f"pass --html to write them anyway"
            )
    nquads = bool(nquads)
    outputs = OutputSet(out_dir)
    try:
        if isinstance(turtle, Path):
            outputs.adopt("graph.ttl", turtle)
        else:
            outputs.write("graph.ttl", turtle)
        outputs.write("identity.tsv", identity_tsv(getattr(report, "identity_rows", [])))
        streamed = nquads and isinstance(turtle, Path) and store is not None
        parsed = None
        if html or (nquads and not streamed):  # a graph small enough to hold (or --html asked)
            parsed = parse_turtle(turtle.read_bytes() if isinstance(turtle, Path) else turtle)
        if html and parsed is not None:
            stage_parsed(parsed, outputs, html_max_nodes)
        shards: Iterable[tuple[str, bytes]] = []
        if streamed and isinstance(turtle, Path) and store is not None:
            shards = stream_shards(turtle, store, out_dir)
        elif nquads and parsed is not None:
            shards = nquads_shards(parsed)
        written = set()
        for name, shard in shards:
            outputs.write(name, shard)
            written.add(name)
        stale = tuple(n for n in existing_shards(out_dir) if n not in written)
        outputs.commit(remove=(() if html else MORE) + stale, last="graph.ttl")
    finally:
        outputs.discard()


def stage_parsed(
    parsed: ParsedGraph, outputs: OutputSet, html_max_nodes: int | None = None
) -> None:
    """Write the formats other than Turtle into `outputs` from the parsed triples: TriG and
    JSON-LD straight from them, GraphML and the page from an index of them (no rdflib Graph)."""
    from kg.export.jsonld import jsonld_from_triples
    from kg.export.trig import trig_from_triples

    outputs.write("graph.trig", trig_from_triples(parsed))
    outputs.write("graph.jsonld", jsonld_from_triples(parsed).encode("utf-8"))
    _stage_views(TripleIndex(parsed), outputs, html_max_nodes)


def stage_more(graph: Graph, outputs: OutputSet, html_max_nodes: int | None = None) -> None:
    """Write the formats other than Turtle into `outputs`: TriG, JSON-LD, GraphML and the HTML page."""
    from kg.export.jsonld import jsonld_text
    from kg.export.trig import trig_bytes

    outputs.write("graph.trig", trig_bytes(graph))
    outputs.write("graph.jsonld", jsonld_text(graph).encode("utf-8"))
    _stage_views(graph, outputs, html_max_nodes)


def _stage_views(graph: GraphLike, outputs: OutputSet, html_max_nodes: int | None) -> None:
    from kg.export.graphml import graphml_text
    from kg.export.html import page_data  # pyvis is slow to import
    from kg.export.html_page import render_page

    outputs.write("graph.graphml", graphml_text(graph).encode("utf-8"))
    outputs.write("graph.html", render_page(page_data(graph, html_max_nodes)).encode("utf-8"))


def export_more(graph: Graph, out_dir: Path, html_max_nodes: int | None = None) -> None:
    """Write the formats other than Turtle into `out_dir`, replaced together."""
    outputs = OutputSet(out_dir)
    try:
        stage_more(graph, outputs, html_max_nodes)
        outputs.commit()
    finally:
        outputs.discard()
