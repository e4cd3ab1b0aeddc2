"""Identity contexts and decisions kept on disk during a build (decision 016): resolved a bucket
at a time, they give the keys, rows and identity.tsv bytes of one resolution in memory.

All names, organisations and articles are invented for the tests.
"""

from __future__ import annotations

import io

from kg.assemble.identity import ArticleContext, Sighting, resolve_identities, resolve_parts
from kg.assemble.identity_spill import IdentitySpill, buckets_for
from kg.assemble.judgements import Judgement, PersonRef
from kg.export.identity_report import identity_tsv, write_identity_tsv
from kg.vocab import load_vocab

VOCAB = load_vocab()


PRINTED = {"zhaolanxin": "Zhao Lanxin"}  # a name of one word would join no one on its own


def context(article, *people, parents=()):
    """An article's context: people as (block, Han name, organisations)."""
    sightings = tuple(
        Sighting(article, block, native, frozenset(orgs), native or PRINTED.get(block, block))
        for block, native, orgs in people
    )
    return ArticleContext(article, sightings, frozenset(parents))


CONTEXTS = [
    context("a.txt", ("wangwei", "王伟", {"qinghepetro"}), ("liming", "", {"dongfangbank"})),
    context("b.txt", ("wangwei", "王伟", {"qinghepetro"}), ("zhaolanxin", "赵兰欣", set())),
    context("c.txt", ("wangwei", "汪伟", {"beiyuangrid"}), ("liming", "", {"xinanrail"})),
    context("é\udcff.txt", ("wangwei", "王伟", {"lanshanbank"}), ("zhaolanxin", "", set())),
    context("d.txt", ("liming", "", {"dongfangbank"}), parents=[("dongfangbank", "dongfang")]),
    context("e.txt"),
]
JUDGED = [
    Judgement(True, PersonRef(article="c.txt", block="liming"), PersonRef(node="liming"), 1),
    Judgement(False, PersonRef(article="x.txt", block="nobody"), PersonRef(node="nobody"), 2),
]


def test_contexts_resolved_a_bucket_at_a_time_give_the_keys_and_rows_of_one_resolution(tmp_path):
    spill = IdentitySpill(tmp_path, 5)
    for index, item in enumerate(CONTEXTS):
        spill.add(index, item)
    spill.add(len(CONTEXTS), context("copy.txt", ("wangwei", "王伟", {"beiyuangrid"})))
    assert len({spill.bucket_of(b) for b in ("wangwei", "liming", "zhaolanxin")}) > 1
    parts = resolve_parts(spill.parts(skip={len(CONTEXTS)}), VOCAB, JUDGED, spill.add_rows)
    whole = resolve_identities(CONTEXTS, VOCAB, JUDGED)
    assert parts.keys == whole.keys and parts.keys
    assert parts.articles == whole.articles
    assert parts.problems == whole.problems and len(whole.problems) == 1
    assert parts.rows == []  # handed to the spill
    assert list(spill.rows()) == whole.rows and len(whole.rows) > 3
    printable = [r for r in whole.rows if "\udcff" not in r.first + r.second]  # tsv is UTF-8
    written = io.BytesIO()
    write_identity_tsv(iter(printable), written, every=3)
    assert written.getvalue() == identity_tsv(printable) and len(printable) < len(whole.rows)
    spill.close()


def test_buckets_grow_with_the_corpus():
    assert buckets_for(0) == 1 and buckets_for(10) == 1
    assert buckets_for(100_000) > buckets_for(10_000) > 1
