"""Work against input size: one article with many attendees, and very long articles.

    python -m benchmarks.bench_growth [--attendees 500 1000 2000 5000] [--megabytes 1 2 4 8]
                                      [--languages en zh] [--top 6]

Each input is one invented article (names from the corpus generator's world,
long articles made of generated articles' paragraphs). It is built alone
(`kg build`, one process, no cache, with all outputs), in this process, and the
CPU seconds of each part are printed: every extractor component, the rest of
the build (merge, Turtle), and each exporter. Per-character and per-name costs
are printed beside those of a normal article (about 5 KB), so work that grows
faster than the input shows as a cost that rises with size. It prints figures;
it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.corpus_world import World
from benchmarks.generate_corpus import generate

NORMAL_KB = 5


class Clock:
    """CPU seconds by part (process time: the figures do not depend on other load)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - start

        return timed


def attendee_article(n: int, seed: int = 7) -> str:
    """An English article whose meeting lists `n` attendees by name."""
    world = World(random.Random(seed), 8)
    names = ", ".join(world.new_person().pinyin for _ in range(n))
    return (
        "Northwind Harbour Group Holds Its Annual Working Meeting\n\n"
        "Date: 2031-04-12\n\n"
        "On April 10, Northwind Harbour Group held its annual working meeting. "
        "Chairman Marcus Ellery presided over the meeting and delivered a speech.\n\n"
        f"Attending the meeting were {names}.\n"
    )


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus_paragraphs(language: str, folder: Path, shape: str) -> list[str]:
    """Paragraphs to make long articles of: the seeds' (`shape` "seeds": the same people and
    organisations named again and again, as in a long report or a digest), or generated articles'
    ("generated": new names all along). Headlines and datelines are left out."""
    han = language == "zh"
    if shape == "seeds":
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    else:
        if not (folder / "articles").exists():
            generate(3000, 11, folder)
        paths = sorted((folder / "articles").glob("*.txt"))
        texts = [p.read_text(encoding="utf-8") for p in paths]
    out = []
    for text in texts:
        if any("\u4e00" <= ch <= "\u9fff" for ch in text[:400]) != han:
            continue
        out += [p for p in text.split("\n\n")[1:] if p.strip() and len(p) > 80]
    return out


def long_article(language: str, megabytes: float, paragraphs: list[str]) -> str:
    """An article of about `megabytes` MB (UTF-8) made of `paragraphs`, in order, repeated if need be."""
    head = (
        "北风港务集团召开年度工作会议\n\n时间: 2031-04-12\n\n"
        if language == "zh"
        else "Northwind Harbour Group Holds Its Annual Working Meeting\n\nDate: 2031-04-12\n\n"
    )
    parts, size, i = [head], len(head.encode()), 0
    while size < megabytes * 2**20:
        para = paragraphs[i % len(paragraphs)] + "\n\n"
        parts.append(para)
        size += len(para.encode())
        i += 1
    return "".join(parts)


def measure(text: str, name: str, work: Path) -> dict[str, float]:
    """CPU seconds by part of building the one article `text` with every output."""
    from kg import extract
    from kg.assemble import build
    from kg.export.graphml import graphml_text
    from kg.export.html import page_data
    from kg.export.html_page import render_page
    from kg.export.jsonld import jsonld_text
    from kg.export.trig import trig_bytes
    from rdflib import Graph

    src = work / name
    src.mkdir(parents=True)
    (src / f"{name}.txt").write_text(text, encoding="utf-8")
    clock = Clock()
    extract.load_builtins()
    saved = dict(extract.EXTRACTORS)
    for language, components in saved.items():
        extract.EXTRACTORS[language] = tuple(
            clock.wrap(f"extract {c.__module__.rsplit('.', 1)[-1]}.{c.__name__}", c)
            for c in components
        )
    try:
        start = time.process_time()
        report = build([src], work / f"{name}-out", jobs=1, use_cache=False, html=False)
        total = time.process_time() - start
    finally:
        extract.EXTRACTORS.clear()
        extract.EXTRACTORS.update(saved)
    assert report.summaries, report.problems
    extracted = sum(s for k, s in clock.seconds.items() if k.startswith("extract "))
    clock.seconds["rest of the build (read, merge, Turtle)"] = total - extracted
    graph = Graph().parse(work / f"{name}-out" / "graph.ttl", format="turtle")
    for label, fn in (
        ("export trig", trig_bytes),
        ("export jsonld", jsonld_text),
        ("export graphml", graphml_text),
        ("export html", lambda g: render_page(page_data(g))),
    ):
        clock.wrap(label, fn)(graph)
    clock.seconds["triples"] = len(graph)
    return dict(clock.seconds)


def show(label: str, chars: int, names: int, parts: dict[str, float], top: int, previous) -> None:
    """Print one input's figures; with `previous` (chars, parts) of the next smaller input, the
    growth exponent of each part (1: linear; 2: quadratic) between the two."""
    import math

    parts = dict(parts)
    triples = int(parts.pop("triples"))
    total = sum(parts.values())
    per_name = f", {total / names * 1e3:.2f} ms per name" if names else ""

    def growth(now: float, before: float | None) -> str:
        if previous is None or not before or now < 0.05:
            return ""
        return f"  (grows as n^{math.log(now / before) / math.log(chars / previous[0]):.1f})"

    before_total = sum(previous[1].values()) if previous else None
    print(
        f"{label}: {chars:,} characters, {triples:,} triples: {total:.2f} s CPU, "
        f"{total / chars * 1e6:.2f} µs per character{per_name}{growth(total, before_total)}"
    )
    for part, seconds in sorted(parts.items(), key=lambda kv: -kv[1])[:top]:
        old = previous[1].get(part) if previous else None
        print(f"    {seconds:8.2f} s  {part}{growth(seconds, old)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attendees", type=int, nargs="*", default=[500, 1000, 2000, 5000])
    ap.add_argument("--megabytes", type=float, nargs="*", default=[1, 2, 4, 8])
    ap.add_argument("--languages", nargs="*", default=["en", "zh"])
    ap.add_argument("--shape", choices=("seeds", "generated"), default="seeds")
    ap.add_argument("--top", type=int, default=6, help="parts shown per input")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for language in args.languages:
            paragraphs = corpus_paragraphs(language, work / "corpus", args.shape)
            text = long_article(language, NORMAL_KB / 1024, paragraphs)
            measure(text, f"warm-up-{language}", work)  # dictionaries, templates: loaded once
            parts = min(
                (measure(text, f"normal-{language}-{i}", work) for i in range(3)),
                key=lambda p: sum(v for k, v in p.items() if k != "triples"),
            )
            show(f"normal article ({language})", len(text), 0, parts, args.top, None)
        previous = None
        for n in args.attendees:
            text = attendee_article(n)
            parts = measure(text, f"attendees-{n}", work)
            show(f"{n} attendees (en)", len(text), n, parts, args.top, previous)
            previous = (len(text), {k: v for k, v in parts.items() if k != "triples"})
        for language in args.languages:
            paragraphs = corpus_paragraphs(language, work / "corpus", args.shape)
            previous = None
            for mb in args.megabytes:
                text = long_article(language, mb, paragraphs)
                parts = measure(text, f"long-{language}-{mb:g}", work)
                show(f"{mb:g} MB article ({language})", len(text), 0, parts, args.top, previous)
                previous = (len(text), {k: v for k, v in parts.items() if k != "triples"})


if __name__ == "__main__":
    main()
