"""The held-out gold (benchmarks/holdout) is consistent with its articles and the role vocabulary.

These tests check the measuring stick, not the extractors: every gold file loads, names only
people it lists, uses role notations of kg/vocab/roles.yml and organisation keys of orgs.json,
and quotes text that is really in its article. A gold edit that breaks one of these would make
the held-out scores silently wrong.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from kg.vocab import load_vocab

HOLDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "holdout"
GOLD_FILES = sorted(p for p in (HOLDOUT / "gold").glob("*.json") if p.name != "orgs.json")
REGISTRY = json.loads((HOLDOUT / "gold" / "orgs.json").read_text(encoding="utf-8"))


def load(path: Path) -> tuple[dict, str]:
    """The gold of `path` and the text of its article."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (HOLDOUT / "articles" / gold["article"]).read_text(encoding="utf-8")


def test_holdout_has_every_article_annotated():
    articles = sorted(p.name for p in (HOLDOUT / "articles").glob("*.txt"))
    assert [p.name.removesuffix(".json") for p in GOLD_FILES] == articles
    assert len(articles) >= 14


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_holdout_gold_names_only_listed_people(path):
    gold, _ = load(path)
    people = {p["name"] for p in gold["persons"]}
    named = {r["person"] for r in gold["roles"]}
    for event in gold["events"]:
        named |= (
            set(event["attendees"]) | set(event["optional_attendees"]) | set(event.get("parts", {}))
        )
    assert named <= people, named - people


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_holdout_gold_roles_use_the_vocabulary(path):
    gold, _ = load(path)
    notations = set(load_vocab().roles)
    keys = {o["key"] for o in gold["organizations"]}
    for role in gold["roles"]:
        assert role["role"] in notations, role
        assert role["org"] in keys or (role["optional"] and role["org"] in REGISTRY), role


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_holdout_gold_quotes_its_article(path):
    gold, text = load(path)
    for person in gold["persons"]:
        assert (person["native"] or person["name"]) in text, person
    for org in gold["organizations"]:
        assert org["key"] in REGISTRY, org
        for name in org["names"]:
            assert name in text and name in REGISTRY[org["key"]]["names"], (org["key"], name)
    for role in gold["roles"]:
        assert role["text"] in text, role


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_holdout_gold_dates_are_iso_and_ordered(path):
    gold, _ = load(path)
    published = datetime.date.fromisoformat(gold["published"])
    for event in gold["events"]:
        start = datetime.date.fromisoformat(event["start"])
        end = datetime.date.fromisoformat(event["end"]) if event["end"] else start
        assert start <= end <= published, event["name"]
