"""The fast build: same bytes for any number of processes and any cache state; same triples as build_graph."""

from __future__ import annotations

import os
import shutil

import pytest
from kg.assemble import build, build_graph, incremental
from kg.assemble.parallel import process_file
from rdflib import Graph
from tests.conftest import SEEDS
from tests.scale_helpers import make_corpus, oracle_extractors


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 30, 3)


def _ttl(sources, out, **kw) -> bytes:
    report = build(sources, out, **kw)
    assert report.summaries
    return (out / "graph.ttl").read_bytes()


@pytest.mark.parametrize("source", ["seeds", "generated"])
def test_incremental_build_one_and_two_processes_give_identical_bytes(source, corpus, tmp_path):
    src = SEEDS if source == "seeds" else corpus / "articles"
    with oracle_extractors(corpus) if source == "generated" else _nothing():
        one = _ttl([src], tmp_path / "one", jobs=1, use_cache=False)
        two = _ttl([src], tmp_path / "two", jobs=2, use_cache=False)
    assert one == two


def test_incremental_build_has_the_triples_of_build_graph(corpus, tmp_path):
    with oracle_extractors(corpus):
        data = _ttl([corpus / "articles"], tmp_path, jobs=2, use_cache=False)
        reference = build_graph([corpus / "articles"])
    built = Graph().parse(data=data, format="turtle")
    assert len(built) > 1000
    assert set(built) == set(reference)


