"""Every evidence node of the seeds' build quotes exactly the span it points to."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg.assemble import build_graph
from kg.read import read_article
from kg.vocab.namespaces import KGV, OA, ORG, RDF, SDO
from tests import evidence_fixture as fx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def evidence_spans(graph):
    """(article identifier, start, end, quote) of every evidence node."""
    for ev in sorted(graph.subjects(RDF.type, OA.SpecificResource)):
        ident = str(graph.value(graph.value(ev, OA.hasSource), SDO.identifier))
        selectors = list(graph.objects(ev, OA.hasSelector))
        quote = next(
            graph.value(s, OA.exact) for s in selectors if graph.value(s, OA.exact) is not None
        )
        position = next(s for s in selectors if graph.value(s, OA.start) is not None)
        yield (
            ident,
            int(graph.value(position, OA.start)),
            int(graph.value(position, OA.end)),
            str(quote),
        )


@pytest.fixture(scope="module")
def seeds_graph():
    return build_graph([SEEDS])


def test_evidence_seeds_quotes_match_the_text(seeds_graph):
    texts = {p.name: read_article(p).text for p in SEEDS.glob("*.txt")}
    wrong = [(i, s, e, q) for i, s, e, q in evidence_spans(seeds_graph) if texts[i][s:e] != q]
    assert not wrong, wrong[:3]


def test_evidence_seeds_every_fact_has_evidence(seeds_graph):
    g = seeds_graph
    for cls in (ORG.Membership, KGV.Participation, SDO.Event):
        lacking = [n for n in g.subjects(RDF.type, cls) if g.value(n, KGV.evidence) is None]
        assert not lacking, (cls, lacking[:3])


def test_evidence_fixture_quotes_match_the_text():
    texts = {a.ident: a.text for a in (fx.ALPHA, fx.BETA, fx.GAMMA, fx.DELTA)}
    spans = list(evidence_spans(fx.build(fx.extractions())))
    assert len(spans) >= 9
    assert all(texts[i][s:e] == q for i, s, e, q in spans)
