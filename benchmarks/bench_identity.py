"""Who is who at scale: people joined across articles and wrongly merged, on generated corpora
with realistic name collisions.

    python -m benchmarks.bench_identity [--sizes 1000 10000] [--collisions 0.1] [--seed 5]

For each size it generates a corpus in which a share of the people (`--collisions`) are
namesakes of others (the same characters, or other characters read the same in pinyin; see
benchmarks/corpus_world.py), builds it with `kg build`, and scores it with the shared scorer,
whose gold gives each person an `id`. It prints, per size: the pairs of mentions of one person in
two articles that share a node (joined), and the pairs of mentions of two different people that
share one (wrongly merged), as a share of the joined pairs. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate_corpus import generate

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def measure(size: int, collisions: float, seed: int, work: Path) -> dict:
    corpus, out = work / f"corpus-{size}", work / f"out-{size}"
    generate(size, seed, corpus, collisions)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(corpus / "articles"),
            "--out",
            str(out),
            "--quiet",
        ],
        check=True,
        cwd=ROOT,
    )
    built = time.perf_counter() - start
    scored = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--graph",
            str(out / "graph.ttl"),
            "--gold",
            str(corpus / "gold"),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    people = json.loads(scored.stdout)["people_across_articles"]
    return {"size": size, "build_s": built, **people}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--collisions", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"namesakes: {args.collisions:.0%} of the people; seed {args.seed}")
    print(
        "articles | build s | pairs of one person | joined | wrongly merged pairs | share of joined"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = measure(size, args.collisions, args.seed, Path(tmp))
            share = r["wrongly_merged"] / r["joined"] if r["joined"] else 0.0
            print(
                f"{r['size']} | {r['build_s']:.1f} | {r['pairs']} | {r['joined']} "
                f"({r['joined'] / r['pairs']:.3f}) | {r['wrongly_merged']} | {share:.4%}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
