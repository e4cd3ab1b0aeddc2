"""The build cache is data, checked: nothing in OUT/.kg-cache/ runs code, and a damaged,
truncated, swapped or foreign cache is a miss with one warning, giving the bytes of a fresh build."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import stat
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from kg.assemble import build, codec
from kg.assemble.cache import CACHE_DIR, CACHE_FILE, ResultCache, cache_secret, seal
from kg.assemble.parallel import ArticleResult, process_file
from kg.cli import main
from tests.conftest import SEEDS


class Marker:
    """Unpickling this creates a file: what a crafted cache entry would do if it were unpickled."""

    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> bytes:
    """graph.ttl of the seeds built without a cache."""
    out = tmp_path_factory.mktemp("fresh")
    build([SEEDS], out, use_cache=False, html=False)
    return (out / "graph.ttl").read_bytes()


@pytest.fixture
def cached(tmp_path) -> tuple[Path, Path]:
    """(source folder, output folder) of a seeds build whose cache is filled."""
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    assert not build([src], out, html=False).warnings
    return src, out


def _db(out: Path) -> sqlite3.Connection:
    return sqlite3.connect(out / CACHE_DIR / CACHE_FILE)


def _rebuild(src: Path, out: Path):
    report = build([src], out, html=False)
    return report, (out / "graph.ttl").read_bytes()


def test_cache_crafted_pickles_with_valid_seals_never_run(cached, fresh, tmp_path):
    src, out = cached
    marker = tmp_path / "marker"
    payload = pickle.dumps(Marker(str(marker)))
    pickle.loads(payload)  # the payload works: it makes the marker when unpickled
    assert marker.exists()
    marker.unlink()
    with _db(out) as db:
        keys = [k for (k,) in db.execute("SELECT key FROM article")]
        for key in keys:
            db.execute(
                "UPDATE article SET light = ?, light_mac = ?, extraction = ?, extraction_mac = ?"
                " WHERE key = ?",
                (
                    payload,
                    seal("light", key, payload),
                    payload,
                    seal("extraction", key, payload),
                    key,
                ),
            )
        for (key,) in db.execute("SELECT key FROM joined").fetchall():
            db.execute(
                "UPDATE joined SET text = ?, mac = ? WHERE key = ?",
                (payload, seal("shard", key, payload), key),
            )
    report, data = _rebuild(src, out)
    assert not marker.exists()
    assert data == fresh
    assert (
        len(report.warnings) == 1
        and "damaged or foreign cache entries ignored" in (report.warnings[0])
    )


def test_cache_of_an_earlier_version_holding_pickles_is_dropped_unread(cached, fresh, tmp_path):
    src, out = cached
    marker = tmp_path / "marker"
    (out / CACHE_DIR / CACHE_FILE).unlink()
    with _db(out) as db:  # the layout of the pickle cache (user_version 0)
        db.execute("CREATE TABLE article (key TEXT PRIMARY KEY, light BLOB, extraction BLOB)")
        db.execute("CREATE TABLE joined (key TEXT PRIMARY KEY, text BLOB)")
        payload = pickle.dumps(Marker(str(marker)))
        for path in sorted(src.iterdir()):
            db.execute(
                "INSERT INTO article VALUES (?, ?, ?)", (ResultCache.key(path), payload, payload)
            )
    report, data = _rebuild(src, out)
    assert not marker.exists() and data == fresh and report.warnings == []


def test_cache_swapped_entries_are_misses(cached, fresh):
    src, out = cached
    with _db(out) as db:
        rows = db.execute("SELECT key, light, light_mac FROM article ORDER BY key").fetchall()
        for (key, _, _), (_, light, mac) in zip(rows, rows[1:] + rows[:1], strict=True):
            db.execute(
                "UPDATE article SET light = ?, light_mac = ? WHERE key = ?", (light, mac, key)
            )
    report, data = _rebuild(src, out)
    assert data == fresh
    assert report.warnings == [
        f"{out / CACHE_DIR / CACHE_FILE}: 5 damaged or foreign cache entries ignored "
        "(rebuilt and replaced)"
    ]
    healed, data = _rebuild(src, out)  # the entries were replaced: no warning next time
    assert data == fresh and healed.warnings == []


def test_cache_damaged_extractions_and_shards_are_made_again(cached, fresh):
    src, out = cached
    with _db(out) as db:
        db.execute("UPDATE article SET extraction = substr(extraction, 1, length(extraction) - 9)")
        db.execute("UPDATE joined SET text = CAST('{\"@ShardText\": 1}' AS BLOB)")
    report, data = _rebuild(src, out)
    assert data == fresh
    assert len(report.warnings) == 1


@pytest.mark.parametrize("damage", ["random", "truncated", "empty tables", "a folder"])
def test_cache_file_sqlite_cannot_read_is_moved_aside(cached, fresh, damage):
    src, out = cached
    path = out / CACHE_DIR / CACHE_FILE
    if damage == "random":
        path.write_bytes(os.urandom(1 << 16))
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif damage == "empty tables":
        with _db(out) as db:
            db.execute("DROP TABLE article")
            db.execute("CREATE TABLE article (key TEXT PRIMARY KEY)")
    else:
        path.unlink()
        path.mkdir()
    report, data = _rebuild(src, out)
    assert data == fresh
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith(f"{path}: cache unreadable (")
    again, data = _rebuild(src, out)
    assert data == fresh and again.warnings == []


def test_cache_damage_is_one_line_on_stderr_and_the_build_succeeds(cached, fresh, capsys):
    src, out = cached
    (out / CACHE_DIR / CACHE_FILE).write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "cache" in line]
    assert len(lines) == 1 and lines[0].startswith("kg: ") and "moved aside" in lines[0]
    assert (out / "graph.ttl").read_bytes() == fresh
    assert (out / CACHE_DIR / (CACHE_FILE + ".damaged")).exists()


def test_cache_an_extraction_gone_from_the_cache_is_made_again(cached, fresh, monkeypatch):
    """Another build (or a hand) removed entries between reading the light parts and the rest."""
    src, out = cached
    real = ResultCache.get_extractions
    monkeypatch.setattr(ResultCache, "get_extractions", lambda self, keys: {})
    with _db(out) as db:
        db.execute("DELETE FROM joined")
    report, data = _rebuild(src, out)
    assert data == fresh and report.warnings == []
    monkeypatch.setattr(ResultCache, "get_extractions", real)


def test_cache_codec_round_trips_results_and_refuses_everything_else():
    result = process_file(sorted(SEEDS.iterdir())[3])
    assert codec.loads(codec.dumps(result)) == result
    value = {
        ("a", 1): [date(2031, 4, 12), b"\xff", b"ok", None, 1.5],
        "c": Counter({("x", "en"): 2}),
        "s": ({1}, frozenset({(2, 3)})),
        "a name with an undecodable byte \udcff": "src/\udcff.txt",
    }
    assert codec.loads(codec.dumps(value)) == value
    for bad in (
        b'{"@Popen": [["touch", "x"]]}',
        b'{"@type": ["x", [], {}]}',
        b'{"@Evidence": ["a", 1]}',
        b'{"d": [[["list", "key"], 1]]}',
        b'{"key": 1, "other": 2}',
        b'{"D": "not a date"}',
        b"\x80\x04\x95",
        b"[" * 100_000,
    ):
        with pytest.raises(codec.CacheDataError):
            codec.loads(bad)
    with pytest.raises(codec.CacheDataError):
        codec.dumps(Marker("x"))


def test_cache_codec_decodes_chosen_fields_as_the_whole_record_does():
    result = process_file(sorted(SEEDS.iterdir())[3])
    data = codec.dumps(result)
    fields = codec.loads_fields(data, ArticleResult, ("turtle", "triples", "orgs", "summary"))
    assert fields == {
        "turtle": result.turtle,
        "triples": result.triples,
        "orgs": result.orgs,
        "summary": result.summary,
    }
    assert result.turtle and result.orgs
    for bad in (
        b'{"@Popen": [["touch", "x"]]}',
        b'{"@Evidence": ["a", 1, 2, "x"]}',  # allowed, but not the class asked for
        b'{"@ArticleResult": ["a", 1]}',
        b'{"@ArticleResult": ' + b"[" * 100_000,
        b"\x80\x04\x95",
    ):
        with pytest.raises(codec.CacheDataError):
            codec.loads_fields(bad, ArticleResult, ("turtle",))
    forged = data.replace(b'{"u":', b'{"@Popen":', 1)  # the first tagged value is the Turtle
    with pytest.raises(codec.CacheDataError):
        codec.loads_fields(forged, ArticleResult, ("turtle",))


def test_cache_secret_is_the_users_own(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    cache_secret.cache_clear()
    try:
        first = cache_secret()
        path = tmp_path / "home-cache" / "kg" / "cache-secret"
        assert len(first) == 32 and path.read_bytes() == first
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        cache_secret.cache_clear()
        assert cache_secret() == first
        assert seal("light", "k", b"data") != seal("light", "other", b"data")
    finally:
        cache_secret.cache_clear()
