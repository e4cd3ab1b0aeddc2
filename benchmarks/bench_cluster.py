"""Large builds: peak memory and time by corpus size, and the same build locally and on a Dask
cluster, in one run.

    python -m benchmarks.bench_cluster [--sizes 10000 30000 100000] [--cluster-size 10000]
        [--work DIR] [--no-cluster | --cluster-only] [--worker-profiler]

For each size it generates a corpus (benchmarks/generate_corpus.py) as one JSON Lines file, and
builds it with `kg build --no-html --timings` (each build in its own process tree, whose summed
RSS is sampled for the peak: the main process and its worker processes; the main process's own
peak is printed too, and the seconds of the phases: reading and extracting runs in the workers,
the others in the main process). Peak memory must not grow with the corpus (decision 015). The
sha256 of graph.ttl lets two versions of kg be compared on the same corpus. It then builds the
`--cluster-size` corpus on a local Dask cluster of two single-threaded workers (a scheduler and
two `dask worker` processes started here, as a user would start them) and locally with two
processes, and prints both times, the overhead, the per-worker throughput and whether the bytes
are the same. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from benchmarks.generate_corpus import generate
from benchmarks.measure import sampled_run

DASK = Path(sys.executable).parent / "dask"
WORKER_ENV = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}  # README: starting workers


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


@dataclass(frozen=True)
class Measured:
    """One build: wall seconds, peak RSS of the process tree and of the main process (MB), the
    seconds of each phase (`kg build --timings`) and the CPU seconds of the process tree."""

    seconds: float
    tree_mb: float
    main_mb: float
    phases: dict[str, float]
    cpu: float
    main_cpu: float


def run_tree(cmd: list[str]) -> Measured:
    """Run `cmd`, sampling the summed RSS of its process tree and its own RSS every 50 ms."""
    run = sampled_run(cmd)
    phases = {}
    for line in run.stderr.splitlines():
        name, _, value = line.removeprefix("kg: ").rpartition(": ")
        if value.endswith(" s") and name:
            phases[name] = float(value[:-2])
    return Measured(run.seconds, run.tree_mb, run.main_mb, phases, run.cpu, run.main_cpu)


def build(corpus: Path, out: Path, *extra: str) -> Measured:
    """`kg build` of `corpus` into `out`, measured."""
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--quiet"]
    return run_tree([*cmd, "--no-html", "--no-cache", "--timings", *extra])


def sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


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
        # kg can say so, and its threads would spin between kg's small numpy calls), and without
        # the worker's statistical profiler (every 10 ms it walks the stack of the running task:
        # 20-30% more CPU on kg's extraction, decision 013)
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", **WORKER_ENV}
        return subprocess.Popen(
            [str(DASK), role, *args, *extra, "--scheduler-file", str(self.info)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )

    def cpu(self) -> str:
        """CPU seconds used so far by the scheduler and by the two workers (each `dask worker`
        process with the worker process it starts)."""
        used = []
        for proc in self.procs:
            top = psutil.Process(proc.pid)
            tree = [top, *top.children(recursive=True)]
            used.append(sum(p.cpu_times().user + p.cpu_times().system for p in tree))
        workers = " + ".join(f"{s:.0f}" for s in used[1:])
        return f"CPU s: scheduler {used[0]:.1f}, workers {workers}"

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            proc.wait(timeout=30)


def load() -> str:
    """The machine's load averages now (other work on it slows the builds)."""
    one, five, fifteen = os.getloadavg()
    return f"load average after: {one:.2f}, {five:.2f}, {fifteen:.2f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 30000])
    ap.add_argument("--cluster-size", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--work", type=Path, help="keep the corpora and graphs here")
    ap.add_argument("--no-cluster", action="store_true", help="only the builds by size")
    ap.add_argument("--cluster-only", action="store_true", help="only the local and cluster builds")
    ap.add_argument(
        "--worker-profiler",
        action="store_true",
        help="start the workers with Dask's profiler on (its default), to see what it costs",
    )
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-cluster-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(load().replace("after", "before"))
        print(
            "articles | build s | s per 1,000 | peak MB (process tree) | peak MB (main process) "
            "| serial s (main process phases) | graph.ttl sha256"
        )
        for size in [] if args.cluster_only else args.sizes:
            corpus = work / f"corpus-{size}.jsonl"
            if not corpus.exists():
                corpus = corpus_jsonl(size, args.seed, work)
            run = build(corpus, work / f"out-{size}", "--jobs", "2")
            serial = sum(s for name, s in run.phases.items() if name != "read and extract")
            print(
                f"{size} | {run.seconds:.1f} | {run.seconds / size * 1000:.2f} | "
                f"{run.tree_mb:.0f} | {run.main_mb:.0f} | {serial:.1f} | "
                f"{sha(work / f'out-{size}' / 'graph.ttl')}",
                flush=True,
            )
            print("    " + ", ".join(f"{k} {v:.1f} s" for k, v in run.phases.items()), flush=True)
            print(f"    {load()}", flush=True)
            shutil.rmtree(work / f"out-{size}")
            if size != args.cluster_size and args.work is None:
                corpus.unlink()
        if args.no_cluster:
            return 0
        size = args.cluster_size
        corpus = work / f"corpus-{size}.jsonl"
        if not corpus.exists():
            corpus = corpus_jsonl(size, args.seed, work)
        local = build(corpus, work / "local", "--jobs", "2")
        if args.worker_profiler:
            WORKER_ENV.clear()
        cluster = LocalCluster(work)
        try:
            remote = build(corpus, work / "cluster", "--cluster", cluster.address)
            print(f"    cluster {cluster.cpu()}")
        finally:
            cluster.close()
        local_s, cluster_s = local.seconds, remote.seconds
        for name, run in (("local", local), ("cluster", remote)):
            phases = ", ".join(f"{k} {v:.1f} s" for k, v in run.phases.items())
            print(
                f"    {name}: {phases}; CPU s: kg build {run.main_cpu:.0f}, "
                f"with its worker processes {run.cpu:.0f}"
            )
        same = (work / "local" / "graph.ttl").read_bytes() == (
            work / "cluster" / "graph.ttl"
        ).read_bytes()
        print(
            f"{size} articles: local (2 processes) {local_s:.1f} s; Dask cluster (2 workers) "
            f"{cluster_s:.1f} s; overhead {cluster_s / local_s - 1:+.0%}; "
            f"{size / cluster_s / 2:.0f} articles/s per worker; same bytes: {same}"
        )
        print(f"    {load()}")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
