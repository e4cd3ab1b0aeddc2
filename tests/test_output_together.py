"""The outputs of a build change together, no temporary file outlives a build, and builds into
one folder take turns."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kg.assemble import build
from kg.cli import main
from kg.export import atomic, graphml
from kg.export.atomic import OutputSet
from kg.export.outputs import OUTPUTS
from tests.conftest import SEEDS
from tests.input_samples import EN_ARTICLE, ZH_ARTICLE

ROOT = Path(__file__).resolve().parent.parent


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS if (out / name).exists()}


def _temporaries(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> tuple[Path, Path]:
    """Two different small sources: (English, Chinese)."""
    root = tmp_path_factory.mktemp("sources")
    (root / "en").mkdir()
    (root / "zh").mkdir()
    (root / "en" / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (root / "zh" / "b.txt").write_text(ZH_ARTICLE, encoding="utf-8")
    return root / "en", root / "zh"


@pytest.fixture(scope="module")
def expected(sources, tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """The outputs of each source built alone, without a cache."""
    found = {}
    for src in sources:
        out = tmp_path_factory.mktemp(f"alone-{src.name}")
        build([src], out, use_cache=False)
        found[src.name] = _outputs(out)
    return found


def test_output_a_failure_while_writing_the_other_formats_keeps_every_old_file(
    sources, expected, tmp_path, monkeypatch, capsys
):
    en, zh = sources
    out = tmp_path / "out"
    build([en], out)

    def broken(graph):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(graphml, "graphml_text", broken)
    assert main(["build", str(zh), "--out", str(out)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "kg: internal error: RuntimeError: disk trouble"
    )
    assert _outputs(out) == expected["en"]
    assert _temporaries(out) == []


def test_output_renames_graph_ttl_last(tmp_path, monkeypatch):
    order = []
    real = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: order.append(Path(b).name) or real(a, b))
    outputs = OutputSet(tmp_path)
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        outputs.write(name, name.encode())
    (tmp_path / "graph.jsonld").write_bytes(b"stale")
    outputs.commit(remove=("graph.jsonld",), last="graph.ttl")
    assert order[-1] == "graph.ttl" and sorted(order) == ["graph.html", "graph.trig", "graph.ttl"]
    assert sorted(os.listdir(tmp_path)) == ["graph.html", "graph.trig", "graph.ttl"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_output_a_build_killed_while_writing_leaves_all_old_files_then_no_temporaries(
    sources, expected, tmp_path
):
    en, _ = sources
    out = tmp_path / "out"
    build([en], out)
    old = _outputs(out)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    outcomes = []
    scratch = (
        tmp_path / "scratch"
    )  # a killed build cannot remove its temporary files: keep them here
    scratch.mkdir()
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", str(seeds), "--out", str(out), "--no-cache"],
            cwd=ROOT,
            env={**os.environ, "TMPDIR": str(scratch)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while proc.poll() is None and not _temporaries(out):
            time.sleep(0.0005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        now = _outputs(out)
        assert now == old or (set(now) == set(old) and all(now[n] != old[n] for n in now))
        outcomes.append(now == old)
        if now != old:  # it finished first: start again from the old outputs
            shutil.rmtree(out)
            build([en], out)
            old = _outputs(out)
    assert any(outcomes)
    (out / ".graph.ttl.x1y2z3.tmp").write_bytes(b"left by a build killed long ago")
    (out / "notes.tmp").write_bytes(b"not ours")
    build([en], out)
    assert _temporaries(out) == ["notes.tmp"]
    assert _outputs(out) == expected["en"]


def _start(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(src), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_output_two_builds_of_different_sources_into_one_folder_both_succeed(
    sources, expected, tmp_path
):
    en, zh = sources
    out = tmp_path / "out"
    for _ in range(3):
        procs = [_start(en, out), _start(zh, out)]
        results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        for status, _, err in results:
            assert status == 0 and "Traceback" not in err, err
        final = _outputs(out)
        assert final in (expected["en"], expected["zh"])
    for src in (en, zh, en):
        build([src], out)
        assert _outputs(out) == expected[src.name]


def test_output_a_second_build_waits_for_the_first(sources, expected, tmp_path):
    en, _ = sources
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / ".kg-lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a running build holds it
        proc = _start(en, out)
        line = proc.stderr.readline()
        assert line == f"kg: {out}: another build is writing here; waiting for it to finish\n"
        assert not (out / "graph.ttl").exists() and proc.poll() is None
    finally:
        os.close(fd)
    assert proc.wait(timeout=300) == 0
    assert proc.stderr.read() == ""
    proc.stdout.close()
    proc.stderr.close()
    assert _outputs(out) == expected["en"]
