"""Scale benchmark: build time, memory, incremental rebuilds, query engines and accuracy, in one run.

    python -m benchmarks.bench_scale [--sizes 500 1000 10000] [--work DIR] [--jobs N] [--builds-only]

For each size it generates a corpus (benchmarks/generate_corpus.py), and
builds it twice over: with the real extractors (`kg build`), and with the
corpus gold as extractor (`benchmarks.oracle`), which measures the builder
and exporters on a graph of realistic size whatever the state of the
extractors. Each build runs in its own process tree, whose summed RSS is
sampled for the peak. It then builds again with nothing changed, and again
after changing 10 articles (the incremental rebuilds), times each standard query on rdflib and on Oxigraph
(on the gold-sized graph), and scores the real extractors on a 200-article
sample with shared/eval/score.py. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import psutil

from benchmarks.bench_queries import time_queries
from benchmarks.generate_corpus import generate
from benchmarks.measure import sampled_run

ROOT = Path(__file__).resolve().parent.parent
SCORER = next(
    (
        p
        for p in (
            ROOT.parent / "shared" / "eval" / "score.py",  # beside the repository (CI)
            ROOT.parent.parent / "shared" / "eval" / "score.py",
        )  # beside a worktree folder
        if p.exists()
    ),
    ROOT.parent / "shared" / "eval" / "score.py",
)


def run_measured(cmd: list[str]) -> tuple[float, float, str, float]:
    """(seconds, peak RSS of the process tree in MB, stdout, CPU seconds of the tree) of a command."""
    run = sampled_run(cmd)
    return run.seconds, run.tree_mb, run.stdout, run.cpu


def build_cmd(mode: str, corpus: Path, src: Path, out: Path, jobs: int | None) -> list[str]:
    args = ["build", str(src), "--out", str(out)] + (["--jobs", str(jobs)] if jobs else [])
    if mode == "oracle":
        return [sys.executable, "-m", "benchmarks.oracle", str(corpus), "--", *args]
    return [sys.executable, "-m", "kg", *args]


def touch_articles(src: Path, count: int = 10) -> None:
    """Change `count` articles spread over the corpus (a sentence added to each)."""
    files = sorted(src.iterdir())
    for path in files[:: max(1, len(files) // count)][:count]:
        path.write_text(
            path.read_text(encoding="utf-8") + "\nThe meeting closed successfully.\n",
            encoding="utf-8",
        )


def bench_builds(mode: str, corpus: Path, work: Path, jobs: int | None) -> dict:
    """Full build and incremental rebuild of a fresh copy of the corpus."""
    src, out = work / f"src-{mode}", work / f"out-{mode}"
    shutil.rmtree(src, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(corpus / "articles", src)
    mb = sum(p.stat().st_size for p in src.iterdir()) / 1e6
    seconds, rss, stdout, cpu = run_measured(build_cmd(mode, corpus, src, out, jobs))
    count = re.search(r"(\d+) triples", stdout.splitlines()[-1])
    if count is None:
        raise RuntimeError(f"kg build printed no triple count: {stdout.splitlines()[-1]!r}")
    triples = int(count.group(1))
    unchanged, _, _, unchanged_cpu = run_measured(build_cmd(mode, corpus, src, out, jobs))
    touch_articles(src)
    again, again_rss, _, again_cpu = run_measured(build_cmd(mode, corpus, src, out, jobs))
    return {
        "unchanged": unchanged,
        "unchanged_cpu": unchanged_cpu,
        "seconds": seconds,
        "mb": mb,
        "rss": rss,
        "triples": triples,
        "incremental": again,
        "cpu": cpu,
        "incremental_rss": again_rss,
        "incremental_cpu": again_cpu,
        "graph": out / "graph.ttl",
    }


def print_builds(size: int, rows: dict) -> None:
    print(f"\n### {size:,} articles\n")
    print(
        "| extractor | build s (CPU s) | articles/s | MB/s | peak RSS MB | triples "
        "| rebuild, nothing changed s (CPU s) | rebuild after 10 changed s (CPU s) "
        "| speed-up after 10 changed, wall (CPU) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for mode, r in rows.items():
        print(
            f"| {mode} | {r['seconds']:.1f} ({r['cpu']:.0f}) | {size / r['seconds']:.0f} | "
            f"{r['mb'] / r['seconds']:.2f} | {max(r['rss'], r['incremental_rss']):.0f} | {r['triples']:,} | "
            f"{r['unchanged']:.1f} ({r['unchanged_cpu']:.1f}) | "
            f"{r['incremental']:.1f} ({r['incremental_cpu']:.1f}) | {r['seconds'] / r['incremental']:.1f}x "
            f"({r['cpu'] / r['incremental_cpu']:.1f}x) |"
        )


def print_queries(timing: dict) -> None:
    rdf_load, ox_load = timing["load"]
    print(
        f"\nload graph.ttl: rdflib {rdf_load:.1f} s, Oxigraph {ox_load:.1f} s ({rdf_load / ox_load:.0f}x)\n"
    )
    print("| query | rows | rdflib median s | Oxigraph median s | rdflib / Oxigraph |")
    print("|---|---:|---:|---:|---:|")
    for name, (rdf, ox, rdf_rows, ox_rows) in timing["queries"].items():
        rows = str(ox_rows) if rdf_rows in (ox_rows, -1) else f"{rdf_rows} vs {ox_rows}"
        rdf_text = f"{rdf:.4f}" if rdf != float("inf") else "timed out"
        ratio = f"{rdf / max(ox, 1e-6):.0f}x" if rdf != float("inf") else "-"
        print(f"| {name} | {rows} | {rdf_text} | {ox:.4f} | {ratio} |")


def bench_accuracy(work: Path, sample: int, seed: int, scorer: Path) -> None:
    """Score the real extractors (and the oracle, as a check of builder and scorer) on a generated sample."""
    corpus = work / f"sample-{sample}"
    shutil.rmtree(corpus, ignore_errors=True)
    generate(sample, seed + 100, corpus)
    print(f"\n### Accuracy on a {sample}-article generated sample ({scorer.name})\n")
    print("| extractor | persons F1 | organisations F1 | roles F1 | events F1 | attendance F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    explain = []
    for mode in ("real", "oracle"):
        out = work / f"sample-out-{mode}"
        shutil.rmtree(out, ignore_errors=True)
        run_measured(build_cmd(mode, corpus, corpus / "articles", out, None))
        score = json.loads(_score(scorer, out, corpus, "--json"))
        print(
            f"| {mode} | "
            + " | ".join(
                f"{score[k]['f1']:.3f} (P {score[k]['precision']:.2f} R {score[k]['recall']:.2f})"
                for k in ("persons", "organisations", "roles", "events", "attendance")
            )
            + " |"
        )
        if mode == "real":
            explain = _score(scorer, out, corpus, "--explain").splitlines()
    kinds = Counter(line.split(": ")[1] for line in explain if line.count(": ") >= 2)
    print("\nscorer --explain, real extractors, most frequent kinds of error:\n")
    for kind, n in kinds.most_common(10):
        example = next(line for line in explain if line.split(": ")[1:2] == [kind])
        print(f"- {kind}: {n} (e.g. `{example[:140]}`)")


def _score(scorer: Path, out: Path, corpus: Path, flag: str) -> str:
    return subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--graph",
            str(out / "graph.ttl"),
            "--gold",
            str(corpus / "gold"),
            flag,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def bench_accuracy_if_scorer(work: Path, args) -> None:
    if args.scorer.exists():
        bench_accuracy(work, args.sample, args.seed, args.scorer)
    else:
        print(f"\n(no scorer at {args.scorer}: accuracy not measured)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 10000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=None, help="kg build --jobs (default: one per CPU)")
    ap.add_argument(
        "--work", type=Path, default=None, help="working folder (default: a temporary one)"
    )
    ap.add_argument("--sample", type=int, default=200, help="articles in the accuracy sample")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query (median)")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument(
        "--builds-only",
        action="store_true",
        help="only the builds and rebuilds with the real extractors (no oracle, queries, accuracy)",
    )
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.1f}; work folder {work}"
    )
    for size in args.sizes:
        corpus = work / f"corpus-{size}"
        shutil.rmtree(corpus, ignore_errors=True)
        generate(size, args.seed, corpus)
        modes = ("real",) if args.builds_only else ("real", "oracle")
        rows = {mode: bench_builds(mode, corpus, work / f"b{size}", args.jobs) for mode in modes}
        print_builds(size, rows)
        if not args.builds_only:
            print_queries(time_queries(rows["oracle"]["graph"], args.repeat))
    if not args.builds_only:
        bench_accuracy_if_scorer(work, args)

    return 0


if __name__ == "__main__":
    raise SystemExit(main())
