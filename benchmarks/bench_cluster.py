"""Large builds: peak memory and time by corpus size, and the same build locally and on a Dask
cluster, in one run.

    python -m benchmarks.bench_cluster [--sizes 10000 30000] [--cluster-size 10000] [--work DIR]

For each size it generates a corpus (benchmarks/generate_corpus.py) as one JSON Lines file, and
builds it with `kg build --no-html` (each build in its own process tree, whose summed RSS is
sampled for the peak: the main process and its worker processes). It then builds the
`--cluster-size` corpus on a local Dask cluster of two single-threaded workers (a scheduler and
two `dask worker` processes started here, as a user would start them) and locally with two
processes, and prints both times, the overhead, the per-worker throughput and whether the bytes
are the same. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_scale import run_measured
from benchmarks.generate_corpus import generate

DASK = Path(sys.executable).parent / "dask"


def corpus_jsonl(size: int, seed: int, work: Path) -> Path:
    """A generated corpus of `size` articles as one JSON Lines file."""
    folder = work / f"corpus-{size}"
    generate(size, seed, folder)
    out = work / f"corpus-{size}.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted((folder / "articles").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            handle.write(json.dumps({"id": path.name, "text": text}, ensure_ascii=False) + "\n")
    shutil.rmtree(folder)
    return out


def build(corpus: Path, out: Path, *extra: str) -> tuple[float, float]:
    """(seconds, peak MB) of `kg build` of `corpus` into `out`."""
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--quiet"]
    seconds, peak, _, _ = run_measured([*cmd, "--no-html", "--no-cache", *extra])
    return seconds, peak


class LocalCluster:
    """A Dask scheduler and two single-threaded workers, as separate processes on 127.0.0.1."""

    def __init__(self, work: Path):
        self.info = work / "scheduler.json"
        self.procs = [self._start("scheduler", "--host", "127.0.0.1", "--port", "0")]
        while not self.info.exists():
            time.sleep(0.2)
        scratch = str(work / "dask-scratch")
        worker = ("--nworkers", "1", "--nthreads", "1", "--no-dashboard")
        self.procs += [
            self._start("worker", *worker, "--local-directory", scratch) for _ in range(2)
        ]
        from distributed import Client

        self.address = json.loads(self.info.read_text())["address"]
        with Client(self.address) as client:
            client.wait_for_workers(2, timeout=120)

    def _start(self, role: str, *args: str) -> subprocess.Popen:
        extra = ["--dashboard-address", "127.0.0.1:0"] if role == "scheduler" else []
        # as the README says to start workers: one BLAS thread (distributed imports numpy before
        # kg can say so, and its threads would spin between kg's small numpy calls)
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        return subprocess.Popen(
            [str(DASK), role, *args, *extra, "--scheduler-file", str(self.info)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            proc.wait(timeout=30)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 30000])
    ap.add_argument("--cluster-size", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--work", type=Path, help="keep the corpora and graphs here")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-cluster-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print("articles | build s | s per 1,000 | peak MB (process tree)")
        for size in args.sizes:
            corpus = corpus_jsonl(size, args.seed, work)
            seconds, peak = build(corpus, work / f"out-{size}", "--jobs", "2")
            print(f"{size} | {seconds:.1f} | {seconds / size * 1000:.2f} | {peak:.0f}")
            shutil.rmtree(work / f"out-{size}")
            if size != args.cluster_size:
                corpus.unlink()
        size = args.cluster_size
        corpus = work / f"corpus-{size}.jsonl"
        if not corpus.exists():
            corpus = corpus_jsonl(size, args.seed, work)
        local_s, _ = build(corpus, work / "local", "--jobs", "2")
        cluster = LocalCluster(work)
        try:
            cluster_s, _ = build(corpus, work / "cluster", "--cluster", cluster.address)
        finally:
            cluster.close()
        same = (work / "local" / "graph.ttl").read_bytes() == (
            work / "cluster" / "graph.ttl"
        ).read_bytes()
        print(
            f"{size} articles: local (2 processes) {local_s:.1f} s; Dask cluster (2 workers) "
            f"{cluster_s:.1f} s; overhead {cluster_s / local_s - 1:+.0%}; "
            f"{size / cluster_s / 2:.0f} articles/s per worker; same bytes: {same}"
        )
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
