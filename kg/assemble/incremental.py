"""The fast build behind `kg build`: cached, parallel per-article work plus one linear merge.

1. Every source file gets a cache key (code fingerprint + name + bytes).
2. Misses are processed by worker processes (:mod:`kg.assemble.parallel`): read,
   extract, and the article's own nodes written as Turtle.
3. In file order, duplicates (same text) are folded into the first file.
4. The nodes that join articles (persons, organisations, memberships) are
   written by :class:`GlobalWriter` in shards (:mod:`kg.assemble.shards`). A
   shard's signature is a hash of the cache keys of the articles touching it;
   only shards whose signature the cache lacks are written, from a merge
   (:mod:`kg.assemble.merge`, linear) of just the articles that touch them. The
   role concepts come from the roles the shards use.

graph.ttl is then: the @prefix lines; each article's own nodes, article by
article in input order (subjects sorted within an article); the role
concepts; the joining nodes, shard by shard. The triples are those of :func:`kg.assemble.build_graph`, and the
bytes are the same for any number of processes and any state of the cache.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kg.assemble import codec
from kg.assemble.cache import ResultCache, code_fingerprint
from kg.assemble.cluster import Cluster
from kg.assemble.graph import PREFIXES, GraphWriter, evidence_iri
from kg.assemble.identity import Identities, resolve_identities
from kg.assemble.merge import Merged, merge_extractions, sum_orgs
from kg.assemble.parallel import ArticleResult, local_turtle, process_files
from kg.assemble.shards import (
    ShardText,
    shard_of,
    signatures,
    split_shards,
    write_roles,
    write_shard,
)
from kg.assemble.triples import TripleSet, is_local
from kg.export.turtle import header
from kg.extract import extract_article
from kg.model import Extraction
from kg.read import ArticleError
from kg.read.inputs import Input, input_identifiers, read_input
from kg.read.records import Record
from kg.vocab import load_vocab


class GlobalWriter(GraphWriter[TripleSet]):
    """Writes only what joins articles; the per-article nodes come from the workers.

    With `roles=False` it leaves out the role concepts, and with `roles=True`
    it writes only them (see :mod:`kg.assemble.shards`).
    """

    def __init__(self, vocab, graph=None, roles: bool | None = None):
        super().__init__(vocab, graph if graph is not None else TripleSet())
        self.roles = roles

    def article(self, *args, **kwargs) -> None:
        return None

    def evidence(self, ev):
        return evidence_iri(ev)

    def membership(self, node, merged) -> None:
        if self.roles is not True:
            super().membership(node, merged)

    def role_concepts(self, used) -> None:
        if self.roles is not False:  # written once, in their own part, not in every shard
            super().role_concepts(used)

    def write(self, merged: Merged):
        super().write(replace(merged, events=[]))
        return self.g.only(lambda s: not is_local(s))


@dataclass
class Entry:
    """One file of the build: its cache key, its result without the extraction, and the extraction
    (encoded, from a worker, or decoded, from the cache)."""

    key: str
    result: ArticleResult
    path: Input
    packed_extraction: bytes = b""
    loaded: Extraction | None = None

    def extraction(self) -> Extraction:
        if self.loaded is None:
            self.loaded = codec.loads(self.packed_extraction)
        return self.loaded


def _entries(
    files: list[Input],
    idents: list[str],
    cache: ResultCache | None,
    jobs: int | None,
    advance=None,
    cluster: Cluster | None = None,
) -> list[Entry]:
    """One entry per file (identified by `idents`), from the cache where possible, in file order.

    The keys are computed here only to look up a cache that has entries;
    otherwise the workers compute them (they read the files anyway).
    """
    lookup = cache is not None and cache.has_articles()
    keys = (
        [ResultCache.key(f, i) for f, i in zip(files, idents, strict=True)]
        if lookup
        else [""] * len(files)
    )
    light = cache.get_light([k for k in keys if k]) if cache is not None and lookup else {}
    todo = [i for i, k in enumerate(keys) if k not in light]
    if advance and len(todo) < len(files):
        advance(len(files) - len(todo))
    work = (
        process_files(
            [files[i] for i in todo],
            jobs,
            keyed=cache is not None and not lookup,
            idents=[idents[i] for i in todo],
            advance=advance,
            cluster=cluster,
        )
        if todo
        else []
    )
    fresh = dict(zip(todo, work, strict=False))
    entries, store = [], {}
    for i, key in enumerate(keys):
        if i in fresh:
            packed_light, packed_extraction, worker_key = fresh[i]
            key = key or worker_key
            result = codec.loads(packed_light)
            entries.append(Entry(key, result, files[i], packed_extraction))
            if result.problem is None:
                store[key] = (packed_light, packed_extraction)
        else:
            entries.append(Entry(key, light[key], files[i]))
    keys = [entry.key for entry in entries]
    if cache:
        cache.put_many(store)
        cache.keep_only("article", {k for k in keys if k})
    return entries


def _load_extractions(
    entries: list[Entry],
    cache: ResultCache | None,
    jobs: int | None,
    cluster: Cluster | None = None,
) -> None:
    """Fill in the extractions of `entries` that came from the cache without one.

    An extraction the cache no longer has, or that fails its check, is made
    again from the file (and put back into the cache).
    """
    wanted = [e for e in entries if not e.packed_extraction and e.loaded is None]
    found = cache.get_extractions([e.key for e in wanted]) if cache and wanted else {}
    missing = []
    for entry in wanted:
        entry.loaded = found.get(entry.key)
        if entry.loaded is None:
            missing.append(entry)
    if not missing:
        return
    work = process_files(
        [e.path for e in missing], jobs, idents=[e.result.name for e in missing], cluster=cluster
    )
    store = {}
    for entry, (packed_light, packed_extraction, _) in zip(missing, work, strict=True):
        result = codec.loads(packed_light)
        if result.problem or result.content != entry.result.content:
            where = entry.path.container if isinstance(entry.path, Record) else entry.path
            raise ArticleError(
                where, "changed while the build was reading it; build again", entry.result.name
            )
        entry.packed_extraction = packed_extraction
        store[entry.key] = (packed_light, packed_extraction)
    if cache:
        cache.put_many(store)


def _fold_duplicates(entries: list[Entry], report) -> list[tuple[Entry, list[str]]]:
    """(entry, copies) for each distinct text, in file order; problems and duplicates reported."""
    firsts: dict[str, tuple[Entry, list[str]]] = {}
    for entry in entries:
        result = entry.result
        if result.problem:
            report.problems.append(result.problem)
            report.skipped += 1
            continue
        first = firsts.setdefault(result.content, (entry, []))
        if first[0] is not entry:
            first[1].append(result.name)
            report.duplicates[result.name] = first[0].result.name
    return list(firsts.values())


def _article_parts(
    distinct, paths: dict[str, Input], vocab, report, identities: Identities
) -> list[bytes]:
    """Each article's own Turtle, in order.

    It is written again when the article has duplicates, or when one of its
    persons is told apart from another of the same name (the worker could only
    key them by name).
    """
    parts = []
    for entry, copies in distinct:
        result = entry.result
        report.summaries[result.name] = result.summary
        if copies or identities.touches(result.name):
            full = extract_article(read_input(paths[result.name], result.name), vocab)
            turtle, count = local_turtle(full, tuple(copies), vocab, identities)
        else:
            turtle, count = result.turtle, result.triples
        parts.append(turtle)
        report.triples += count
    return parts


def _shard_signatures(distinct: list[tuple[Entry, list[str]]], judged: str = "") -> dict[int, str]:
    """Each touched shard's signature (kg.assemble.shards), from the keys of the articles touching
    it and the user's judgements (`judged`, their repr: they change who is who)."""
    touching: dict[int, list[str]] = {}
    for entry, _ in distinct:
        for index in entry.result.shards:
            touching.setdefault(index, []).append(entry.key)
    duplicates = sorted((entry.result.name, tuple(copies)) for entry, copies in distinct if copies)
    return signatures(
        touching, code_fingerprint() + repr(duplicates) + judged
    )  # duplicates change memberships


