"""Stored SPARQL queries: load by name from `queries/`, bind parameters, run.

Parameters are bound with rdflib's `initBindings`, never pasted into the
query text. A value that looks like an IRI becomes an IRI, an ISO date an
xsd:date, anything else a plain string.

A query that finds a node by name uses `?<param>Key` (e.g. `?personKey`):
it is bound to the name key of the parameter's value, `kg.vocab.fold` (case,
spaces, hyphens, dots and apostrophes ignored), which is exactly how the graph
writes `kgv:nameKey`, so the store looks the name up in its index instead of
normalising every name in the graph. An IRI value is bound as itself.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from kg.vocab import fold
from kg.vocab.namespaces import XSD

if TYPE_CHECKING:
    from kg.engines import Rows

QUERY_DIRS = (Path.cwd() / "queries", Path(__file__).resolve().parent.parent / "queries")


class QueryError(ValueError):
    """A query that cannot be found, parsed or bound; the message is for people."""


def find_query(name_or_path: str) -> Path:
    """The .rq file for a query name (a file in queries/) or a path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return path
    for folder in QUERY_DIRS:
        candidate = folder / f"{name_or_path}.rq"
        if candidate.is_file():
            return candidate
    known = sorted({p.stem for d in QUERY_DIRS if d.is_dir() for p in d.glob("*.rq")})
    raise QueryError(f"unknown query {name_or_path!r}; known queries: {', '.join(known) or 'none'}")


def query_params(text: str) -> list[str]:
    """The parameters a query declares in its header (`# param: name ...`)."""
    return re.findall(r"^#\s*param:\s*(\w+)", text, flags=re.MULTILINE)


def to_term(value: str):
    """An RDF term for a parameter value given on the command line."""
    if re.match(r"^(https?|urn|file):", value):
        return URIRef(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def prepare_query(name_or_path: str, params: dict[str, str] | None = None) -> tuple[str, dict]:
    """The text of a stored query and its parameters as rdflib terms (all declared ones given)."""
    path = find_query(name_or_path)
    text = path.read_text(encoding="utf-8")
    params = params or {}
    missing = [p for p in query_params(text) if p not in params]
    if missing:
        raise QueryError(f"query {path.stem!r} needs --param {missing[0]}=VALUE")
    bindings = {name: to_term(value) for name, value in params.items()}
    return text, bindings | key_bindings(text, bindings)


def key_bindings(text: str, bindings: dict) -> dict:
    """`<name>Key` for each bound parameter whose key the query uses: its name key, or the IRI given."""
    return {
        f"{name}Key": term if isinstance(term, URIRef) else Literal(fold(str(term)))
        for name, term in bindings.items()
        if re.search(rf"\?{name}Key\b", text)
    }


def run_query(graph: Graph, name_or_path: str, params: dict[str, str] | None = None) -> Result:
    """Run a stored query on `graph` with `params` bound."""
    text, bindings = prepare_query(name_or_path, params)
    path = find_query(name_or_path)
    try:
        return graph.query(text, initBindings=bindings)
    except Exception as exc:  # rdflib raises pyparsing errors of several kinds
        raise QueryError(f"query {path.name} failed: {str(exc).splitlines()[0]}") from exc


def format_result(result: Result | Rows, fmt: str = "table") -> str:
    """The rows of a SELECT query (an rdflib Result, or kg.engines.Rows) as an aligned table, CSV or JSON."""
    if result.vars is None:  # an ASK or CONSTRUCT result: no columns, no rows
        raise QueryError("only a SELECT query gives rows")
    names = [str(v) for v in result.vars]
    # Only an ASK result (which has no columns) holds a bool.
    rows = [
        ["" if v is None else str(v) for v in row] for row in result if not isinstance(row, bool)
    ]
    if fmt == "json":
        return json.dumps(
            [dict(zip(names, r, strict=False)) for r in rows], ensure_ascii=False, indent=2
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [
        "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=False)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)
