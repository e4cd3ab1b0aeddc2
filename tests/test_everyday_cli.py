"""Everyday use of the command line (issue 12, and issue 15's query and output items): the store
a build leaves, checked parameters, answers of every query form, endpoints that misbehave,
listing and help, progress, printed names that cannot act on the terminal."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from io import StringIO
from pathlib import Path

import pytest
from kg.cli import main
from kg.engines import where_block, with_values
from kg.export.store import STORE, open_built_store
from kg.progress import Progress
from kg.queries import QueryError, stored_queries
from kg.terminal import printable
from rdflib import Literal
from tests.conftest import ROOT, SEEDS
from tests.input_samples import EN_ARTICLE


def run(argv, capsys) -> tuple[int | str | None, str, str]:
    status: int | str | None
    try:
        status = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse: usage errors, --version, --help
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("everyday")
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


# the store ------------------------------------------------------------------
def test_build_leaves_a_store_that_holds_graph_ttl(built):
    store = open_built_store(built / "graph.ttl")
    assert store is not None
    from rdflib import Graph

    assert len(store) == len(Graph().parse(built / "graph.ttl"))


def test_query_uses_the_store_and_gives_the_rows_of_the_file(built, capsys, tmp_path):
    args = ["query", "roles_of_person", "--param", "person=何文建", "--format", "csv"]
    _, from_store, _ = run([*args, "--graph", built / "graph.ttl"], capsys)
    copy = tmp_path / "graph.ttl"
    shutil.copy(built / "graph.ttl", copy)  # no store beside it: the file is read
    _, from_file, _ = run([*args, "--graph", copy], capsys)
    assert from_store == from_file and from_store.count("\n") == 3


def test_a_store_out_of_step_with_graph_ttl_is_not_used(built, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    graph = out / "graph.ttl"
    graph.write_bytes(graph.read_bytes().replace("何文建".encode(), "何文健".encode()))
    assert open_built_store(graph) is None  # graph.ttl changed after the store was written
    _, rows, _ = run(
        ["query", "roles_of_person", "--graph", graph, "--param", "person=何文健"], capsys
    )
    assert "chairman" in rows


def test_a_damaged_store_falls_back_to_graph_ttl(built, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    for f in (out / STORE).iterdir():
        if f.is_file() and f.suffix != ".stamp":
            f.write_bytes(b"garbage")
    code, rows, err = run(
        ["query", "roles_of_person", "--graph", out / "graph.ttl", "--param", "person=何文建"],
        capsys,
    )
    assert code == 0 and "chairman" in rows and "Traceback" not in err


def test_kg_serve_answers_kg_query_at_its_endpoint(built, capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(built), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        endpoint = f"http://127.0.0.1:{port}/query"
        for _ in range(100):
            code, rows, err = run(
                [
                    "query",
                    "roles_of_person",
                    "--endpoint",
                    endpoint,
                    "--graph-iri",
                    "",
                    "--param",
                    "person=He Wenjian",
                    "--timeout",
                    "5",
                ],
                capsys,
            )
            if code == 0:
                break
            time.sleep(0.2)
        assert code == 0, err
        assert "chairman" in rows and "party-secretary" in rows
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/query" in out


# parameters -----------------------------------------------------------------
@pytest.mark.parametrize(
    "params, fragment",
    [
        (["person=x", "x=1"], "has no parameter 'x' (its parameters: person)"),
        (["person=zzz", "p) } ?s ?p ?o {=1"], "has no parameter 'p) } ?s ?p ?o {'"),
        (["person=x", "person=y"], "--param person given twice"),
        ([], "needs --param person=VALUE"),
    ],
)
def test_parameters_are_checked_against_the_declared_ones(built, capsys, params, fragment):
    argv = ["query", "roles_of_person", "--graph", built / "graph.ttl"]
    code, out, err = run(argv + [a for p in params for a in ("--param", p)], capsys)
    assert code == 1 and out == "" and fragment in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("value", ["2020-13-01", "2020-02-30", "yesterday", "2020-1-1"])
def test_a_date_parameter_must_be_a_real_day(built, capsys, value):
    argv = ["query", "attendees_in_range", "--graph", built / "graph.ttl"]
    code, out, err = run([*argv, "--param", f"start={value}", "--param", "end=2030-01-01"], capsys)
    assert (code, out) == (1, "")
    assert f"--param start: '{value}' is not a date (YYYY-MM-DD)" in err


def test_a_role_parameter_must_be_a_notation_of_the_vocabulary(built, capsys):
    argv = ["query", "people_with_role", "--graph", built / "graph.ttl", "--param", "org=x"]
    code, _, err = run([*argv, "--param", "role=chairmen"], capsys)
    assert code == 1 and "'chairmen' is not a role notation; roles: " in err and "chairman" in err


def test_values_are_bound_at_the_where_block_never_in_a_comment_or_string():
    text = (
        "# WHERE { a comment\n"
        'SELECT ?x (GROUP_CONCAT(?y; separator="WHERE {") AS ?z)\n'
        "WHERE { ?x ?p ?y } GROUP BY ?x"
    )
    bound = with_values(text, {"y": Literal('a "quoted" } value')})
    assert bound.startswith(text[: where_block(text)])
    assert text.index("WHERE { ?x") + len("WHERE {") == where_block(text)
    assert 'VALUES (?y) { ("a \\"quoted\\" } value") }' in bound
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert construct[: where_block(construct)].endswith("WHERE {")


def test_empty_answers_say_no_rows(built, capsys):
    argv = ["query", "roles_of_person", "--graph", built / "graph.ttl", "--param", "person=zzz"]
    assert run(argv, capsys)[1:] == ("no rows\n", "")
    code, out, err = run([*argv, "--format", "json"], capsys)
    assert (code, json.loads(out), err) == (0, [], "kg: no rows\n")


def test_ask_and_construct_queries_answer_in_their_own_form(built, capsys, tmp_path):
    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?p a <https://schema.org/Person> }", encoding="utf-8")
    assert run(["query", ask, "--graph", built / "graph.ttl"], capsys)[1] == "true\n"
    assert run(["query", ask, "--graph", built / "graph.ttl", "--engine", "rdflib"], capsys)[1] == (
        "true\n"
    )
    construct = tmp_path / "people.rq"
    construct.write_text(
        "PREFIX schema: <https://schema.org/>\n"
        "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }",
        encoding="utf-8",
    )
    code, out, _ = run(["query", construct, "--graph", built / "graph.ttl"], capsys)
    assert code == 0 and "schema:name" in out and "He Wenjian" in out


def test_a_query_file_that_is_not_utf8_is_one_line(built, capsys, tmp_path):
    bad = tmp_path / "latin.rq"
    bad.write_bytes("# Qu\xe9ry\nSELECT * WHERE { ?s ?p ?o }".encode("latin-1"))
    code, _, err = run(["query", bad, "--graph", built / "graph.ttl"], capsys)
    assert code == 1 and err == "kg: latin.rq: not UTF-8 text (byte 4)\n"


def test_every_example_of_queries_returns_rows_on_exports(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    examples = [e for q in stored_queries() for e in q.examples]
    assert len(examples) >= len(stored_queries())
    import shlex

    for example in examples:
        argv = shlex.split(example)
        assert argv[:2] == ["kg", "query"], example
        code, out, err = run(argv[1:], capsys)
        assert code == 0 and err == "", (example, err)
        assert out.strip() and out.strip() != "no rows", example


def test_kg_queries_lists_each_query_with_its_parameters(capsys):
    code, out, _ = run(["queries"], capsys)
    assert code == 0
    for query in stored_queries():
        assert f"{query.name}: {query.summary}" in out
        for param in query.params:
            assert f"--param {param.name}=<{param.kind}>" in out
    assert run(["query", "--list"], capsys)[1] == out


def test_version_and_help_are_written_for_users(capsys):
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("kg ")
    _, out, _ = run(["--help"], capsys)
    assert "kg build articles/ --out out/" in out and "thin layer" not in out
    _, out, _ = run(["query", "--help"], capsys)
    assert "initBindings" not in out and "kg queries" in out


# endpoints that misbehave ------------------------------------------------------
class _Handler(http.server.BaseHTTPRequestHandler):
    mode = "html"
    calls = 0

    def do_POST(self):
        type(self).calls += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.mode == "slow":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            for _ in range(60):  # a byte every half second: never done within the deadline
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.5)
            return
        if self.mode == "busy" and type(self).calls < 3:
            self.send_response(503)
            self.end_headers()
            return
        body, kind = {
            "html": (b"<html><body>Login</body></html>", "text/html"),
            "novars": (b'{"results": {}}', "application/json"),
            "busy": (b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}', "application/json"),
        }[self.mode]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.calls = 0
    yield server
    server.shutdown()


@pytest.mark.parametrize(
    "mode, fragment",
    [
        ("html", "the answer is not SPARQL JSON results (it is text/html)"),
        ("novars", "the answer is JSON but not SPARQL results (no head/vars)"),
        ("slow", "no complete answer within the time limit"),
    ],
)
def test_endpoint_answers_that_are_not_results_are_one_line(endpoint, capsys, mode, fragment):
    _Handler.mode = mode
    url = f"http://127.0.0.1:{endpoint.server_address[1]}/query"
    started = time.monotonic()
    code, out, err = run(["query", "co_attendees", "--endpoint", url, "--timeout", "2"], capsys)
    assert time.monotonic() - started < 6  # the deadline holds for the whole answer
    assert (code, out) == (1, "") and fragment in err and len(err.splitlines()) == 1


def test_a_busy_endpoint_is_tried_again(endpoint, capsys):
    _Handler.mode = "busy"
    url = f"http://127.0.0.1:{endpoint.server_address[1]}/query"
    code, out, _ = run(["query", "co_attendees", "--endpoint", url], capsys)
    assert (code, out, _Handler.calls) == (0, "no rows\n", 3)


def test_a_refused_connection_is_retried_then_said(capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    started = time.monotonic()
    code, _, err = run(
        ["push", ROOT / "exports" / "graph.ttl", "--endpoint", f"http://127.0.0.1:{port}/store"],
        capsys,
    )
    assert code == 1 and "cannot connect: connection refused" in err
    assert 3 < time.monotonic() - started < 20  # 0.5 + 1 + 2 s of backoff


@pytest.mark.parametrize("url", ["not a url", "ftp://host/x", "http://"])
def test_push_to_something_that_is_not_an_http_url(capsys, url):
    code, _, err = run(["push", ROOT / "exports" / "graph.ttl", "--endpoint", url], capsys)
    assert code == 1 and err == f"kg: {url!r} is not an http:// or https:// URL\n"


# output ------------------------------------------------------------------------
def test_printed_names_cannot_act_on_the_terminal():
    assert printable("a\x1b]0;owned\x07b.txt") == "a\\x1b]0;owned\\x07b.txt"
    assert printable("x\nkg: fake line") == "x\\nkg: fake line"
    assert printable("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    assert printable("何文建 Jürgen") == "何文建 Jürgen"


def test_a_file_name_with_escape_codes_is_shown_escaped(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (src / "b\x1b[2J\nkg: all good.txt").write_bytes(b"")
    code, out, err = run(["build", src, "--out", tmp_path / "out", "--verbose"], capsys)
    assert code == 0
    assert "\x1b" not in out + err and err.count("\n") == 1
    assert "b\\x1b[2J\\nkg: all good.txt" in err


def test_progress_is_plain_lines_off_a_terminal():
    stream = StringIO()
    tick = Progress(stream=stream).start(200)
    for _ in range(200):
        tick(1)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("kg: 200/200 articles (100%), ")
    assert "s left" in lines[0]
    quiet = StringIO()
    Progress(quiet=True, stream=quiet).start(200)(200)
    assert quiet.getvalue() == ""


def test_a_missing_source_writes_nothing_and_says_so(tmp_path, capsys):
    code, out, err = run(["build", tmp_path / "nope", "--out", tmp_path / "x"], capsys)
    assert code == 1 and not (tmp_path / "x" / "graph.ttl").exists()
    assert "nope: no such file or folder" in err
    assert out.startswith("nothing written") and "graph.ttl" not in out


MALFORMED = [
    ["build"],
    ["build", "{tmp}/nope", "--out", "{tmp}/o"],
    ["build", "{tmp}/f.txt", "--out", "{tmp}/f.txt"],
    ["build", "{tmp}", "--out", "{tmp}/o", "--jobs", "x"],
    ["query"],
    ["query", "x y z", "--graph", "{tmp}/f.txt"],
    ["query", "roles_of_person", "--graph", "{tmp}/f.txt", "--param", "person=x"],
    ["query", "roles_of_person", "--graph", "{readme}", "--param", "person=x"],
    ["query", "roles_of_person", "--endpoint", "::", "--param", "person=x"],
    ["query", "roles_of_person", "--graph", "{graph}", "--param", "=x"],
    [
        "query",
        "attendees_in_range",
        "--graph",
        "{graph}",
        "--param",
        "start=\x01",
        "--param",
        "end=1",
    ],
    ["validate", "{readme}"],
    ["validate", "{tmp}/f.graphml"],
    ["validate", "{tmp}"],
    ["push", "{readme}", "--endpoint", "http://127.0.0.1:9/x", "--timeout", "1"],
    ["push", "{graph}", "--endpoint", "not a url"],
    ["serve", "{tmp}/nope"],
    ["nonsense"],
]


def test_no_subcommand_prints_a_traceback_for_malformed_input(tmp_path, built):
    (tmp_path / "f.txt").write_text("not a graph {{{", encoding="utf-8")
    (tmp_path / "f.graphml").write_text("<graphml/>", encoding="utf-8")
    env = {**os.environ, "KG_DEBUG": ""}
    for args in MALFORMED:
        argv = [
            a.format(tmp=tmp_path, readme=ROOT / "README.md", graph=built / "graph.ttl")
            for a in args
        ]
        result = subprocess.run(
            [sys.executable, "-m", "kg", *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode != 0, argv
        assert "Traceback" not in result.stderr, (argv, result.stderr)
        assert len(result.stderr.strip().splitlines()) >= 1, argv


def test_query_errors_are_query_errors():
    from kg.queries import to_term

    with pytest.raises(QueryError):
        to_term("2021-02-29", "date")


def test_the_readme_first_screen_shows_real_output(seeds_build, capsys, monkeypatch):
    import re
    import shlex

    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Use", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    shown = re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]
    assert [s.split()[1] for s in shown] == ["build", "query", "query", "query", "serve"]
    build_line = shown[0].splitlines()[1]
    assert build_line.startswith("5 files (5 new, 0 changed, 0 from the cache) -> 61 persons, ")
    graph = Path("exports/graph.ttl").resolve().read_bytes()
    assert seeds_build[0].joinpath("graph.ttl").read_bytes() == graph
    for command in shown[1:4]:
        line, *expected = command.rstrip("\n").splitlines()
        _, out, err = run(shlex.split(line)[1:], capsys)
        assert (out + err).rstrip("\n").splitlines() == expected, line
