"""Where a person IRI went: `owl:sameAs` from an IRI an earlier build of the folder published to
the node that now holds every one of its mentions.

A person's IRI stays put while its own cluster of mentions does (decision 008), but a later
article can prove that two nodes are one person: the joined node keeps one IRI and the other
leaves the graph. Users who stored that IRI (in a spreadsheet, another graph, a SPARQL query)
follow it with one triple, `<old> owl:sameAs <new>`.

A redirect is written only when it cannot be a false link: every mention of the old node (an
article and the person's name key in it) is now on one and the same node. An IRI whose mentions
went to two nodes (new evidence split a person) or that lost its articles is retired without a
redirect. Redirects of earlier builds are kept, re-pointed when their target left in turn.

The earlier state is read from the store the previous build left in the folder
(kg.export.store); a folder without one (the first build, a deleted store) has no history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.assemble.triples import TripleSet
from kg.export.turtle import turtle_body
from kg.vocab.namespaces import BASE

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_PERSON_PREFIX = f"{BASE}person/"
_MENTIONS = """
SELECT ?p ?a ?k WHERE {
  ?a <https://schema.org/mentions> ?p .
  ?p a <https://schema.org/Person> ; <https://kg.invalid/vocab#nameKey> ?k .
}"""
_REDIRECTS = f"SELECT ?old ?new WHERE {{ ?old <{SAME_AS}> ?new }}"
_ARTICLES = """
SELECT ?id ?sha WHERE {
  ?a a <https://schema.org/NewsArticle> ; <https://schema.org/identifier> ?id .
  OPTIONAL { ?a <https://schema.org/sha256> ?sha }
}"""


@dataclass
class PersonState:
    """What a graph says of its persons: each person IRI's mentions (article IRI, name key), and
    the redirects it carries (old IRI -> IRI); and of its articles: identifier -> sha256 of
    the input (which articles a rebuild finds new, changed or read again)."""

    mentions: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)


def read_state(store: ox.Store) -> PersonState:
    """The persons and redirects of a store's graph."""
    state = PersonState()
    found = store.query(_MENTIONS)
    assert isinstance(found, ox.QuerySolutions)
    for row in found:
        person = row["p"].value
        if person.startswith(_PERSON_PREFIX):
            state.mentions.setdefault(person, set()).add((row["a"].value, row["k"].value))
    moved = store.query(_REDIRECTS)
    assert isinstance(moved, ox.QuerySolutions)
    for row in moved:
        if isinstance(row["old"], ox.NamedNode) and isinstance(row["new"], ox.NamedNode):
            state.redirects[row["old"].value] = row["new"].value
    found = store.query(_ARTICLES)
    assert isinstance(found, ox.QuerySolutions)
    for row in found:
        state.articles[row["id"].value] = row["sha"].value if row["sha"] else ""
    return state


def earlier_state(out_dir: Path) -> PersonState:
    """The state of the graph the previous build left in `out_dir` (empty when it left none),
    read from its store."""
    from kg.export.store import open_built_store

    store = open_built_store(out_dir / "graph.ttl")
    if store is None:
        return PersonState()
    try:
        return read_state(store)
    finally:
        del store


def redirects(before: PersonState, after: Mapping[str, set[tuple[str, str]]]) -> dict[str, str]:
    """Old IRI -> IRI of `after`, for the persons of `before` (and the targets of its redirects)
    that `after` no longer has and whose mentions are all on one node of `after`."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, mentions in after.items():
        for mention in mentions:
            holders[mention].add(person)
    moved: dict[str, str] = {}
    for person, mentions in before.mentions.items():
        if person in after:
            continue
        targets = set().union(*(holders.get(m, set()) for m in mentions))
        if len(targets) == 1 and all(m in holders for m in mentions):
            moved[person] = next(iter(targets))
    out: dict[str, str] = {}
    for old, target in before.redirects.items():
        final = target if target in after else moved.get(target)
        if final is not None and old not in after:
            out[old] = final
    out.update(moved)
    return dict(sorted(out.items()))


def redirect_turtle(moved: Mapping[str, str]) -> bytes:
    """The `owl:sameAs` statements of `moved`, as Turtle with full IRIs (no @prefix needed)."""
    from rdflib import URIRef

    triples = TripleSet()
    for old, new in moved.items():
        triples.add((URIRef(old), URIRef(SAME_AS), URIRef(new)))
    return turtle_body(triples, {})


def add_redirects(staged: Path, turtle: bytes) -> None:
    """Load the redirect statements into the staged store of the new graph."""
    store = ox.Store(str(staged))
    store.bulk_load(turtle, format=ox.RdfFormat.TURTLE)
    store.flush()
    del store


def current_mentions(staged: Path) -> dict[str, set[tuple[str, str]]]:
    """The persons of the staged store of the new graph, with their mentions."""
    store = ox.Store(str(staged))
    try:
        return read_state(store).mentions
    finally:
        del store
