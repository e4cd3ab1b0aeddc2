"""N-Quads shards: sorted, gzip-compressed, one named graph per article, the graph's triples."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg.cli import main
from kg.export.nquads import nquads_shards
from kg.export.oxterms import parse_turtle

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("nq") / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--no-html", "--nquads", "--quiet"]) == 0
    return out


def test_the_shards_hold_the_graph_as_sorted_quads_one_graph_per_article(built: Path) -> None:
    (shard,) = sorted(built.glob("graph-*.nq.gz"))
    assert shard.name == "graph-00000.nq.gz"
    lines = gzip.decompress(shard.read_bytes()).splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    quads = list(ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_QUADS))
    graph = {
        (q.subject, q.predicate, q.object)
        for q in ox.parse((built / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    }
    assert {(q.subject, q.predicate, q.object) for q in quads} == graph
    articles = {
        q.subject
        for q in quads
        if q.predicate.value.endswith("22-rdf-syntax-ns#type")
        and q.object.value == "https://schema.org/NewsArticle"
    }
    named = {q.graph_name for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert named == articles and len(articles) == 5


def test_shards_split_by_count_keep_the_order_and_the_same_graph_gives_the_same_bytes(
    built: Path,
) -> None:
    parsed = parse_turtle((built / "graph.ttl").read_bytes())
    small = nquads_shards(parsed, per_shard=500)
    assert [name for name, _ in small][:2] == ["graph-00000.nq.gz", "graph-00001.nq.gz"]
    joined = b"".join(gzip.decompress(data) for _, data in small)
    (whole,) = nquads_shards(parsed)
    assert joined == gzip.decompress(whole[1])
    assert nquads_shards(parse_turtle((built / "graph.ttl").read_bytes()), 500) == small


def test_a_rebuild_without_shards_removes_them_and_oxigraph_loads_them(
    built: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    oxigraph = Path(sys.executable).parent / "oxigraph"
    loaded = subprocess.run(
        [
            str(oxigraph),
            "load",
            "--location",
            str(store),
            "--file",
            str(built / "graph-00000.nq.gz"),
        ],
        capture_output=True,
        text=True,
    )
    assert loaded.returncode == 0, loaded.stderr
    count = len(list(ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None)))
    assert count == len(gzip.decompress((built / "graph-00000.nq.gz").read_bytes()).splitlines())
    again = tmp_path / "again"
    shutil.copytree(built, again)
    assert (
        main(["build", str(SEEDS), "--out", str(again), "--no-html", "--no-nquads", "--quiet"]) == 0
    )
    assert not list(again.glob("graph-*.nq.gz"))
