"""Running a command while sampling its memory: the wall seconds, the peak RSS of its process
tree and of the command's own process, its output, and the CPU seconds of the tree."""

from __future__ import annotations

import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Sampled:
    """One run: wall seconds, peak RSS (MB) of the process tree and of the main process, stdout,
    stderr, the CPU seconds of the tree and of the main process alone (its last sample)."""

    seconds: float
    tree_mb: float
    main_mb: float
    stdout: str
    stderr: str
    cpu: float
    main_cpu: float = 0.0


def sampled_run(cmd: list[str]) -> Sampled:
    """Run `cmd` from the repository, sampling the summed RSS of its process tree and its own
    RSS every 50 ms; a failure raises RuntimeError with the end of stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak, done = [0, 0], threading.Event()
    own = [0.0]  # CPU seconds of the main process itself, at the last sample

    def sample():
        top = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [top, *top.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
                peak[1] = max(peak[1], top.memory_info().rss)
                times = top.cpu_times()
                own[0] = times.user + times.system
            except psutil.Error:
                pass
            time.sleep(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    out, err = proc.communicate()
    done.set()
    watcher.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Sampled(time.perf_counter() - start, peak[0] / 1e6, peak[1] / 1e6, out, err, cpu, own[0])
