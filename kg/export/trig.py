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
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.export.atomic import atomic_write_bytes
from kg.export.oxterms import ParsedGraph
from kg.export.turtle import TermConverter
from kg.vocab.namespaces import KGV, OA, ORG, PROV, RDF, SDO

ACROSS_ARTICLES = frozenset(
    str(p)
    for p in (
        KGV.firstSeen,
        KGV.lastSeen,
        KGV.endedBefore,
        KGV.status,
        KGV.title,
        ORG.memberOf,
        ORG.headOf,
    )
)
DEFAULT = None  # key of the default graph in the partition
_TYPE, _ARTICLE = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SDO.NewsArticle))
_HAS_SOURCE, _DERIVED = ox.NamedNode(str(OA.hasSource)), ox.NamedNode(str(PROV.wasDerivedFrom))
_EVENT, _SELECTOR = ox.NamedNode(str(KGV.event)), ox.NamedNode(str(OA.hasSelector))
_MENTIONS, _EVIDENCE = ox.NamedNode(str(SDO.mentions)), ox.NamedNode(str(KGV.evidence))
_SOURCE_PREDICATES = (_HAS_SOURCE, _DERIVED, _EVENT, _SELECTOR, _MENTIONS)


class SourceRule:
    """Which articles each node was read from: an article itself; else the articles its evidence
    or memberships cite (oa:hasSource, prov:wasDerivedFrom); else those of its event; else those
    of the evidence it selects; else the articles that mention it. Subclasses answer the three
    look-ups the rule makes."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def of(self, node) -> frozenset:
        if node not in self._cache:
            self._cache[node] = frozenset(self._find(node))
        return self._cache[node]

    def is_article(self, node) -> bool:
        raise NotImplementedError

    def objects(self, node, predicate) -> list:
        """The objects of `node`'s `predicate` statements (hasSource, wasDerivedFrom, event)."""
        raise NotImplementedError

    def subjects(self, predicate, node) -> list:
        """The subjects of statements `predicate` `node` (hasSelector, mentions)."""
        raise NotImplementedError

    def _find(self, node) -> set:
        if self.is_article(node):
            return {node}
        direct = set(self.objects(node, _HAS_SOURCE)) | set(self.objects(node, _DERIVED))
        if direct:
            return direct
        for event in self.objects(node, _EVENT):
            return set(self.of(event))
        for evidence in self.subjects(_SELECTOR, node):
            return set(self.of(evidence))
        return set(self.subjects(_MENTIONS, node))


class Sources(SourceRule):
    """The source rule over the whole graph, its look-ups indexed."""

    def __init__(self, triples: list[ox.Triple]):
        super().__init__()
        self.out: dict[tuple, list] = defaultdict(list)  # (subject, predicate) -> objects
        self.into: dict[tuple, list] = defaultdict(list)  # (predicate, object) -> subjects
        self.articles = set()
        wanted_out = (_HAS_SOURCE, _DERIVED, _EVENT)
        wanted_in = (_SELECTOR, _MENTIONS)
        for t in triples:
            if t.predicate in wanted_out:
                self.out[t.subject, t.predicate].append(t.object)
            elif t.predicate in wanted_in:
                self.into[t.predicate, t.object].append(t.subject)
            elif is_article_type(t):
                self.articles.add(t.subject)

    def is_article(self, node) -> bool:
        return node in self.articles

    def objects(self, node, predicate) -> list:
        return self.out.get((node, predicate), [])

    def subjects(self, predicate, node) -> list:
        return self.into.get((predicate, node), [])


def is_article_type(t: ox.Triple) -> bool:
    """Whether `t` says its subject is a schema:NewsArticle."""
    return t.predicate == _TYPE and t.object == _ARTICLE


def partition(parsed: ParsedGraph, sources: Sources | None = None) -> dict:
    """Triples grouped by the article graph they belong to (DEFAULT for the default graph)."""
    sources = sources or Sources(parsed.triples)
    parts: dict = defaultdict(list)
    for t in parsed.triples:
        for target in targets(sources, t):
            parts[target].append(t)
    return parts


def targets(sources: SourceRule, t: ox.Triple):
    """The graphs the triple `t` belongs to: article graphs, or (DEFAULT,)."""
    return _targets(sources, t) or (DEFAULT,)


def decides_sources(t: ox.Triple) -> bool:
    """Whether `t` is one of the triples :class:`Sources` reads (which decide every triple's graph)."""
    return is_article_type(t) or t.predicate in _SOURCE_PREDICATES


def _targets(sources: SourceRule, t: ox.Triple):
    if t.predicate.value in ACROSS_ARTICLES:
        return ()
    if t.predicate == _DERIVED:
        return (t.object,)
    if t.predicate == _EVIDENCE:
        return sources.of(t.object)
    return sources.of(t.subject)


def _key(t: ox.Triple) -> tuple[str, str, str]:
    return (str(t.subject), str(t.predicate), str(t.object))


def quads(parsed: ParsedGraph) -> list[ox.Quad]:
    """The quads of the TriG document: named graphs in IRI order, then the default graph; the
    triples of each graph sorted."""
    parts = partition(parsed)
    out: list[ox.Quad] = []
    for name in graph_order(parts):
        out.extend(graph_quads(name, parts[name]))
    return out


def graph_order(parts: dict) -> list:
    """The graphs of a partition in the document's order: named graphs by IRI, the default last."""
    named = sorted((name for name in parts if name is not DEFAULT), key=str)
    return named + ([DEFAULT] if DEFAULT in parts else [])


def graph_quads(name, triples: list[ox.Triple]) -> list[ox.Quad]:
    """The quads of one graph of the partition, sorted."""
    graph = ox.DefaultGraph() if name is DEFAULT else name
    return [_quad(t, graph) for t in sorted(set(triples), key=_key)]


def _quad(t: ox.Triple, graph) -> ox.Quad:
    return ox.Quad(t.subject, t.predicate, t.object, graph)


def trig_from_triples(parsed: ParsedGraph) -> bytes:
    """The graph as deterministic TriG, one named graph per article, the default graph last."""
    data = ox.serialize(quads(parsed), format=ox.RdfFormat.TRIG, prefixes=parsed.prefixes)
    return data or b""


def trig_bytes(graph: Graph) -> bytes:
    """:func:`trig_from_triples` for an rdflib Graph."""
    term = TermConverter().term
    triples = [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]
    prefixes = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}
    return trig_from_triples(ParsedGraph(triples, dict(sorted(prefixes.items()))))


def export_trig(graph: Graph, path: Path) -> None:
    """Write the graph as TriG to `path`, atomically."""
    atomic_write_bytes(path, trig_bytes(graph))
