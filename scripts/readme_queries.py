"""Refresh the outputs in docs/readme-queries.md: each ``` block that starts with `$ kg query ...`
gets the real output of that command on a fresh build of seeds/ (exports/graph.ttl in the command
stands for that build).

Run `python scripts/readme_queries.py` after a change that alters the seeds' graph;
tests/test_docs_readme_queries.py fails while the file is stale.
"""
from __future__ import annotations

import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.cli import load_graph  # noqa: E402
from kg.queries import format_result, run_query  # noqa: E402

TARGET = ROOT / "docs" / "readme-queries.md"
BLOCK = re.compile(r"```\n(\$ kg query [^\n]*)\n.*?```", re.DOTALL)


def run_command(line: str, graph) -> str:
    """The table `kg query` prints for the command line `line` (`$ kg query NAME ... --param K=V ...`)."""
    words = shlex.split(line)[3:]
    name, params = words[0], {}
    for flag, value in zip(words[1::2], words[2::2]):
        if flag == "--param":
            key, _, val = value.partition("=")
            params[key] = val
    return format_result(run_query(graph, name, params), "table")


def render(text: str, graph_file: Path) -> str:
    """`text` with every query block's output replaced by the real one on `graph_file`."""
    graph = load_graph(str(graph_file))
    return BLOCK.sub(lambda m: f"```\n{m.group(1)}\n{run_command(m.group(1), graph)}\n```", text)


def build_seeds(out: Path) -> Path:
    """Build seeds/ into `out`; the path of graph.ttl."""
    build([ROOT / "seeds"], out)
    return out / "graph.ttl"


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        TARGET.write_text(render(TARGET.read_text(encoding="utf-8"), build_seeds(Path(tmp))), encoding="utf-8")
    print(f"refreshed {TARGET}")
