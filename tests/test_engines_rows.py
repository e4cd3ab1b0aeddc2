"""The standard queries give the same rows on rdflib, on an embedded Oxigraph store and at an Oxigraph server."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph

from kg.build import build
from kg.engines import load_store, prepare_query, push_graph, query_endpoint, query_store
from kg.queries import QUERY_DIRS, run_query
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
    return out / "graph.ttl", graph, _params(graph)


def _params(graph: Graph) -> dict[str, str]:
    """Parameter values that find something in `graph` (any value when it is empty)."""
    row = next(iter(graph.query("""PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX schema: <https://schema.org/>
        SELECT ?label ?notation ?name WHERE { ?m org:organization/skos:prefLabel ?label ;
            org:role/skos:notation ?notation ; org:member/schema:name ?name } ORDER BY ?label ?name LIMIT 1""")),
               ("Nowhere Group", "chairman", "Nobody"))
    return {"org": str(row[0]), "role": str(row[1]), "name": str(row[2]), "start": "2000-01-01", "end": "2030-12-31",
            "date": "2021-06-30"}


def _normal(rows) -> list[tuple]:
    """Rows as sorted tuples of strings (GROUP_CONCAT lists sorted: their order is not defined)."""
    def cell(v):
        text = "" if v is None else str(v)
        for sep in (" | ", ", "):
            if sep in text:
                return sep.join(sorted(text.split(sep)))
        return text
    return sorted(tuple(cell(v) for v in row) for row in rows)


def _args(name: str, params: dict) -> dict:
    text, _ = prepare_query(name, {k: v for k, v in params.items()})
    return {k: v for k, v in params.items() if f"# param: {k}" in text}


@pytest.mark.parametrize("name", QUERIES)
def test_engines_rows_rdflib_equals_oxigraph(name, built):
    path, graph, params = built
    given = _args(name, params)
    expected = _normal(run_query(graph, name, given))
    text, bindings = prepare_query(name, given)
    assert _normal(query_store(load_store(path), text, bindings)) == expected


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real `oxigraph serve` on 127.0.0.1 and a free port; stopped after the tests."""
    if not OXIGRAPH.exists() and not shutil.which("oxigraph"):
        pytest.skip("the oxigraph server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    exe = str(OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph"))
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path_factory.mktemp("store")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    path, graph, params = built
    push_graph(path, server + "/store")
    given = _args(name, params)
    text, bindings = prepare_query(name, given)
    assert _normal(query_endpoint(server + "/query", text, bindings)) == _normal(run_query(graph, name, given))


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
    assert main(["query", "roles_of_person", "--endpoint", server + "/query", "--param", f"name={params['name']}",
                 "--format", "csv"]) == 0
    remote = capsys.readouterr().out.splitlines()[1:]
    assert main(["query", "roles_of_person", "--graph", str(path), "--engine", "oxigraph",
                 "--param", f"name={params['name']}", "--format", "csv"]) == 0
    assert sorted(capsys.readouterr().out.splitlines()[1:]) == sorted(remote)
