"""N-Quads shards: the graph of a build as sorted, gzip-compressed N-Quads files.

For graphs too big for one Turtle file to be handy (and for bulk loaders: Oxigraph's
`oxigraph load`, QLever, Jena's `tdb2.tdbloader`), the quads of the TriG export (one named graph
per article, the default graph for what is computed across articles: kg.export.trig) are
written as `graph-00000.nq.gz`, `graph-00001.nq.gz`, ...: the lines of all shards sorted as
bytes, SHARD_QUADS lines per shard, each compressed with a fixed gzip header (no time stamp),
so the same graph gives the same bytes.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pyoxigraph as ox

from kg.export.oxterms import ParsedGraph
from kg.export.trig import quads

SHARD_QUADS = 500_000
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
