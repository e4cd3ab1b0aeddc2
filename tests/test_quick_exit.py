"""The `kg` process ends without freeing its objects, but not without what an exit must do."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(body: str) -> subprocess.CompletedProcess:
    code = textwrap.dedent(body)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_exit_now_runs_atexit_functions_flushes_and_keeps_the_status():
    done = _run(
        """
        import atexit, sys
        from kg.quick_exit import exit_now
        atexit.register(lambda: print("atexit ran"))
        print("buffered", end="")
        sys.stderr.write("to stderr")
        exit_now(3)
        """
    )
    assert done.returncode == 3
    assert done.stdout == "bufferedatexit ran\n"
    assert done.stderr == "to stderr"


def test_exit_now_waits_for_a_thread_an_ordinary_exit_waits_for():
    done = _run(
        """
        import threading, time
        from kg.quick_exit import exit_now
        def late():
            time.sleep(0.3)
            print("the thread finished")
        threading.Thread(target=late).start()
        exit_now(0)
        """
    )
    assert done.returncode == 0
    assert done.stdout == "the thread finished\n"


def test_the_kg_command_exits_with_its_status_and_its_last_line(tmp_path):
    missing = tmp_path / "nothing-here"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(missing), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "no such file or folder" in done.stderr
    assert done.stdout.strip().endswith("(0 files found)")
