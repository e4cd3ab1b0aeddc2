"""The incremental-build cache: per-article results kept in OUT/.kg-cache/.

An entry is keyed by the SHA-256 of the code fingerprint, the file name and
the file's bytes, so a changed article, a renamed file or any change to the
code or vocabularies (which changes the fingerprint) is a miss and is
processed again; everything else is reused. One SQLite file holds the
entries, and the written shards of joining nodes (see kg.assemble.shards); after
a build only the entries that build used are kept.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

import pyoxigraph
import rdflib

import kg

CACHE_DIR = ".kg-cache"
_SUFFIXES = (".py", ".yml", ".yaml", ".json", ".ttl", ".txt")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source and data file of the kg package, and of the library versions."""
    root = Path(kg.__file__).parent
    digest = hashlib.sha256(
        f"{sys.version_info[:2]}|{rdflib.__version__}|{pyoxigraph.__version__}".encode()
    )
    for path in sorted(
        p for p in root.rglob("*") if p.suffix in _SUFFIXES and "__pycache__" not in p.parts
    ):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class ResultCache:
    """Per-article results and written shards in one SQLite file under `out_dir`.

    An article's result is kept in two parts, both pickled: the light part
    (summary, own Turtle, shards touched, problems) that every build reads, and
    the extraction, read only when a shard it touches must be written again.
    """

    def __init__(self, out_dir: Path):
        folder = Path(out_dir) / CACHE_DIR
        folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(folder / "articles.sqlite")
        for old in ("result", "shard"):  # the layout of earlier versions
            self.db.execute(f"DROP TABLE IF EXISTS {old}")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS article (key TEXT PRIMARY KEY, light BLOB, extraction BLOB)"
        )
        self.db.execute("CREATE TABLE IF NOT EXISTS joined (key TEXT PRIMARY KEY, text BLOB)")

    @staticmethod
    def key(path: Path, ident: str | None = None) -> str:
        """The cache key of a file: code fingerprint, article identifier (default: the file name) and bytes."""
        digest = hashlib.sha256(code_fingerprint().encode())
        name = ident if ident is not None else Path(path).name
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            return ""  # unreadable: never cached, the worker reports it
        return digest.hexdigest()

    def _select(self, table: str, column: str, keys: list[str]):
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            marks = ",".join("?" * len(part))
            yield from self.db.execute(
                f"SELECT key, {column} FROM {table} WHERE key IN ({marks})", part
            )

    def has_articles(self) -> bool:
        """Whether any article is cached (a first build need not look its files up)."""
        return self.db.execute("SELECT 1 FROM article LIMIT 1").fetchone() is not None

    def get_light(self, keys: list[str]) -> dict[str, bytes]:
        """The pickled light parts of cached articles, by key."""
        return dict(self._select("article", "light", keys))

    def get_extractions(self, keys: list[str]) -> dict[str, bytes]:
        """The pickled extractions of cached articles, by key."""
        return dict(self._select("article", "extraction", keys))

    def put_many(self, items: dict[str, tuple[bytes, bytes]]) -> None:
        """Store (light, extraction) pickles of articles by key."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO article VALUES (?, ?, ?)",
                [(k, light, extraction) for k, (light, extraction) in items.items() if k],
            )

    def get_shards(self, keys: list[str]) -> dict:
        """Cached written shards (kg.assemble.shards.ShardText) by signature."""
        return {key: pickle.loads(text) for key, text in self._select("joined", "text", keys)}

    def put_shards(self, items: dict) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO joined VALUES (?, ?)",
                [(k, pickle.dumps(t, protocol=pickle.HIGHEST_PROTOCOL)) for k, t in items.items()],
            )

    def keep_only(self, table: str, keys: set[str]) -> None:
        """Drop the entries of `table` ('article' or 'joined') this build did not use."""
        stale = [k for (k,) in self.db.execute(f"SELECT key FROM {table}") if k not in keys]
        with self.db:
            self.db.executemany(f"DELETE FROM {table} WHERE key = ?", [(k,) for k in stale])

    def close(self) -> None:
        self.db.close()
