"""Build the pool of unseen pages and list its facts, one line each, to read what a change does.

The pool (decision 031) is a few hundred real news pages nobody annotated, found with the search
tool; `pool/manifest.jsonl` says where (url, query, rank, sha256), the texts stay in the ignored
folder `pool/texts/`. A change is judged by the facts it adds and removes on the pool, each read
against its page.

    python benchmarks/real/pool_facts.py facts OUT.tsv [--root CHECKOUT]   # build with CHECKOUT's kg
    python benchmarks/real/pool_facts.py diff BEFORE.tsv AFTER.tsv          # removed (<) and added (>)

Each line is tab-separated: the page, a letter (P person, O organisation, R post: person, notation,
organisation; E event: start, end; A attendee: event start, person), then the fields. Names are the
scorer's normalised form (the longest name of the node).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE / "pool" / "texts"


def _scorer_module(root: Path):
    sys.path.insert(0, str(root.parent / "shared" / "eval"))
    import score  # the shared scorer reads the graph the same way the figures do

    return score


def fact_lines(graph: Path, root: Path) -> list[str]:
    """Every fact of every page of the built graph, as sorted tab-separated lines."""
    score = _scorer_module(root)
    read = score.Graph(score.load_graph(graph))

    def name(node) -> str:
        names = read.names.get(node)
        return min(names, key=lambda s: (-len(s), s)) if names else str(node)

    lines: set[str] = set()
    for article, ident in read.article.items():
        page = ident.rsplit("/", 1)[-1]
        lines.update(f"{page}\tP\t{name(p)}" for p in read.persons[article])
        lines.update(f"{page}\tO\t{name(o)}" for o in read.orgs[article])
        lines.update(
            f"{page}\tR\t{name(p)}\t{role}\t{name(o)}" for p, role, o in read.memberships[article]
        )
        for event, (start, end) in read.events[article].items():
            lines.add(f"{page}\tE\t{start}\t{end}")
            lines.update(f"{page}\tA\t{start}\t{name(p)}" for p in read.attendees[event])
    return sorted(lines)


def build(root: Path, texts: Path, out: Path) -> Path:
    python = root / ".venv" / "bin" / "python"
    cmd = [str(python if python.exists() else sys.executable), "-m", "kg", "build", str(texts)]
    cmd += ["--out", str(out), "--no-html", "--no-cache", "--quiet"]
    subprocess.run(cmd, cwd=root, check=True, capture_output=True)
    return out / "graph.ttl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    facts = sub.add_parser("facts", help="build the pool and write its fact lines")
    facts.add_argument("out", type=Path)
    facts.add_argument(
        "--root", type=Path, default=HERE.parents[1], help="checkout whose kg builds"
    )
    facts.add_argument("--texts", type=Path, default=POOL, help="folder of the pool's texts")
    diff = sub.add_parser("diff", help="fact lines removed (<) and added (>) between two lists")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "diff":
        before = set(args.before.read_text(encoding="utf-8").splitlines())
        after = set(args.after.read_text(encoding="utf-8").splitlines())
        for line in sorted(before - after):
            print("<", line)
        for line in sorted(after - before):
            print(">", line)
        return 0
    texts = sorted(args.texts.glob("*.txt"))
    if not texts:
        print(f"{args.texts}: no texts (fetch them from pool/manifest.jsonl)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        graph = build(args.root.resolve(), args.texts, Path(tmp) / "out")
        lines = fact_lines(graph, args.root.resolve())
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(texts)} pages, {len(lines)} fact lines -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
