"""The fast build behind `kg build`: cached, parallel per-article work plus one linear merge.

1. Every source file gets a cache key (code fingerprint + name + bytes).
2. Misses are processed by worker processes (:mod:`kg.build.parallel`): read,
   extract, and the article's own nodes written as Turtle.
3. In file order, duplicates (same text) are folded into the first file, and
   all extractions are merged (:mod:`kg.build.merge`, linear).
4. The nodes that join articles (persons, organisations, memberships, roles)
   are written by :class:`GlobalWriter`, in shards whose Turtle is cached by
   the signature of their merged state (:mod:`kg.build.shards`).

graph.ttl is then: the @prefix lines; each article's own nodes, article by
article in input order (subjects sorted within an article); the role
concepts; the joining nodes, shard by shard. The triples are those of :func:`kg.build.build_graph`, and the
bytes are the same for any number of processes and any state of the cache.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.build.cache import ResultCache, code_fingerprint
from kg.build.graph import PREFIXES, GraphWriter, evidence_iri
from kg.build.merge import Merged, merge_extractions
from kg.build.parallel import ArticleResult, local_turtle, process_files
from kg.build.shards import write_shards
from kg.build.triples import TripleSet, is_local
from kg.export.turtle import header
from kg.extract import extract_article
from kg.read import read_article
from kg.vocab import load_vocab


class GlobalWriter(GraphWriter):
    """Writes only what joins articles; the per-article nodes come from the workers.

    With `roles=False` it leaves out the role concepts, and with `roles=True`
    it writes only them (see :mod:`kg.build.shards`).
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

    def role(self, *args) -> None:
        if self.roles is not False:
            super().role(*args)

    def write(self, merged: Merged):
        super().write(replace(merged, events=[]))
        return self.g.only(lambda s: not is_local(s))


def _results(files: list[Path], cache: ResultCache | None, jobs: int | None) -> list[ArticleResult]:
    """One result per file, from the cache where possible, in file order."""
    keys = [ResultCache.key(f) for f in files] if cache else [""] * len(files)
    found = cache.get_many([k for k in keys if k]) if cache else {}
    todo = [i for i, k in enumerate(keys) if k not in found]
    fresh = dict(zip(todo, process_files([files[i] for i in todo], jobs))) if todo else {}
    if cache:
        cache.put_many({keys[i]: r for i, r in fresh.items() if r.problem is None})
        cache.keep_only("result", {k for k in keys if k})
    return [fresh[i] if i in fresh else found[k] for i, k in enumerate(keys)]


def _fold_duplicates(results: list[ArticleResult], report) -> list[tuple[ArticleResult, list[str]]]:
    """(result, copies) for each distinct text, in file order; problems and duplicates reported."""
    firsts: dict[str, tuple[ArticleResult, list[str]]] = {}
    for result in results:
        if result.problem:
            report.problems.append(result.problem)
            continue
        first = firsts.setdefault(result.content or result.extraction.article.sha256, (result, []))
        if first[0] is not result:
            first[1].append(result.name)
            report.duplicates[result.name] = first[0].name
    return list(firsts.values())


def _article_parts(distinct, paths: dict[str, Path], vocab, report) -> list[bytes]:
    """Each article's own Turtle (written again with its copies when it has duplicates), in order."""
    parts = []
    for result, copies in distinct:
        report.summaries[result.name] = result.summary
        if copies:
            full = extract_article(read_article(paths[result.name]), vocab)
            turtle, count = local_turtle(full, tuple(copies), vocab)
        else:
            turtle, count = result.turtle, result.triples
        parts.append(turtle)
        report.triples += count
    return parts


def build_turtle(files: list[Path], out_dir: Path, report, jobs: int | None = None,
                 use_cache: bool = True) -> bytes:
    """Canonical Turtle of the graph of `files`; fills `report` (summaries, problems, duplicates, triples)."""
    vocab = load_vocab()
    cache = ResultCache(out_dir) if use_cache else None
    try:
        with report.timed("read and extract"):
            distinct = _fold_duplicates(_results(files, cache, jobs), report)
            parts = _article_parts(distinct, {f.name: f for f in files}, vocab, report)
        with report.timed("merge"):
            merged = merge_extractions([(r.extraction, tuple(c)) for r, c in distinct], vocab)
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
        with report.timed("write joining nodes"):
            joined, count, used = write_shards(merged, lambda roles: GlobalWriter(vocab, roles=roles), prefixes,
                                               cache, code_fingerprint())
        report.triples += count
        if cache:
            with report.timed("update cache"):
                cache.keep_only("shard", used)
    finally:
        if cache:
            cache.close()
    return header(prefixes) + b"".join(parts) + joined
