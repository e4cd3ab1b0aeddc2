"""Write output files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; an output is for others to read too
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """`atomic_write_bytes` for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


class OutputSet:
    """Files of one build written together: each to a temporary file first, all renamed at the end.

    Nothing replaces an output until every new one is complete on disk, and the
    renames then follow one another with nothing in between; `last` (graph.ttl)
    is renamed last, so a new graph.ttl means every other output is new too. A
    build that fails or is killed before :meth:`commit` leaves the old files as
    they were (its temporaries are removed, or by the next build:
    :func:`remove_stale_temporaries`).
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.staged: dict[str, str] = {}  # output name -> its temporary file

    def write(self, name: str, data: bytes) -> None:
        """Write output `name` to a temporary file beside it (flushed to disk)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)
            self.staged[name] = tmp
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; an output is for others to read too
        except OSError as exc:  # a full disk, a quota: the message names the output
            raise OSError(exc.errno, exc.strerror, str(self.folder / name)) from exc

    def adopt(self, name: str, tmp: Path) -> None:
        """Take the finished file `tmp` (a temporary beside the outputs, ``.NAME.*.tmp``) as
        output `name`: flushed to disk here, renamed at :meth:`commit` (an output too big to
        hold in memory is written to its temporary file as a stream)."""
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        self.staged[name] = str(tmp)

    def commit(self, remove: tuple[str, ...] = (), last: str | None = None) -> None:
        """Rename every staged file over its output (`last` at the end), after removing `remove`."""
        order = sorted(self.staged, key=lambda name: name == last)
        for name in order:
            if name != last:
                os.replace(self.staged.pop(name), self.folder / name)
        for name in remove:
            (self.folder / name).unlink(missing_ok=True)
        if last in self.staged:
            os.replace(self.staged.pop(last), self.folder / last)
        _sync_folder(self.folder)

    def discard(self) -> None:
        """Remove the temporaries of a build that did not commit."""
        for tmp in self.staged.values():
            Path(tmp).unlink(missing_ok=True)
        self.staged.clear()


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries (the renames) to disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path, names: tuple[str, ...]) -> None:
    """Remove the temporary files a killed build left beside the outputs `names` (.NAME.*.tmp)."""
    if not Path(folder).is_dir():
        return
    for name in names:
        for tmp in Path(folder).glob(f".{name}.*.tmp"):
            if tmp.is_file() and not tmp.is_symlink():
                tmp.unlink(missing_ok=True)
