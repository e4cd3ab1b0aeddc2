"""N-Quads shards: the graph of a build as sorted, gzip-compressed N-Quads files.

For graphs too big for one Turtle file to be handy (and for bulk loaders: Oxigraph's
`oxigraph load`, QLever, Jena's `tdb2.tdbloader`), the quads of the TriG export (one named graph
per article, the default graph for what is computed across articles: kg.export.trig) are
written as `graph-00000.nq.gz`, `graph-00001.nq.gz`, ...: the lines of all shards sorted as
bytes, SHARD_QUADS lines per shard, each compressed with a fixed gzip header (no time stamp),
so the same graph gives the same bytes.

A build writes them as a stream (:func:`stream_shards`): graph.ttl is parsed triple by triple,
the article graph of each triple is looked up in the build's Oxigraph store (the same rules as
kg.export.trig.partition, which reads the whole graph), the lines are sorted in runs of
RUN_LINES on disk and the runs merged, so memory stays bounded whatever the graph's size and
the bytes are those of :func:`nquads_shards`.
"""

from __future__ import annotations

import gzip
import heapq
import re
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg.export.oxterms import ParsedGraph
from kg.export.trig import (
    _ARTICLE,
    _TYPE,
    SourceRule,
    Sources,
    _targets,
    quads,
)

SHARD_QUADS = 500_000
RUN_LINES = 500_000  # N-Quads lines sorted in memory at a time by stream_shards
PATTERN = "graph-*.nq.gz"
_NAME = re.compile(r"graph-\d{5}\.nq\.gz")


def shard_name(index: int) -> str:
    return f"graph-{index:05d}.nq.gz"


def nquads_shards(parsed: ParsedGraph, per_shard: int = SHARD_QUADS) -> list[tuple[str, bytes]]:
    """(file name, gzip bytes) of each shard of the graph's quads."""
    data = ox.serialize(quads(parsed), format=ox.RdfFormat.N_QUADS) or b""
    lines = sorted(data.splitlines(keepends=True))
    return [
        (shard_name(n), gzip.compress(b"".join(lines[start : start + per_shard]), mtime=0))
        for n, start in enumerate(range(0, max(len(lines), 1), per_shard))
    ]


def existing_shards(folder: Path) -> list[str]:
    """The names of the shards an earlier build left in `folder`."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob(PATTERN) if _NAME.fullmatch(p.name))


class StoreSources(SourceRule):
    """kg.export.trig's source rule answered by look-ups in an Oxigraph store of the graph (on
    disk) instead of indexes of the whole graph in memory; the answers of recent nodes are kept."""

    KEPT = 200_000

    def __init__(self, store: ox.Store):
        super().__init__()
        self.store = store

    def of(self, node) -> frozenset:
        if isinstance(node, ox.Literal):
            return frozenset()  # a literal is never a subject: no article reads it alone
        if node not in self._cache and len(self._cache) >= self.KEPT:
            self._cache.clear()
        return super().of(node)

    def is_article(self, node) -> bool:
        return next(self.store.quads_for_pattern(node, _TYPE, _ARTICLE), None) is not None

    def objects(self, node, predicate) -> list:
        return [q.object for q in self.store.quads_for_pattern(node, predicate, None)]

    def subjects(self, predicate, node) -> list:
        return [q.subject for q in self.store.quads_for_pattern(None, predicate, node)]


def _quad_lines(turtle: Path, sources: StoreSources, batch: int = 50_000) -> Iterator[bytes]:
    """The N-Quads lines of the graph in the Turtle file, one named graph per article."""
    triples = (quad.triple for quad in ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE))
    while True:
        chunk = list(islice(triples, batch))
        if not chunk:
            return
        out = []
        for t in chunk:
            # the same rules as TriG's partition, asked of the store (StoreSources answers `of`)
            for target in _targets(cast(Sources, sources), t) or (ox.DefaultGraph(),):
                out.append(ox.Quad(t.subject, t.predicate, t.object, target))
        data = ox.serialize(out, format=ox.RdfFormat.N_QUADS) or b""
        yield from data.splitlines(keepends=True)


def _sorted_runs(lines: Iterable[bytes], scratch: Path, size: int) -> list[Path]:
    """`lines` in files of at most `size` lines, each sorted."""
    runs: list[Path] = []
    it = iter(lines)
    while True:
        chunk = sorted(islice(it, size))
        if not chunk:
            return runs
        fd, name = tempfile.mkstemp(prefix="run-", suffix=".nq", dir=scratch)
        with open(fd, "wb") as handle:
            handle.writelines(chunk)
        runs.append(Path(name))


def stream_shards(
    turtle: Path,
    store: Path,
    work: Path,
    per_shard: int = SHARD_QUADS,
    run_lines: int = RUN_LINES,
) -> Iterator[tuple[str, bytes]]:
    """(file name, gzip bytes) of each shard of the quads of the graph in the Turtle file
    `turtle`, whose Oxigraph store is the folder `store`: the bytes of :func:`nquads_shards`,
    made in bounded memory (sorted runs in a temporary folder of `work`, merged)."""
    with tempfile.TemporaryDirectory(prefix=".kg-nquads.", dir=work) as scratch:
        db = ox.Store.read_only(str(store))
        try:
            runs = _sorted_runs(_quad_lines(turtle, StoreSources(db)), Path(scratch), run_lines)
        finally:
            del db
        handles = [run.open("rb") for run in runs]
        try:
            merged = heapq.merge(*handles)
            index, shard, last = 0, [], None
            for line in merged:
                if line == last:  # a quad stated twice (nquads_shards keeps one: a set)
                    continue
                last = line
                shard.append(line)
                if len(shard) == per_shard:
                    yield shard_name(index), gzip.compress(b"".join(shard), mtime=0)
                    index, shard = index + 1, []
            if shard or index == 0:
                yield shard_name(index), gzip.compress(b"".join(shard), mtime=0)
        finally:
            for handle in handles:
                handle.close()
