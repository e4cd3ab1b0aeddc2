"""The `kg` command line: a thin layer over kg.assemble, kg.queries and the exporters."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rdflib import Graph


def cmd_build(args) -> int:
    from kg.assemble import build

    report = build(
        args.sources,
        args.out,
        html_max_nodes=args.html_max_nodes,
        jobs=args.jobs,
        use_cache=not args.no_cache,
        html=args.html,
        on_wait=lambda message: print(f"kg: {message}", file=sys.stderr, flush=True),
    )
    for ident, summary in report.summaries.items():
        print(f"{ident}: " + ", ".join(f"{n} {k}" for k, n in summary.items()))
    for dup, first in sorted(report.duplicates.items()):
        print(f"{dup}: same text as {first}, counted once (both kept as sources)")
    for problem in report.warnings + report.problems:
        print(f"kg: {problem}", file=sys.stderr)
    totals = report.totals()
    skipped = f"{report.skipped} files skipped, " if report.skipped else ""
    print(
        f"total: {len(report.summaries)} articles, {skipped}"
        + ", ".join(f"{n} {k}" for k, n in totals.items())
        + f", {report.triples} triples -> {Path(args.out) / 'graph.ttl'}"
    )
    if args.timings:
        for phase, seconds in report.timings.items():
            print(f"kg: {phase}: {seconds:.2f} s", file=sys.stderr)
    return 0 if report.summaries else 1


def load_graph(path: str) -> Graph:
    """The Turtle graph at `path`, or a QueryError saying in one line why it cannot be read."""
    from kg.queries import QueryError

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except OSError as exc:
        raise QueryError(f"cannot read graph {path}: {exc.strerror or exc}") from exc
    except Exception as exc:  # rdflib's parsers raise several unrelated types
        reason = " ".join(str(exc).split("\n")[:2]).split(" at ^")[0]
        raise QueryError(f"{path} is not a Turtle graph ({reason})") from exc
    return graph


def cmd_query(args) -> int:
    from kg.queries import QueryError, format_result, run_query

    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param expects NAME=VALUE, got {item!r}")
        params[name] = value
    if args.endpoint or not args.graph or _engine(args) == "oxigraph":
        print(format_result(query_elsewhere(args, params), args.format))
        return 0
    print(format_result(run_query(load_graph(args.graph), args.query, params), args.format))
    return 0


def _engine(args) -> str:
    from kg.engines import choose_engine

    return choose_engine(args.graph, args.engine)


def query_elsewhere(args, params: dict):
    """Rows of a stored query run on an embedded Oxigraph store or at a SPARQL endpoint."""
    from kg.engines import load_store, query_endpoint, query_store
    from kg.queries import QueryError, prepare_query

    text, bindings = prepare_query(args.query, params)
    if args.endpoint:
        return query_endpoint(args.endpoint, text, bindings, args.graph_iri or None)
    if not args.graph:
        raise QueryError("give --graph FILE or --endpoint URL")
    store = open_store(args.graph, load_store)
    try:
        return query_store(store, text, bindings)
    except QueryError as exc:
        raise QueryError(f"{Path(args.query).stem}: {short(str(exc))}") from exc


def open_store(path: str, load_store):
    """`load_store(path)`, with a missing or non-Turtle file said in one line (a QueryError)."""
    from kg.queries import QueryError

    if not Path(path).is_file():
        raise QueryError(
            f"cannot read graph {path}: {'a folder' if Path(path).is_dir() else 'no such file'}"
        )
    try:
        return load_store(path)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(
            f"{path} is not a Turtle graph ({short(str(exc).splitlines()[0])})"
        ) from exc
    except OSError as exc:
        raise QueryError(f"cannot read graph {path}: {exc.strerror or exc}") from exc


def short(message: str, limit: int = 160) -> str:
    """`message` cut to `limit` characters (parsers list every token they expected)."""
    return message if len(message) <= limit else message[: limit - 1] + "…"


def cmd_push(args) -> int:
    from kg.engines import push_graph

    iri = push_graph(args.graph, args.endpoint, args.graph_iri)
    print(f"{args.graph} -> <{iri}> at {args.endpoint}")
    return 0


def cmd_validate(args) -> int:
    from kg.validate import load_graph, validate_graph

    violations = validate_graph(load_graph(args.graph))
    for violation in violations:
        print(violation)
    print(
        f"{args.graph}: {len(violations)} violation(s)"
        if violations
        else f"{args.graph}: conforms",
        file=sys.stderr,
    )
    return 1 if violations else 0


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line (and exit status 2)."""

    def error(self, message):
        self.exit(2, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kg", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph of articles (files or folders of *.txt)")
    b.add_argument("sources", nargs="+")
    b.add_argument("--out", required=True, help="output folder for graph.ttl and graph.html")
    b.add_argument(
        "--html-max-nodes",
        type=int,
        default=None,
        help="draw at most N nodes (the most connected) in graph.html",
    )
    add_scale_options(b)
    b.set_defaults(func=cmd_build)
    q = sub.add_parser("query", help="run a stored SPARQL query (a name in queries/ or a .rq path)")
    q.add_argument("query")
    q.add_argument("--graph", help="a Turtle file (or use --endpoint)")
    q.add_argument(
        "--param", action="append", default=[], help="NAME=VALUE, bound with initBindings"
    )
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add_store_options(q)
    q.set_defaults(func=cmd_query)
    v = sub.add_parser(
        "validate", help="check a built graph against its SHACL shapes (kg/vocab/shapes.ttl)"
    )
    v.add_argument("graph", help="graph.ttl, graph.trig, graph.jsonld or .nt")
    v.set_defaults(func=cmd_validate)
    add_push_command(sub)
    return parser


