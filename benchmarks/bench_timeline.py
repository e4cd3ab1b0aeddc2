"""Where a build's memory goes: the main process's RSS over time, next to its phases.

    python -m benchmarks.bench_timeline CORPUS [--out DIR] [--window 20]

Runs `kg build CORPUS --no-cache --no-html --jobs 2 --timings` (each figure of decisions 015 and
016 was measured this way), samples the RSS of the `kg build` process every 0.2 s, and prints the
highest RSS of each `--window` seconds, the phases' seconds (`--timings`; they run one after
another in this order: reading and extracting, identities, the articles' Turtle, then for each
shard group its merge and joining nodes, the store, the outputs), the peak and the load average
before and after. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.measure import ROOT


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, help="the build's folder (default: one removed after)")
    ap.add_argument("--window", type=float, default=20.0, help="seconds per printed figure")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-timeline-"))
    cmd = [sys.executable, "-m", "kg", "build", str(args.corpus), "--out", str(out), "--quiet"]
    cmd += ["--no-cache", "--no-html", "--jobs", "2", "--timings"]
    print(f"load average before: {load()}", flush=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    main_process = psutil.Process(proc.pid)
    windows: dict[int, float] = {}
    while proc.poll() is None:
        try:
            rss = main_process.memory_info().rss / 1e6
        except psutil.Error:
            break
        at = int((time.perf_counter() - start) // args.window)
        windows[at] = max(windows.get(at, 0.0), rss)
        time.sleep(0.2)
    out_text, err = proc.communicate()
    seconds = time.perf_counter() - start
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)
    if proc.returncode:
        print(f"kg build failed:\n{err[-2000:]}")
        return 1
    print("seconds from the start: highest RSS of the main process (MB) in the next window")
    row = [f"{at * args.window:.0f}: {mb:.0f}" for at, mb in sorted(windows.items())]
    for first in range(0, len(row), 10):
        print("    " + ", ".join(row[first : first + 10]))
    print("phases: " + "; ".join(line.removeprefix("kg: ") for line in err.splitlines()))
    print(out_text.strip())
    print(f"wall {seconds:.1f} s; peak of the main process {max(windows.values()):.0f} MB")
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
