"""Write a synthetic corpus of N news articles with their gold annotations.

    python -m benchmarks.generate_corpus --n 1000 --seed 7 --out /tmp/corpus

writes OUT/articles/*.txt, OUT/gold/<article>.json (the format of
shared/eval/README.md) and OUT/gold/orgs.json. About four articles in five
are English in the machine-translated style of the seeds, one in five is
Chinese; people, organisations, titles and dates are drawn at random from
`corpus_words.yml`. The same --n and --seed give byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from datetime import date, timedelta
from pathlib import Path

from benchmarks import corpus_en, corpus_zh
from benchmarks.corpus_gold import Gold, NameClash
from benchmarks.corpus_text import Writer
from benchmarks.corpus_world import World

FIRST_DAY, DAYS = date(2016, 1, 1), 3834  # publication dates up to mid-2026


def _companies(world: World, rng: random.Random, count: int):
    """`count` distinct groups or listed companies (teams of nine or more)."""
    groups = rng.sample(world.groups, count)
    return [g if rng.random() < 0.5 else world.orgs[g.subs[0]] for g in groups]


def _group_of(world: World, org):
    return world.orgs[org.parent] if org.parent else org


def write_one(world: World, rng: random.Random, ident: str) -> tuple[str, Gold]:
    """One article (text, gold) of a genre drawn at random."""
    pub = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    language = "zh" if rng.random() < 0.2 else "en"
    w = Writer(rng, world, Gold(ident, language, pub, ids=bool(world.collisions)))
    pick = rng.random()
    a, b = _companies(world, rng, 2)
    if language == "zh":
        if pick < 0.5:
            return corpus_zh.congress(w, pub, a, _group_of(world, a)), w.gold
        if pick < 0.75:
            return corpus_zh.research(w, pub, _group_of(world, a)), w.gold
        return corpus_zh.meets(w, pub, a, b), w.gold
    if pick < 0.3:
        site = world.orgs[rng.choice(_group_of(world, a).subs)]
        return corpus_en.work_meeting(w, pub, rng.choice((a, site))), w.gold
    if pick < 0.55:
        return corpus_en.leaders_conference(w, pub, a, _group_of(world, a)), w.gold
    if pick < 0.7:
        return corpus_en.investigation(w, pub, _group_of(world, a)), w.gold
    if pick < 0.85:
        return corpus_en.exchange_visit(w, pub, a, b), w.gold
    return corpus_en.talks(w, pub, a, b), w.gold


def generate(n: int, seed: int, out: Path, collisions: float = 0.0) -> dict:
    """Write `n` articles and their gold under `out`; returns a summary. With `collisions`, that
    share of the world's people are namesakes of others (see benchmarks.corpus_world)."""
    rng = random.Random(seed)
    world = World(rng, max(8, n // 50), collisions)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    registry: dict[str, list[str]] = {}
    size = 0
    for i in range(n):
        ident = f"{i:05d}_{hashlib.sha1(f'{seed}:{i}'.encode()).hexdigest()[:16]}.txt"
        for attempt in range(100):  # an article naming two namesakes is drawn again
            try:
                text, gold = write_one(world, rng, ident)
                break
            except NameClash:
                if attempt == 99:
                    raise
        data = text.encode("utf-8")
        size += len(data)
        (out / "articles" / ident).write_bytes(data)
        _dump(out / "gold" / f"{ident}.json", gold.as_json())
        for key, names in gold.org_names.items():
            known = registry.setdefault(key, [])
            known.extend(x for x in names if x not in known)
    _dump(out / "gold" / "orgs.json", {k: {"names": registry[k]} for k in sorted(registry)})
    return {"articles": n, "bytes": size, "organisations": len(registry)}


def _dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same corpus)")
    ap.add_argument("--out", type=Path, required=True, help="output directory")
    ap.add_argument(
        "--collisions",
        type=float,
        default=0.0,
        help="share of people who are namesakes of others (default 0: every name unique)",
    )
    args = ap.parse_args(argv)
    summary = generate(args.n, args.seed, args.out, args.collisions)
    print(
        f"{summary['articles']} articles, {summary['bytes'] / 1e6:.1f} MB, "
        f"{summary['organisations']} organisations -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
