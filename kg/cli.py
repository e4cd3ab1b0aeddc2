"""Build a knowledge graph of people, their roles at organisations and the meetings they
attend from news articles (English and Chinese), then query it, check it, serve it or push it
to a triple store.

  kg build articles/ --out out/          read the articles, write out/graph.ttl, graph.html, ...
  kg queries                             list the stored queries and what they answer
  kg query roles_of_person --graph out/graph.ttl --param "person=Jane Roe"
  kg serve out/                          a SPARQL endpoint and query page on http://127.0.0.1:7878
  kg validate out/graph.ttl              check the graph against its SHACL shapes
  kg push out/graph.ttl --endpoint URL   load the graph into a SPARQL Graph Store
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import metadata
from pathlib import Path

from kg.terminal import printable, say, show


def cmd_build(args) -> int:
    from kg.assemble import build
    from kg.progress import Progress

    progress = Progress(quiet=args.quiet or args.verbose)
    report = build(
        args.sources,
        args.out,
        html_max_nodes=args.html_max_nodes,
        jobs=args.jobs,
        use_cache=not args.no_cache,
        html=args.html,
        on_wait=lambda message: say(f"kg: {message}", err=True),
        pattern=args.glob,
        progress=progress.start,
        judgements=args.judgements,
        nquads=args.nquads,
        cluster=args.cluster,
    )
    progress.close()
    if args.verbose:
        for ident, summary in report.summaries.items():
            say(f"{ident}: " + ", ".join(f"{n} {k}" for k, n in summary.items()))
        for dup, first in sorted(report.duplicates.items()):
            say(f"{dup}: same text as {first}, counted once (both kept as sources)")
    for problem in report.warnings + report.problems:
        say(f"kg: {problem}", err=True)
    if args.timings:
        for phase, seconds in report.timings.items():
            say(f"kg: {phase}: {seconds:.2f} s", err=True)
    say(closing_line(report, Path(args.out)))
    return 0 if report.summaries else 1


def closing_line(report, out: Path) -> str:
    """The last line of a build: what the graph holds (distinct nodes) and what was read."""
    files = report.files
    if not report.summaries:
        return f"nothing written: no article could be read ({files} files found)"
    read = [
        f"{files - report.cached - report.changed - report.reread} new",
        f"{report.changed} changed",
        f"{report.cached} from the cache",
    ]
    if report.reread:  # the same texts read again: kg or its data changed, or --no-cache
        read.insert(2, f"{report.reread} read again, same text")
    if report.duplicates:
        read.append(f"{len(report.duplicates)} duplicates of another")
    if report.skipped:
        read.append(f"{report.skipped} skipped")
    nodes = ", ".join(f"{n} {k if n != 1 else k[:-1]}" for k, n in report.nodes.items())
    if report.redirects:
        nodes += f", {report.redirects} earlier person IRI{'s' if report.redirects != 1 else ''} redirected"
    unit = "article" if report.records else "file"  # a corpus file holds many articles
    return (
        f"{files} {unit}{'s' if files != 1 else ''} ({', '.join(read)}) -> {nodes}; "
        f"{report.triples} triples in {out / 'graph.ttl'}"
    )


def cmd_query(args) -> int:
    from kg.graphfile import Target, answer
    from kg.queries import QueryError, format_result

    if args.list:
        return cmd_queries(args)
    if not args.query:
        args.parser.error("give a query name (see: kg queries) or a .rq file")
    params: dict[str, str] = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param expects NAME=VALUE, got {item!r}")
        if name in params:
            raise QueryError(f"--param {name} given twice")
        params[name] = value
    target = Target(args.graph, args.endpoint, args.engine, args.graph_iri, args.timeout)
    result = answer(args.query, params, target)
    show(format_result(result, args.format))
    if args.format != "table" and getattr(result, "rows", None) == []:
        say("kg: no rows", err=True)  # the table says so itself; CSV and JSON stay parseable
    return 0


def cmd_queries(args) -> int:
    from kg.queries import stored_queries

    for query in stored_queries():
        say(f"{query.name}: {query.summary}")
        for param in query.params:
            say(f"    --param {param.name}=<{param.kind}>  {param.help}")
        for example in query.examples[:1]:
            say(f"    e.g. {example}")
    return 0


def cmd_identity(args) -> int:
    from kg.export.identity_report import read_identity_tsv
    from kg.queries import QueryError

    path = Path(args.folder) / "identity.tsv"
    try:
        rows = read_identity_tsv(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror or exc} (build first)") from None
    shown = [r for r in rows if args.all or r["verdict"] == "different"]
    shown.sort(key=lambda r: (r["verdict"] != "different", -int(r["mentions"] or 0), r["name"]))
    for row in shown:
        say(
            f"{row['verdict']}\t{row['first']}\t{row['second']}\t# {row['mentions']} mentions: {row['reason']}"
        )
    if not shown:
        say("no open pairs: no two persons of one name were kept apart")
    return 0


def cmd_serve(args) -> int:
    from kg.serve import serve

    return serve(Path(args.folder), args.bind, args.port)


def cmd_push(args) -> int:
    from kg.engines import push_graph
    from kg.graphfile import graph_format
    from kg.queries import QueryError

    if graph_format(args.graph) != "turtle":
        raise QueryError(f"{args.graph}: kg push sends Turtle; give graph.ttl")
    iri = push_graph(args.graph, args.endpoint, args.graph_iri, args.timeout)
    say(f"{args.graph} -> <{iri}> at {args.endpoint}")
    return 0


def cmd_validate(args) -> int:
    from kg.graphfile import read_graph
    from kg.validate import validate_graph

    violations = validate_graph(read_graph(args.graph))
    for violation in violations:
        say(str(violation))
    say(
        f"{args.graph}: {len(violations)} violation(s)"
        if violations
        else f"{args.graph}: conforms",
        err=True,
    )
    return 1 if violations else 0


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line (and exit status 2)."""

    def error(self, message):
        self.exit(2, f"{self.prog}: {printable(message)} (see: {self.prog} --help)\n")


