"""The `kg build` job: sources in, graph files out."""

from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.assemble.graph import build_rdf
from kg.assemble.merge import merge_extractions
from kg.extract import extract_article
from kg.read import ArticleError
from kg.read.duplicates import content_key
from kg.read.errors import failure
from kg.read.idents import same_file_once
from kg.read.inputs import Input, expand, input_identifiers, read_input
from kg.read.records import PayloadSpill, is_container
from kg.vocab import load_vocab

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
# graph.ttl bytes up to which a rebuild compares it with the previous build's and reuses outputs
# (decision 014); a bigger graph is written whole, as a stream (decision 015)
REUSE_LIMIT = 256 << 20
# and corpus files of many articles: .jsonl, .ndjson, .csv, each optionally .gz (kg.read.records)


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
    files: int = 0  # articles found in the sources (files, and records of corpus files)
    records: int = 0  # of them, records of JSON Lines and CSV files
    cached: int = 0  # articles whose extraction came from the cache
    # articles read by this build (not from the cache) that the previous build in the folder had:
    changed: int = 0  # edited since
    reread: int = 0  # unchanged (kg itself changed, or --no-cache)
    nodes: dict[str, int] = field(default_factory=dict)  # distinct nodes of the written graph
    identity_rows: list = field(default_factory=list)  # kg.assemble.identity.IdentityRow
    # or, from kg.assemble.incremental.build_turtle, identity.tsv already written to a temporary
    # file beside the outputs (the rows are not held: decision 016)
    identity_file: Path | None = None
    redirects: int = (
        0  # owl:sameAs from person IRIs an earlier build published (kg.assemble.redirects)
    )

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


def collect_sources(
    sources: list[str | Path],
    report: BuildReport,
    pattern: str | None = None,
    skip: Path | None = None,
) -> list[Path]:
    """Files to read: each file as given; in each folder, its article files and those of its
    subfolders (or the files matching the glob `pattern`, e.g. ``**/*.md``), sorted by path,
    hidden files and folders skipped; a path given twice (as a file and in its folder) once.
    Files inside the folder `skip` (the build's output folder: its graph.html is no article)
    are not read, unless the source folder itself is inside it.
    Their identifiers: kg.read.idents."""
    files: list[Path] = []
    for source in map(Path, sources):
        if source.is_dir():
            inside = skip is not None and source.resolve().is_relative_to(skip)
            found = folder_files(source, pattern, None if inside else skip)
            if not found:
                wanted = pattern or "*.txt, *.text, *.html, *.htm, *.jsonl, *.csv"
                report.problems.append(f"{source}: folder has no article files ({wanted})")
            files.extend(found)
        elif source.is_file():
            files.append(source)
        else:
            report.problems.append(f"{source}: no such file or folder")
    return same_file_once(files)


def folder_files(folder: Path, pattern: str | None = None, skip: Path | None = None) -> list[Path]:
    """The article files under `folder`, at any depth, sorted by their path below it; files and
    folders whose name starts with a dot (editor backups, macOS ._ files, .kg-cache) skipped."""
    candidates = folder.glob(pattern) if pattern else folder.rglob("*")
    found = []
    for path in candidates:
        below = path.relative_to(folder).parts
        if any(part.startswith(".") for part in below) or not path.is_file():
            continue
        if skip is not None and path.resolve().is_relative_to(skip):
            continue
        if pattern or path.suffix.lower() in ARTICLE_SUFFIXES or is_container(path):
            found.append((below, path))
    return [path for _, path in sorted(found)]


def expand_inputs(
    files: list[Path], report: BuildReport, spill: PayloadSpill | None = None
) -> list[Input]:
    """The inputs of `files` (kg.read.inputs.expand); each bad record is a problem, skipped."""
    before = len(report.problems)
    inputs = expand(files, report.problems, spill)
    report.skipped += len(report.problems) - before
    return inputs


