"""JSON-LD export: the one graph, compacted with the graph's own prefixes, in a canonical order.

The document is written directly from the triples (:func:`jsonld_from_triples`, what `kg build`
uses: no JSON-LD processor round trip) in the shape a JSON-LD processor's compaction gives with
one term per prefix: a node object per subject, `@type` for rdf:type, predicates and datatypes as
`prefix:local`, a plain string for an xsd:string literal, `{"@id"}` for a node, a lone value not
in an array. It is made deterministic by sorting the node list by `@id` and every value array by
its JSON text (JSON-LD arrays are unordered sets unless they are `@list`, which this graph never
uses), and by writing keys sorted, one node object per line. :func:`jsonld_text` does the same from an rdflib Graph through
rdflib's serializer; the two agree (tests/test_export_formats.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.export.atomic import atomic_write_text
from kg.export.oxterms import XSD_STRING, ParsedGraph, subjects_of

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CORE_PREFIXES = {  # what rdflib's Graph() binds by default ("core")
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


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
        return sorted((canonical(item) for item in value), key=_json_key)
    return value


def _json_key(item) -> str:
    """The item's JSON text (keys sorted) or, for a node object, its beginning: `{"@id": "X", `
    orders node objects as their whole text does, since no two share an @id."""
    if isinstance(item, str):
        return _STRING(item)
    if isinstance(item, dict) and "@id" in item:
        return '{"@id": ' + _STRING(item["@id"]) + (", " if len(item) > 1 else "}")
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


_STRING = json.JSONEncoder(ensure_ascii=False).encode


def jsonld_text(graph: Graph) -> str:
    """The graph as deterministic compacted JSON-LD."""
    context = jsonld_context(graph)
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = data.get("@graph", [{k: v for k, v in data.items() if k != "@context"}])
    return _document(context, nodes)


def jsonld_from_triples(parsed: ParsedGraph) -> str:
    """The graph of `parsed` as deterministic compacted JSON-LD (see the module docstring)."""
    context = context_of(parsed.prefixes, used_terms(parsed.triples))
    return document(context, node_lines(parsed.triples, context))


def used_terms(triples) -> set[str]:
    """The IRIs of `triples` that a prefix may shorten: predicates, nodes and datatypes."""
    used = {t.predicate.value for t in triples}
    for t in triples:
        for node in (t.subject, t.object):
            if isinstance(node, ox.NamedNode):
                used.add(node.value)
            elif isinstance(node, ox.Literal) and node.datatype.value != XSD_STRING:
                used.add(node.datatype.value)
    return used


def context_of(prefixes: dict[str, str], used: set[str]) -> dict[str, str]:
    """The @context: the prefixes (and rdflib's core ones) some term of `used` starts with."""
    return {
        prefix: namespace
        for prefix, namespace in sorted(with_core(prefixes).items())
        if prefix and any(term.startswith(namespace) for term in used)
    }


class _Compactor:
    """JSON-LD values of graph terms under one @context (each IRI compacted once)."""

    def __init__(self, context: dict[str, str]):
        self.context = context
        self.iris: dict[str, str] = {}

    def compact(self, iri: str) -> str:
        found = self.iris.get(iri)
        if found is None:
            found = self.iris[iri] = self._compact(iri)
        return found

    def _compact(self, iri: str) -> str:
        for prefix, namespace in self.context.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return iri

    def value(self, term):
        if isinstance(term, ox.NamedNode):
            return {"@id": self.compact(term.value)}
        if isinstance(term, ox.BlankNode):
            return {"@id": f"_:{term.value}"}
        if not isinstance(term, ox.Literal):
            raise TypeError(f"not a graph term: {term!r}")
        if term.language:
            return {"@language": term.language, "@value": term.value}
        if term.datatype.value == XSD_STRING:
            return term.value
        native = _native(term)
        if native is not None:
            return native
        return {"@type": self.compact(term.datatype.value), "@value": term.value}


def node_lines(triples, context: dict[str, str]) -> dict[str, str]:
    """Each subject's node object as one line of JSON (arrays sorted, keys sorted), by its @id."""
    compactor = _Compactor(context)
    lines = {}
    for subject, group in subjects_of(triples).items():
        name = compactor.value(subject)["@id"]
        values: dict[str, list] = {"@id": [name]}
        for triple in group:
            if triple.predicate.value == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
                key, item = "@type", compactor.compact(triple.object.value)
            else:
                key, item = (
                    compactor.compact(triple.predicate.value),
                    compactor.value(triple.object),
                )
            values.setdefault(key, []).append(item)
        node = {k: v[0] if len(v) == 1 else v for k, v in values.items()}
        lines[name] = _DUMP(canonical(node))
    return lines


def document(context: dict[str, str], lines: dict[str, str]) -> str:
    """The JSON-LD document of the node lines (by @id), in the order of `_json_key`: the order of
    the lines themselves, which differ first inside their @id strings (an unescaped quote ends
    one, so no @id's JSON is the beginning of another's)."""
    return _wrap(context, ",\n".join(sorted(lines.values())))


def line_start(name: str) -> str:
    """How the line of the node object with @id `name` starts (then `, ` or `}`)."""
    return '{"@id": ' + _STRING(name)


def split_document(data: bytes) -> tuple[dict[str, str], list[bytes]] | None:
    """The @context and the node lines (UTF-8, in order) of a document `document` wrote; None if
    it is not one."""
    head, sep, rest = data.partition(_GRAPH_START.encode())
    if not (
        sep and head.startswith(_CONTEXT_START.encode()) and rest.endswith(_GRAPH_END.encode())
    ):
        return None
    try:
        context = json.loads(head[len(_CONTEXT_START) : -2])
    except ValueError:
        return None
    body = rest[: -len(_GRAPH_END)]
    return context, body.split(b",\n") if body else []


def join_document(context: dict[str, str], lines: list[bytes]) -> bytes:
    """The document of `context` and node lines (UTF-8) already in order: as `document` writes."""
    start = f"{_CONTEXT_START}{_DUMP(context)},\n{_GRAPH_START}".encode()
    return start + b",\n".join(lines) + _GRAPH_END.encode()


def _document(context: dict[str, str], nodes: list) -> str:
    """The JSON-LD document: the context, then one node object per line (keys sorted)."""
    return _wrap(context, ",\n".join(_DUMP(node) for node in canonical(nodes)))


def _wrap(context: dict[str, str], lines: str) -> str:
    return f"{_CONTEXT_START}{_DUMP(context)},\n{_GRAPH_START}{lines}{_GRAPH_END}"


_DUMP = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
_CONTEXT_START = '{"@context": '
_GRAPH_START = '"@graph": [\n'
_GRAPH_END = "\n]}\n"


def _native(literal: ox.Literal) -> int | float | bool | None:
    """The JSON number or boolean of an xsd:integer, xsd:double or xsd:boolean literal, as a
    JSON-LD processor writes them (None for other datatypes and ill-formed values)."""
    kind = literal.datatype.value.rpartition("#")[2]
    if not literal.datatype.value.startswith(XSD):
        return None
    try:
        if kind == "integer":
            return int(literal.value)
        if kind == "double":
            return float(literal.value)
    except ValueError:
        return None
    if kind == "boolean" and literal.value in ("true", "false", "1", "0"):
        return literal.value in ("true", "1")
    return None


def with_core(prefixes: dict[str, str]) -> dict[str, str]:
    """The document's prefixes and those rdflib binds in every graph (as jsonld_text sees them)."""
    return {**CORE_PREFIXES, **prefixes}


def export_jsonld(graph: Graph, path: Path) -> None:
    """Write the graph as JSON-LD to `path`, atomically."""
    atomic_write_text(path, jsonld_text(graph))
