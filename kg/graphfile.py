"""Reading what `kg build` wrote, for the commands that use it: the graph files (any of the RDF
exports) as an rdflib graph or an Oxigraph store, and running a stored query on one of them or
at an endpoint. Every failure is a QueryError whose message is one line for people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.util import guess_format

from kg.queries import QueryError, bind_params, load_query, run_query

RDF_SUFFIXES = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nt": "nt",
    ".nq": "nquads",
}
DATASET_FORMATS = ("trig", "nquads")


def short(message: str, limit: int = 160) -> str:
    """`message` on one line, cut to `limit` characters (parsers list every token they expected)."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def graph_format(path: str | Path) -> str:
    """The rdflib format of a graph file by its suffix, or a QueryError naming the ones read."""
    path = Path(path)
    if not path.exists():
        raise QueryError(f"cannot read graph {path}: no such file")
    if path.is_dir():
        raise QueryError(f"cannot read graph {path}: a folder")
    fmt = RDF_SUFFIXES.get(path.suffix.lower()) or guess_format(str(path))
    if fmt is None or fmt not in RDF_SUFFIXES.values():
        kind = (
            "GraphML is not RDF" if path.suffix.lower() == ".graphml" else "not an RDF graph file"
        )
        raise QueryError(
            f"{path}: {kind}; give graph.ttl, graph.trig, graph.jsonld, .nt or .nq of `kg build`"
        )
    return fmt


def read_graph(path: str | Path) -> Graph:
    """The graph in the file `path` (Turtle, TriG, JSON-LD, N-Triples, N-Quads); a dataset's
    named graphs become their union, as a SPARQL user would query them."""
    fmt = graph_format(path)
    try:
        if fmt in DATASET_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return Graph().parse(path, format=fmt)
    except OSError as exc:
        raise QueryError(f"cannot read graph {path}: {exc.strerror or exc}") from exc
    except Exception as exc:  # rdflib's parsers raise several unrelated types
        reason = str(exc).split(" at ^")[0]
        raise QueryError(f"{path} is not a readable {fmt} graph ({short(reason)})") from exc


def open_store(path: str | Path):
    """An Oxigraph store holding the Turtle file `path`, or a QueryError saying why not."""
    from kg.engines import load_store

    if graph_format(path) != "turtle":
        raise QueryError(f"{path}: the Oxigraph engine reads graph.ttl; use --engine rdflib")
    try:
        return load_store(path)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"{path} is not a Turtle graph ({short(str(exc))})") from exc
    except OSError as exc:
        raise QueryError(f"cannot read graph {path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class Target:
    """Where a query runs: a graph file (with an engine) or an endpoint."""

    graph: str | None = None
    endpoint: str | None = None
    engine: str = "auto"
    graph_iri: str | None = None
    timeout: float = 60.0


def answer(query_name: str, params: dict[str, str], target: Target):
    """The answer of the stored query `query_name` with `params` bound, at `target`."""
    from kg.engines import choose_engine, query_endpoint, query_store

    query = load_query(query_name)
    bindings = bind_params(query, params)
    if target.endpoint:
        return query_endpoint(
            target.endpoint, query.text, bindings, target.graph_iri or None, target.timeout
        )
    if not target.graph:
        raise QueryError("give --graph FILE or --endpoint URL")
    if choose_engine(target.graph, target.engine) == "rdflib":
        return run_query(read_graph(target.graph), query_name, params)
    from kg.export.store import open_built_store

    store = open_built_store(target.graph) or open_store(target.graph)
    try:
        return query_store(store, query.text, bindings)
    except QueryError as exc:
        raise QueryError(f"{query.name}: {short(str(exc))}") from exc
