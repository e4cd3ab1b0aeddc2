"""The standard queries give the same rows on rdflib, on an embedded Oxigraph store and at an Oxigraph server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from benchmarks.bench_queries import params_of, sample_params
from kg.assemble import build
from kg.engines import load_store, push_graph, query_endpoint, query_store
from kg.queries import QUERY_DIRS, prepare_query
from rdflib import Graph
from tests.conftest import SEEDS
from tests.scale_helpers import make_corpus, oracle_extractors

QUERIES = sorted(p.stem for p in QUERY_DIRS[-1].glob("*.rq"))
OXIGRAPH = Path(sys.executable).with_name("oxigraph")


@pytest.fixture(scope="module", params=["seeds", "generated"])
def built(request, tmp_path_factory):
    """(graph.ttl path, rdflib graph, parameter values) of the seeds, and of a generated corpus."""
    out = tmp_path_factory.mktemp("engines")
    if request.param == "seeds":
        build([SEEDS], out, jobs=1, use_cache=False)
    else:
        corpus = make_corpus(out / "corpus", 25, 8)
        with oracle_extractors(corpus):
            build([corpus / "articles"], out, jobs=1, use_cache=False)
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    return out / "graph.ttl", graph, sample_params(load_store(out / "graph.ttl"))


def _normal(rows) -> list[tuple]:
    """Rows as sorted tuples of strings (GROUP_CONCAT lists sorted: their order is not defined)."""

    def cell(v):
        text = "" if v is None else str(v)
        for sep in (" | ", ", "):
            if sep in text:
                return sep.join(sorted(text.split(sep)))
        return text

    return sorted(tuple(cell(v) for v in row) for row in rows)


RDFLIB_SECONDS = 30
_rdflib_rows: dict = {}


def rdflib_rows(path: Path, name: str, given: dict) -> list[tuple]:
    """The query's rows on rdflib (`kg query --engine rdflib`), or a skip when rdflib takes too long.

    Some stored queries (role_evidence) take rdflib minutes even on small graphs; the engine
    comparison is then made between embedded Oxigraph and the server only.
    """
    key = (str(path), name)
    if key not in _rdflib_rows:
        args = [
            sys.executable,
            "-m",
            "kg",
            "query",
            name,
            "--graph",
            str(path),
            "--engine",
            "rdflib",
            "--format",
            "json",
            *[f"--param={k}={v}" for k, v in given.items()],
        ]
        try:
            done = subprocess.run(
                args, capture_output=True, text=True, timeout=RDFLIB_SECONDS, check=True
            )
            _rdflib_rows[key] = [tuple(r.values()) for r in json.loads(done.stdout)]
        except subprocess.TimeoutExpired:
            _rdflib_rows[key] = None
    if _rdflib_rows[key] is None:
        pytest.skip(f"rdflib needs more than {RDFLIB_SECONDS} s for {name}")
    return _normal(_rdflib_rows[key])


@pytest.mark.parametrize("name", QUERIES)
def test_engines_rows_rdflib_equals_oxigraph(name, built):
    path, _, params = built
    given = params_of(name, params)
    text, bindings = prepare_query(name, given)
    assert _normal(query_store(load_store(path), text, bindings)) == rdflib_rows(path, name, given)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real `oxigraph serve` on 127.0.0.1 and a free port; stopped after the tests."""
    assert OXIGRAPH.exists() or shutil.which("oxigraph"), "oxigraph (a dependency of kg) is missing"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    exe = str(OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph"))
    proc = subprocess.Popen(
        [
            exe,
            "serve",
            "--location",
            str(tmp_path_factory.mktemp("store")),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_until_up(base: str) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("oxigraph serve did not start")


@pytest.mark.parametrize("name", QUERIES)
def test_engines_rows_at_an_endpoint_equal_rdflib(name, built, server):
    path, _graph, params = built
    push_graph(path, server + "/store")
    given = params_of(name, params)
    text, bindings = prepare_query(name, given)
    assert _normal(query_endpoint(server + "/query", text, bindings)) == _normal(
        query_store(load_store(path), text, bindings)
    )


def test_engines_push_replaces_the_graph(built, server):
    path, graph, _ = built
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    for _ in range(2):
        push_graph(path, server + "/store")
        assert int(query_endpoint(server + "/query", count).rows[0][0]) == len(graph)


def test_engines_cli_push_then_query_endpoint(built, server, capsys):
    from kg.cli import main

    path, _, params = built
    assert main(["push", str(path), "--endpoint", server + "/store"]) == 0
    assert "graph/kg" in capsys.readouterr().out
    person = f"person={params['person']}"
    assert (
        main(
            [
                "query",
                "roles_of_person",
                "--endpoint",
                server + "/query",
                "--param",
                person,
                "--format",
                "csv",
            ]
        )
        == 0
    )
    remote = capsys.readouterr().out.splitlines()[1:]
    assert (
        main(
            [
                "query",
                "roles_of_person",
                "--graph",
                str(path),
                "--engine",
                "oxigraph",
                "--param",
                person,
                "--format",
                "csv",
            ]
        )
        == 0
    )
    assert sorted(capsys.readouterr().out.splitlines()[1:]) == sorted(remote)
