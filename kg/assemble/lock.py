"""One build at a time per output folder.

A build holds an exclusive lock on OUT/.kg-lock (flock) from before it reads
the cache until its outputs are renamed into place; a second build into the
same folder waits for the first to finish (saying so once), then runs on the
first one's cache and outputs. The lock is released when the process ends,
however it ends, so a killed build never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

if sys.platform != "win32":
    import fcntl

LOCK_FILE = ".kg-lock"


@contextlib.contextmanager
def folder_lock(folder: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the build lock of `folder` (made if missing) for the block; `on_wait` hears once if it must wait."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":  # no flock: builds are not serialised
        yield
        return
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait(f"{folder}: another build is writing here; waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
