"""No half-written output: a build killed midway leaves the previous graph.ttl intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
FILLER = "The board reviewed the plan, the budget and the agenda of the coming quarter in detail. "


def _corpus(folder: Path, count: int) -> Path:
    """`count` short invented articles with few facts: the build's time goes to reading and writing."""
    folder.mkdir()
    for i in range(count):
        text = f"Quarterly Review Number {i} Of The Planning Office\n\nDate: 2031-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n"
        (folder / f"{i:05d}.txt").write_text(text + FILLER * (5 + i % 7), encoding="utf-8")
    return folder


def _start(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(src), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _state(out: Path) -> tuple:
    """What a reader of `out` can see: its file names and graph.ttl's identity, size and time."""
    st = (out / "graph.ttl").stat()
    return tuple(sorted(os.listdir(out))), st.st_ino, st.st_size, st.st_mtime_ns


def _kill_at_first_write(src: Path, out: Path) -> bool:
    """Start a build, SIGKILL it the moment its output folder changes; True if it was still running."""
    before = _state(out)
    proc = _start(src, out)
    while proc.poll() is None and _state(out) == before:
        time.sleep(0.0005)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return alive


def _articles(path: Path) -> int:
    from kg.vocab.namespaces import RDF, SDO

    graph = Graph()
    graph.parse(path, format="turtle")
    return len(set(graph.subjects(RDF.type, SDO.NewsArticle)))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_input_kill_midway_leaves_previous_graph_intact(tmp_path):
    big = _corpus(tmp_path / "big", 100)
    small = tmp_path / "small"
    small.mkdir()
    for name in ("00000.txt", "00001.txt"):
        (small / name).write_bytes((big / name).read_bytes())
    out = tmp_path / "out"
    assert _start(small, out).wait(timeout=600) == 0
    old = (out / "graph.ttl").read_bytes()

    outcomes = []
    for _ in range(3):
        killed = _kill_at_first_write(big, out)
        data = (out / "graph.ttl").read_bytes()
        intact = data == old
        assert intact or _articles(out / "graph.ttl") == 100, (
            "a half-written graph.ttl after the kill"
        )
        outcomes.append((killed, intact))
        (out / "graph.ttl").write_bytes(old)
    assert any(killed and intact for killed, intact in outcomes), outcomes
    assert _articles(out / "graph.ttl") == 2
