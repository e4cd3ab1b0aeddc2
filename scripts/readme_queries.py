"""Refresh the query outputs shown in README.md.

Each fenced ```text block that starts with `$ kg query ...` gets the real output of that command on
a fresh build of seeds/ (`exports/graph.ttl` in the command stands for that build). Run
`python scripts/readme_queries.py` after a change that alters the seeds' graph; tests/test_docs.py
fails while the README is stale.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.assemble import build  # noqa: E402
from kg.cli import main  # noqa: E402

TARGET = ROOT / "README.md"
BLOCK = re.compile(r"```text\n\$ (kg query [^\n]*)\n(.*?)\n```", re.DOTALL)


def run_command(command: str, graph_file: Path) -> str:
    """What `command` (`kg query ... --graph exports/graph.ttl ...`) prints, run on `graph_file`."""
    args = shlex.split(command)[1:]
    args[args.index("--graph") + 1] = str(graph_file)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if main(args) != 0:
            raise SystemExit(f"`{command}` failed")
    return out.getvalue().rstrip()


def render(text: str, graph_file: Path) -> str:
    """`text` with every query block's output replaced by the real one on `graph_file`."""
    return BLOCK.sub(
        lambda m: f"```text\n$ {m.group(1)}\n{run_command(m.group(1), graph_file)}\n```", text
    )


def build_seeds(out: Path) -> Path:
    """Build seeds/ into `out`; the path of graph.ttl."""
    build([ROOT / "seeds"], out)
    return out / "graph.ttl"


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        TARGET.write_text(
            render(TARGET.read_text(encoding="utf-8"), build_seeds(Path(tmp))), encoding="utf-8"
        )
    print(f"refreshed {TARGET}")
