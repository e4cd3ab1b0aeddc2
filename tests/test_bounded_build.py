"""Bounded memory (decisions 015 and 016): the same bytes however the shards and the identity
contexts are grouped, records kept on disk, N-Quads made as a stream, nothing left behind."""

from __future__ import annotations

import json

import pytest
from kg.assemble import build, build_graph, identity_spill, incremental
from kg.assemble.identity import block_of
from kg.assemble.shards import shard_groups, shard_of
from kg.export.nquads import nquads_shards, stream_shards
from kg.export.oxterms import parse_turtle
from kg.export.store import STORE
from kg.read.records import PayloadSpill, read_records
from rdflib import Graph
from tests.scale_helpers import make_corpus, oracle_extractors


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 30, 5)


def test_shard_groups_cut_in_order_by_weight_and_a_heavy_shard_stands_alone():
    weight = {1: 3, 2: 3, 5: 10, 7: 1, 9: 2}
    assert shard_groups([1, 2, 5, 7, 9], weight, 6) == [[1, 2], [5], [7, 9]]
    assert shard_groups([1, 2, 5, 7, 9], weight, 100) == [[1, 2, 5, 7, 9]]
    assert shard_groups([], weight, 6) == []


def test_many_small_groups_give_the_bytes_of_one_group_and_leave_no_spill(
    corpus, tmp_path, monkeypatch
):
    with oracle_extractors(corpus):
        build([corpus / "articles"], tmp_path / "one", jobs=1, use_cache=False)
        monkeypatch.setattr(incremental, "GROUP_TOUCHES", 3)
        monkeypatch.setattr(identity_spill, "ARTICLES_PER_BUCKET", 2)  # contexts in 15 buckets
        build([corpus / "articles"], tmp_path / "many", jobs=1, use_cache=False)
        reference = build_graph([corpus / "articles"])  # everything merged in memory at once
    one, many = tmp_path / "one", tmp_path / "many"
    assert (one / "graph.ttl").read_bytes() == (many / "graph.ttl").read_bytes()
    assert (one / "identity.tsv").read_bytes() == (many / "identity.tsv").read_bytes()
    assert len((one / "identity.tsv").read_text(encoding="utf-8").splitlines()) > 2
    built = Graph().parse(many / "graph.ttl", format="turtle")
    assert len(built) > 1000 and set(built) == set(reference)
    hidden = sorted(p.name for p in many.iterdir() if p.name.startswith("."))
    assert hidden == [".kg-lock"]  # no spill store, no staged graph.ttl or identity.tsv


def test_a_group_merge_holds_only_its_own_shards_nodes(corpus, tmp_path, monkeypatch):
    """However many articles touch a group, its merge keeps none of the persons, organisations or
    memberships of other shards that those articles bring (so it does not grow with the corpus)."""
    drop, held = incremental._drop_clean, []

    def checked(merged, sizes, dirty):
        drop(merged, sizes, dirty)
        shards = {shard_of(("person", block_of(key))) for key in merged.persons}
        shards |= {shard_of(("org", key)) for key in merged.orgs}
        shards |= {shard_of(("person", block_of(ident[0]))) for ident in merged.memberships}
        held.append((len(merged.persons), shards <= dirty))

    monkeypatch.setattr(incremental, "_drop_clean", checked)
    monkeypatch.setattr(incremental, "GROUP_TOUCHES", 3)
    with oracle_extractors(corpus):
        build([corpus / "articles"], tmp_path / "out", jobs=1, use_cache=False)
    assert len(held) > 30 and max(count for count, _ in held) > 0
    assert all(inside for _, inside in held)


def test_streamed_nquads_in_small_runs_are_the_bytes_of_the_whole_sort(corpus, tmp_path):
    with oracle_extractors(corpus):
        build([corpus / "articles"], tmp_path / "out", jobs=1, use_cache=False)
    out = tmp_path / "out"
    parsed = parse_turtle((out / "graph.ttl").read_bytes())
    whole = nquads_shards(parsed, per_shard=700)
    streamed = list(stream_shards(out / "graph.ttl", out / STORE, tmp_path, 700, run_lines=333))
    assert len(whole) > 3 and streamed == whole
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg-nquads")] == []


def test_spilled_records_keep_their_bytes_out_of_memory(tmp_path):
    corpus = tmp_path / "news.jsonl"
    rows = [{"id": f"n{i}", "text": f"Story {i}.\n\nThe board met on Monday."} for i in range(3)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    held = read_records(corpus, [])
    spill = PayloadSpill()
    try:
        kept = read_records(corpus, [], spill)
        spill.flush()
        assert [r.kept for r in kept] == [b""] * 3
        assert [r.payload for r in kept] == [r.payload for r in held]
        assert [r.loaded() for r in kept] == held
    finally:
        spill.close()
