"""Ctrl-C and a full disk, in any phase of a build: one line, the previous outputs kept, a cache
that the next build can use, no temporary file left behind."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from kg import cli
from tests.test_input_kill import _corpus, _state

ROOT = Path(__file__).resolve().parent.parent


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def _temporaries(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("interrupt") / "src", 1200)  # long enough to interrupt


def _interruptible() -> None:
    """The build answers Ctrl-C as from a terminal, even when the tests run in a background job
    (whose processes start with SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_at_first_progress(proc: subprocess.Popen) -> str:
    """Send Ctrl-C to the build's process group the moment it reports its first articles read (a
    fixed delay was too long on a fast machine, which finished first); return all of its stderr."""
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if "articles (" in line and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            break
    lines.extend(proc.stderr)
    proc.wait(timeout=120)
    return "".join(lines)


def test_ctrl_c_keeps_the_previous_outputs_and_a_usable_cache(tmp_path, corpus):
    out = tmp_path / "out"
    first = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    before, state = _outputs(out), _state(out)
    (corpus / "00000.txt").write_text(  # the next build has work to do
        "Quarterly Review Again\n\nDate: 2031-01-02\n\nThe board met again.\n", encoding="utf-8"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--no-cache"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # Ctrl-C in a terminal signals the whole process group
        preexec_fn=_interruptible,
    )
    stderr = _interrupt_at_first_progress(proc)
    stdout = proc.stdout.read() if proc.stdout else ""
    if proc.returncode == 0:
        pytest.fail("the build finished before it could be interrupted; make the corpus larger")
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "Traceback" not in stdout
    assert stderr.strip().splitlines()[-1] == "kg: interrupted"
    assert _state(out) == state and _outputs(out) == before
    assert _temporaries(out) == []
    again = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0, again.stderr
    assert "damaged" not in again.stderr and "unreadable" not in again.stderr
    assert "from the cache" in again.stdout


def _full_disk(monkeypatch, target: str) -> None:
    """Make writing the temporary file of output `target` fail as a full disk does."""
    import kg.export.atomic as atomic

    real = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fdopen(fd, *args, **kwargs):
        handle = real(fd, *args, **kwargs)
        name = os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))
        return Full(handle) if name.startswith(f".{target}.") else handle

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)


@pytest.mark.parametrize("target", ["graph.ttl", "identity.tsv", "graph.trig", "graph.html"])
def test_full_disk_keeps_the_previous_outputs(tmp_path, monkeypatch, capsys, target):
    src = ROOT / "seeds"
    out = tmp_path / "out"
    assert cli.main(["build", str(src), "--out", str(out), "--quiet"]) == 0
    before = _outputs(out)
    capsys.readouterr()
    _full_disk(monkeypatch, target)
    assert cli.main(["build", str(src), "--out", str(out), "--no-cache", "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"kg: {out / target}: No space left on device"]
    assert _outputs(out) == before
    assert _temporaries(out) == []
    monkeypatch.undo()
    assert cli.main(["build", str(src), "--out", str(out), "--quiet"]) == 0
    assert _outputs(out) == before
