"""Writing the files of a build: graph.ttl and identity.tsv always; the other formats and graph.html
while the graph is small.

Above HTML_AUTO_LIMIT triples only graph.ttl is written by default (rdflib's
TriG, JSON-LD and the page would dominate the build time); `--html` forces all.
The files of one build are replaced together (:class:`kg.export.atomic.OutputSet`):
all are written to temporary files, then renamed, graph.ttl last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Generic, TypeVar

from rdflib import Graph

from kg.export.atomic import OutputSet
from kg.export.identity_report import identity_tsv
from kg.export.nquads import existing_shards, nquads_shards, stream_shards
from kg.export.oxterms import GraphLike, ParsedGraph, parse_turtle
from kg.export.patch import updated_jsonld, updated_trig
from kg.export.reuse import (
    Change,
    Previous,
    RecordingIndex,
    save_manifest,
    sha256,
    sha256_file,
)

T = TypeVar("T")

HTML_AUTO_LIMIT = 100_000  # triples; a bigger page is too heavy to open, and slow to draw
MORE = ("graph.trig", "graph.jsonld", "graph.graphml", "graph.html")
OUTPUTS = ("graph.ttl", "identity.tsv", *MORE)
VIEWS = ("graph.graphml", "graph.html")  # written from a TripleIndex


def write_outputs(
    turtle: bytes | Path,
    out_dir: Path,
    report,
    html: bool | None = None,
    html_max_nodes: int | None = None,
    nquads: bool | None = None,
    previous: Previous | None = None,
    record: bool = False,
    store: Path | None = None,
) -> None:
    """Write DIR/graph.ttl and, when asked or small enough, the other formats (stale ones removed).

    `turtle`: the graph's Turtle, or a temporary file beside the outputs that holds it (taken
    as graph.ttl). `nquads`: also write the N-Quads shards (kg.export.nquads), for loading a big
    graph into a store; from a file and the Oxigraph `store` of the same graph they are made as
    a stream, in bounded memory (decision 015). `previous`: the outputs the last build left in
    `out_dir` (kg.export.reuse): what the change of graph.ttl leaves alone is kept, not written
    again. `record`: note what this build wrote for the next one (DIR/.kg-cache/outputs.json)."""
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
    options = {"html": html, "html_max_nodes": html_max_nodes}
    outputs = Staging(
        OutputSet(out_dir), previous if previous and previous.options == options else None
    )
    try:
        if isinstance(turtle, Path):
            outputs.adopt("graph.ttl", turtle)
        else:
            outputs.write("graph.ttl", turtle)
        staged_rows = getattr(report, "identity_file", None)  # written as a stream by the build
        if staged_rows is not None:
            outputs.adopt("identity.tsv", staged_rows)
        else:
            outputs.write("identity.tsv", identity_tsv(getattr(report, "identity_rows", [])))
        text = Lazy(lambda: turtle.read_bytes() if isinstance(turtle, Path) else turtle)
        parsed = Lazy(lambda: parse_turtle(text()))
        if html:
            stage_parsed(parsed, outputs, html_max_nodes, outputs.change(text()))
        shards: Iterable[tuple[str, bytes]] = []
        if nquads and isinstance(turtle, Path) and store is not None:
            shards = stream_shards(turtle, store, out_dir)
        elif nquads:
            shards = nquads_shards(parsed())
        written = set()
        for name, data in shards:
            outputs.files.write(name, data)
            written.add(name)
        stale = tuple(n for n in existing_shards(out_dir) if n not in written)
        outputs.files.commit(remove=(() if html else MORE) + stale, last="graph.ttl")
        if record:
            save_manifest(out_dir, options, outputs.written, outputs.views)
    finally:
        outputs.files.discard()


class Lazy(Generic[T]):
    """A value made on first use (a rebuild that reuses everything never parses the graph)."""

    def __init__(self, make: Callable[[], T]):
        self.make = make
        self.value: T | None = None

    def __call__(self) -> T:
        if self.value is None:
            self.value = self.make()
        return self.value


class Staging:
    """The outputs of one build: those whose bytes change staged in `files`, the others kept;
    the SHA-256 of every output, and the predicates the views read, for the manifest."""

    def __init__(self, files: OutputSet, previous: Previous | None):
        self.files = files
        self.previous = previous
        self.written: dict[str, str] = {}
        self.views: list[str] | None = None

    def write(self, name: str, data: bytes) -> None:
        """Stage output `name`, unless the file already holds these bytes."""
        if self._new(name, sha256(data)):
            self.files.write(name, data)

    def adopt(self, name: str, path: Path) -> None:
        """Take the finished temporary file `path` as output `name`, unless the output already
        holds these bytes (then the temporary is left for the caller to remove)."""
        if self._new(name, sha256_file(path)):
            self.files.adopt(name, path)

    def _new(self, name: str, digest: str) -> bool:
        """Note output `name`'s digest; whether the file in the folder lacks these bytes."""
        self.written[name] = digest
        return (
            self.previous is None
            or self.previous.files.get(name) != digest
            or not self.previous.unchanged(name)
        )

    def kept(self, name: str) -> bytes | None:
        """The previous build's output `name`, when it is still the file in the folder."""
        return self.previous.read(name) if self.previous is not None else None

    def keep(self, name: str) -> None:
        """Leave output `name` as the previous build wrote it (checked by `kept`)."""
        assert self.previous is not None
        self.written[name] = self.previous.files[name]

    def change(self, turtle: bytes) -> Change | None:
        """How `turtle` differs from the previous graph.ttl (None: no previous outputs to reuse)."""
        return self.previous.change(turtle) if self.previous is not None else None


