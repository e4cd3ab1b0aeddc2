"""Progress of a long build on stderr: a bar with the rate and the time left on a terminal
(tqdm), a plain line at each tenth of the work otherwise (logs, CI; builds of
50 articles or more), nothing when quiet."""

from __future__ import annotations

import sys
import time

from tqdm import tqdm

PLAIN_FROM = 50  # articles: a smaller build is over before progress lines would help


class Progress:
    """`start(total)` returns the callable the build tells how many more articles are done."""

    def __init__(self, quiet: bool = False, stream=None):
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.bar: tqdm | None = None
        self.total = 0
        self.done = 0
        self.next_line = 0
        self.began = 0.0

    def start(self, total: int):
        self.total, self.done, self.began = total, 0, time.monotonic()
        if self.quiet or (total < PLAIN_FROM and not self.stream.isatty()):
            return lambda n: None
        if self.stream.isatty():
            self.bar = tqdm(total=total, unit="article", file=self.stream, dynamic_ncols=True)
            return self.bar.update
        self.next_line = max(1, total // 10)
        return self._line

    def _line(self, n: int) -> None:
        self.done += n
        if self.done < self.next_line and self.done < self.total:
            return
        step = max(1, self.total // 10)
        self.next_line = (self.done // step + 1) * step
        seconds = time.monotonic() - self.began
        rate = self.done / seconds if seconds > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        print(
            f"kg: {self.done}/{self.total} articles ({100 * self.done // self.total}%), "
            f"{rate:.0f}/s, about {left:.0f} s left",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
