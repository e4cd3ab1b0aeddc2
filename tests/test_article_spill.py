"""The build's per-article records on disk (decision 017): written as results arrive, in any
order, read back in file order with duplicates folded, and never all held by the build."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg.assemble import article_spill, build, incremental
from kg.assemble.article_spill import ArticleSpill, Entry, Kept
from kg.assemble.shards import signatures
from tests.scale_helpers import make_corpus, oracle_extractors


def _kept(name: str, content: str, shards=(3, 9), problem=None) -> Kept:
    summary = {"persons": len(name), "organisations": 1, "roles": 0, "events": 2}
    return Kept(name, summary, problem, content, shards, shards[:1], f"sha{len(name)}{content}")


def test_records_come_back_in_file_order_with_duplicates_folded(tmp_path):
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "e\udcff.txt", "f.txt"]
    files = [Path(name) for name in names]
    spill = ArticleSpill(tmp_path, files, names)
    records = {
        0: _kept("a.txt", "A"),
        1: _kept("b.txt", "B", (9, 17)),
        2: _kept("c.txt", "A"),  # the text of a.txt
        3: _kept("d.txt", "D", problem="d.txt: not an article"),
        4: _kept("e\udcff.txt", "A"),
        5: _kept("f.txt", "F", ()),
    }
    for place in (5, 2, 0, 4, 3, 1):  # as the workers finish
        spill.add(place, f"key{place}", records[place], fresh=place != 1)
    spill.fold()
    assert len(spill) == 6 and spill.cached() == 1
    assert list(spill.problems()) == [(3, "d.txt: not an article")]
    assert list(spill.duplicates()) == [(2, "c.txt", "a.txt"), (4, "e\udcff.txt", "a.txt")]
    distinct = list(spill.distinct())
    assert [(e.key, copies) for e, copies in distinct] == [
        ("key0", ["c.txt", "e\udcff.txt"]),
        ("key1", []),
        ("key5", []),
    ]
    first = distinct[0][0]
    assert first == Entry("key0", records[0], files[0], True)
    assert first.result.name is names[0] and first.path is files[0]  # shared, not copies
    assert distinct[1][0].result.summary is distinct[2][0].result.summary  # equal: one dict
    touching = {3: ["key0"], 9: ["key0", "key1"], 17: ["key1"]}
    assert spill.signatures("salt") == signatures(touching, "salt")
    assert list(spill.fresh()) == [
        ("a.txt", "sha5A"),
        ("c.txt", "sha5A"),
        ("d.txt", "sha5D"),
        ("e\udcff.txt", "sha6A"),
        ("f.txt", "sha5F"),
    ]
    spill.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 30, 5)


def test_a_build_holds_a_batch_of_records_not_one_per_article(corpus, tmp_path, monkeypatch):
    """With batches of 4, at most a few records (Entry) are alive at any time of a 30-article
    build, though every step reads all of them back, in file order."""

    class Counted(Entry):
        live = made = most = 0

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            Counted.live += 1
            Counted.made += 1
            Counted.most = max(Counted.most, Counted.live)

        def __del__(self):
            Counted.live -= 1

    order: list[str] = []
    distinct = ArticleSpill.distinct

    def recorded(self):
        for entry, copies in distinct(self):
            order.append(entry.result.name)
            yield entry, copies

    monkeypatch.setattr(article_spill, "Entry", Counted)
    monkeypatch.setattr(article_spill, "FETCH", 4)
    monkeypatch.setattr(ArticleSpill, "distinct", recorded)
    monkeypatch.setattr(incremental, "BATCH", 4)
    with oracle_extractors(corpus):
        report = build([corpus / "articles"], tmp_path / "out", jobs=1, use_cache=False)
    names = sorted(p.name for p in (corpus / "articles").iterdir())
    assert len(names) == 30 and list(report.summaries) == names
    assert order[:30] == names and len(order) >= 60  # the parts, then each group's merge
    assert Counted.made == len(order) and Counted.most <= 10