def stage_parsed(
    parsed: ParsedGraph | Callable[[], ParsedGraph],
    outputs: OutputSet | Staging,
    html_max_nodes: int | None = None,
    change: Change | None = None,
) -> None:
    """Write the formats other than Turtle into `outputs` from the parsed triples: TriG and
    JSON-LD straight from them, GraphML and the page from an index of them (no rdflib Graph).
    With `change` (and `outputs` a Staging with the previous outputs), each is reused as far as
    the change allows (kg.export.reuse)."""
    from kg.export.jsonld import jsonld_from_triples
    from kg.export.trig import trig_from_triples

    triples = parsed if callable(parsed) else (lambda: parsed)
    staging = outputs if isinstance(outputs, Staging) else Staging(outputs, None)
    trig = jsonld = None
    old_trig, old_jsonld = staging.kept("graph.trig"), staging.kept("graph.jsonld")
    if change is not None and old_trig is not None:
        trig = old_trig if change.empty else updated_trig(old_trig, change, triples)
    if change is not None and old_jsonld is not None:
        jsonld = old_jsonld if change.empty else updated_jsonld(old_jsonld, change)
    staging.write("graph.trig", trig if trig is not None else trig_from_triples(triples()))
    staging.write(
        "graph.jsonld",
        jsonld if jsonld is not None else jsonld_from_triples(triples()).encode("utf-8"),
    )
    views = staging.previous.views if staging.previous is not None else None
    if (
        change is not None
        and views is not None
        and all(staging.kept(name) is not None for name in VIEWS)
        and (change.empty or change.keeps(lambda t: t.predicate.value in views))
    ):
        for name in VIEWS:
            staging.keep(name)
        staging.views = views
        return
    index = RecordingIndex(triples())
    _stage_views(index, staging, html_max_nodes)
    staging.views = index.read_predicates()


def stage_more(graph: Graph, outputs: OutputSet, html_max_nodes: int | None = None) -> None:
    """Write the formats other than Turtle into `outputs`: TriG, JSON-LD, GraphML and the HTML page."""
    from kg.export.jsonld import jsonld_text
    from kg.export.trig import trig_bytes

    outputs.write("graph.trig", trig_bytes(graph))
    outputs.write("graph.jsonld", jsonld_text(graph).encode("utf-8"))
    _stage_views(graph, outputs, html_max_nodes)


def _stage_views(
    graph: GraphLike, outputs: OutputSet | Staging, html_max_nodes: int | None
) -> None:
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
