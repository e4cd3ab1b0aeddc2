"""The query-ready store a build leaves beside graph.ttl: DIR/graph.oxigraph/, an Oxigraph
database (RocksDB) holding the same triples, which `kg query` and `kg serve` open in a fraction
of a second instead of parsing graph.ttl.

The store is built in a hidden folder and swapped in after graph.ttl, and it records which
graph.ttl it holds (the file's size and modification time, `STAMP`): a store that does not
match graph.ttl — the build was interrupted between the two, or graph.ttl was replaced by hand —
is never used; `kg query` then reads graph.ttl itself.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.export.reuse import Change

STORE = "graph.oxigraph"
STAMP = "kg-graph-ttl.stamp"
LOAD_PART = 16 << 20  # bytes of Turtle bulk-loaded at a time (load_in_parts)
COUNTED = {
    "https://schema.org/Person": "persons",
    "http://www.w3.org/ns/org#Organization": "organisations",
    "http://www.w3.org/ns/org#Membership": "memberships",
    "https://schema.org/Event": "events",
}


def stamp(graph_ttl: Path) -> str:
    """What identifies one written graph.ttl: its size and modification time."""
    info = graph_ttl.stat()
    return f"{info.st_size} {info.st_mtime_ns}\n"


def stage_store(
    turtle: bytes | Path, out_dir: Path, change: Change | None = None
) -> tuple[Path, dict[str, int]]:
    """A new store of `turtle` (bytes, or a Turtle file: read as a stream) in a hidden folder of
    `out_dir`, and its distinct node counts.

    With `change` (how `turtle` differs from the graph.ttl in `out_dir`, kg.export.reuse) and a
    store that holds that graph.ttl, the store is copied (hard links to its immutable files) and
    only the changed triples are removed and added; else it is loaded from `turtle`."""
    staged = out_dir / f".{STORE}.{os.getpid()}.tmp"
    shutil.rmtree(staged, ignore_errors=True)
    store = _updated(change, out_dir, staged) if change is not None else None
    if store is None:
        shutil.rmtree(staged, ignore_errors=True)
        store = ox.Store(str(staged))
        if isinstance(turtle, Path):
            load_in_parts(store, turtle)
        else:
            store.bulk_load(turtle, format=ox.RdfFormat.TURTLE)
    counts = dict.fromkeys(COUNTED.values(), 0)
    found = store.query("SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t")
    assert isinstance(found, ox.QuerySolutions)
    for row in found:
        name = COUNTED.get(row["t"].value)
        if name:
            counts[name] = int(row["n"].value)
    store.flush()
    del store  # closes the database before it is moved
    return staged, counts


def _updated(change: Change, out_dir: Path, staged: Path) -> ox.Store | None:
    """A copy of the store of `out_dir` with `change` applied, or None when there is no store
    of the current graph.ttl to copy."""
    previous = open_built_store(out_dir / "graph.ttl")
    if previous is None:
        return None
    try:
        previous.backup(str(staged))
    except OSError:
        return None
    finally:
        del previous
    store = ox.Store(str(staged))
    graph = ox.DefaultGraph()
    for t in change.old_triples().triples:
        store.remove(ox.Quad(t.subject, t.predicate, t.object, graph))
    store.extend(
        ox.Quad(t.subject, t.predicate, t.object, graph) for t in change.new_triples().triples
    )
    return store


def load_in_parts(store: ox.Store, turtle: Path, part: int = LOAD_PART) -> None:
    """Bulk-load the Turtle file kg wrote into `store` about `part` bytes at a time: Oxigraph's
    bulk loader holds a batch of up to a million quads per thread (1.2 GB for a 1.4 M-triple
    file), and a part holds as much as it loads (16 MB: about 0.3 GB, no slower; decision 015).

    The file is cut between statements: kg's Turtle (pyoxigraph's writer) escapes every line
    break inside a literal, so a line ending in " ." ends a statement; each part is loaded with
    the file's @prefix lines."""
    with turtle.open("rb") as handle:
        head: list[bytes] = []
        lines: list[bytes] = []
        size = 0
        for line in handle:
            if not lines and line.startswith(b"@prefix"):
                head.append(line)
                continue
            lines.append(line)
            size += len(line)
            if size >= part and line.endswith(b" .\n"):
                store.bulk_load(b"".join(head + lines), format=ox.RdfFormat.TURTLE)
                lines, size = [], 0
        if lines:
            store.bulk_load(b"".join(head + lines), format=ox.RdfFormat.TURTLE)


def commit_store(staged: Path, out_dir: Path) -> None:
    """Swap the staged store in and mark it as the store of the graph.ttl now in `out_dir`."""
    final = out_dir / STORE
    old = out_dir / f".{STORE}.{os.getpid()}.old"
    if final.exists():
        final.rename(old)
    staged.rename(final)
    (final / STAMP).write_text(stamp(out_dir / "graph.ttl"), encoding="utf-8")
    shutil.rmtree(old, ignore_errors=True)


def remove_store(out_dir: Path) -> None:
    """Remove the store of `out_dir` (a build that could not write it: never leave a stale one)."""
    shutil.rmtree(out_dir / STORE, ignore_errors=True)


def remove_stale_stores(out_dir: Path) -> None:
    """Remove the hidden folders a killed build left (.graph.oxigraph.*.tmp / .old)."""
    if out_dir.is_dir():
        for left in out_dir.glob(f".{STORE}.*"):
            if left.is_dir() and not left.is_symlink():
                shutil.rmtree(left, ignore_errors=True)


def open_built_store(graph_ttl: str | Path) -> ox.Store | None:
    """The store a build left beside `graph_ttl`, read-only, if it holds that very file; else None."""
    graph_ttl = Path(graph_ttl)
    folder = graph_ttl.parent / STORE
    try:
        if graph_ttl.name != "graph.ttl" or (folder / STAMP).read_text(encoding="utf-8") != stamp(
            graph_ttl
        ):
            return None
        return ox.Store.read_only(str(folder))
    except (OSError, ValueError, RuntimeError):
        return None
