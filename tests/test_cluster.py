"""`kg build --cluster`: the same build on a Dask cluster (a scheduler and two workers started as
separate processes on 127.0.0.1, as a user would start them) gives the bytes of a local build."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.generate_corpus import generate
from kg.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DASK = Path(sys.executable).parent / "dask"
DEVNULL = subprocess.DEVNULL


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("dask")
    info = root / "scheduler.json"
    start_scheduler = [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0"]
    start_scheduler += ["--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(info)]
    procs = [subprocess.Popen(start_scheduler, stdout=DEVNULL, stderr=DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert info.exists(), "the Dask scheduler did not start"
        for n in (1, 2):
            start_worker = [str(DASK), "worker", "--scheduler-file", str(info)]
            start_worker += ["--nworkers", "1", "--nthreads", "1", "--no-dashboard"]
            start_worker += ["--local-directory", str(root / f"w{n}")]
            procs.append(subprocess.Popen(start_worker, stdout=DEVNULL, stderr=DEVNULL))
        from distributed import Client

        address = json.loads(info.read_text())["address"]
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def build(sources: list[Path], out: Path, *extra: str) -> bytes:
    args = ["build", *map(str, sources), "--out", str(out), "--quiet", "--no-cache", *extra]
    assert main(args) == 0
    return (out / "graph.ttl").read_bytes()


def test_the_seeds_built_on_the_cluster_are_byte_identical(scheduler: str, tmp_path: Path) -> None:
    on_cluster = build([SEEDS], tmp_path / "cluster", "--cluster", scheduler)
    assert on_cluster == build([SEEDS], tmp_path / "local")
    for name in ("graph.html", "graph.trig", "graph.jsonld", "identity.tsv"):
        assert (tmp_path / "cluster" / name).read_bytes() == (
            tmp_path / "local" / name
        ).read_bytes()


def test_a_generated_corpus_and_its_rebuild_on_the_cluster(scheduler: str, tmp_path: Path) -> None:
    generate(300, 7, tmp_path / "corpus")
    articles = tmp_path / "corpus" / "articles"
    on_cluster = build([articles], tmp_path / "cluster", "--cluster", scheduler, "--no-html")
    assert on_cluster == build([articles], tmp_path / "local", "--no-html", "--jobs", "2")
    out = tmp_path / "cached"
    args = ["build", str(articles), "--out", str(out), "--quiet", "--no-html"]
    assert main([*args, "--cluster", scheduler]) == 0
    changed = sorted(articles.glob("*.txt"))[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert main([*args, "--cluster", scheduler]) == 0  # from the cache, one article on the cluster
    assert (out / "graph.ttl").read_bytes() == build([articles], tmp_path / "fresh", "--no-html")


def test_corpus_files_on_the_cluster(scheduler: str, tmp_path: Path) -> None:
    texts = sorted(SEEDS.glob("*.txt"))
    corpus = tmp_path / "seeds.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}) + "\n" for p in texts
        ),
        encoding="utf-8",
    )
    assert build([corpus], tmp_path / "c", "--cluster", scheduler) == build(
        [corpus], tmp_path / "l"
    )


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, capsys) -> None:
    status = main(
        ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--cluster", "tcp://127.0.0.1:9"]
    )
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert err.startswith("kg: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o" / "graph.ttl").exists()
