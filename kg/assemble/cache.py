"""The incremental-build cache: per-article results kept in OUT/.kg-cache/.

An entry is keyed by the SHA-256 of the code fingerprint, the article
identifier and the file's bytes, so a changed article, a renamed file or any
change to the code or vocabularies (which changes the fingerprint) is a miss
and is processed again; everything else is reused. One SQLite file holds the
entries, the written shards of joining nodes (see kg.assemble.shards) and the
articles' own Turtle written again with the build's identities (see
kg.assemble.incremental); after a build only the entries that build used are kept.

The cache is data, checked before use (decision 010):

- entries are plain data (:mod:`kg.assemble.codec`, JSON), never pickles: loading
  one runs no code, whoever wrote the output folder;
- every part of an entry carries an HMAC-SHA256 of its key and bytes, keyed by a
  secret of the user (:func:`cache_secret`): a damaged, truncated, swapped or
  forged part fails the check and is a miss, rebuilt and overwritten;
- a cache file that SQLite cannot read (random bytes, a truncated file, a
  damaged table) is moved aside to ``articles.sqlite.damaged`` and the build goes
  on with a new, empty cache.

Each problem is one warning (:attr:`ResultCache.warnings`), never a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

import pyoxigraph
import rdflib

import kg
from kg.assemble import codec
from kg.read.records import Record

CACHE_DIR = ".kg-cache"
CACHE_FILE = "articles.sqlite"
FORMAT = 2  # PRAGMA user_version of the layout below; 0 (or another) is an older layout, dropped
_SUFFIXES = (".py", ".yml", ".yaml", ".json", ".ttl", ".txt")
_PARTS = ("light", "extraction")


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


def secret_path() -> Path:
    """Where the user's cache secret is kept: $XDG_CACHE_HOME/kg/cache-secret (~/.cache by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "cache-secret"


@lru_cache(maxsize=1)
def cache_secret() -> bytes:
    """The user's 32-byte secret that keys the entries' HMACs, made on first use (mode 0600).

    Without a place to keep one (no writable home), b"": entries are then still
    checked against damage and swaps, but not against someone who forges them.
    """
    path = secret_path()
    with contextlib.suppress(OSError):
        data = path.read_bytes()
        if len(data) == 32:
            return data
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        try:
            os.link(tmp, path)  # fails when another process made one first: theirs is kept
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
        data = path.read_bytes()
        return data if len(data) == 32 else b""
    except OSError:
        return b""


def seal(kind: str, key: str, data: bytes) -> bytes:
    """The HMAC that ties `data` to the entry `key` of part `kind`."""
    return hmac.new(
        cache_secret(), kind.encode() + b"\0" + key.encode() + b"\0" + data, hashlib.sha256
    ).digest()


