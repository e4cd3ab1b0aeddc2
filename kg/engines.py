"""Where a stored query runs: rdflib, an embedded Oxigraph store, or a SPARQL endpoint.

pyoxigraph loads a graph file and runs the stored queries one to two orders
of magnitude faster than rdflib at every size we measured (on the seeds,
role_evidence takes rdflib over 20 s of CPU and Oxigraph milliseconds), so it
is the default; rdflib stays as `--engine rdflib` and as the engine of the
Python API (`kg.queries.run_query` on an rdflib Graph). A remote store is reached over the SPARQL 1.1 Protocol
(queries) and Graph Store Protocol (`push_graph`: PUT replaces the named graph
`kg` owns). Parameters are bound, never pasted: rdflib gets `initBindings`;
Oxigraph (embedded or remote) gets SPARQL's own inline data, a `VALUES` row
at the start of the WHERE block (found by reading the query's tokens, so never
inside a comment, string or IRI), whose terms are written by pyoxigraph's term
serialiser (which does the escaping); only declared parameter names, checked
by kg.queries, are used. Oxigraph's own `substitutions` would need every bound
variable in the SELECT projection, which the stored queries do not have.

Network calls have a connect timeout and a total deadline (`timeout`, seconds:
a server that never answers, or sends a byte at a time, ends in one line when
it passes), and are retried with backoff (0.5, 1, 2 s) where retrying is safe:
connection refused and HTTP 503.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.export.turtle import TermConverter
from kg.model.ids import make_iri
from kg.queries import QueryError

_TERMS = TermConverter()
GRAPH_IRI = str(make_iri("graph", "kg"))  # the named graph `kg push` owns in a store
TIMEOUT = 60.0  # seconds: the whole request, answer included (`--timeout`)
CONNECT_TIMEOUT = 10.0  # seconds to connect, and between two reads
RETRY_DELAYS = (0.5, 1.0, 2.0)


@dataclass
class Rows:
    """Query results as rdflib terms, shaped like an rdflib Result for `format_result`."""

    vars: list[str]
    rows: list[tuple] = field(default_factory=list)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


Answer = Rows | bool | Graph  # SELECT rows, an ASK answer, a CONSTRUCT or DESCRIBE graph


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


def query_store(store: ox.Store, text: str, bindings: dict | None = None) -> Answer:
    """Run a query on an Oxigraph store with variables bound: rows, a boolean or a graph."""
    try:
        answer = store.query(with_values(text, bindings or {}))
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return bool(answer)
    if isinstance(answer, ox.QueryTriples):
        graph = Graph()
        for triple in answer:
            graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
        return graph
    names = [v.value for v in answer.variables]
    return Rows(names, [tuple(from_ox(s[n]) for n in names) for s in answer])


# binding -------------------------------------------------------------------
_SKIP = re.compile(
    r"""\#[^\n]*                       # a comment
      | '{3}(?:[^\\]|\\.)*?'{3} | "{3}(?:[^\\]|\\.)*?"{3}   # long strings
      | '(?:[^'\\\n]|\\.)*' | "(?:[^"\\\n]|\\.)*"      # strings
      | <[^<>"{}|^`\\\s]*>            # IRIs
    """,
    re.VERBOSE,
)


def where_block(text: str) -> int:
    """The offset just after the `{` that opens the query's WHERE block, read token-wise:
    braces inside comments, strings and IRIs do not count, and a CONSTRUCT template is
    passed over (its WHERE keyword is required)."""
    depth, pos, want_keyword = 0, 0, False
    words = re.compile(r"[A-Za-z_]\w*")
    saw_construct = False
    while pos < len(text):
        skip = _SKIP.match(text, pos)
        if skip:
            pos = skip.end()
            continue
        char = text[pos]
        word = words.match(text, pos) if depth == 0 else None
        if word:
            upper = word.group().upper()
            if upper in ("CONSTRUCT", "DESCRIBE"):
                saw_construct = True
            if upper == "WHERE":
                want_keyword = True
            pos = word.end()
            continue
        if char == "{":
            if depth == 0 and (want_keyword or not saw_construct):
                return pos + 1
            depth += 1
        elif char == "}":
            depth -= 1
        pos += 1
    raise QueryError("cannot bind parameters: the query has no WHERE block")


def with_values(text: str, bindings: dict) -> str:
    """The query with a VALUES row binding `bindings` at the start of its WHERE block."""
    if not bindings:
        return text
    names = sorted(bindings)
    if not all(re.fullmatch(r"\w+", n) for n in names):
        raise QueryError("cannot bind parameters: a parameter name is not a SPARQL variable name")
    row = " ".join(
        str(to_ox(bindings[n])) for n in names
    )  # pyoxigraph writes (and escapes) each term
    values = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    at = where_block(text)
    return f"{text[:at]}\n  {values}\n{text[at:]}"


# a remote store ------------------------------------------------------------
def check_url(url: str) -> str:
    """`url` if it is an http(s) URL with a host, else a QueryError saying so."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise QueryError(f"{url!r} is not an http:// or https:// URL")
    return url


def query_endpoint(
    url: str,
    text: str,
    bindings: dict | None = None,
    graph_iri: str | None = GRAPH_IRI,
    timeout: float = TIMEOUT,
) -> Answer:
    """Run a query at a SPARQL endpoint (the graph `kg push` wrote is the default graph)."""
    form = {"query": with_values(text, bindings or {})}
    if graph_iri:
        form["default-graph-uri"] = graph_iri
    request = urllib.request.Request(
        check_url(url),
        data=urllib.parse.urlencode(form).encode(),
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, text/turtle;q=0.9",
        },
    )
    body, kind = _send(request, timeout)
    if kind in ("text/turtle", "application/n-triples"):
        graph = Graph()
        try:
            graph.parse(data=body.decode("utf-8"), format="turtle")
        except Exception as exc:  # rdflib's parsers raise several unrelated types
            raise QueryError(
                f"{url}: the answer is not Turtle ({str(exc).splitlines()[0]})"
            ) from exc
        return graph
    return results_of(url, body, kind)