def version() -> str:
    try:
        return metadata.version("kg")
    except metadata.PackageNotFoundError:
        return "unknown"


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kg", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"kg {version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_build_command(sub)
    add_query_commands(sub)
    v = sub.add_parser(
        "validate",
        help="check a built graph against the graph model's SHACL shapes",
        description="Check a graph file written by `kg build` against the graph model's shapes; "
        "prints one line per violation (exit status 1 if any).",
    )
    v.add_argument("graph", help="graph.ttl, graph.trig, graph.jsonld, .nt or .nq")
    v.set_defaults(func=cmd_validate)
    s = sub.add_parser(
        "serve",
        help="a local SPARQL endpoint with a query page, on a built graph",
        description="Serve the graph `kg build` wrote into FOLDER as a SPARQL endpoint "
        "(/query) with a query page (/), read-only, until Ctrl-C.",
    )
    s.add_argument("folder", help="the --out folder of a build")
    s.add_argument(
        "--bind", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    s.add_argument("--port", type=int, default=7878, help="port (default: %(default)s)")
    s.set_defaults(func=cmd_serve)
    i = sub.add_parser(
        "identity",
        help="list the same-name persons a build kept apart, most consequential first",
        description="List the pairs of persons of one name that the build in FOLDER kept apart "
        "(from FOLDER/identity.tsv), those with the most mentions first, with the reason. "
        "Copy a pair into a judgements file as 'same' or 'different' to decide it.",
    )
    i.add_argument("folder", help="the --out folder of a build")
    i.add_argument("--all", action="store_true", help="also list the joins and their evidence")
    i.set_defaults(func=cmd_identity)
    add_push_command(sub)
    return parser


def add_build_command(sub) -> None:
    b = sub.add_parser(
        "build",
        help="read articles and write the graph (graph.ttl, graph.html, ...)",
        description="Read news articles (files, or folders read with their subfolders) and write "
        "the knowledge graph into --out: graph.ttl, graph.trig, graph.jsonld, graph.graphml, "
        "graph.html and a query-ready store (graph.oxigraph/).",
    )
    b.add_argument("sources", nargs="+", metavar="SOURCE", help="article files or folders")
    b.add_argument("--out", required=True, help="the folder to write the graph into")
    b.add_argument(
        "--glob",
        help="in folders, read the files matching this pattern (e.g. '**/*.md') instead of "
        "*.txt, *.text, *.html, *.htm, *.jsonl, *.ndjson and *.csv (also .gz)",
    )
    b.add_argument(
        "--judgements",
        metavar="FILE",
        help="your verdicts on who is who (lines 'same|different<TAB>A<TAB>B'), which override "
        "the resolver; see DIR/identity.tsv and `kg identity DIR`",
    )
    b.add_argument(
        "--html-max-nodes",
        type=int,
        default=None,
        help="draw at most N nodes (the most connected) in graph.html",
    )
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per CPU)")
    b.add_argument(
        "--no-cache",
        action="store_true",
        help="read every article again, ignoring what earlier builds kept in OUT/.kg-cache/",
    )
    b.add_argument(
        "--timings", action="store_true", help="print the seconds each phase took (on stderr)"
    )
    b.add_argument(
        "--html",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write graph.html and the other formats (default: while the graph has at most "
        "100,000 triples)",
    )
    b.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run the per-article work and the shard writing on a Dask cluster (e.g. "
        "tcp://scheduler:8786); its workers must see the input files at the paths given",
    )
    b.add_argument(
        "--nquads",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also write the graph as sorted, gzip-compressed N-Quads shards (graph-00000.nq.gz, "
        "...; one named graph per article) for bulk loaders",
    )
    talk = b.add_mutually_exclusive_group()
    talk.add_argument(
        "--quiet", "-q", action="store_true", help="no progress; only problems and the last line"
    )
    talk.add_argument(
        "--verbose", "-v", action="store_true", help="a line for each article, instead of progress"
    )
    b.set_defaults(func=cmd_build)


def add_query_commands(sub) -> None:
    from kg.engines import GRAPH_IRI, TIMEOUT

    qs = sub.add_parser(
        "queries",
        help="list the stored queries, what they answer and their parameters",
        description="List the stored queries of queries/ with what each answers, its "
        "parameters and an example.",
    )
    qs.set_defaults(func=cmd_queries)
    q = sub.add_parser(
        "query",
        help="run a stored query on a built graph or at an endpoint",
        description="Run a stored query (a name listed by `kg queries`, or a .rq file) on a graph "
        "`kg build` wrote, or at a SPARQL endpoint. Uses the build's store (graph.oxigraph/) "
        "when it is there and up to date.",
    )
    q.add_argument("query", nargs="?", help="a query name (see `kg queries`) or a .rq file")
    q.add_argument("--list", action="store_true", help="list the stored queries and exit")
    q.add_argument("--graph", help="graph.ttl of a build (or use --endpoint)")
    q.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a value for one of the query's parameters (see `kg queries`); repeat for each",
    )
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
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
    q.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        help="seconds to wait for an endpoint's whole answer (default: %(default)s)",
    )
    q.set_defaults(func=cmd_query, parser=q)


def add_push_command(sub) -> None:
    """`kg push GRAPH --endpoint URL`: load a graph into a SPARQL 1.1 Graph Store Protocol endpoint."""
    from kg.engines import GRAPH_IRI, TIMEOUT

    p = sub.add_parser(
        "push",
        help="load graph.ttl into a triple store (SPARQL Graph Store Protocol)",
        description="Replace a named graph at a Graph Store Protocol endpoint with graph.ttl.",
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
    p.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        help="seconds to wait for the whole exchange (default: %(default)s)",
    )
    p.set_defaults(func=cmd_push)


def main(argv: list[str] | None = None) -> int:
    """Run the command; a known error is one line on stderr and exit status 1, never a traceback."""
    from kg.assemble.cluster import ClusterError
    from kg.assemble.judgements import JudgementError
    from kg.queries import QueryError
    from kg.read import ArticleError
    from kg.vocab import InvalidVocab

    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (QueryError, ArticleError, InvalidVocab, JudgementError, ClusterError) as exc:
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
    """Print `kg: <message>` (one line, control characters escaped) on stderr and return `status`."""
    say(f"kg: {' '.join(message.split(' '))}", err=True)
    return status


def run() -> None:
    """The `kg` program (the installed command and `python -m kg`): `main`, then the quick exit
    of kg.quick_exit."""
    from kg.quick_exit import exit_now

    exit_now(main())


if __name__ == "__main__":
    run()
