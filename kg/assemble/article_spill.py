"""The build's per-article records, kept on disk while it runs (decision 017).

As each article's result arrives, what the later steps need of it (:class:`Kept`: its name,
summary, problem, content key, shards, person shards and sha256; its cache key and whether this
build made it) goes to an SQLite file in the build's spill folder, under the article's place in
the build. Duplicates are then folded there (each text's first place, by SQL), and every later
step (the article parts, the shard signatures, each shard group's merge) reads the records back
in place order, a batch at a time: this process holds no list of the articles' records, only
the inputs, their identifiers and the report.
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.assemble import codec
from kg.read.inputs import Input

FLUSH = 1024  # records written at a time
FETCH = 256  # rows read at a time
ENCODING = ("utf-8", "surrogatepass")  # article names may hold undecodable bytes
SHARD_CODE = "H"  # array code of a shard number (kg.assemble.shards.SHARDS < 65,536)


@dataclass(slots=True)
class Kept:
    """What the build keeps of an article's result (kg.assemble.parallel.ArticleResult): not its
    Turtle, organisation nodes and extraction (read again from the store when used), nor its
    identity context (kg.assemble.identity_spill). Written to an :class:`ArticleSpill` as it
    arrives and read back when used (decision 017)."""

    name: str
    summary: dict[str, int]
    problem: str | None
    content: str
    shards: tuple[int, ...]
    person_shards: tuple[int, ...]
    sha256: str


@dataclass(slots=True)
class Entry:
    """One file of the build: its cache key, what is kept of its result, its input, and whether
    this build made it."""

    key: str
    result: Kept
    path: Input
    fresh: bool = False


Distinct = tuple[Entry, list[str]]  # the first file of a text, and the names of its copies


def _text(value: str | None) -> bytes | None:
    return None if value is None else value.encode(*ENCODING)


def _shards(values: tuple[int, ...]) -> bytes:
    return array(SHARD_CODE, values).tobytes()


class ArticleSpill:
    """The records of a build's articles in one SQLite file in `folder` (removed with it), each
    under its place in `files`; `names` are the files' identifiers, whose strings the records
    read back share."""

    def __init__(self, folder: Path, files: list[Input], names: list[str]):
        self.files = files
        self.names = names
        self.db = sqlite3.connect(Path(folder) / "articles.sqlite")
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute(
            "CREATE TABLE article (place INTEGER PRIMARY KEY, key TEXT, name BLOB, summary BLOB,"
            " problem BLOB, content TEXT, shards BLOB, person_shards BLOB, sha256 TEXT,"
            " fresh INTEGER, first INTEGER)"
        )
        self.db.execute("CREATE TABLE touch (place INTEGER, shard INTEGER)")
        self.pending: list[tuple] = []
        self.touches: list[tuple[int, int]] = []
        self.summaries: dict[bytes, dict[str, int]] = {}  # one dict per distinct summary
        self.folded = False

    def add(self, place: int, key: str, kept: Kept, fresh: bool) -> None:
        """Keep the record of the article at `place` of the build."""
        self.pending.append(
            (
                place,
                key,
                _text(kept.name),
                codec.dumps(kept.summary),
                _text(kept.problem),
                kept.content,
                _shards(kept.shards),
                _shards(kept.person_shards),
                kept.sha256,
                int(fresh),
            )
        )
        self.touches.extend((place, shard) for shard in kept.shards)
        if len(self.pending) >= FLUSH:
            self._flush()

    def _flush(self) -> None:
        with self.db:
            self.db.executemany(
                "INSERT INTO article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)", self.pending
            )
            self.db.executemany("INSERT INTO touch VALUES (?, ?)", self.touches)
        self.pending, self.touches = [], []

    def fold(self) -> None:
        """Mark each readable article with the first place of its text (duplicates are later
        places of the same content key); articles with a problem have none."""
        self._flush()
        with self.db:
            self.db.execute("CREATE INDEX article_content ON article (content, place)")
            self.db.execute(
                "UPDATE article SET first = (SELECT MIN(b.place) FROM article AS b"
                " WHERE b.content = article.content AND b.problem IS NULL)"
                " WHERE problem IS NULL"
            )
            self.db.execute("CREATE INDEX article_first ON article (first, place)")
        self.folded = True

    def __len__(self) -> int:
        self._flush()
        return self.db.execute("SELECT COUNT(*) FROM article").fetchone()[0]

    def cached(self) -> int:
        """How many records came from the cache (not made by this build)."""
        self._flush()
        return self.db.execute("SELECT COUNT(*) FROM article WHERE fresh = 0").fetchone()[0]

    def keys(self) -> Iterator[str]:
        """The cache key of each record (in no order), empty ones left out."""
        self._flush()
        for (key,) in self.db.execute("SELECT key FROM article WHERE key <> ''"):
            yield key

    def fresh(self) -> Iterator[tuple[str, str]]:
        """(name, sha256) of each article this build read, in place order."""
        self._flush()
        rows = self.db.execute("SELECT place, name, sha256 FROM article WHERE fresh ORDER BY place")
        for place, name, sha in rows:
            yield self._name(place, name), sha

    def problems(self) -> Iterator[tuple[int, str]]:
        """(place, problem) of each article that has one, in place order."""
        self._flush()
        rows = self.db.execute(
            "SELECT place, problem FROM article WHERE problem IS NOT NULL ORDER BY place"
        )
        for place, problem in rows:
            yield place, problem.decode(*ENCODING)

    def duplicates(self) -> Iterator[tuple[int, str, str]]:
        """(place, name, name of the first file of its text) of each duplicate, in place order."""
        rows = self.db.execute(
            "SELECT a.place, a.name, b.place, b.name FROM article AS a"
            " JOIN article AS b ON b.place = a.first WHERE a.first <> a.place ORDER BY a.place"
        )
        for place, name, first, first_name in rows:
            yield place, self._name(place, name), self._name(first, first_name)

    def distinct(self) -> Iterator[Distinct]:
        """(entry, names of its copies) for the first file of each text, in place order."""
        assert self.folded, "fold() first"
        rows = self.db.execute(
            "SELECT a.place, a.key, a.name, a.summary, a.content, a.shards, a.person_shards,"
            " a.sha256, a.fresh, d.place, d.name FROM article AS a"
            " LEFT JOIN article AS d ON d.first = a.place AND d.place <> a.place"
            " WHERE a.first = a.place ORDER BY a.place, d.place"
        )
        entry: Entry | None = None
        at = -1  # the place of `entry`
        copies: list[str] = []
        while batch := rows.fetchmany(FETCH):
            for place, *fields, copy, copy_name in batch:
                if entry is None or place != at:
                    if entry is not None:
                        yield entry, copies
                    entry, copies, at = self._entry(place, *fields), [], place
                if copy is not None:
                    copies.append(self._name(copy, copy_name))
        if entry is not None:
            yield entry, copies

    def _entry(self, place, key, name, summary, content, shards, person_shards, sha, fresh):
        kept = Kept(
            self._name(place, name),
            self._summary(summary),
            None,
            content,
            tuple(array(SHARD_CODE, shards)),
            tuple(array(SHARD_CODE, person_shards)),
            sha,
        )
        return Entry(key, kept, self.files[place], bool(fresh))

    def _name(self, place: int, name: bytes) -> str:
        """The record's name: the input's identifier string when equal (shared, not a copy)."""
        text = name.decode(*ENCODING)
        known = self.names[place]
        return known if known == text else text

    def _summary(self, data: bytes) -> dict[str, int]:
        """The summary encoded as `data`, one dict shared by every equal summary."""
        found = self.summaries.get(data)
        if found is None:
            found = self.summaries[data] = codec.loads(data)
        return found

    def signatures(self, salt: str) -> dict[int, str]:
        """Each touched shard's signature, as kg.assemble.shards.signatures gives it for the
        cache keys of the distinct articles touching it, hashed as they are read in order."""
        assert self.folded, "fold() first"
        rows = self.db.execute(
            "SELECT t.shard, a.key FROM touch AS t JOIN article AS a ON a.place = t.place"
            " WHERE a.first = a.place ORDER BY t.shard, a.key"
        )
        out: dict[int, str] = {}
        index, digest = -1, hashlib.sha256()
        for shard, key in rows:
            if shard != index:
                if index >= 0:
                    out[index] = digest.hexdigest()
                index, digest = shard, hashlib.sha256(f"{salt}\n{shard}".encode())
            digest.update(f"\n{key}".encode())
        if index >= 0:
            out[index] = digest.hexdigest()
        return out

    def close(self) -> None:
        self.db.close()
