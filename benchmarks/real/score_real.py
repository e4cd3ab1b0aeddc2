"""Check the real-news texts against the manifest, build them with kg and score the graph.

The page texts are third-party material and are not in git: a session fetches them again with
the search tool (corpus `pages`, the manifest's `query`, the result of rank `rank`) into
`benchmarks/real/texts/<id>.txt`; this script says which are missing or differ from the
manifest's sha256, then builds the texts that are present and scores them against `gold/`
with the shared scorer, for all of them and for each kind of article.

    python benchmarks/real/score_real.py --split dev            # the development part
    python benchmarks/real/score_real.py --split sealed         # only at the start and the end
    python benchmarks/real/score_real.py --split dev2           # any split the manifest names
    python benchmarks/real/score_real.py --split dev --explain  # every miss and false hit
    python benchmarks/real/score_real.py --check                # only compare texts and manifest
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KINDS = ("mt-en", "en", "zh-hans", "zh-hant")
MEASURES = ("persons", "organisations", "roles", "events", "attendance")


@dataclass(frozen=True)
class Entry:
    """One manifest line: where the page was found and what its text hashes to."""

    ident: str
    split: str
    kind: str
    url: str
    query: str
    rank: int
    sha256: str

    @property
    def text(self) -> Path:
        return HERE / "texts" / f"{self.ident}.txt"

    @property
    def gold(self) -> Path:
        return HERE / "gold" / f"{self.ident}.txt.json"


def manifest() -> list[Entry]:
    entries = []
    for path in sorted((HERE / "manifest").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                entries.append(
                    Entry(
                        row["id"],
                        row["split"],
                        row["kind"],
                        row["url"],
                        row["query"],
                        int(row["rank"]),
                        row["sha256"],
                    )
                )
    return sorted(entries, key=lambda e: e.ident)


def check(entries: list[Entry]) -> list[Entry]:
    """The entries whose text is present and matches; a line on stderr for each that is not."""
    good = []
    for entry in entries:
        if not entry.gold.is_file():
            print(f"{entry.ident}: no gold file {entry.gold.name}", file=sys.stderr)
        elif not entry.text.is_file():
            print(f"{entry.ident}: text missing (fetch {entry.url!r})", file=sys.stderr)
        elif hashlib.sha256(entry.text.read_bytes()).hexdigest() != entry.sha256:
            print(f"{entry.ident}: text differs from the manifest's sha256", file=sys.stderr)
        else:
            good.append(entry)
    return good


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _scorer() -> Path:
    return ROOT.parent / "shared" / "eval" / "score.py"


def score(graph: Path, entries: list[Entry], work: Path, explain: bool) -> dict:
    """The shared scorer's figures for `entries` (a gold folder of just their files)."""
    gold = work / "gold"
    if gold.exists():
        shutil.rmtree(gold)
    gold.mkdir()
    for entry in entries:
        shutil.copy(entry.gold, gold / entry.gold.name)
    shutil.copy(HERE / "gold" / "orgs.json", gold / "orgs.json")
    args = [_python(), str(_scorer()), "--graph", str(graph), "--gold", str(gold)]
    if explain:
        subprocess.run([*args, "--explain"], check=True)
    out = subprocess.run([*args, "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def row(label: str, count: int, figures: dict) -> str:
    cells = [f"{figures[m]['f1']:.2f}" if m in figures else "  - " for m in MEASURES]
    across = figures.get("people_across_articles", {})
    wrong = across.get("wrongly_merged", across.get("fp", "-"))
    return f"| {label} | {count} | " + " | ".join(cells) + f" | {wrong} |"


def _chosen(split: str, part: str) -> bool:
    if split in ("dev-all", "sealed-all"):
        return part.startswith(split.removesuffix("-all"))
    return split in ("all", part)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = sorted({e.split for e in manifest()})
    ap.add_argument(
        "--split",
        choices=(*splits, "all", "dev-all", "sealed-all"),
        default="dev",
        help="one part, or every part (all), every development or every sealed part, built as "
        "one graph (so people and organisations are joined across the parts' articles)",
    )
    ap.add_argument("--check", action="store_true", help="only compare the texts with the manifest")
    ap.add_argument("--explain", action="store_true", help="list every miss and false hit")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it")
    ap.add_argument(
        "--precision",
        action="store_true",
        help="also print each measure's precision and recall, overall and by kind (figures only)",
    )
    args = ap.parse_args(argv)
    entries = [e for e in manifest() if _chosen(args.split, e.split)]
    present = check(entries)
    print(f"{len(present)} of {len(entries)} {args.split} texts present and matching the manifest")
    if args.check or not present:
        return 0 if len(present) == len(entries) else 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out = args.keep or work / "out"
        src = work / "src"
        src.mkdir()
        for entry in present:
            shutil.copy(entry.text, src / f"{entry.ident}.txt")
        build = [_python(), "-m", "kg", "build", str(src), "--out", str(out), "--no-html"]
        subprocess.run(build, check=True, capture_output=True)
        graph = out / "graph.ttl"
        print("| part | articles | " + " | ".join(MEASURES) + " | wrong person merges |")
        print("|---|---|" + "---|" * len(MEASURES) + "---|")
        figures = score(graph, present, work, args.explain)
        print(row(args.split, len(present), figures))
        if args.precision:
            for m in MEASURES:
                if m in figures:
                    f = figures[m]
                    print(f"{args.split} {m}: precision {f['precision']}, recall {f['recall']}")
        for kind in KINDS:
            chosen = [e for e in present if e.kind == kind]
            if not chosen:
                continue
            by_kind = score(graph, chosen, work, False)
            print(row(f"{args.split} {kind}", len(chosen), by_kind))
            if args.precision:
                print(
                    f"{args.split} {kind} precision / recall: "
                    + ", ".join(
                        f"{m} {by_kind[m]['precision']} / {by_kind[m]['recall']}"
                        for m in MEASURES
                        if m in by_kind
                    )
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