def read_all(files: list[Path], report: BuildReport):
    """Read each input once (the files, and the records of corpus files); group inputs with
    identical text under the first one."""
    by_hash: dict[str, tuple] = {}
    inputs = expand_inputs(files, report)
    for path, ident in zip(inputs, input_identifiers(inputs), strict=True):
        try:
            article = read_input(path, ident)
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
    pattern: str | None = None,
    progress=None,
    judgements: str | Path | None = None,
    nquads: bool | None = None,
    cluster: str | None = None,
) -> BuildReport:
    """Build the graph of `sources` and write DIR/graph.ttl and DIR/graph.html.

    Articles are processed by `jobs` processes (default: one per CPU) and
    cached in DIR/.kg-cache/ (see :mod:`kg.assemble.incremental`). graph.html is
    written when `html` is true, or by default while the graph has at most
    HTML_AUTO_LIMIT triples (a larger page is too big to browse). The outputs
    are replaced together, and one build at a time writes into DIR (another
    waits; `on_wait` is told once, see :mod:`kg.assemble.lock`). Folders are read
    recursively (`pattern`: a glob instead of the article suffixes). `progress(total)` is
    called once with the number of files, and returns a callable told `(n)` as each n more
    are done. `judgements`: a file of the user's verdicts on who is who
    (kg.assemble.judgements), which override the resolver. `nquads`: also write the N-Quads shards
    (kg.export.nquads). `cluster`: the address of a
    Dask scheduler that runs the per-article work and the shard writing (kg.assemble.cluster).
    """
    from kg.assemble.cluster import Cluster
    from kg.assemble.heap import collector_for_build, settle
    from kg.assemble.incremental import build_turtle, remove_stale_spills
    from kg.assemble.judgements import load_judgements
    from kg.assemble.lock import folder_lock
    from kg.assemble.redirects import earlier_state
    from kg.export.atomic import remove_stale_temporaries
    from kg.export.nquads import PATTERN
    from kg.export.outputs import OUTPUTS
    from kg.export.store import remove_stale_stores

    with collector_for_build():  # kg.assemble.heap: a collector that walks only what is new
        report = BuildReport()
        out_dir = Path(out_dir)
        verdicts = tuple(load_judgements(judgements)) if judgements else ()
        spill = PayloadSpill()  # the records' bytes of corpus files, on disk while the build runs
        try:
            found = collect_sources(sources, report, pattern, skip=out_dir.resolve())
            files = expand_inputs(found, report, spill)
            report.files = len(files)
            report.records = sum(1 for item in files if not isinstance(item, Path))
            advance = progress(len(files)) if progress else None
            with folder_lock(out_dir, on_wait):
                remove_stale_temporaries(out_dir, (*OUTPUTS, PATTERN))  # left by a killed build
                remove_stale_stores(out_dir)
                remove_stale_spills(out_dir)
                before = earlier_state(out_dir)  # the previous build's persons, redirects, articles
                settle()
                workers = Cluster(cluster) if cluster else None
                try:
                    staged_ttl = build_turtle(
                        files,
                        out_dir,
                        report,
                        jobs,
                        use_cache,
                        advance,
                        verdicts,
                        workers,
                        before.articles,
                    )
                finally:
                    if workers is not None:
                        workers.close()
                try:
                    if report.summaries:
                        _write_built(
                            staged_ttl,
                            out_dir,
                            report,
                            before,
                            html,
                            html_max_nodes,
                            nquads,
                            use_cache,
                        )
                finally:
                    staged_ttl.unlink(missing_ok=True)
                    if report.identity_file is not None:
                        report.identity_file.unlink(missing_ok=True)
        finally:
            spill.close()
        return report


def _write_built(
    staged_ttl: Path, out_dir: Path, report, before, html, html_max_nodes, nquads, use_cache
):
    """The store and the outputs of the graph whose Turtle is in the file `staged_ttl`, each read
    from that file as a stream (the redirects to earlier person IRIs appended to it first). A
    graph.ttl up to REUSE_LIMIT bytes is compared with the previous build's, whose store and
    outputs are patched where the change leaves them alone (decision 014); a bigger one is
    written whole, in bounded memory (decision 015)."""
    from kg.assemble.redirects import add_redirects, current_mentions, redirect_turtle, redirects
    from kg.export.outputs import write_outputs
    from kg.export.reuse import load_previous
    from kg.export.store import commit_store, stage_store

    small = staged_ttl.stat().st_size <= REUSE_LIMIT
    previous = load_previous(out_dir) if use_cache and small else None
    with report.timed("write store"):
        change = previous.change(staged_ttl.read_bytes()) if previous else None
        staged, report.nodes = stage_store(staged_ttl, out_dir, change)
    try:
        with report.timed("write store"):
            moved = redirects(before, current_mentions(staged)) if before.mentions else {}
            if moved:
                extra = redirect_turtle(moved)
                add_redirects(staged, extra)
                with staged_ttl.open("ab") as handle:
                    handle.write(extra)
                report.triples += len(moved)
        report.redirects = len(moved)
        with report.timed("write outputs"):
            write_outputs(
                staged_ttl,
                out_dir,
                report,
                html,
                html_max_nodes,
                nquads,
                previous,
                use_cache and small,
                staged,
            )
        commit_store(staged, out_dir)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
