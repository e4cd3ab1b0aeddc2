"""The fast build behind `kg build`: cached, parallel per-article work plus a merge by shards,
in bounded memory.

1. Every source file gets a cache key (code fingerprint + name + bytes).
2. Misses are processed by worker processes (:mod:`kg.assemble.parallel`): read,
   extract, and the article's own nodes written as Turtle. Each result is put into
   the cache (or, with ``--no-cache``, a spill store of the same kind in a hidden
   folder of DIR, removed after the build) as it arrives; what the later steps need of
   each article (its name, content key, shards touched, summary) goes to an SQLite file
   in the build's spill folder (:mod:`kg.assemble.article_spill`), its identity context to
   another (:mod:`kg.assemble.identity_spill`): this process holds no record per article,
   and every later step reads them back in file order, a batch at a time.
3. In file order, duplicates (same text) are folded into the first file (by SQL).
4. Who is who is resolved over the articles' identity contexts (:mod:`kg.assemble.identity`).
5. Each article's own Turtle is copied from the store into the staged graph.ttl, in order.
6. The nodes that join articles (persons, organisations, memberships) are
   written by :class:`GlobalWriter` in shards (:mod:`kg.assemble.shards`), a group
   of shards at a time (:func:`kg.assemble.shards.shard_groups`): a group's merged state is
   all this process holds of them. A shard's signature is a hash of the cache keys of the
   articles touching it; only shards whose signature the cache lacks are written, from a
   merge (:mod:`kg.assemble.merge`, linear) of just the articles that touch them, their
   extractions streamed from the store. The role concepts come from the roles the shards use.

graph.ttl is then: the @prefix lines; each article's own nodes, article by
article in input order (subjects sorted within an article); the role
concepts; the joining nodes, shard by shard. The triples are those of :func:`kg.assemble.build_graph`, and the
bytes are the same for any number of processes, any state of the cache and any grouping of
the shards (decision 015).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

from kg.assemble import codec
from kg.assemble.article_spill import ArticleSpill, Distinct, Entry, Kept
from kg.assemble.cache import ResultCache, code_fingerprint
from kg.assemble.cluster import Cluster
from kg.assemble.graph import PREFIXES, GraphWriter, evidence_iri
from kg.assemble.heap import settle
from kg.assemble.identity import Identities, block_of, resolve_parts
from kg.assemble.identity_spill import IdentitySpill, buckets_for
from kg.assemble.merge import Merged, Merger, OrgNode, sum_orgs
from kg.assemble.parallel import (
    ArticleResult,
    LocalText,
    iter_process_files,
    local_turtle,
    process_file,
    process_files,
)
from kg.assemble.shards import (
    ShardText,
    roles_turtle,
    shard_groups,
    shard_of,
    split_shards,
    write_shard,
)
from kg.assemble.triples import TripleSet, is_local
from kg.export.identity_report import write_identity_tsv
from kg.export.turtle import header
from kg.extract import extract_article
from kg.model import Extraction
from kg.read import ArticleError
from kg.read.inputs import Input, input_identifiers, read_input
from kg.read.records import Record
from kg.vocab import load_vocab

SPILL = ".kg-spill."  # prefix of the hidden folder a --no-cache build spills its results to
BATCH = 256  # articles read from or put into the store at a time
GROUP_TOUCHES = 100_000  # (article, person shard) pairs merged at once: bounds a group's state


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


def _compact(result: ArticleResult) -> Kept:
    """What is kept of `result` (in the build's kg.assemble.article_spill.ArticleSpill)."""
    return Kept(
        result.name,
        result.summary,
        result.problem,
        result.content,
        result.shards,
        result.person_shards,
        result.sha256,
    )


def _entries(
    files: list[Input],
    idents: list[str],
    cache: ResultCache | None,
    store: ResultCache,
    jobs: int | None,
    identity: IdentitySpill,
    articles: ArticleSpill,
    advance=None,
    cluster: Cluster | None = None,
) -> None:
    """One record per file (identified by `idents`), from the cache where possible, into
    `articles` under the file's place in `files`; the results made here are put into `store`
    (the cache, or the spill store) as they come, their identity contexts into `identity` (by
    the same place).

    The keys are computed here only to look up a cache that has entries;
    otherwise the workers compute them (they read the files anyway). Without a cache,
    an entry's key is its place in the build (the spill store lives for one build).
    """
    lookup = cache is not None and cache.has_articles()
    missed: dict[int, str] = {}  # the keys looked up in vain, by place
    if cache is not None and lookup:  # kept compact as read: no article's Turtle stays here
        for start in range(0, len(files), BATCH):
            part = range(start, min(start + BATCH, len(files)))
            keys = {i: ResultCache.key(files[i], idents[i]) for i in part}
            found = cache.get_light([key for key in keys.values() if key])
            for i, key in keys.items():
                result = found.get(key) if key else None
                if result is None:
                    missed[i] = key
                else:
                    identity.add(i, result.context)
                    articles.add(i, key, _compact(result), fresh=False)
    todo = sorted(missed) if lookup else list(range(len(files)))
    if advance and len(todo) < len(files):
        advance(len(files) - len(todo))
    work = (
        iter_process_files(
            [files[i] for i in todo],
            jobs,
            keyed=cache is not None and not lookup,
            idents=[idents[i] for i in todo],
            advance=advance,
            cluster=cluster,
        )
        if todo
        else iter(())
    )
    pending: dict[str, tuple[bytes, bytes]] = {}
    for i, (packed_light, packed_extraction, worker_key) in zip(todo, work, strict=True):
        key = missed.get(i, "") or worker_key or ("" if cache is not None else f"spill:{i}")
        result = codec.loads(packed_light)
        identity.add(i, result.context)
        articles.add(i, key, _compact(result), fresh=True)
        if result.problem is None and key:
            pending[key] = (packed_light, packed_extraction)
            if len(pending) >= BATCH:
                store.put_many(pending)
                pending = {}
    store.put_many(pending)
    if cache:
        cache.keep_only("article", set(articles.keys()))


def _extractions(
    distinct: Iterable[Distinct],
    store: ResultCache,
    jobs: int | None,
    cluster: Cluster | None = None,
) -> Iterator[tuple[Entry, list[str], Extraction]]:
    """Each of `distinct` (entry, copies) with its extraction, in order, read from the store a
    batch at a time.

    An extraction the store no longer has, or that fails its check, is made
    again from the file (and put back).
    """
    stream = iter(distinct)
    while batch := list(islice(stream, BATCH)):
        found = store.get_extractions([e.key for e, _ in batch])
        missing = [e for e, _ in batch if found.get(e.key) is None]
        if missing:
            found.update(_again(missing, store, jobs, cluster))
        for entry, copies in batch:
            yield entry, copies, found[entry.key]


def _again(
    missing: list[Entry], store: ResultCache, jobs: int | None, cluster: Cluster | None
) -> dict[str, Extraction]:
    """The extractions of `missing`, made again from their files (and put back into `store`)."""
    work = process_files(
        [e.path for e in missing], jobs, idents=[e.result.name for e in missing], cluster=cluster
    )
    put, out = {}, {}
    for entry, (packed_light, packed_extraction, _) in zip(missing, work, strict=True):
        result = codec.loads(packed_light)
        if result.problem or result.content != entry.result.content:
            where = entry.path.container if isinstance(entry.path, Record) else entry.path
            raise ArticleError(
                where, "changed while the build was reading it; build again", entry.result.name
            )
        put[entry.key] = (packed_light, packed_extraction)
        out[entry.key] = codec.loads(packed_extraction)
    store.put_many(put)
    return out


def _fold_duplicates(articles: ArticleSpill, report) -> set[int]:
    """Fold the duplicates (same text) of `articles` into the first file of their text; report
    the problems and the duplicates, in file order. Returns the places of the duplicates."""
    articles.fold()
    left_out = set()
    for place, problem in articles.problems():
        report.problems.append(problem)
        report.skipped += 1
        left_out.add(place)
    for place, name, first in articles.duplicates():
        report.duplicates[name] = first
        left_out.add(place)
    return left_out


def _write_article_parts(
    out: NamedOutput,
    distinct: Iterable[Distinct],
    store: ResultCache,
    vocab,
    report,
    identities: Identities,
    cache: ResultCache | None = None,
) -> None:
    """Each article's own Turtle, in order, copied from the store to `out`.

    It is written again when the article has duplicates, or when one of its
    persons is told apart from another of the same name (the worker could only
    key them by name), or when the store lost it. What is written again for the first
    two reasons is kept in `cache` under a key of all it depends on (:func:`_rewritten_key`),
    so a later build copies it instead of extracting the article again.
    """
    by_article = identities.by_article()
    used: set[str] = set()
    stream = iter(distinct)
    while batch := list(islice(stream, BATCH)):
        plain = [
            e.key for e, copies in batch if not copies and not identities.touches(e.result.name)
        ]
        light = store.get_own_turtle(plain) if plain else {}
        rekeys = {
            e.key: _rewritten_key(e.key, copies, by_article.get(e.result.name, ()))
            for e, copies in batch
            if cache is not None and e.key and (copies or identities.touches(e.result.name))
        }
        known = cache.get_rewritten(sorted(rekeys.values())) if cache and rekeys else {}
        fresh: dict[str, LocalText] = {}
        for entry, copies in batch:
            result = entry.result
            report.summaries[result.name] = result.summary
            stored = light.get(entry.key) if entry.key in plain else None
            rekey = rekeys.get(entry.key, "")
            if stored is not None:
                turtle, count = stored.turtle, stored.triples
            elif rekey in known:
                turtle, count = known[rekey].turtle, known[rekey].triples
            else:
                full = extract_article(read_input(entry.path, result.name), vocab)
                turtle, count = local_turtle(full, tuple(copies), vocab, identities)
                if rekey:
                    fresh[rekey] = LocalText(turtle, count)
            if rekey:
                used.add(rekey)
            out.write(turtle)
            report.triples += count
        if cache and fresh:
            cache.put_rewritten(fresh)
    if cache:
        cache.keep_only("local", used)


def _rewritten_key(key: str, copies: list[str], persons: tuple) -> str:
    """The cache key of an article's own Turtle written again: its entry's key (code, name and
    bytes), its duplicates and what the build's identities answer for its persons."""
    digest = hashlib.sha256(b"local\0" + key.encode() + b"\0")
    digest.update(repr((tuple(copies), persons)).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _shard_signatures(articles: ArticleSpill, judged: str = "") -> dict[int, str]:
    """Each touched shard's signature (kg.assemble.shards), from the keys of the articles touching
    it and the user's judgements (`judged`, their repr: they change who is who)."""
    copies: dict[str, list[str]] = {}
    for _, name, first in articles.duplicates():
        copies.setdefault(first, []).append(name)
    duplicates = sorted((name, tuple(names)) for name, names in copies.items())
    return articles.signatures(
        code_fingerprint() + repr(duplicates) + judged
    )  # duplicates change memberships


def _stored_orgs(entries: Iterable[Entry], store: ResultCache) -> Iterator[dict[str, OrgNode]]:
    """The organisation nodes (from the store's light parts) of each of `entries`, in order."""
    stream = iter(entries)
    while batch := list(islice(stream, BATCH)):
        light = store.get_light([e.key for e in batch])
        for entry in batch:
            found = light.get(entry.key)
            if found is None:  # the store lost it: the article's own merge, made again
                found = process_file(entry.path, entry.result.name)
            yield found.orgs


def _drop_clean(merged: Merged, sizes: tuple[int, int, int], dirty: set[int]) -> None:
    """Drop the nodes the last article added to `merged` (those past `sizes`, as dicts keep their
    order) that fall outside the `dirty` shards, so that a group's merge holds its own shards'
    nodes only, however many articles touch it. A node outside them was dropped before, so it is
    always new: what stays is what the merge of all the articles gives for the dirty shards."""

    def tail(nodes: dict, start: int) -> list:
        return list(islice(reversed(nodes), len(nodes) - start))

    persons, orgs, memberships = sizes
    for key in tail(merged.persons, persons):
        if shard_of(("person", block_of(key))) not in dirty:
            del merged.persons[key]
    for key in tail(merged.orgs, orgs):
        if shard_of(("org", key)) not in dirty:
            del merged.orgs[key]
    for ident in tail(merged.memberships, memberships):
        if shard_of(("person", block_of(ident[0]))) not in dirty:
            del merged.memberships[ident]


def _dirty_pieces(
    articles: ArticleSpill,
    dirty: set[int],
    store: ResultCache,
    vocab,
    identities: Identities,
    jobs: int | None = None,
    cluster: Cluster | None = None,
) -> dict[int, Merged]:
    """The merged state of each dirty shard.

    Persons and memberships come from a merge of the articles whose persons
    fall in a dirty shard, their extractions streamed from the store (only what
    joining nodes need is kept of each: no events, no article nodes);
    organisations, which an organisation named by thousands of articles would
    otherwise drag in, are the sum of the articles' own organisation nodes: those
    of the merged articles as the merge added them up, those of the articles that
    touch a dirty shard by an organisation alone read from the store (an article's
    organisation nodes do not depend on who is who, so the sum is the same).
    """
    merger = Merger(vocab, identities)
    merged = merger.merged
    needed = (
        (entry, copies)
        for entry, copies in articles.distinct()
        if dirty.intersection(entry.result.person_shards)
    )
    for entry, copies, extraction in _extractions(needed, store, jobs, cluster):
        sizes = (len(merged.persons), len(merged.orgs), len(merged.memberships))
        merger.add(extraction, tuple(copies))
        name = entry.result.name
        del merged.articles[name], merged.mentions[name]  # the joining nodes never read them
        if not copies:
            del merged.copies[name]
        merged.events.clear()
        _drop_clean(merged, sizes, dirty)
    pieces = split_shards(merged)
    org_only = (
        entry
        for entry, _ in articles.distinct()
        if dirty.intersection(entry.result.shards)
        and not dirty.intersection(entry.result.person_shards)
    )
    orgs = sum_orgs(
        chain([merged.orgs], _stored_orgs(org_only, store)),
        keep=lambda key: shard_of(("org", key)) in dirty,
    )
    for index in dirty:
        pieces.setdefault(index, Merged(copies=merged.copies)).orgs = {}
    for key, node in orgs.items():
        pieces[shard_of(("org", key))].orgs[key] = node
    return pieces


def _joining_nodes(
    out: NamedOutput,
    articles: ArticleSpill,
    cache: ResultCache | None,
    store: ResultCache,
    vocab,
    report,
    identities: Identities,
    jobs: int | None = None,
    judged: str = "",
    cluster: Cluster | None = None,
) -> tuple[bytes, int]:
    """Write the Turtle of the joining nodes, every shard in order, to `out`; return the Turtle of
    the role concepts they use (which goes before them) and the triple count of both.

    The shards are taken a group at a time (kg.assemble.shards.shard_groups); in each, only
    those whose signature the cache lacks are written, from a merge of just the articles that
    touch them (all of them when there is no cache), the others copied from the cache.
    """
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    sigs = _shard_signatures(articles, judged)
    weight: dict[int, int] = {}
    for entry, _ in articles.distinct():
        for index in entry.result.person_shards:
            weight[index] = weight.get(index, 0) + 1
    roles: set[tuple[str, str, str]] = set()
    count = 0
    for group in shard_groups(sorted(sigs), weight, GROUP_TOUCHES):
        known = cache.get_shards(sorted({sigs[i] for i in group})) if cache else {}
        dirty = {index for index in group if sigs[index] not in known}
        with report.timed("merge"):
            pieces = _dirty_pieces(articles, dirty, store, vocab, identities, jobs, cluster)
        with report.timed("write joining nodes"):
            order = sorted(dirty)
            if cluster is not None:  # each shard a task: the same function, the same bytes
                written = cluster.map(write_piece, [pieces[index] for index in order])
            else:
                written = [write_piece(pieces[index], vocab) for index in order]
            del pieces
            fresh = dict(zip(order, written, strict=True))
            for index in group:
                text: ShardText = fresh[index] if index in fresh else known[sigs[index]]
                out.write(text.turtle)
                roles.update(text.roles)
                count += text.triples
        if cache:
            with report.timed("update cache"):
                cache.put_shards({sigs[index]: text for index, text in fresh.items()})
    if cache:
        with report.timed("update cache"):
            cache.keep_only("joined", set(sigs.values()))
    with report.timed("write joining nodes"):
        roles_text, role_count = roles_turtle(roles, GlobalWriter(vocab, roles=True), prefixes)
    return roles_text, count + role_count


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
    earlier: Mapping[str, str] | None = None,
) -> Path:
    """Write the canonical Turtle of the graph of `files` to a temporary file in `out_dir`
    (``.graph.ttl.*.tmp``, the caller's to rename or remove) and return its path; fills
    `report` (summaries, problems, duplicates, triples; and with `earlier`, the articles of the
    previous build in the folder as name -> sha256, how many it read again changed or not)."""
    vocab = load_vocab()
    idents = input_identifiers(files)
    out_dir.mkdir(parents=True, exist_ok=True)
    cache = ResultCache(out_dir) if use_cache else None
    spill = Path(tempfile.mkdtemp(prefix=SPILL, dir=out_dir))  # removed after the build
    store = cache if cache is not None else ResultCache(spill)
    identity = IdentitySpill(spill, buckets_for(len(files)))
    articles = ArticleSpill(spill, files, idents)
    fd, name = tempfile.mkstemp(prefix=".graph.ttl.", suffix=".tmp", dir=out_dir)
    target = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            out = NamedOutput(handle, out_dir / "graph.ttl")
            with report.timed("read and extract"):
                _entries(files, idents, cache, store, jobs, identity, articles, advance, cluster)
                report.cached = articles.cached()
                _count_reread(articles, earlier or {}, report)
                copies = _fold_duplicates(articles, report)
                settle()  # the results live to the end of the build (kg.assemble.heap)
            with report.timed("resolve identities"):
                identities = resolve_parts(
                    identity.parts(skip=copies), vocab, judgements, identity.add_rows
                )
                report.warnings.extend(identities.problems)
                report.identity_file = _staged_rows(identity, out_dir)
                settle()
            with report.timed("read and extract"):
                out.write(header({name: str(ns) for name, ns in PREFIXES.items()}))
                _write_article_parts(
                    out, articles.distinct(), store, vocab, report, identities, cache
                )
            with tempfile.TemporaryFile(dir=spill) as joined:
                roles, count = _joining_nodes(
                    NamedOutput(joined, out_dir / "graph.ttl"),
                    articles,
                    cache,
                    store,
                    vocab,
                    report,
                    identities,
                    jobs,
                    repr(judgements),
                    cluster,
                )
                report.triples += count
                out.write(roles)
                joined.seek(0)
                shutil.copyfileobj(joined, out, 1 << 20)
            out.flush()
    except BaseException:
        target.unlink(missing_ok=True)
        if report.identity_file is not None:
            report.identity_file.unlink(missing_ok=True)
            report.identity_file = None
        raise
    finally:
        identity.close()
        articles.close()
        store.close()
        if cache:
            report.warnings.extend(cache.warnings)
        shutil.rmtree(spill, ignore_errors=True)
    return target


def _count_reread(articles: ArticleSpill, earlier: Mapping[str, str], report) -> None:
    """Count the articles this build read that the previous build (`earlier`: name -> sha256)
    had: with another text (`report.changed`) or the same (`report.reread`)."""
    if not earlier:
        return
    for name, sha in articles.fresh():
        if name in earlier:
            if earlier[name] == sha:
                report.reread += 1
            else:
                report.changed += 1


def _staged_rows(identity: IdentitySpill, out_dir: Path) -> Path:
    """identity.tsv, from the rows in `identity`, written to a temporary file beside the outputs
    (``.identity.tsv.*.tmp``, the caller's to adopt or remove)."""
    fd, name = tempfile.mkstemp(prefix=".identity.tsv.", suffix=".tmp", dir=out_dir)
    try:
        with os.fdopen(fd, "wb") as handle:
            write_identity_tsv(identity.rows(), handle)
    except OSError as exc:  # a full disk: the message names the output
        Path(name).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(out_dir / "identity.tsv")) from exc
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


class NamedOutput:
    """A file being written as an output: a write that fails (a full disk) is an error naming
    the output, as kg.export.atomic.OutputSet's are."""

    def __init__(self, handle: BinaryIO, name: Path):
        self.handle = handle
        self.name = name

    def write(self, data: bytes) -> int:
        try:
            return self.handle.write(data)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(self.name)) from exc

    def flush(self) -> None:
        try:
            self.handle.flush()
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(self.name)) from exc


def remove_stale_spills(out_dir: Path) -> None:
    """Remove the spill folders a killed build left in `out_dir` (.kg-spill.*)."""
    if out_dir.is_dir():
        for left in out_dir.glob(f"{SPILL}*"):
            if left.is_dir() and not left.is_symlink():
                shutil.rmtree(left, ignore_errors=True)
