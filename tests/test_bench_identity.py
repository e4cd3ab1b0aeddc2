"""The identity benchmark's linear pair count gives the shared scorer's figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.bench_identity import count_resolution, score_people
from benchmarks.generate_corpus import generate
from kg.assemble.pipeline import build


def test_count_resolution_matches_the_pairwise_count() -> None:
    mentions = {
        "a": {("1", "n1"), ("2", "n1"), ("3", "n2"), ("3", "n1")},
        "b": {("1", "n3"), ("4", "n1"), ("5", "n1")},
        "c": {("2", "n4")},
    }
    slow: list[str] = []
    from benchmarks.bench_identity import scorer

    assert count_resolution(mentions, [], "person") == scorer().resolution(mentions, slow, "person")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("namesakes")
    generate(120, 5, root / "corpus", collisions=0.3)
    build([root / "corpus" / "articles"], root / "out", html=False, use_cache=False)
    return root / "out" / "graph.ttl", root / "corpus" / "gold"


def test_fast_score_equals_the_shared_scorer(built: tuple[Path, Path]) -> None:
    graph, gold = built
    fast = score_people(graph, gold, fast=True)
    slow = score_people(graph, gold, fast=False)
    assert fast == slow
    assert fast["pairs"] > 50 and fast["joined"] > 0
