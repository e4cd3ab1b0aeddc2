"""A light triple collector, grouped by subject, that the graph writer can fill instead of an rdflib Graph.

`GraphWriter` only needs `bind` and `add`; a :class:`TripleSet` takes them at a
fraction of the cost of rdflib's indexed store, keeps triples per subject (so
exports can write one part of a graph at a time, see :mod:`kg.export.turtle`), and
can still hand out an rdflib Graph for code that wants one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rdflib import Graph
from rdflib.term import Node

from kg.vocab.namespaces import BASE

# Subjects minted per article (their triples depend on that article alone).
LOCAL_KINDS = ("article", "event", "participation", "evidence", "selector")
_LOCAL_PREFIXES = tuple(f"{BASE}{kind}/" for kind in LOCAL_KINDS)


def is_local(subject: Node) -> bool:
    """True for nodes that belong to one article (article, events, participations, evidence)."""
    return str(subject).startswith(_LOCAL_PREFIXES)


class TripleSet:
    """Triples grouped by subject, with the prefixes bound to them."""

    def __init__(self) -> None:
        self.by_subject: dict[Node, set[tuple[Node, Node]]] = {}
        self.prefixes: dict[str, str] = {}

    def bind(self, prefix: str, namespace: object, *args: object, **kwargs: object) -> None:
        self.prefixes[prefix] = str(namespace)

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        subject, predicate, obj = triple
        found = self.by_subject.get(subject)
        if found is None:
            found = self.by_subject[subject] = set()
        found.add((predicate, obj))

    def __len__(self) -> int:
        return sum(map(len, self.by_subject.values()))

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        for subject, pairs in self.by_subject.items():
            for predicate, obj in pairs:
                yield subject, predicate, obj

    def only(self, keep: Callable[[Node], bool]) -> TripleSet:
        """A TripleSet of the subjects for which `keep(subject)` is true."""
        part = TripleSet()
        part.prefixes = dict(self.prefixes)
        part.by_subject = {s: po for s, po in self.by_subject.items() if keep(s)}
        return part

    def to_graph(self) -> Graph:
        """The same triples in an rdflib Graph."""
        graph = Graph()
        for prefix, namespace in self.prefixes.items():
            graph.bind(prefix, namespace)
        for triple in self:
            graph.add(triple)
        return graph
