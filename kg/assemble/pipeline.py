"""The `kg build` job: sources in, graph files out."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.assemble.graph import build_rdf
from kg.assemble.merge import merge_extractions
from kg.extract import extract_article
from kg.read import ArticleError, read_article
from kg.read.duplicates import content_key
from kg.read.errors import failure
from kg.read.idents import article_identifiers, same_file_once
from kg.vocab import load_vocab

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")


@dataclass
class BuildReport:
    """What a build did: one summary per article, the problems, the duplicates."""

    summaries: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(
        default_factory=dict
    )  # duplicate file -> the file it repeats
    triples: int = 0
    skipped: int = 0  # files reported in `problems` and left out of the graph
    warnings: list[str] = field(default_factory=list)  # about the build, not a file (the cache)
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds (wall clock)

    @contextmanager
    def timed(self, phase: str):
        """Add the wall-clock time of the block to `timings[phase]`."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[phase] = self.timings.get(phase, 0.0) + time.perf_counter() - start

    def totals(self) -> dict[str, int]:
        keys = ("persons", "organisations", "roles", "events")
        return {k: sum(s[k] for s in self.summaries.values()) for k in keys}


def collect_sources(sources: list[str | Path], report: BuildReport) -> list[Path]:
    """Files to read: each file as given, each folder's article files sorted by name (a path
    given twice, as a file and in its folder, once). Their identifiers: kg.read.idents."""
    files: list[Path] = []
    for source in map(Path, sources):
        if source.is_dir():
            found = sorted(
                p
                for p in source.iterdir()
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.startswith(".")
            )  # editor backups, macOS ._ files
            if not found:
                report.problems.append(f"{source}: folder has no article files (*.txt, *.html)")
            files.extend(found)
        elif source.is_file():
            files.append(source)
        else:
            report.problems.append(f"{source}: no such file or folder")
    return same_file_once(files)


def read_all(files: list[Path], report: BuildReport):
    """Read each file once; group files with identical text under the first one."""
    by_hash: dict[str, tuple] = {}
    for path, ident in zip(files, article_identifiers(files), strict=True):
        try:
            article = read_article(path, ident)
        except ArticleError as exc:
            report.problems.append(str(exc))
            report.skipped += 1
            continue
        except Exception as exc:  # a bug of a reader: this file is skipped, never the build
            report.problems.append(failure(ident, "read", exc))
            report.skipped += 1
            continue
        key = content_key(article)
        first = by_hash.get(key)
        if first:
            first[1].append(article.ident)
            report.duplicates[article.ident] = first[0].ident
        else:
            by_hash[key] = (article, [])
    return list(by_hash.values())


def build_graph(sources: list[str | Path], report: BuildReport | None = None) -> Graph:
    """Read, extract and merge the sources into one RDF graph."""
    report = report if report is not None else BuildReport()
    vocab = load_vocab()
    extractions = []
    for article, copies in read_all(collect_sources(sources, report), report):
        try:
            extraction = extract_article(article, vocab)
        except Exception as exc:  # a bug of an extractor: this article is skipped, as above
            report.problems.append(failure(article.ident, "extracted", exc))
            report.skipped += 1
            continue
        report.summaries[article.ident] = extraction.summary()
        extractions.append((extraction, tuple(copies)))
    graph = build_rdf(merge_extractions(extractions, vocab), vocab)
    report.triples = len(graph)
    return graph


def build(
    sources: list[str | Path],
    out_dir: str | Path,
    html_max_nodes: int | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    html: bool | None = None,
    on_wait=None,
) -> BuildReport:
    """Build the graph of `sources` and write DIR/graph.ttl and DIR/graph.html.

    Articles are processed by `jobs` processes (default: one per CPU) and
    cached in DIR/.kg-cache/ (see :mod:`kg.assemble.incremental`). graph.html is
    written when `html` is true, or by default while the graph has at most
    HTML_AUTO_LIMIT triples (a larger page is too big to browse). The outputs
    are replaced together, and one build at a time writes into DIR (another
    waits; `on_wait` is told once, see :mod:`kg.assemble.lock`).
    """
    from kg.assemble.incremental import build_turtle
    from kg.assemble.lock import folder_lock
    from kg.export.atomic import remove_stale_temporaries
    from kg.export.outputs import OUTPUTS, write_outputs

    report = BuildReport()
    out_dir = Path(out_dir)
    files = collect_sources(sources, report)
    with folder_lock(out_dir, on_wait):
        remove_stale_temporaries(out_dir, OUTPUTS)  # left by a build that was killed
        data = build_turtle(files, out_dir, report, jobs, use_cache)
        if report.summaries:
            with report.timed("write outputs"):
                write_outputs(data, out_dir, report, html, html_max_nodes)
    return report