def add_scale_options(b) -> None:
    """Options of `kg build` for large corpora: processes, cache, html page."""
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per CPU)")
    b.add_argument(
        "--no-cache", action="store_true", help="ignore and do not update OUT/.kg-cache/"
    )
    b.add_argument(
        "--timings", action="store_true", help="print the seconds each phase took (on stderr)"
    )
    b.add_argument(
        "--html",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write graph.html (default: only while the graph has at most 100,000 triples)",
    )


def add_store_options(q) -> None:
    """Options of `kg query` for choosing where the query runs."""
    from kg.engines import GRAPH_IRI

    q.add_argument(
        "--engine",
        choices=("auto", "rdflib", "oxigraph"),
        default="auto",
        help="query engine for --graph (auto: Oxigraph, much faster than rdflib)",
    )
    q.add_argument("--endpoint", help="a SPARQL query endpoint URL, instead of --graph")
    q.add_argument(
        "--graph-iri",
        default=GRAPH_IRI,
        help="named graph to query at --endpoint (default: the one `kg push` writes; '' for none)",
    )


def add_push_command(sub) -> None:
    """`kg push GRAPH --endpoint URL`: load a graph into a SPARQL 1.1 Graph Store Protocol endpoint."""
    from kg.engines import GRAPH_IRI

    p = sub.add_parser(
        "push", help="load graph.ttl into a triple store (SPARQL Graph Store Protocol)"
    )
    p.add_argument("graph", help="the Turtle file to load (e.g. exports/graph.ttl)")
    p.add_argument(
        "--endpoint",
        required=True,
        help="Graph Store endpoint URL (Oxigraph: http://HOST:7878/store; Fuseki: .../DATASET/data)",
    )
    p.add_argument(
        "--graph-iri", default=GRAPH_IRI, help="named graph to replace (default: %(default)s)"
    )
    p.set_defaults(func=cmd_push)


def main(argv: list[str] | None = None) -> int:
    """Run the command; a known error is one line on stderr and exit status 1, never a traceback."""
    from kg.queries import QueryError
    from kg.read import ArticleError
    from kg.vocab import InvalidVocab

    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except (QueryError, ArticleError, InvalidVocab) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as exc:  # a bug of kg: still one line (KG_DEBUG=1 shows the traceback)
        if os.environ.get("KG_DEBUG"):
            raise
        return fail(f"internal error: {type(exc).__name__}: {exc}")


def fail(message: str, status: int = 1) -> int:
    """Print `kg: <message>` (one line) on stderr and return `status`."""
    print(f"kg: {' '.join(message.split())}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
