"""Shared fixtures: the seeds' build (made once per session) and small helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """(out_dir, report) of `kg build seeds`, built once per test session."""
    from kg.assemble import build

    out = tmp_path_factory.mktemp("seeds-build")
    report = build([SEEDS], out)
    return out, report


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    from rdflib import Graph

    graph = Graph()
    graph.parse(seeds_build[0] / "graph.ttl", format="turtle")
    return graph
