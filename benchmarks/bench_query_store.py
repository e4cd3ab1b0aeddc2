"""`kg query` on a large graph: the build's store (graph.oxigraph/) against loading graph.ttl.

    python -m benchmarks.bench_query_store [--size 10000] [--work DIR] [--repeat 3]

Generates a corpus of `--size` articles (benchmarks/generate_corpus.py) unless WORK already
holds its build, builds it, then runs `kg query roles_of_person` and `kg query co_attendees` as
a user would (a new process each time, start-up included): with the store, and with the store
moved aside so that graph.ttl is loaded. Prints the median wall time and the peak RSS of each.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
from kg.export.store import STORE

from benchmarks.bench_scale import run_measured

ROOT = Path(__file__).resolve().parent.parent
FIND_PERSON = (
    "PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#> "
    "SELECT ?n WHERE { ?m org:member ?p . ?p schema:name ?n } ORDER BY ?n LIMIT 1"
)


def build(size: int, work: Path) -> Path:
    out = work / f"graph-{size}"
    if (out / "graph.ttl").exists() and (out / STORE).exists():
        return out
    corpus = work / f"corpus-{size}"
    if not corpus.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.generate_corpus",
                "--n",
                str(size),
                "--out",
                str(corpus),
            ],
            cwd=ROOT,
            check=True,
        )
    seconds, peak, _, _ = run_measured(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(corpus / "articles"),
            "--out",
            str(out),
            "--quiet",
            "--no-html",
        ]
    )
    print(f"build of {size} articles: {seconds:.1f} s, peak {peak:.0f} MB (process tree)")
    return out


def timed(args: list[str], repeat: int) -> tuple[float, float]:
    runs = [run_measured([sys.executable, "-m", "kg", "query", *args]) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    out = build(args.size, work)
    graph = out / "graph.ttl"
    found = ox.Store.read_only(str(out / STORE)).query(FIND_PERSON)
    assert isinstance(found, ox.QuerySolutions)
    person = next(iter(found))["n"].value
    queries = {
        "roles_of_person": [
            "roles_of_person",
            "--graph",
            str(graph),
            "--param",
            f"person={person}",
        ],
        "co_attendees": ["co_attendees", "--graph", str(graph), "--format", "csv"],
    }
    print(f"graph: {graph.stat().st_size / 1e6:.0f} MB of Turtle ({args.size} articles)")
    print(f"{'query':<18}{'store: wall s':>15}{'peak MB':>9}{'reload: wall s':>16}{'peak MB':>9}")
    for name, query in queries.items():
        with_store = timed(query, args.repeat)
        aside = out / f".{STORE}.aside"
        (out / STORE).rename(aside)
        try:
            reloaded = timed(query, args.repeat)
        finally:
            aside.rename(out / STORE)
        print(
            f"{name:<18}{with_store[0]:>15.2f}{with_store[1]:>9.0f}"
            f"{reloaded[0]:>16.2f}{reloaded[1]:>9.0f}"
        )
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
