"""Where a stored query runs: rdflib, an embedded Oxigraph store, or a SPARQL endpoint.

pyoxigraph loads a graph file and runs the stored queries one to two orders
of magnitude faster than rdflib at every size we measured (on the seeds,
role_evidence takes rdflib over 20 s of CPU and Oxigraph milliseconds), so it
is the default; rdflib stays as `--engine rdflib` and as the engine of the
Python API (`kg.queries.run_query` on an rdflib Graph). A remote store is reached over the SPARQL 1.1 Protocol
(queries) and Graph Store Protocol (`push_graph`: PUT replaces the named graph
`kg` owns). Parameters are bound, never pasted: rdflib gets `initBindings`;
Oxigraph (embedded or remote) gets a `VALUES` row at the start of the WHERE
block, whose terms are written by pyoxigraph's term serialiser (which does
the escaping). Oxigraph's own `substitutions` would need every bound variable
in the SELECT projection, which the stored queries do not have.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.export.turtle import TermConverter
from kg.model.ids import make_iri
from kg.queries import QueryError

_TERMS = TermConverter()
GRAPH_IRI = str(make_iri("graph", "kg"))  # the named graph `kg push` owns in a store
TIMEOUT = 300


@dataclass
class Rows:
    """Query results as rdflib terms, shaped like an rdflib Result for `format_result`."""

    vars: list[str]
    rows: list[tuple] = field(default_factory=list)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def choose_engine(graph: str | Path, engine: str = "auto") -> str:
    """'rdflib' or 'oxigraph' for querying the file `graph` ('auto' is Oxigraph, see the module notes)."""
    return "oxigraph" if engine == "auto" else engine


# terms ------------------------------------------------------------------
def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    return _TERMS.term(term)


@lru_cache(maxsize=1 << 16)
def from_ox(term):
    """A pyoxigraph term as an rdflib term (None stays None).

    Cached: results repeat the same names, dates and IRIs in many rows, and
    making rdflib terms took longer than the query itself on large results
    (co_attendees at 10,000 articles: 2.9 s of 4 s).
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        plain = term.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
        return Literal(term.value, datatype=None if plain else URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return URIRef(term.value)


def from_json(cell: dict | None):
    """A SPARQL JSON results cell as an rdflib term."""
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in cell:
        return Literal(value, lang=cell["xml:lang"])
    datatype = cell.get("datatype")
    if datatype is None or datatype == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


# Oxigraph, embedded --------------------------------------------------------
def load_store(path: str | Path) -> ox.Store:
    """An in-memory Oxigraph store holding the Turtle file `path`."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def query_store(store: ox.Store, text: str, bindings: dict | None = None) -> Rows:
    """Run a SELECT query on an Oxigraph store with variables bound."""
    try:
        solutions = store.query(with_values(text, bindings or {}))
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from exc
    if not isinstance(solutions, ox.QuerySolutions):  # an ASK or CONSTRUCT query
        raise QueryError("query failed: only a SELECT query gives rows")
    names = [v.value for v in solutions.variables]
    return Rows(names, [tuple(from_ox(s[n]) for n in names) for s in solutions])


# a remote store ------------------------------------------------------------
def with_values(text: str, bindings: dict) -> str:
    """The query with a VALUES row binding `bindings` at the start of its WHERE block."""
    if not bindings:
        return text
    names = sorted(bindings)
    row = " ".join(
        str(to_ox(bindings[n])) for n in names
    )  # pyoxigraph writes (and escapes) each term
    values = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    match = re.search(r"\bWHERE\s*\{", text, flags=re.IGNORECASE)
    if not match:
        raise QueryError("cannot bind parameters: the query has no WHERE block")
    return f"{text[: match.end()]}\n  {values}\n{text[match.end() :]}"


def query_endpoint(
    url: str, text: str, bindings: dict | None = None, graph_iri: str | None = GRAPH_IRI
) -> Rows:
    """Run a SELECT query at a SPARQL endpoint (the graph `kg push` wrote is the default graph)."""
    form = {"query": with_values(text, bindings or {})}
    if graph_iri:
        form["default-graph-uri"] = graph_iri
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(form).encode(),
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
    )
    data = json.loads(_send(request))
    names = data["head"]["vars"]
    return Rows(
        names, [tuple(from_json(b.get(n)) for n in names) for b in data["results"]["bindings"]]
    )


def push_graph(path: str | Path, endpoint: str, graph_iri: str = GRAPH_IRI) -> str:
    """PUT the Turtle file into `graph_iri` at a Graph Store Protocol endpoint, replacing what was there."""
    target = (
        endpoint + ("&" if "?" in endpoint else "?") + urllib.parse.urlencode({"graph": graph_iri})
    )
    request = urllib.request.Request(
        target,
        data=Path(path).read_bytes(),
        method="PUT",
        headers={"Content-Type": "text/turtle; charset=utf-8"},
    )
    _send(request)
    return graph_iri


def _send(request: urllib.request.Request) -> bytes:
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()[:1]
        raise QueryError(
            f"{request.full_url}: HTTP {exc.code} {exc.reason}: {' '.join(detail)}"
        ) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise QueryError(
            f"{request.full_url}: cannot connect: {getattr(exc, 'reason', exc)}"
        ) from exc
