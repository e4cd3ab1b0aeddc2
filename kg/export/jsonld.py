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
    used = {t.predicate.value for t in parsed.triples}
    for t in parsed.triples:
        for node in (t.subject, t.object):
            if isinstance(node, ox.NamedNode):
                used.add(node.value)
            elif isinstance(node, ox.Literal) and node.datatype.value != XSD_STRING:
                used.add(node.datatype.value)
    context = {
        prefix: namespace
        for prefix, namespace in sorted(_with_core(parsed.prefixes).items())
        if prefix and any(term.startswith(namespace) for term in used)
    }

    def compact(iri: str) -> str:
        for prefix, namespace in context.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return iri

    def value(term):
        if isinstance(term, ox.NamedNode):
            return {"@id": compact(term.value)}
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
        return {"@type": compact(term.datatype.value), "@value": term.value}

    nodes = []
    for subject, triples in subjects_of(parsed.triples).items():
        name = value(subject)["@id"]
        values: dict[str, list] = {"@id": [name]}
        for triple in triples:
            if triple.predicate.value == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
                key, item = "@type", compact(triple.object.value)
            else:
                key, item = compact(triple.predicate.value), value(triple.object)
            values.setdefault(key, []).append(item)
        nodes.append({k: v[0] if len(v) == 1 else v for k, v in values.items()})
    return _document(context, nodes)


def _document(context: dict[str, str], nodes: list) -> str:
    """The JSON-LD document: the context, then one node object per line (keys sorted)."""
    dump = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
    lines = ",\n".join(dump(node) for node in canonical(nodes))
    return f'{{"@context": {dump(context)},\n"@graph": [\n{lines}\n]}}\n'


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


def _with_core(prefixes: dict[str, str]) -> dict[str, str]:
    """The document's prefixes and those rdflib binds in every graph (as jsonld_text sees them)."""
    return {**CORE_PREFIXES, **prefixes}


def export_jsonld(graph: Graph, path: Path) -> None:
    """Write the graph as JSON-LD to `path`, atomically."""
    atomic_write_text(path, jsonld_text(graph))
