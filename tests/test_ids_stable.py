"""Stable identity: adding an article never renames a node that existed before."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg.assemble import build_graph
from kg.vocab.namespaces import BASE, ORG, RDF, SDO
from rdflib import Graph, URIRef
from tests import evidence_fixture as fx

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
# What must stay the same for an IRI to name the same thing.
IDENTITY = (RDF.type, ORG.member, ORG.organization, ORG.role, SDO.identifier)


def node_iris(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(BASE)}


def assert_kept(before: Graph, after: Graph) -> None:
    missing = node_iris(before) - node_iris(after)
    assert not missing, f"renamed or lost: {sorted(missing)[:5]}"
    for iri in node_iris(before):
        for prop in IDENTITY:
            assert set(before.objects(iri, prop)) == set(after.objects(iri, prop)), (iri, prop)
        assert set(before.objects(iri, SDO.name)) <= set(after.objects(iri, SDO.name)), iri


@pytest.mark.parametrize("position", [0, 1, 3])
def test_ids_stable_when_an_article_is_added(position):
    items = fx.extractions()
    added = items.pop(position)
    before = fx.build(items)
    after = fx.build([*items[:position], added, *items[position:]])
    assert_kept(before, after)
    assert node_iris(after) - node_iris(before), "the added article should add nodes"


@pytest.mark.parametrize("left_out", range(len(SEEDS)))
def test_ids_stable_when_a_seed_is_added(left_out):
    before = build_graph([p for i, p in enumerate(SEEDS) if i != left_out])
    after = build_graph(SEEDS)
    assert_kept(before, after)
