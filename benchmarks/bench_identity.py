"""Who is who at scale: people joined across articles and wrongly merged, on generated corpora
with realistic name collisions.

    python -m benchmarks.bench_identity [--sizes 1000 10000] [--collisions 0.1] [--seed 5]

For each size it generates a corpus in which a share of the people (`--collisions`) are
namesakes of others (the same characters, or other characters read the same in pinyin; see
benchmarks/corpus_world.py), builds it with `kg build`, and scores it with the shared scorer,
whose gold gives each person an `id`. It prints, per size: the pairs of mentions of one person in
two articles that share a node (joined), and the pairs of mentions of two different people that
share one (wrongly merged), as a share of the joined pairs. It asserts nothing.

The shared scorer counts those pairs one by one (quadratic: 60,000 mentions at 10,000 articles
are 1.8 billion pairs) and finds each article's node by a scan; this benchmark runs the scorer's
own `score` with the pairs counted from group sizes and the articles indexed, which gives the
same figures (tests/test_bench_identity.py compares them on a small corpus).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

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
    people = score_people(out / "graph.ttl", corpus / "gold")
    return {"size": size, "build_s": built, **people}


def scorer() -> ModuleType:
    """The shared scorer (../shared/eval/score.py), imported as a module."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None, f"no scorer at {SCORER}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def count_resolution(mentions: dict, explain: list[str], kind: str) -> dict:
    """The scorer's `resolution` figures from group sizes: linear in the mentions.

    Pairs of mentions in two different articles: of one entity on one node (joined), of one
    entity on two nodes (split), of two entities on one node (wrongly merged)."""
    by_key_article: Counter = Counter()
    by_key_node: Counter = Counter()
    by_key_node_article: Counter = Counter()
    by_node: Counter = Counter()
    by_node_article: Counter = Counter()
    for key, found in mentions.items():
        for article, node in found:
            by_key_article[key, article] += 1
            by_key_node[key, node] += 1
            by_key_node_article[key, node, article] += 1
            by_node[node] += 1
            by_node_article[node, article] += 1
    across = sum(pairs(len(found)) for found in mentions.values()) - sum(
        pairs(n) for n in by_key_article.values()
    )
    same = sum(pairs(n) for n in by_key_node.values()) - sum(
        pairs(n) for n in by_key_node_article.values()
    )
    on_node = sum(pairs(n) for n in by_node.values()) - sum(
        pairs(n) for n in by_node_article.values()
    )
    merged = on_node - same
    return {
        "pairs": across,
        "joined": same,
        "split": across - same,
        "wrongly_merged": merged,
        "recall": round(same / across, 3) if across else None,
        "precision": round(same / (same + merged), 3) if same + merged else None,
    }


def score_people(graph: Path, gold: Path, fast: bool = True) -> dict:
    """The scorer's people_across_articles figures for `graph` against `gold`; with `fast`, pairs
    counted by count_resolution and articles found through an index."""
    module = scorer()
    read = module.Graph(module.load_graph(graph))
    if fast:
        vars(module)["resolution"] = count_resolution  # score() looks it up in its module
        index: dict[str, object] = {}
        for node, value in read.article.items():
            for name in {value, value.rsplit("/", 1)[-1]}:
                index.setdefault(name, node)

        def article_node(ident: str):
            return index.get(ident) or index.get(ident.rsplit(".", 1)[0])

        read.article_node = article_node
    return module.score(read, gold, [])["people_across_articles"]


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