def _dirty_pieces(
    distinct,
    dirty: set[int],
    cache: ResultCache | None,
    vocab,
    identities: Identities,
    jobs: int | None = None,
    cluster: Cluster | None = None,
) -> dict[int, Merged]:
    """The merged state of each dirty shard.

    Persons and memberships come from a merge of the articles whose persons
    fall in a dirty shard; organisations, which an organisation named by
    thousands of articles would otherwise drag in, are the sum of the
    articles' own organisation nodes (kept with each result).
    """
    needed = [
        (entry, copies)
        for entry, copies in distinct
        if dirty.intersection(entry.result.person_shards)
    ]
    _load_extractions([entry for entry, _ in needed], cache, jobs, cluster)
    merged = merge_extractions(
        [(entry.extraction(), tuple(copies)) for entry, copies in needed], vocab, identities
    )
    pieces = split_shards(merged)
    orgs = sum_orgs(
        (entry.result.orgs for entry, _ in distinct if dirty.intersection(entry.result.shards)),
        keep=lambda key: shard_of(("org", key)) in dirty,
    )
    for index in dirty:
        pieces.setdefault(index, Merged(copies=merged.copies)).orgs = {}
    for key, node in orgs.items():
        pieces[shard_of(("org", key))].orgs[key] = node
    return pieces


