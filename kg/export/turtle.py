"""Turtle export through rdflib's canonical (sorted) longturtle writer."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_write_bytes


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as deterministic Turtle."""
    return graph.serialize(format="longturtle", encoding="utf-8")


def export_turtle(graph: Graph, path: Path) -> None:
    """Write the graph as Turtle to `path`, atomically."""
    atomic_write_bytes(path, turtle_bytes(graph))
