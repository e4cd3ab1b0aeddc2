"""JSON-LD export: the one graph, compacted with the graph's own prefixes, in a canonical order.

rdflib writes nodes in the order its store yields them; the output is made
deterministic by sorting the node list by `@id` and every value array by its
JSON text (JSON-LD arrays are unordered sets unless they are `@list`, which
this graph never uses), and by writing keys sorted.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.export.atomic import atomic_write_text


def jsonld_context(graph: Graph) -> dict[str, str]:
    """The @context: one term per namespace prefix bound in the graph and used by its terms."""
    terms = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    terms |= {str(o.datatype) for o in graph.objects() if isinstance(o, Literal) and o.datatype}
    return {
        prefix: str(ns)
        for prefix, ns in sorted(graph.namespaces())
        if prefix and any(term.startswith(str(ns)) for term in terms)
    }


def canonical(value):
    """The JSON value with every array sorted by its items' canonical JSON text."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_text(graph: Graph) -> str:
    """The graph as deterministic compacted JSON-LD."""
    context = jsonld_context(graph)
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    return json.dumps(canonical(data), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def export_jsonld(graph: Graph, path: Path) -> None:
    """Write the graph as JSON-LD to `path`, atomically."""
    atomic_write_text(path, jsonld_text(graph))
