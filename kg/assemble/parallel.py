"""Per-article work, spread over worker processes.

Each article is read, extracted, and its *own* nodes (the article, its events,
participations and evidence: everything :func:`kg.assemble.triples.is_local`)
are written as canonical Turtle, all in a worker. What joins articles
(persons, organisations, memberships, roles) is merged afterwards in the main
process, which is linear in the number of mentions. Results come back in input
order, so one process and many give the same bytes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial

from kg.assemble import codec
from kg.assemble.cache import ResultCache
from kg.assemble.cluster import Cluster
from kg.assemble.graph import GraphWriter
from kg.assemble.identity import ArticleContext, Identities, article_context, no_identities
from kg.assemble.merge import Merged, merge_extractions
from kg.assemble.resolve import Resolver
from kg.assemble.shards import person_shards, touched_shards
from kg.assemble.triples import TripleSet, is_local
from kg.export.turtle import turtle_body
from kg.extract import extract_article
from kg.model import Evidence, Extraction
from kg.read import ArticleError, make_article
from kg.read.duplicates import content_key
from kg.read.errors import failure, file_ident
from kg.read.inputs import Input, read_input
from kg.read.records import Record
from kg.vocab import Vocab, load_vocab

NO_EVIDENCE = Evidence("", 0, 0, "")


@dataclass
class ArticleResult:
    """What the workers return for one file (an error message instead when it could not be read)."""

    name: str
    extraction: Extraction | None = None  # slimmed: see slim()
    turtle: bytes = b""  # the statements about the article's own nodes
    triples: int = 0
    summary: dict = field(default_factory=dict)
    problem: str | None = None
    content: str = (
        ""  # content_key of the text (the slimmed extraction has no text): finds duplicates
    )
    shards: tuple[
        int, ...
    ] = ()  # the shards of joining nodes this article touches (kg.assemble.shards)
    person_shards: tuple[int, ...] = ()  # those of them holding its persons and memberships
    orgs: dict = field(
        default_factory=dict
    )  # the article's organisation nodes (merge.OrgNode by key)
    context: ArticleContext | None = None  # what the article says of who its persons are
    sha256: str = (
        ""  # of the article's input (schema:sha256): tells an edited article from one re-read
    )


@dataclass(frozen=True)
class LocalText:
    """An article's own Turtle written with the persons resolved over a build, and its triple
    count (kept in the cache: kg.assemble.incremental)."""

    turtle: bytes
    triples: int


class LocalWriter(GraphWriter[TripleSet]):
    """Writes only the nodes that belong to one article (the mirror of incremental.GlobalWriter).

    Persons, organisations, roles and memberships join articles and are written
    after the merge; of a membership, only its evidence nodes belong here.
    """

    def person(self, node) -> None:
        return None

    def orgs(self, merged) -> None:
        return None

    def role(self, *args) -> None:
        return None

    def membership(self, node, merged) -> None:
        for ev in node.evidence:
            self.evidence(ev)


def local_turtle(
    extraction: Extraction,
    copies: tuple[str, ...],
    vocab: Vocab,
    identities: Identities | None = None,
) -> tuple[bytes, int]:
    """Turtle statements about the nodes that belong to this article alone, and their triple count.

    Persons are keyed by `identities` (resolved over the whole build) when given.
    """
    turtle, count, _ = _local(extraction, copies, vocab, identities)
    return turtle, count


def _local(
    extraction: Extraction,
    copies: tuple[str, ...],
    vocab: Vocab,
    identities: Identities | None = None,
) -> tuple[bytes, int, Merged]:
    """local_turtle, and the article's own merge (which says what joining nodes it touches)."""
    # Without identities resolved over the build, persons are keyed by name (what the article
    # alone can say); articles whose persons are told apart are written again after resolution.
    merged = merge_extractions([(extraction, copies)], vocab, identities or no_identities())
    local = LocalWriter(vocab, TripleSet()).write(merged).only(is_local)
    return turtle_body(local, local.prefixes), len(local), merged


def process_file(path: Input, ident: str | None = None) -> ArticleResult:
    """Read, extract and write one article (runs in a worker): a file, or a record of a corpus
    file (kg.read.records).

    Whatever goes wrong with this one input (an error of the file, or an exception
    of a reader or extractor that it triggers) is its `problem`, one line naming
    it; the other articles of the build are not affected.
    """
    name = ident or (path.where if isinstance(path, Record) else file_ident(path))
    try:
        article = read_input(path, name)
    except ArticleError as exc:
        return ArticleResult(name, problem=str(exc))
    except Exception as exc:  # a bug of a reader: this file is skipped, never the build
        return ArticleResult(name, problem=failure(name, "read", exc))
    try:
        return _process(article)
    except Exception as exc:  # a bug of an extractor or writer, as above
        return ArticleResult(name, problem=failure(name, "extracted", exc))


