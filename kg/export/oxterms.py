"""The built graph read once with Oxigraph's parser, for the exporters.

`kg build` has the graph as canonical Turtle bytes. Parsing them with pyoxigraph takes a tenth of
rdflib's time; the TriG and JSON-LD writers work on these triples directly, and the page and
GraphML writers get an rdflib Graph made from them (term by term, each distinct term converted
once) instead of a second Turtle parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True)
class ParsedGraph:
    """The triples of a Turtle document and the prefixes it declares."""

    triples: list[ox.Triple]
    prefixes: dict[str, str]


def parse_turtle(data: bytes) -> ParsedGraph:
    """The triples and prefixes of the Turtle `data` (kg's own output: trusted to be valid)."""
    parser = ox.parse(data, format=ox.RdfFormat.TURTLE)
    triples = [quad.triple for quad in parser]
    return ParsedGraph(triples, dict(sorted(parser.prefixes.items())))


def to_rdflib(parsed: ParsedGraph) -> Graph:
    """An rdflib Graph of the same triples, with the same prefixes bound."""
    graph = Graph()
    for prefix, namespace in parsed.prefixes.items():
        graph.bind(prefix, namespace)
    terms: dict[object, Node] = {}

    def term(node) -> Node:
        found = terms.get(node)
        if found is None:
            found = terms[node] = rdflib_term(node)
        return found

    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in parsed.triples)
    return graph


def rdflib_term(node) -> Node:
    """The rdflib term for a pyoxigraph term."""
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    if node.datatype.value == XSD_STRING:
        return Literal(node.value)
    return Literal(node.value, datatype=URIRef(node.datatype.value))


def subjects_of(triples: Iterable[ox.Triple]) -> dict[object, list[ox.Triple]]:
    """The triples grouped by subject, in their order."""
    by_subject: dict[object, list[ox.Triple]] = {}
    for triple in triples:
        by_subject.setdefault(triple.subject, []).append(triple)
    return by_subject


class TripleIndex:
    """The triples of a parsed graph, indexed for the page and GraphML writers.

    Answers the four look-ups they make of an rdflib Graph (`objects`, `subjects`,
    `subject_objects`, `value`), with rdflib terms, from dictionaries: building it and asking it
    cost a fraction of loading an rdflib Graph. Results come in the document's order (graph.ttl
    is canonical, so that order is deterministic); `value` gives the first object.
    """

    def __init__(self, parsed: ParsedGraph):
        self.prefixes = parsed.prefixes
        self._objects: dict[tuple[Node, Node], list[Node]] = {}
        self._subjects: dict[tuple[Node, Node], list[Node]] = {}
        self._pairs: dict[Node, list[tuple[Node, Node]]] = {}
        terms: dict[object, Node] = {}
        for t in parsed.triples:
            s = terms.get(t.subject) or terms.setdefault(t.subject, rdflib_term(t.subject))
            p = terms.get(t.predicate) or terms.setdefault(t.predicate, rdflib_term(t.predicate))
            o = terms.get(t.object) or terms.setdefault(t.object, rdflib_term(t.object))
            self._objects.setdefault((s, p), []).append(o)
            self._subjects.setdefault((p, o), []).append(s)
            self._pairs.setdefault(p, []).append((s, o))

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self._objects.get((subject, predicate), ()))

    def subjects(self, predicate: Node, object: Node) -> Iterator[Node]:
        return iter(self._subjects.get((predicate, object), ()))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        return iter(self._pairs.get(predicate, ()))

    def value(self, subject: Node | None, predicate: Node) -> Node | None:
        found = self._objects.get((subject, predicate)) if subject is not None else None
        return found[0] if found else None

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        return iter((prefix, URIRef(ns)) for prefix, ns in self.prefixes.items())


GraphLike = Graph | TripleIndex  # what the page and GraphML writers read
