"""TriG export: the one graph split into one named graph per article.

Each article's named graph (named by the article's IRI) holds the facts read
from that article: the article node and its mentions, the memberships and
events derived from it with their `prov:wasDerivedFrom` of that article,
their evidence from it (evidence nodes and selectors), its participations,
and the persons and organisations it mentions (with their names and labels:
the graph does not say which article printed which name, so a node's names go
with every article that mentions it). A fact stated by two articles is in
both graphs. So dropping one article's graph drops what only it said.

The default graph holds what no single article can be credited with: what is
computed across articles (kgv:firstSeen, kgv:lastSeen, kgv:endedBefore,
kgv:status and the org:memberOf / org:headOf shortcuts that follow from
status), the titles as printed (their evidence quotes say who printed them),
the role scheme, and organisations known only from the organisation table. After dropping an
article, rebuild to recompute those. The union of all graphs is exactly the
graph `kg build` made.
"""

from __future__ import annotations

from collections import defaultdict
from io import BytesIO
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.export.atomic import atomic_write_bytes
from kg.vocab.namespaces import KGV, OA, ORG, PROV, RDF, SDO

ACROSS_ARTICLES = frozenset(
    {KGV.firstSeen, KGV.lastSeen, KGV.endedBefore, KGV.status, KGV.title, ORG.memberOf, ORG.headOf}
)
DEFAULT = None  # key of the default graph in the partition


class Sources:
    """Which articles each node of the graph was read from."""

    def __init__(self, graph: Graph):
        self.g = graph
        self._cache: dict = {}

    def of(self, node) -> frozenset:
        if node not in self._cache:
            self._cache[node] = frozenset(self._find(node))
        return self._cache[node]

    def _find(self, node) -> set:
        g = self.g
        if (node, RDF.type, SDO.NewsArticle) in g:
            return {node}
        direct = set(g.objects(node, OA.hasSource)) | set(g.objects(node, PROV.wasDerivedFrom))
        if direct:
            return direct
        for event in g.objects(node, KGV.event):
            return set(self.of(event))
        for evidence in g.subjects(OA.hasSelector, node):
            return set(self.of(evidence))
        return set(g.subjects(SDO.mentions, node))


def partition(graph: Graph) -> dict:
    """Triples grouped by the article graph they belong to (DEFAULT for the default graph)."""
    sources = Sources(graph)
    parts: dict = defaultdict(set)
    for s, p, o in graph:
        for target in _targets(sources, s, p, o) or (DEFAULT,):
            parts[target].add((s, p, o))
    return parts


def _targets(sources: Sources, s, p, o):
    if p in ACROSS_ARTICLES:
        return ()
    if p == PROV.wasDerivedFrom:
        return (o,)
    if p == KGV.evidence:
        return sources.of(o)
    return sources.of(s)


def to_dataset(graph: Graph) -> Dataset:
    """The graph as a Dataset with one named graph per article."""
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace)
    parts = partition(graph)
    for triple in sorted(parts.pop(DEFAULT, ())):
        dataset.add(triple)
    for name in sorted(parts):
        named = dataset.graph(URIRef(name))
        for triple in sorted(parts[name]):
            named.add(triple)
    return dataset


class SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with the graphs in IRI order (rdflib keeps them in a set)."""

    def __init__(self, store: Dataset):
        super().__init__(store)
        self.contexts.sort(
            key=lambda graph: (graph.identifier == self.default_context, str(graph.identifier))
        )


def trig_bytes(graph: Graph) -> bytes:
    """The graph as deterministic TriG, one named graph per article, the default graph last."""
    stream = BytesIO()
    SortedTrigSerializer(to_dataset(graph)).serialize(stream, encoding="utf-8")
    return stream.getvalue()


def export_trig(graph: Graph, path: Path) -> None:
    """Write the graph as TriG to `path`, atomically."""
    atomic_write_bytes(path, trig_bytes(graph))
