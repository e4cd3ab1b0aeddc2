"""The fast build behind `kg build`: cached, parallel per-article work plus one linear merge.

1. Every source file gets a cache key (code fingerprint + name + bytes).
2. Misses are processed by worker processes (:mod:`kg.build.parallel`): read,
   extract, and the article's own nodes written as Turtle.
3. In file order, duplicates (same text) are folded into the first file, and
   all extractions are merged (:mod:`kg.build.merge`, linear).
4. The nodes that join articles (persons, organisations, memberships, roles)
   are written by :class:`GlobalWriter`.

graph.ttl is then: the @prefix lines; each article's own nodes, article by
article in input order (subjects sorted within an article); the joining
nodes, sorted. The triples are those of :func:`kg.build.build_graph`, and the
bytes are the same for any number of processes and any state of the cache.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.build.cache import ResultCache
from kg.build.graph import PREFIXES, GraphWriter, evidence_iri
from kg.build.merge import Merged, merge_extractions
from kg.build.parallel import ArticleResult, local_turtle, process_files
from kg.build.triples import TripleSet, is_local
from kg.export.turtle import header, turtle_body
from kg.vocab import load_vocab


class GlobalWriter(GraphWriter):
    """Writes only what joins articles; the per-article nodes come from the workers."""

    def article(self, *args, **kwargs) -> None:
        return None

    def evidence(self, ev):
        return evidence_iri(ev)

    def write(self, merged: Merged):
        super().write(replace(merged, events=[]))
        return self.g.only(lambda s: not is_local(s))


def _results(files: list[Path], out_dir: Path, jobs: int | None, use_cache: bool) -> list[ArticleResult]:
    """One result per file, from the cache where possible, in file order."""
    cache = ResultCache(out_dir) if use_cache else None
    keys = [ResultCache.key(f) for f in files] if cache else [""] * len(files)
    found = cache.get_many([k for k in keys if k]) if cache else {}
    todo = [i for i, k in enumerate(keys) if k not in found]
    fresh = dict(zip(todo, process_files([files[i] for i in todo], jobs))) if todo else {}
    if cache:
        cache.put_many({keys[i]: r for i, r in fresh.items() if r.problem is None})
        cache.keep_only({k for k in keys if k})
        cache.close()
    return [fresh[i] if i in fresh else found[k] for i, k in enumerate(keys)]


def _fold_duplicates(results: list[ArticleResult], report) -> list[tuple[ArticleResult, list[str]]]:
    """(result, copies) for each distinct text, in file order; problems and duplicates reported."""
    firsts: dict[str, tuple[ArticleResult, list[str]]] = {}
    for result in results:
        if result.problem:
            report.problems.append(result.problem)
            continue
        first = firsts.setdefault(result.extraction.article.sha256, (result, []))
        if first[0] is not result:
            first[1].append(result.name)
            report.duplicates[result.name] = first[0].name
    return list(firsts.values())


def build_turtle(files: list[Path], out_dir: Path, report, jobs: int | None = None,
                 use_cache: bool = True) -> bytes:
    """Canonical Turtle of the graph of `files`; fills `report` (summaries, problems, duplicates, triples)."""
    vocab = load_vocab()
    distinct = _fold_duplicates(_results(files, out_dir, jobs, use_cache), report)
    parts: list[bytes] = []
    for result, copies in distinct:
        report.summaries[result.name] = result.summary
        if copies:
            turtle, count = local_turtle(result.extraction, tuple(copies), vocab)
        else:
            turtle, count = result.turtle, result.triples
        parts.append(turtle)
        report.triples += count
    merged = merge_extractions([(r.extraction, tuple(c)) for r, c in distinct], vocab)
    joined = GlobalWriter(vocab, TripleSet()).write(merged)
    report.triples += len(joined)
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    return header(prefixes) + b"".join(parts) + turtle_body(joined, prefixes)
