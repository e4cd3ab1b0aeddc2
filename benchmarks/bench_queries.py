"""Timing the standard queries on rdflib and on an embedded Oxigraph store (used by bench_scale.py)."""

from __future__ import annotations

import multiprocessing
import statistics
import time
from pathlib import Path

from kg.engines import load_store, query_store
from kg.queries import QUERY_DIRS, load_query, prepare_query, run_query
from rdflib import Graph

FIND = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
SELECT ?label ?notation ?name WHERE { ?m org:organization/skos:prefLabel ?label ;
    org:role/skos:notation ?notation ; org:member/schema:name ?name } ORDER BY ?label ?name LIMIT 1"""


def sample_params(store) -> dict[str, str]:
    """Parameter values for the standard queries that find something in the graph (if it has roles)."""
    found = list(store.query(FIND))
    org, role, name = (
        (found[0][0].value, found[0][1].value, found[0][2].value)
        if found
        else ("x", "chairman", "x")
    )
    return {
        "org": org,
        "role": role,
        "name": name,
        "person": name,
        "start": "2016-01-01",
        "end": "2026-12-31",
        "date": "2021-06-30",
    }


def params_of(name: str, values: dict[str, str]) -> dict[str, str]:
    """The values of the parameters the stored query `name` declares."""
    declared = {param.name for param in load_query(name).params}
    return {k: v for k, v in values.items() if k in declared}


def standard_queries() -> list[str]:
    return sorted(p.stem for p in QUERY_DIRS[-1].glob("*.rq"))


def _median(run, repeat: int, budget: float) -> tuple[float, int]:
    """(median seconds, rows) of up to `repeat` runs, in a forked child killed after `budget` s (then inf, -1)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_runs, args=(run, repeat, budget, send))
    child.start()
    ready = receive.poll(budget * 1.2)
    result = receive.recv() if ready else (float("inf"), -1)
    if not ready:
        child.kill()
    child.join()
    return result


def _runs(run, repeat: int, budget: float, send) -> None:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(list(run()))
        times.append(time.perf_counter() - start)
        if sum(times) > budget / 2:
            break
    send.send((statistics.median(times), rows))


def time_queries(path: Path, repeat: int = 3, budget: float = 60.0) -> dict:
    """Load times and, per query, (rdflib median s, Oxigraph median s, rows) on the Turtle file `path`."""
    start = time.perf_counter()
    store = load_store(path)
    ox_load = time.perf_counter() - start
    params = sample_params(store)
    start = time.perf_counter()
    graph = Graph().parse(path, format="turtle")
    rdf_load = time.perf_counter() - start
    queries: dict[str, tuple[float, float, int, int]] = {}
    result = {"load": (rdf_load, ox_load), "queries": queries}
    for name in standard_queries():
        given = params_of(name, params)
        text, bindings = prepare_query(name, given)
        ox_time, ox_rows = _median(
            lambda text=text, bindings=bindings: query_store(store, text, bindings), repeat, budget
        )
        rdf_time, rdf_rows = _median(
            lambda name=name, given=given: run_query(graph, name, given), repeat, budget
        )
        queries[name] = (rdf_time, ox_time, rdf_rows, ox_rows)
    return result
