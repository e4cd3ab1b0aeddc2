"""The `kg` command line: a thin layer over kg.build, kg.queries and the exporters."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph


def cmd_build(args) -> int:
    from kg.build import build

    report = build(args.sources, args.out, html_max_nodes=args.html_max_nodes)
    for ident, summary in report.summaries.items():
        print(f"{ident}: " + ", ".join(f"{n} {k}" for k, n in summary.items()))
    for dup, first in sorted(report.duplicates.items()):
        print(f"{dup}: same text as {first}, counted once (both kept as sources)")
    for problem in report.problems:
        print(f"kg: {problem}", file=sys.stderr)
    totals = report.totals()
    print(f"total: {len(report.summaries)} articles, " + ", ".join(f"{n} {k}" for k, n in totals.items())
          + f", {report.triples} triples -> {Path(args.out) / 'graph.ttl'}")
    return 0 if report.summaries else 1


def cmd_query(args) -> int:
    from kg.queries import QueryError, format_result, run_query

    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param expects NAME=VALUE, got {item!r}")
        params[name] = value
    graph = Graph()
    graph.parse(args.graph, format="turtle")
    print(format_result(run_query(graph, args.query, params), args.format))
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph of articles (files or folders of *.txt)")
    b.add_argument("sources", nargs="+")
    b.add_argument("--out", required=True, help="output folder for graph.ttl and graph.html")
    b.add_argument("--html-max-nodes", type=int, default=None,
                   help="draw at most N nodes (the most connected) in graph.html")
    b.set_defaults(func=cmd_build)
    q = sub.add_parser("query", help="run a stored SPARQL query (a name in queries/ or a .rq path)")
    q.add_argument("query")
    q.add_argument("--graph", required=True)
    q.add_argument("--param", action="append", default=[], help="NAME=VALUE, bound with initBindings")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.set_defaults(func=cmd_query)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