def results_of(url: str, body: bytes, kind: str) -> Rows | bool:
    """Rows (or the boolean) of a SPARQL JSON results document, or a QueryError saying why not."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise QueryError(
            f"{url}: the answer is not SPARQL JSON results (it is {kind or 'of no stated type'})"
        ) from None
    if isinstance(data, dict) and isinstance(data.get("boolean"), bool):
        return data["boolean"]
    try:
        names = data["head"]["vars"]
        bindings = data["results"]["bindings"]
        assert isinstance(names, list) and all(isinstance(n, str) for n in names)
        return Rows(names, [tuple(from_json(b.get(n)) for n in names) for b in bindings])
    except (KeyError, TypeError, AssertionError, AttributeError):
        raise QueryError(
            f"{url}: the answer is JSON but not SPARQL results (no head/vars)"
        ) from None


def push_graph(
    path: str | Path, endpoint: str, graph_iri: str = GRAPH_IRI, timeout: float = TIMEOUT
) -> str:
    """PUT the Turtle file into `graph_iri` at a Graph Store Protocol endpoint, replacing what was there."""
    check_url(endpoint)
    target = (
        endpoint + ("&" if "?" in endpoint else "?") + urllib.parse.urlencode({"graph": graph_iri})
    )
    request = urllib.request.Request(
        target,
        data=Path(path).read_bytes(),
        method="PUT",
        headers={"Content-Type": "text/turtle; charset=utf-8"},
    )
    _send(request, timeout)
    return graph_iri


def _send(request: urllib.request.Request, timeout: float = TIMEOUT) -> tuple[bytes, str]:
    """The body and media type of the answer to `request`, within `timeout` seconds in all,
    retried with backoff when the server refused the connection or answered 503."""
    deadline = time.monotonic() + timeout
    for delay in (*RETRY_DELAYS, None):
        try:
            return _within(request, deadline)
        except _Retry as retry:
            if delay is None or time.monotonic() + delay >= deadline:
                raise QueryError(retry.message) from None
            time.sleep(delay)
    raise AssertionError("unreachable")


class _Retry(Exception):
    """A failure that is safe to try again (connection refused, 503)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _within(request: urllib.request.Request, deadline: float) -> tuple[bytes, str]:
    """One try of `request`, in a thread so that the deadline holds whatever the server does."""
    outcome: list = []

    def attempt() -> None:
        try:
            outcome.append(_once(request, min(CONNECT_TIMEOUT, deadline - time.monotonic())))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if not outcome:
        raise QueryError(
            f"{request.full_url}: no complete answer within the time limit "
            f"(--timeout; the server is not answering or answers too slowly)"
        )
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _once(request: urllib.request.Request, timeout: float) -> tuple[bytes, str]:
    url = request.full_url
    try:
        with urllib.request.urlopen(request, timeout=max(timeout, 0.1)) as response:
            kind = response.headers.get_content_type() if response.headers else ""
            return response.read(), kind
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(2000).decode("utf-8", "replace").strip().splitlines()[:1])
        message = f"{url}: HTTP {exc.code} {exc.reason}: {detail[:200]}".rstrip(": ")
        if exc.code == 503:
            raise _Retry(message) from None
        raise QueryError(message) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ConnectionRefusedError):
            raise _Retry(f"{url}: cannot connect: connection refused") from None
        raise QueryError(f"{url}: cannot connect: {reason}") from None
    except (TimeoutError, OSError) as exc:
        raise QueryError(f"{url}: no answer: {exc}") from None
    except ValueError as exc:  # urllib: an URL it cannot use
        raise QueryError(f"{url}: {exc}") from None
