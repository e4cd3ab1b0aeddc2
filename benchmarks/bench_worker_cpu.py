"""What a Dask worker costs kg's per-article work: CPU seconds of the same articles read and
extracted in this process, and as one task on a Dask worker started with and without Dask's
statistical profiler (on by default: every 10 ms it walks the stack of the running task).

    python -m benchmarks.bench_worker_cpu [--articles 250] [--corpus FILE.jsonl]

For each it prints the CPU seconds of the thread that ran the articles and of its whole process
(in a worker, the other threads are its event loop: heartbeats, the profiler). CPU seconds, not
wall seconds, so other work on the machine changes them little. It prints figures; it asserts
nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate_corpus import generate

DASK = Path(sys.executable).parent / "dask"


def extract_all(items: list) -> tuple[float, float]:
    """(thread CPU s, process CPU s) of reading and extracting `items`, after a warm-up."""
    from kg.assemble.parallel import _packed, warm_up

    warm_up()
    thread, process = time.thread_time(), time.process_time()
    for item in items:
        _packed(item, False)
    return time.thread_time() - thread, time.process_time() - process


def on_worker(items: list, env: dict[str, str], work: Path) -> tuple[float, float]:
    """`extract_all(items)` as a task on a fresh scheduler and single-threaded worker (`env`
    added to the worker's environment); the second of two runs (the first loads what is lazy)."""
    from distributed import Client

    info = work / "scheduler.json"
    info.unlink(missing_ok=True)
    null = subprocess.DEVNULL
    address = ["--scheduler-file", str(info)]
    procs = [
        subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", *address], stdout=null, stderr=null
        )
    ]
    try:
        while not info.exists():
            time.sleep(0.2)
        worker = [str(DASK), "worker", "--nthreads", "1", "--nworkers", "1", "--no-dashboard"]
        procs.append(
            subprocess.Popen(
                [*worker, *address, "--local-directory", str(work)],
                env={**os.environ, "OPENBLAS_NUM_THREADS": "1", **env},
                stdout=null,
                stderr=null,
            )
        )
        with Client(scheduler_file=str(info)) as client:
            client.wait_for_workers(1, timeout=120)
            client.submit(extract_all, items[:20], pure=False).result()
            return client.submit(extract_all, items, pure=False).result()
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=250)
    ap.add_argument("--corpus", type=Path, help="a JSON Lines corpus (default: generated)")
    args = ap.parse_args(argv)
    from kg.assemble.pipeline import BuildReport, collect_sources, expand_inputs
    from kg.read.inputs import input_identifiers

    with tempfile.TemporaryDirectory(prefix="kg-bench-worker-") as tmp:
        work = Path(tmp)
        source = args.corpus
        if source is None:
            generate(args.articles, 3, work / "corpus")
            source = work / "corpus" / "articles"
        report = BuildReport()
        files = expand_inputs(collect_sources([source], report), report)[: args.articles]
        items = list(zip(files, input_identifiers(files), strict=True))
        print(f"{len(items)} articles, load average {os.getloadavg()[0]:.2f}", flush=True)
        runs = {
            "this process": lambda: extract_all(items),
            "Dask worker, profiler on (Dask's default)": lambda: on_worker(items, {}, work),
            "Dask worker, profiler off": lambda: on_worker(
                items, {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}, work
            ),
        }
        for name, run in runs.items():
            thread, process = run()
            print(f"{name}: CPU s of the thread {thread:.2f}, of the process {process:.2f}")
        print(f"load average after {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