def test_incremental_build_cache_gives_the_bytes_of_a_fresh_build(corpus, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    with oracle_extractors(corpus):
        first = _ttl([src], tmp_path / "out", jobs=2)
        again = _ttl([src], tmp_path / "out", jobs=2)
        assert again == first
        victim = sorted(src.iterdir())[4]
        victim.write_text(
            victim.read_text(encoding="utf-8") + "\nA closing sentence was added.\n",
            encoding="utf-8",
        )
        (src / sorted(p.name for p in src.iterdir())[7]).unlink()
        cached = _ttl([src], tmp_path / "out", jobs=2)
        fresh = _ttl([src], tmp_path / "fresh", jobs=1, use_cache=False)
    assert cached == fresh
    assert cached != first


def test_incremental_build_folds_duplicates_like_build_graph(corpus, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    first = sorted(src.iterdir())[0]
    shutil.copy(first, src / ("zz_copy_" + first.name))
    with oracle_extractors(corpus):
        report = build([src], tmp_path / "out", jobs=2)
        reference = build_graph([src])
        cached = _ttl([src], tmp_path / "out", jobs=2)
    assert report.duplicates == {"zz_copy_" + first.name: first.name}
    assert set(Graph().parse(data=cached, format="turtle")) == set(reference)


def test_incremental_rebuild_keeps_what_it_wrote_again_for_duplicates(
    corpus, tmp_path, monkeypatch
):
    """An article with a copy has its own Turtle written again (its copies are its sources), as
    has one whose persons the build told apart from others of their name: the cache keeps that
    Turtle, so a rebuild copies it instead of extracting the article again, and
    a change of the copies writes it anew, as a fresh build does."""
    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    first = sorted(src.iterdir())[0]
    shutil.copy(first, src / ("zz_copy_" + first.name))
    extracted = []
    real = incremental.extract_article
    monkeypatch.setattr(
        incremental,
        "extract_article",
        lambda article, *rest: extracted.append(article.ident) or real(article, *rest),
    )
    with oracle_extractors(corpus):
        built = _ttl([src], tmp_path / "out", jobs=1)
        assert first.name in extracted  # and those whose persons the build told apart
        before = list(extracted)
        assert _ttl([src], tmp_path / "out", jobs=1) == built
        assert extracted == before  # the second build extracted nothing again
        shutil.copy(first, src / ("zz_second_copy_" + first.name))
        again = _ttl([src], tmp_path / "out", jobs=1)
        assert extracted == [*before, first.name]
        assert again == _ttl([src], tmp_path / "fresh", jobs=1, use_cache=False)
        assert again != built


def test_incremental_rebuild_reads_a_few_changed_files_in_this_process(
    corpus, tmp_path, monkeypatch
):
    """A few changed files, English and Chinese, with two jobs: no worker process is started
    (starting one costs more than it saves: decision 014); the bytes are a fresh build's."""
    from kg.assemble import parallel

    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    build([src], tmp_path / "out", jobs=2)
    files = sorted(src.iterdir())
    han = [p for p in files if any("\u4e00" <= ch <= "\u9fff" for ch in p.read_text("utf-8"))]
    latin = [p for p in files if p not in han]
    assert han and latin
    for path in (han[0], latin[0], han[-1]):
        path.write_text(path.read_text(encoding="utf-8") + "\n会议圆满结束。\n", encoding="utf-8")
    log = tmp_path / "processes.log"  # which process read which file (a forked one would too)
    real = parallel.process_file

    def logged(path, ident=None):
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {path.name}\n")
        return real(path, ident)

    monkeypatch.setattr(parallel, "process_file", logged)
    rebuilt = _ttl([src], tmp_path / "out", jobs=2)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(f"{os.getpid()} {p.name}" for p in (han[0], latin[0], han[-1]))
    monkeypatch.setattr(parallel, "process_file", real)
    assert rebuilt == _ttl([src], tmp_path / "fresh", jobs=1, use_cache=False)


def test_incremental_build_prunes_the_cache(corpus, tmp_path):
    import sqlite3

    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    with oracle_extractors(corpus):
        build([src], tmp_path / "out", jobs=1)
        for path in sorted(src.iterdir())[:10]:
            path.unlink()
        build([src], tmp_path / "out", jobs=1)
        touched = set().union(*(process_file(path).shards for path in src.iterdir()))
    db = sqlite3.connect(tmp_path / "out" / ".kg-cache" / "articles.sqlite")
    assert db.execute("SELECT COUNT(*) FROM article").fetchone()[0] == 20
    assert db.execute("SELECT COUNT(*) FROM joined").fetchone()[0] == len(touched)


def test_incremental_rebuild_reads_only_new_or_changed_files(corpus, tmp_path, monkeypatch):
    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    processed = []
    real = incremental.iter_process_files
    monkeypatch.setattr(
        incremental,
        "iter_process_files",
        lambda paths, *rest, **kw: (
            processed.append(sorted(p.name for p in paths)) or real(paths, *rest, **kw)
        ),
    )
    with oracle_extractors(corpus):
        build([src], tmp_path / "out", jobs=2)  # an empty cache: the workers compute the keys
        build([src], tmp_path / "out", jobs=2)
        victim = sorted(src.iterdir())[5]
        victim.write_text(
            victim.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8"
        )
        build([src], tmp_path / "out", jobs=2)
    assert processed == [sorted(p.name for p in src.iterdir()), [victim.name]]


def test_incremental_rebuild_writes_only_the_shards_a_changed_article_touches(
    corpus, tmp_path, monkeypatch
):
    src = tmp_path / "src"
    shutil.copytree(corpus / "articles", src)
    victim = sorted(src.iterdir())[3]
    with oracle_extractors(corpus):
        build([src], tmp_path / "out", jobs=1)
        victim.write_text(
            victim.read_text(encoding="utf-8") + "\nA closing sentence was added.\n",
            encoding="utf-8",
        )
        touched = process_file(victim).shards
        written = []
        real = incremental.write_shard
        monkeypatch.setattr(
            incremental,
            "write_shard",
            lambda shard, *rest: written.append(shard) or real(shard, *rest),
        )
        build([src], tmp_path / "out", jobs=1)
    assert 0 < len(written) == len(touched) < 100


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_oracle_extractors_replace_the_built_in_ones_and_give_them_back(corpus):
    import json

    from kg.extract import EXTRACTORS, extract_article
    from kg.read import read_article

    path = sorted((corpus / "articles").iterdir())[0]
    gold = json.loads((corpus / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))
    before = dict(EXTRACTORS)
    with oracle_extractors(corpus):
        found = extract_article(read_article(path))
    assert len(found.events) == len(gold["events"]) and len(found.roles) == len(gold["roles"])
    assert {e.key for e in found.events} == {f"e{i}" for i in range(len(gold["events"]))}
    assert before == EXTRACTORS and len(EXTRACTORS["en"]) > 3


@pytest.mark.parametrize("source", ["seeds", "generated"])
def test_graph_ttl_states_each_triple_once_and_the_report_counts_them(source, corpus, tmp_path):
    import pyoxigraph as ox

    src = SEEDS if source == "seeds" else corpus / "articles"
    report = build([src], tmp_path, jobs=2)
    parsed = list(ox.parse((tmp_path / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE))
    assert len(parsed) == len(set(parsed)) == report.triples > 1000
