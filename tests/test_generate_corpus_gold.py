"""The corpus generator: deterministic, and its gold states only what its text says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.generate_corpus import generate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(150, 11, out)
    return out


def _articles(corpus: Path):
    for path in sorted((corpus / "articles").glob("*.txt")):
        gold = json.loads((corpus / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))
        yield path.read_text(encoding="utf-8"), gold


def test_generate_corpus_is_deterministic(tmp_path):
    generate(30, 5, tmp_path / "a")
    generate(30, 5, tmp_path / "b")
    generate(30, 6, tmp_path / "c")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert files
    assert all(
        (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files
    )
    assert (
        sorted((tmp_path / "a" / "articles").iterdir())[0].read_bytes()
        != sorted((tmp_path / "c" / "articles").iterdir())[0].read_bytes()
    )


def test_generate_corpus_mixes_languages(corpus):
    languages = [gold["language"] for _, gold in _articles(corpus)]
    share = languages.count("zh") / len(languages)
    assert 0.1 <= share <= 0.32


def test_generate_corpus_persons_are_printed(corpus):
    for text, gold in _articles(corpus):
        for person in gold["persons"]:
            assert (person["native"] or person["name"]) in text, (gold["article"], person)


def test_generate_corpus_roles_quote_the_text(corpus):
    for text, gold in _articles(corpus):
        keys = {o["key"] for o in gold["organizations"]}
        names = {p["name"]: p["native"] or p["name"] for p in gold["persons"]}
        for role in gold["roles"]:
            assert role["text"] in text
            assert names[role["person"]] in role["text"]
            assert role["org"] in keys


def test_generate_corpus_events_have_named_attendees(corpus):
    for _text, gold in _articles(corpus):
        names = {p["name"] for p in gold["persons"]}
        assert gold["events"], gold["article"]
        for event in gold["events"]:
            assert set(event["attendees"]) <= names
            assert event["start"] <= gold["published"]
            assert event["end"] is None or event["start"] < event["end"]


def test_generate_corpus_org_names_are_printed_and_registered(corpus):
    registry = json.loads((corpus / "gold" / "orgs.json").read_text(encoding="utf-8"))
    for text, gold in _articles(corpus):
        for org in gold["organizations"]:
            assert all(name in text for name in org["names"])
            assert set(org["names"]) <= set(registry[org["key"]]["names"])


def test_generate_corpus_same_name_is_same_person(corpus: Path) -> None:
    natives: dict[str, str] = {}
    for _, gold in _articles(corpus):
        for person in gold["persons"]:
            if person["native"]:
                assert (
                    natives.setdefault(person["name"].casefold(), person["native"])
                    == person["native"]
                )


def test_generate_corpus_with_collisions_has_namesakes_told_apart_by_id(tmp_path) -> None:
    generate(300, 5, tmp_path / "a", collisions=0.1)
    generate(300, 5, tmp_path / "b", collisions=0.1)
    people: dict[str, set[str]] = {}
    for path in sorted((tmp_path / "a" / "gold").glob("0*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        names = [p["name"].casefold() for p in gold["persons"]]
        assert len(names) == len(set(names)), f"two namesakes in {path.name}"
        for person in gold["persons"]:
            people.setdefault(person["name"].casefold(), set()).add(person["id"])
        assert (tmp_path / "b" / "gold" / path.name).read_bytes() == path.read_bytes()
    assert any(len(ids) > 1 for ids in people.values())  # the same name, different people
