"""Stored SPARQL queries: find them, read what they declare, check and bind parameters, print rows.

A stored query is a `.rq` file in `queries/` whose header says what it answers
and which parameters it takes:

    # Roles of a person: every role a person holds or held, ...
    # param: person name  any of the person's names ..., or its IRI
    # param: start date   first day of the range, YYYY-MM-DD
    # example: kg query roles_of_person --graph exports/graph.ttl --param "person=..."

A parameter line is `# param: NAME [KIND]  what it is`; KIND is `name` (a
name of a node in any script, or its IRI), `date` (YYYY-MM-DD, checked to be a
real day), `role` (a notation of the role vocabulary, checked) or `text`
(the default). Every declared parameter is required; a name the query does not
declare is refused with the list of those it does. Names never reach the query
text and values are bound as RDF terms by the engine (rdflib's `initBindings`
here; Oxigraph and endpoints: kg.engines).

A query that finds a node by name uses `?<param>Key` (e.g. `?personKey`):
it is bound to the name key of the parameter's value, `kg.vocab.fold` (case,
spaces, hyphens, dots and apostrophes ignored), which is exactly how the graph
writes `kgv:nameKey`, so the store looks the name up in its index instead of
normalising every name in the graph. An IRI value is bound as itself.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from kg.vocab import fold
from kg.vocab.namespaces import XSD

if TYPE_CHECKING:
    from kg.engines import Answer

QUERY_DIRS = (Path.cwd() / "queries", Path(__file__).resolve().parent.parent / "queries")
KINDS = ("name", "date", "role", "text")
IRI_VALUE = re.compile(r"^(https?|urn|file):\S+$")


class QueryError(ValueError):
    """A query that cannot be found, parsed or bound; the message is for people."""


@dataclass(frozen=True)
class Param:
    """A parameter a stored query declares: its name, kind and what it means."""

    name: str
    kind: str
    help: str


@dataclass(frozen=True)
class StoredQuery:
    """A `.rq` file and what its header declares."""

    name: str
    path: Path
    text: str
    summary: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def find_query(name_or_path: str) -> Path:
    """The .rq file for a query name (a file in queries/) or a path."""
    path = Path(name_or_path)
    if path.suffix == ".rq":
        if path.is_file():
            return path
        raise QueryError(f"{name_or_path}: no such query file")
    if re.fullmatch(r"[\w-]+", name_or_path):
        for folder in QUERY_DIRS:
            candidate = folder / f"{name_or_path}.rq"
            if candidate.is_file():
                return candidate
    known = ", ".join(q.name for q in stored_queries()) or "none"
    raise QueryError(f"unknown query {name_or_path!r}; known queries: {known}")


def stored_queries() -> list[StoredQuery]:
    """Every query of `queries/`, by name (the working folder's first, then kg's own)."""
    seen: dict[str, StoredQuery] = {}
    for folder in QUERY_DIRS:
        if folder.is_dir():
            for path in sorted(folder.glob("*.rq")):
                if path.stem not in seen:
                    seen[path.stem] = load_query(str(path))
    return [seen[name] for name in sorted(seen)]


def load_query(name_or_path: str) -> StoredQuery:
    """The stored query `name_or_path` with its header read (a QueryError if it cannot be)."""
    path = find_query(name_or_path)
    return _load(path.resolve(), path.stat().st_mtime_ns)


@lru_cache(maxsize=64)
def _load(path: Path, _mtime: int) -> StoredQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path.name}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise QueryError(f"{path.name}: cannot read: {exc.strerror or exc}") from exc
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].strip())
    summary = header[0] if header and not header[0].startswith(("param:", "example:")) else ""
    params: list[Param] = []
    for i, line in enumerate(header):
        match = re.fullmatch(r"param:\s*(\w+)(?:\s+(\w+))?\s*(.*)", line)
        if not match:
            continue
        name, kind, rest = match.groups()
        if kind not in KINDS:
            rest = f"{kind or ''} {rest}".strip()
            kind = "text"
        more = []  # continuation lines: indented comment lines right after
        for follow in header[i + 1 :]:
            if follow.startswith(("param:", "example:", "(")) or not follow:
                break
            more.append(follow)
        params.append(Param(name, kind, " ".join([rest, *more]).strip()))
    examples = tuple(
        line.removeprefix("example:").strip() for line in header if line.startswith("example:")
    )
    return StoredQuery(path.stem, path, text, summary, tuple(params), examples)


def query_params(text: str) -> list[str]:
    """The parameters a query text declares in its header (`# param: name ...`)."""
    return re.findall(r"^#\s*param:\s*(\w+)", text, flags=re.MULTILINE)


def to_term(value: str, kind: str = "text"):
    """An RDF term for a parameter value given on the command line, checked against its kind."""
    if kind == "date":
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"{value!r} is not a date (YYYY-MM-DD)") from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"{value!r} is not a date (YYYY-MM-DD)")
        return Literal(day.isoformat(), datatype=XSD.date)
    if kind == "role":
        from kg.vocab import load_vocab

        notations = sorted(load_vocab().roles)
        if value not in notations:
            raise QueryError(f"{value!r} is not a role notation; roles: {', '.join(notations)}")
        return Literal(value)
    if IRI_VALUE.match(value):
        return URIRef(value)
    if kind == "text" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def bind_params(query: StoredQuery, params: dict[str, str] | None = None) -> dict:
    """The declared parameters of `query` as RDF terms, checked: none unknown, none missing."""
    params = params or {}
    declared = [p.name for p in query.params]
    for name in params:
        if query.param(name) is None:
            known = ", ".join(declared) if declared else "none"
            raise QueryError(
                f"query {query.name!r} has no parameter {name!r} (its parameters: {known})"
            )
    for param in query.params:
        if param.name not in params:
            raise QueryError(
                f"query {query.name!r} needs --param {param.name}=VALUE ({param.help or param.kind})"
            )
    bindings = {}
    for param in query.params:
        try:
            bindings[param.name] = to_term(params[param.name], param.kind)
        except QueryError as exc:
            raise QueryError(f"--param {param.name}: {exc}") from None
    return bindings | key_bindings(query.text, bindings)


def prepare_query(name_or_path: str, params: dict[str, str] | None = None) -> tuple[str, dict]:
    """The text of a stored query and its checked parameters as rdflib terms."""
    query = load_query(name_or_path)
    return query.text, bind_params(query, params)


def key_bindings(text: str, bindings: dict) -> dict:
    """`<name>Key` for each bound parameter whose key the query uses: its name key, or the IRI given."""
    return {
        f"{name}Key": term if isinstance(term, URIRef) else Literal(fold(str(term)))
        for name, term in bindings.items()
        if re.search(rf"\?{re.escape(name)}Key\b", text)
    }


def run_query(graph: Graph, name_or_path: str, params: dict[str, str] | None = None) -> Result:
    """Run a stored query on `graph` with `params` bound (rdflib's initBindings)."""
    query = load_query(name_or_path)
    bindings = bind_params(query, params)
    try:
        return graph.query(query.text, initBindings=bindings)
    except Exception as exc:  # rdflib raises pyparsing errors of several kinds
        raise QueryError(f"query {query.path.name} failed: {str(exc).splitlines()[0]}") from exc


def format_result(result: Result | Answer, fmt: str = "table") -> str:
    """A query's answer for people or programs: SELECT rows as an aligned table, CSV or JSON;
    an ASK answer as true/false; a CONSTRUCT or DESCRIBE graph as Turtle (or JSON-LD for json)."""
    if isinstance(result, bool):
        return json.dumps({"boolean": result}) if fmt == "json" else str(result).lower()
    if isinstance(result, Graph):
        return result.serialize(format="json-ld" if fmt == "json" else "turtle").rstrip("\n")
    if isinstance(result, Result) and result.type == "ASK":
        return format_result(bool(result.askAnswer), fmt)
    if isinstance(result, Result) and result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return format_result(result.graph, fmt)
    names = [str(v) for v in (result.vars or [])]
    rows = [
        ["" if v is None else str(v) for v in row]
        for row in result
        if not isinstance(row, bool)  # only an ASK result holds one, handled above
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
    if not rows:
        return "no rows"
    widths = [max([width(n)] + [width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [
        "  ".join(pad(n, w) for n, w in zip(names, widths, strict=False)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(pad(c, w) for c, w in zip(r, widths, strict=False)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def width(text: str) -> int:
    """Columns `text` takes on a terminal: Chinese characters (East Asian wide) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))