def _joining_nodes(
    distinct,
    cache: ResultCache | None,
    vocab,
    report,
    identities: Identities,
    jobs: int | None = None,
    judged: str = "",
    cluster: Cluster | None = None,
) -> tuple[bytes, int]:
    """Turtle of the nodes that join articles: the role concepts, then every shard in order.

    Only the shards whose signature the cache lacks are written, from a merge of
    just the articles that touch them (all of them when there is no cache).
    """
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    sigs = _shard_signatures(distinct, judged)
    known = cache.get_shards(sorted(set(sigs.values()))) if cache else {}
    dirty = {index for index, sig in sigs.items() if not cache or sig not in known}
    with report.timed("merge"):
        pieces = _dirty_pieces(distinct, dirty, cache, vocab, identities, jobs, cluster)
    with report.timed("write joining nodes"):
        order = sorted(dirty)
        if cluster is not None:  # each shard a task: the same function, the same bytes
            written = cluster.map(write_piece, [pieces[index] for index in order])
        else:
            written = [write_piece(pieces[index], vocab) for index in order]
        fresh = dict(zip(order, written, strict=True))
        texts = [fresh[index] if index in fresh else known[sigs[index]] for index in sorted(sigs)]
        roles, count = write_roles(texts, GlobalWriter(vocab, roles=True), prefixes)
    if cache:
        with report.timed("update cache"):
            cache.put_shards({sigs[index]: text for index, text in fresh.items()})
            cache.keep_only("joined", set(sigs.values()))
    return roles + b"".join(text.turtle for text in texts), count + sum(
        text.triples for text in texts
    )


def write_piece(piece: Merged, vocab=None) -> ShardText:
    """The Turtle of one shard's joining nodes (without role concepts): runs where the shards
    are written, locally or as a task on a cluster."""
    vocab = vocab or load_vocab()
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    return write_shard(piece, GlobalWriter(vocab, roles=False), prefixes)


def build_turtle(
    files: list[Input],
    out_dir: Path,
    report,
    jobs: int | None = None,
    use_cache: bool = True,
    advance=None,
    judgements: tuple = (),
    cluster: Cluster | None = None,
) -> bytes:
    """Canonical Turtle of the graph of `files`; fills `report` (summaries, problems, duplicates, triples)."""
    vocab = load_vocab()
    idents = input_identifiers(files)
    cache = ResultCache(out_dir) if use_cache else None
    try:
        with report.timed("read and extract"):
            entries = _entries(files, idents, cache, jobs, advance, cluster)
            report.cached = sum(1 for e in entries if not e.packed_extraction)
            report.fresh = {e.result.name: e.result.sha256 for e in entries if e.packed_extraction}
            distinct = _fold_duplicates(entries, report)
        with report.timed("resolve identities"):
            identities = resolve_identities(
                (entry.result.context for entry, _ in distinct if entry.result.context),
                vocab,
                judgements,
            )
            report.identity_rows = identities.rows
            report.warnings.extend(identities.problems)
        with report.timed("read and extract"):
            paths = dict(zip(idents, files, strict=True))
            parts = _article_parts(distinct, paths, vocab, report, identities)
        joined, count = _joining_nodes(
            distinct, cache, vocab, report, identities, jobs, repr(judgements), cluster
        )
        report.triples += count
    finally:
        if cache:
            cache.close()
            report.warnings.extend(cache.warnings)
    return header({name: str(ns) for name, ns in PREFIXES.items()}) + b"".join(parts) + joined
