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
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_after(src: Path, out: Path, delay: float) -> bool:
    """Start a build, SIGKILL it after `delay` s (earlier if a temporary output appears); True if it was killed."""
    proc = _start(src, out)
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and proc.poll() is None:
        if any(name.endswith(".tmp") for name in os.listdir(out)):
            break
        time.sleep(0.001)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return alive


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_input_kill_midway_leaves_previous_graph_intact(tmp_path):
    big = _corpus(tmp_path / "big", 1200)
    small = tmp_path / "small"
    small.mkdir()
    for name in ("00000.txt", "00001.txt"):
        (small / name).write_bytes((big / name).read_bytes())
    ref, out = tmp_path / "ref", tmp_path / "out"
    started = time.monotonic()
    assert _start(big, ref).wait(timeout=600) == 0
    full_time = time.monotonic() - started
    new = (ref / "graph.ttl").read_bytes()
    assert _start(small, out).wait(timeout=600) == 0
    old = (out / "graph.ttl").read_bytes()

    outcomes = []
    for fraction in (0.3, 0.6, 0.8, 0.9, 0.95, 0.98):
        killed = _kill_after(big, out, full_time * fraction)
        data = (out / "graph.ttl").read_bytes()
        assert data in (old, new), f"half-written graph.ttl after a kill at {fraction:.0%} of the build"
        outcomes.append((killed, data == old))
        if data == new:
            (out / "graph.ttl").write_bytes(old)
    assert any(killed and intact for killed, intact in outcomes), outcomes
    graph = Graph()
    graph.parse(out / "graph.ttl", format="turtle")
    assert len(graph) > 0
