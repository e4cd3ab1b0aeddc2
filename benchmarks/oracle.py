"""An 'oracle' extractor for benchmarks: the gold of a generated article as an Extraction.

It lets the builder, the exporters and the scorer be measured at any corpus
size independently of the real extractors (whose cost and accuracy
bench_scale.py measures separately). Evidence spans are the first place the
quoted text occurs in the article.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kg.model import (
    Article,
    EventClaim,
    Evidence,
    Extraction,
    OrgMention,
    Participation,
    PersonMention,
    RoleClaim,
)


def _evidence(article: Article, quote: str) -> Evidence:
    start = max(article.text.find(quote), 0)
    return Evidence(article.ident, start, start + len(quote), quote)


def oracle_extraction(article: Article, gold: dict) -> Extraction:
    """The gold annotation of `article` as the extractors would report it."""
    found = Extraction(article)
    for p in gold["persons"]:
        found.persons.append(
            PersonMention(p["name"], _evidence(article, p["native"] or p["name"]), p["native"])
        )
    org_name = {}
    for o in gold["organizations"]:
        org_name[o["key"]] = o["names"][0]
        found.orgs.append(
            OrgMention(o["names"][0], _evidence(article, o["names"][0]), tuple(o["names"][1:]))
        )
    for r in gold["roles"]:
        found.roles.append(
            RoleClaim(
                r["person"], r["role"], r["text"], org_name[r["org"]], _evidence(article, r["text"])
            )
        )
    for i, e in enumerate(gold["events"]):
        ev = _evidence(article, e["attendees"][0] if e["attendees"] else article.headline)
        parts = tuple(Participation(p, e["parts"].get(p, "attendee"), ev) for p in e["attendees"])
        found.events.append(
            EventClaim(
                f"e{i}",
                e["name"],
                e["type"],
                date.fromisoformat(e["start"]),
                ev,
                date.fromisoformat(e["end"]) if e["end"] else None,
                e["location"],
                org_name.get(e["organizer"]) if e["organizer"] else None,
                parts,
            )
        )
    return found


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Gold annotations of a generated corpus, by article file name."""
    return {
        p.name[:-5]: json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.txt.json")
    }


def install_oracle(gold_dir: Path) -> None:
    """Make the gold of `gold_dir` the only extractor of both languages (for builder benchmarks).

    Must run before the first extraction (and before worker processes fork).
    """
    from kg.extract import EXTRACTORS, load_builtins, register

    gold = load_gold(gold_dir)
    load_builtins()  # the built-in pipelines register themselves on import: import them first, then drop them

    def oracle_component(article: Article, vocab, found: Extraction) -> None:
        key = next((k for k in (article.ident, article.ident.split("_", 2)[-1]) if k in gold), None)
        if key is None:  # a file the corpus did not generate
            return
        done = oracle_extraction(article, gold[key])
        found.persons[:], found.orgs[:] = done.persons, done.orgs
        found.roles[:], found.events[:] = done.roles, done.events

    EXTRACTORS.clear()
    register("en", oracle_component)
    register("zh", oracle_component)


def main(argv=None) -> int:
    """`python -m benchmarks.oracle CORPUS -- <kg arguments>`: run kg with the corpus gold as extractor."""
    import sys

    from kg.cli import main as kg_main

    argv = list(sys.argv[1:] if argv is None else argv)
    install_oracle(Path(argv[0]) / "gold")
    return kg_main(argv[2:] if argv[1:2] == ["--"] else argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
