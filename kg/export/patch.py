"""Patching the previous build's TriG and JSON-LD with the change of graph.ttl
(kg.export.reuse.Change), as far as the change provably leaves the rest of each alone (decision
014):

- JSON-LD has one line per subject, made from that subject's triples and the @context: the lines
  of unchanged subjects are kept from the previous file, those of changed subjects written again.
- TriG has one block per article graph: while the triples that decide which graph a triple
  belongs to (kg.export.trig.Sources) are unchanged, the graphs of the changed triples are patched
  (the previous graph less the triples that left, plus those that came) and the others kept.

Each function returns None when it cannot prove its patch right; the file is then written whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import pyoxigraph as ox

from kg.export.jsonld import (
    join_document,
    line_start,
    node_lines,
    split_document,
    used_terms,
    with_core,
)
from kg.export.oxterms import ParsedGraph, parse_turtle
from kg.export.reuse import Blocks, Change
from kg.export.trig import (
    DEFAULT,
    SourceRule,
    Sources,
    decides_sources,
    graph_quads,
    is_article_type,
    targets,
)


def updated_jsonld(previous: bytes, change: Change) -> bytes | None:
    """The new JSON-LD document from the previous one: the lines of the changed subjects written
    again, the others kept. None when the @context changes (then every line may)."""
    read = split_document(previous)
    if read is None:
        return None
    context, lines = read
    old, new = change.old_triples(), change.new_triples()
    used_old, used_new = used_terms(old.triples), used_terms(new.triples)
    for prefix, namespace in with_core(new.prefixes).items():
        now = any(term.startswith(namespace) for term in used_new)
        before = any(term.startswith(namespace) for term in used_old)
        if prefix and (prefix in context) != now and (now or before):
            return None  # a prefix used for the first time, or maybe for the last
    for name in node_lines(old.triples, context):  # the lines are in order
        start = line_start(name).encode("utf-8")
        at = bisect.bisect_left(lines, start)
        if (
            at == len(lines)
            or not lines[at].startswith(start)
            or lines[at][len(start)] not in b",}"
        ):
            return None
        del lines[at]
    for line in node_lines(new.triples, context).values():
        bisect.insort(lines, line.encode("utf-8"))
    return join_document(context, lines)


def updated_trig(
    previous: bytes, change: Change, parsed: Callable[[], ParsedGraph]
) -> bytes | None:
    """The new TriG document from the previous one: the graphs (article graphs and the default
    graph) some changed triple belongs to are patched (the triples that left removed, those that
    came added) and written again, the others kept. None when a triple that decides which graph a
    triple belongs to changed (kg.export.trig.Sources)."""
    if not change.keeps(decides_sources):
        return None
    kept = _trig_graphs(previous)
    if kept is None:
        return None
    header, blocks = kept
    sources = _sources(change, parsed)
    if sources is None:
        return None
    gone = set(change.old_triples().triples)
    dirty = {name for t in gone for name in targets(sources, t)}
    came: dict = {}
    for t in change.new_triples().triples:
        for name in targets(sources, t):
            came.setdefault(name, []).append(t)
    dirty.update(came)
    names = {ox.NamedNode(iri) for iri in blocks if iri is not None} | (dirty - {DEFAULT})
    prefixes = change.new_triples().prefixes
    out = [header]
    for name in [*sorted(names, key=str), DEFAULT]:
        key = None if name is DEFAULT else name.value
        if name not in dirty:
            out.append(blocks.get(key, b""))
            continue
        before = _graph_triples(header + blocks[key]) if key in blocks else []
        triples = [t for t in before if t not in gone] + came.get(name, [])
        if not triples:
            continue
        data = ox.serialize(graph_quads(name, triples), format=ox.RdfFormat.TRIG, prefixes=prefixes)
        if not data or not data.startswith(header):
            return None
        out.append(data[len(header) :])
    return b"".join(out)


def _sources(change: Change, parsed: Callable[[], ParsedGraph]):
    """The articles of the changed triples' nodes: read from their own blocks when that is
    enough, else from the whole graph (kg.export.trig.Sources)."""
    if change.new_blocks is None:
        return Sources(parsed().triples)
    local = BlockSources(change.new_blocks)
    try:
        for t in (*change.old_triples().triples, *change.new_triples().triples):
            targets(local, t)
    except NotLocal:
        return Sources(parsed().triples)
    return local


class BlockSources(SourceRule):
    """The source rule answered from the nodes' own blocks of graph.ttl, without reading the
    whole graph; a question about statements elsewhere (what points to a node) raises NotLocal."""

    def __init__(self, blocks: Blocks):
        super().__init__()
        self.blocks = blocks
        self._triples: dict = {}

    def _own(self, node) -> list[ox.Triple]:
        if node not in self._triples:
            block = self.blocks.block(str(node).encode("utf-8"))
            if not isinstance(node, ox.NamedNode) or block is None:
                raise NotLocal(node)
            self._triples[node] = parse_turtle(self.blocks.header + block).triples
        return self._triples[node]

    def is_article(self, node) -> bool:
        return any(is_article_type(t) for t in self._own(node))

    def objects(self, node, predicate) -> list:
        return [t.object for t in self._own(node) if t.predicate == predicate]

    def subjects(self, predicate, node) -> list:
        raise NotLocal(node)


class NotLocal(Exception):
    """The source of a node depends on statements outside its own block."""


def _graph_triples(data: bytes) -> list[ox.Triple]:
    return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.TRIG)]


def _trig_graphs(data: bytes) -> tuple[bytes, dict[str | None, bytes]] | None:
    """The @prefix lines of a TriG document pyoxigraph wrote, and its graphs' text by IRI (None:
    the default graph, the statements after the last named graph). A named graph is a line
    `<IRI> {`, its statements (each line starting with a tab), and a line `}`."""
    position = 0
    while data.startswith(b"@prefix ", position):
        position = data.index(b"\n", position) + 1
    header = data[:position]
    blocks: dict[str | None, bytes] = {}
    while data.startswith(b"<", position):
        line_end = data.find(b"\n", position)
        if line_end < 0 or not data.startswith(b"> {", line_end - 3):
            break  # the default graph's first statement
        end = data.find(b"\n}\n", line_end)
        if end < 0:
            return None
        blocks[data[position + 1 : line_end - 3].decode("utf-8")] = data[position : end + 3]
        position = end + 3
    blocks[None] = data[position:]
    return header, blocks
