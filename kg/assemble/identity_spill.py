"""Who-is-who state kept on disk while a build runs (decision 016).

Each article's identity context (kg.assemble.identity.ArticleContext) is cut by bucket of its
persons' blocking keys as the article's result arrives, and written to an SQLite file in the
build's spill folder; identities are then resolved a bucket at a time
(kg.assemble.identity.resolve_parts), so this process holds the sightings of one bucket, not of
the corpus. Every sighting of a block falls in the same bucket, and each part carries the
organisation parents its article states, so the keys are those of one resolution over all the
contexts. The decisions (identity.tsv's rows) go to the same file as each bucket is resolved and
come back sorted as the rows of one resolution are: SQLite compares BLOBs byte by byte, and
UTF-8 bytes sort as the code points they encode.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.assemble import codec
from kg.assemble.identity import ArticleContext, IdentityRow, Sighting
from kg.assemble.shards import shard_of

ARTICLES_PER_BUCKET = 4000  # about 7 KB of sightings an article: ~30 MB a bucket in memory
FLUSH = 1024  # parts written at a time
ENCODING = ("utf-8", "surrogatepass")  # article names may hold undecodable bytes
ROW_ORDER = "block, verdict, first, second, reason, mentions"  # IdentityRow's field order


def buckets_for(articles: int) -> int:
    """How many buckets a build of `articles` cuts its contexts into."""
    return max(1, -(-articles // ARTICLES_PER_BUCKET))


class IdentitySpill:
    """The identity contexts of a build's articles, by bucket, and the rows of its decisions, in
    one SQLite file in `folder` (removed with it)."""

    def __init__(self, folder: Path, buckets: int):
        self.buckets = buckets
        self.db = sqlite3.connect(Path(folder) / "identity.sqlite")
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("CREATE TABLE part (bucket INTEGER, article INTEGER, context BLOB)")
        self.db.execute(
            "CREATE TABLE row (block BLOB, verdict BLOB, first BLOB, second BLOB, reason BLOB,"
            " mentions INTEGER)"
        )
        self.pending: list[tuple[int, int, bytes]] = []

    def bucket_of(self, block: str) -> int:
        return shard_of(("person", block)) % self.buckets

    def add(self, index: int, context: ArticleContext | None) -> None:
        """Keep the context of the article at place `index` of the build, cut by bucket."""
        if context is None or not context.sightings:
            return
        cut: dict[int, list[Sighting]] = defaultdict(list)
        for sighting in context.sightings:
            cut[self.bucket_of(sighting.block)].append(sighting)
        for bucket, sightings in cut.items():
            part = ArticleContext(context.article, tuple(sightings), context.parents)
            self.pending.append((bucket, index, codec.dumps(part)))
        if len(self.pending) >= FLUSH:
            self._flush()

    def _flush(self) -> None:
        with self.db:
            self.db.executemany("INSERT INTO part VALUES (?, ?, ?)", self.pending)
        self.pending = []

    def parts(self, skip: set[int]) -> Iterator[Iterator[ArticleContext]]:
        """The contexts of each bucket in turn, in article order, those of the articles at the
        places `skip` (duplicates of an earlier text) left out."""
        self._flush()
        self.db.execute("CREATE INDEX IF NOT EXISTS part_bucket ON part (bucket, article)")
        for bucket in range(self.buckets):
            yield self._bucket(bucket, skip)

    def _bucket(self, bucket: int, skip: set[int]) -> Iterator[ArticleContext]:
        found = self.db.execute(
            "SELECT article, context FROM part WHERE bucket = ? ORDER BY article", (bucket,)
        )
        for index, data in found:
            if index not in skip:
                yield codec.loads(data)

    def add_rows(self, rows: Iterable[IdentityRow]) -> None:
        def encoded(row: IdentityRow) -> tuple:
            text = (row.block, row.verdict, row.first, row.second, row.reason)
            return (*(value.encode(*ENCODING) for value in text), row.mentions)

        with self.db:
            self.db.executemany("INSERT INTO row VALUES (?, ?, ?, ?, ?, ?)", map(encoded, rows))

    def rows(self) -> Iterator[IdentityRow]:
        """Every row added, in the order of sorted IdentityRows."""
        for *text, mentions in self.db.execute(f"SELECT {ROW_ORDER} FROM row ORDER BY {ROW_ORDER}"):
            block, verdict, first, second, reason = (value.decode(*ENCODING) for value in text)
            yield IdentityRow(block, verdict, first, second, reason, mentions)

    def close(self) -> None:
        self.db.close()