def _process(article) -> ArticleResult:
    vocab = load_vocab()
    extraction = extract_article(article, vocab)
    turtle, count, merged = _local(extraction, (), vocab)
    return ArticleResult(
        article.ident,
        slim(extraction),
        turtle,
        count,
        extraction.summary(),
        content=content_key(article),
        shards=touched_shards(merged),
        person_shards=person_shards(merged),
        orgs=merged.orgs,
        context=article_context(extraction, Resolver(vocab)),
        sha256=article.sha256,
    )


def slim(extraction: Extraction) -> Extraction:
    """The extraction without what only the article's own nodes need (its text, mention and event evidence).

    What remains is what merging across articles reads; it is much smaller to
    send between processes and to keep in the cache.
    """

    def bare(items):
        return [replace(x, evidence=NO_EVIDENCE) for x in items]

    events = [
        replace(e, evidence=NO_EVIDENCE, participants=tuple(bare(e.participants)))
        for e in extraction.events
    ]
    return replace(
        extraction,
        article=replace(extraction.article, text="", body=""),
        persons=bare(extraction.persons),
        orgs=bare(extraction.orgs),
        events=events,
    )


def default_jobs() -> int:
    return os.cpu_count() or 1


def process_file_packed(
    path: Input, keyed: bool = False, ident: str | None = None
) -> tuple[bytes, bytes, str]:
    """`process_file`, encoded (kg.assemble.codec) in two parts (the result without its
    extraction, and the extraction), and the file's cache key when `keyed`.

    The bytes travel to the main process and into the cache as they are; the
    extraction is decoded only when a shard it touches is written.
    """
    result = process_file(path, ident)
    try:
        packed = codec.dumps(replace(result, extraction=None)), codec.dumps(result.extraction)
    except Exception as exc:  # a value the cache format cannot hold: this article only
        result = ArticleResult(result.name, problem=failure(result.name, "extracted", exc))
        packed = codec.dumps(result), codec.dumps(None)
    return (*packed, ResultCache.key(path, result.name) if keyed else "")


def _loaded(item: tuple[Input, str | None]) -> tuple[Input, str | None]:
    """The item with a record's bytes in it (a worker elsewhere cannot read the spill file)."""
    path, name = item
    return (path.loaded() if isinstance(path, Record) else path), name


def _packed(item: tuple[Input, str | None], keyed: bool) -> tuple[bytes, bytes, str]:
    return process_file_packed(item[0], keyed, item[1])


def process_files(
    paths: list[Input],
    jobs: int | None = None,
    keyed: bool = False,
    idents: list[str] | None = None,
    advance=None,
    cluster: Cluster | None = None,
) -> list[tuple[bytes, bytes, str]]:
    """:func:`iter_process_files` as a list."""
    return list(iter_process_files(paths, jobs, keyed, idents, advance, cluster))


def iter_process_files(
    paths: list[Input],
    jobs: int | None = None,
    keyed: bool = False,
    idents: list[str] | None = None,
    advance=None,
    cluster: Cluster | None = None,
) -> Iterator[tuple[bytes, bytes, str]]:
    """`process_file_packed` over `paths` (with their article identifiers `idents`, by default
    the file names) with `jobs` processes, results handed out in the order of `paths` as they
    come (the caller spills them to disk: none is kept here).

    A few files (an incremental rebuild) are processed in this process: starting
    workers, each loading the extractors' dictionaries, would cost more. Before
    forking, the extractors are warmed up here so that the workers inherit them.
    `advance(1)` is called as each file is done (progress).
    """
    names: list[str | None] = list(idents) if idents is not None else [None] * len(paths)
    items = list(zip(paths, names, strict=True))
    jobs = max(1, min(jobs or default_jobs(), len(paths)))
    tick = advance or (lambda n: None)
    if cluster is not None:  # kg.assemble.cluster: the same function as tasks, in order
        yield from cluster.imap(_packed, items, advance=tick, prepare=_loaded, keyed=keyed)
        return
    if jobs == 1 or len(paths) <= INLINE_FILES:
        for item in items:
            yield _packed(item, keyed)
            tick(1)
        return
    warm_up()
    chunk = max(1, min(32, len(paths) // (jobs * 8)))
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    )
    with context.Pool(jobs, initializer=_leave_interrupts) as pool:
        for result in pool.imap(partial(_packed, keyed=keyed), items, chunksize=chunk):
            yield result
            tick(1)


def _leave_interrupts() -> None:
    """A worker ignores Ctrl-C: the build's own process stops the workers and says it was
    interrupted, in one line (a worker interrupted mid-article would print a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


INLINE_FILES = 16
WARM_UP = {  # generic sentences, one per language, that make the extractors load what they load lazily
    "en": "The company held its annual working meeting to review the work of the past year and plan the next.",
    "zh": "公司召开年度工作会议，总结过去一年的工作，部署新一年的重点任务，动员全体干部职工坚定信心。",
}


def warm_up() -> None:
    """Run the extractors once on tiny texts so lazily loaded dictionaries are loaded before forking."""
    vocab = load_vocab()
    for language, text in WARM_UP.items():
        with contextlib.suppress(Exception):
            extract_article(make_article(f"warm-up.{language}", f"Warm-up\n\n{text}\n"), vocab)