class ResultCache:
    """Per-article results and written shards in one SQLite file under `out_dir`.

    An article's result is kept in two parts: the light part (summary, own
    Turtle, shards touched) that every build reads, and the extraction, read
    only when a shard it touches must be written again. Reads return decoded,
    checked values and leave out what fails a check; after a SQLite error the
    file is moved aside and the cache starts empty.
    """

    def __init__(self, out_dir: Path):
        self.folder = Path(out_dir) / CACHE_DIR
        self.path = self.folder / CACHE_FILE
        self.warnings: list[str] = []
        self.rejected = 0  # entries that failed a check in this build
        self.db: sqlite3.Connection | None = None
        try:
            self._open()
        except sqlite3.Error as exc:
            self._damaged(exc)

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version != FORMAT:  # an earlier layout (pickles): nothing in it is read
            with self.db:
                for old in ("result", "shard", "article", "joined"):
                    self.db.execute(f"DROP TABLE IF EXISTS {old}")
                self.db.execute(f"PRAGMA user_version = {FORMAT}")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS article (key TEXT PRIMARY KEY, light BLOB, light_mac BLOB,"
            " extraction BLOB, extraction_mac BLOB)"
        )
        for table in ("joined", "local"):
            self.db.execute(
                f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, text BLOB, mac BLOB)"
            )

    def _damaged(self, exc: Exception) -> None:
        """Move an unreadable cache file aside and go on with a new one (or none)."""
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
        self.db = None
        aside = self.path.with_name(CACHE_FILE + ".damaged")
        reason = " ".join(str(exc).split()) or type(exc).__name__
        try:
            if self.path.exists():
                os.replace(self.path, aside)
            for suffix in ("-journal", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._open()
            moved = f"moved aside to {aside.name}, building without it"
        except (OSError, sqlite3.Error) as again:
            self.db = None
            moved = f"building without a cache ({' '.join(str(again).split())})"
        self.warnings.append(f"{self.path}: cache unreadable ({reason}); {moved}")

    def _run(self, default, work):
        """`work(db)`, or `default` when there is no cache or SQLite fails (the cache is then replaced)."""
        if self.db is None:
            return default
        try:
            return work(self.db)
        except sqlite3.Error as exc:
            self._damaged(exc)
            return default

    @staticmethod
    def key(path: Path | Record, ident: str | None = None) -> str:
        """The cache key of an input: code fingerprint, article identifier (default: the file
        name) and bytes (a file's, or a record's fields)."""
        digest = hashlib.sha256(code_fingerprint().encode())
        if isinstance(path, Record):
            name = ident if ident is not None else path.where
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + path.payload)
            return digest.hexdigest()
        name = ident if ident is not None else Path(path).name
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            return ""  # unreadable: never cached, the worker reports it
        return digest.hexdigest()

    def _select(self, table: str, columns: str, keys: list[str]) -> list[tuple]:
        def work(db):
            rows = []
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                marks = ",".join("?" * len(part))
                rows += db.execute(
                    f"SELECT key, {columns} FROM {table} WHERE key IN ({marks})", part
                ).fetchall()
            return rows

        return self._run([], work)

    def _checked(self, kind: str, rows: list[tuple], decode=codec.loads) -> dict:
        """Decoded values of (key, data, mac) rows whose mac and data are good; the others counted."""
        out = {}
        for key, data, mac in rows:
            try:
                if not (
                    isinstance(key, str) and isinstance(data, bytes) and isinstance(mac, bytes)
                ):
                    raise codec.CacheDataError("not a key and blobs")
                if not hmac.compare_digest(mac, seal(kind, key, data)):
                    raise codec.CacheDataError("check failed")
                out[key] = decode(data)
            except codec.CacheDataError:
                self.rejected += 1
        return out

    def has_articles(self) -> bool:
        """Whether any article is cached (a first build need not look its files up)."""
        return self._run(
            False, lambda db: db.execute("SELECT 1 FROM article LIMIT 1").fetchone() is not None
        )

    def get_light(self, keys: list[str]) -> dict:
        """The light parts (kg.assemble.parallel.ArticleResult) of cached articles that pass the checks, by key."""
        return self._checked("light", self._select("article", "light, light_mac", keys))

    def get_own_turtle(self, keys: list[str]) -> dict:
        """Of the light parts that pass the checks, by key, only the article's own Turtle and its
        triple count (kg.assemble.parallel.LocalText): the rest of each is not decoded."""

        def decode(data: bytes):
            from kg.assemble.parallel import ArticleResult, LocalText

            found = codec.loads_fields(data, ArticleResult, ("turtle", "triples"))
            return LocalText(found["turtle"], found["triples"])

        return self._checked("light", self._select("article", "light, light_mac", keys), decode)

    def get_extractions(self, keys: list[str]) -> dict:
        """The extractions (kg.model.Extraction) of cached articles that pass the checks, by key."""
        return self._checked(
            "extraction", self._select("article", "extraction, extraction_mac", keys)
        )

    def put_many(self, items: dict[str, tuple[bytes, bytes]]) -> None:
        """Store (light, extraction) encodings (kg.assemble.codec) of articles by key."""
        rows = [
            (k, light, seal("light", k, light), extraction, seal("extraction", k, extraction))
            for k, (light, extraction) in items.items()
            if k
        ]

        def work(db):
            with db:
                db.executemany("INSERT OR REPLACE INTO article VALUES (?, ?, ?, ?, ?)", rows)

        self._run(None, work)

    def get_shards(self, keys: list[str]) -> dict:
        """Cached written shards (kg.assemble.shards.ShardText) that pass the checks, by signature."""
        return self._checked("shard", self._select("joined", "text, mac", keys))

    def put_shards(self, items: dict) -> None:
        """Store written shards (ShardText) by signature."""
        self._put_texts("joined", "shard", items)

    def get_rewritten(self, keys: list[str]) -> dict:
        """Cached articles' own Turtle written with a build's identities
        (kg.assemble.parallel.LocalText) that pass the checks, by key."""
        return self._checked("local", self._select("local", "text, mac", keys))

    def put_rewritten(self, items: dict) -> None:
        """Store articles' own Turtle written with a build's identities (LocalText) by key."""
        self._put_texts("local", "local", items)

    def _put_texts(self, table: str, kind: str, items: dict) -> None:
        rows = []
        for k, text in items.items():
            data = codec.dumps(text)
            rows.append((k, data, seal(kind, k, data)))

        def work(db):
            with db:
                db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", rows)

        self._run(None, work)

    def keep_only(self, table: str, keys: set[str]) -> None:
        """Drop the entries of `table` ('article', 'joined' or 'local') this build did not use."""

        def work(db):
            stale = [k for (k,) in db.execute(f"SELECT key FROM {table}") if k not in keys]
            with db:
                db.executemany(f"DELETE FROM {table} WHERE key = ?", [(k,) for k in stale])

        self._run(None, work)

    def close(self) -> None:
        """Close the file; the checks that failed in this build become one warning."""
        if self.rejected:
            self.warnings.append(
                f"{self.path}: {self.rejected} damaged or foreign cache entries ignored "
                "(rebuilt and replaced)"
            )
            self.rejected = 0
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None
