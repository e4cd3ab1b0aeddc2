"""A rebuild reuses the previous outputs (kg.export.reuse) and still writes the bytes of a fresh
build, whatever changed: nothing, an article's text, its facts, the set of articles, an output
edited by hand, an option."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg.assemble import build
from kg.export import outputs as outputs_module
from kg.export.oxterms import parse_turtle
from kg.export.patch import updated_jsonld
from kg.export.reuse import MANIFEST, Blocks, Change
from kg.export.store import STORE, open_built_store
from tests.scale_helpers import make_corpus

FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml", "graph.html", "identity.tsv")
# Invented people and companies, in the style of the generated corpus.
NEW_FACT = (
    "\nQiao Wenbo, general manager of Lanshan Tidewater Shipping Group Co., Ltd., "
    "attended the meeting and delivered a speech.\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("reuse-corpus"), 12, 5) / "articles"


def _built(src: Path, out: Path, **options) -> dict[str, bytes]:
    report = build([src], out, jobs=1, **options)
    assert report.summaries
    return {name: (out / name).read_bytes() for name in FILES}


def _stamps(out: Path) -> dict[str, tuple[int, int]]:
    return {name: ((out / name).stat().st_ino, (out / name).stat().st_mtime_ns) for name in FILES}


def _store_triples(out: Path) -> set:
    store = open_built_store(out / "graph.ttl")
    assert store is not None, "the store does not hold graph.ttl"
    return {quad.triple for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _edit(kind: str, src: Path, out: Path) -> None:
    files = sorted(src.iterdir())
    if kind == "text appended":  # the article's checksum changes, nothing the page shows
        _append(files[3], "\nThe meeting closed successfully.\n")
        _append(files[8], "\nThe meeting closed successfully.\n")
    elif kind == "new fact":
        _append(files[5], NEW_FACT)
    elif kind == "article removed":
        files[2].unlink()
    elif kind == "article added":
        shutil.copy(files[4], src / "zz_added.txt")
        _append(src / "zz_added.txt", NEW_FACT)
    elif kind == "outputs edited by hand":
        _append(files[3], "\nThe meeting closed successfully.\n")
        for name in ("graph.trig", "graph.jsonld", "graph.html"):
            _append(out / name, "\n")
    elif kind == "manifest forged":  # unsealed: 'the page reads nothing', then a new fact
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        manifest["manifest"]["views"] = []
        (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        _append(files[5], NEW_FACT)
    elif kind == "store removed":
        shutil.rmtree(out / STORE)
        _append(files[3], "\nThe meeting closed successfully.\n")


@pytest.mark.parametrize(
    "kind",
    [
        "text appended",
        "new fact",
        "article removed",
        "article added",
        "outputs edited by hand",
        "manifest forged",
        "store removed",
    ],
)
def test_rebuild_after_a_change_writes_the_bytes_of_a_fresh_build(kind, corpus, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(corpus, src)
    first = _built(src, tmp_path / "out")
    _edit(kind, src, tmp_path / "out")
    again = _built(src, tmp_path / "out")
    fresh = _built(src, tmp_path / "fresh", use_cache=False)
    for name in FILES:
        assert again[name] == fresh[name], name
    assert again["graph.ttl"] != first["graph.ttl"]
    if kind in ("new fact", "article added", "manifest forged"):
        assert again["graph.html"] != first["graph.html"]
    assert _store_triples(tmp_path / "out") == set(parse_turtle(again["graph.ttl"]).triples)


def test_rebuild_after_a_text_change_patches_trig_and_jsonld_and_keeps_the_views(
    corpus, tmp_path, monkeypatch
):
    src = tmp_path / "src"
    shutil.copytree(corpus, src)
    _built(src, tmp_path / "out")
    before = _stamps(tmp_path / "out")
    _edit("text appended", src, tmp_path / "out")

    def whole(*args, **kwargs):
        raise AssertionError("written whole, not patched")

    monkeypatch.setattr("kg.export.trig.trig_from_triples", whole)
    monkeypatch.setattr("kg.export.jsonld.jsonld_from_triples", whole)
    monkeypatch.setattr(outputs_module, "_stage_views", whole)
    _built(src, tmp_path / "out")
    after = _stamps(tmp_path / "out")
    assert after["graph.html"] == before["graph.html"]
    assert after["graph.graphml"] == before["graph.graphml"]
    assert after["graph.trig"] != before["graph.trig"]


def test_rebuild_with_nothing_changed_rewrites_no_file(corpus, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(corpus, src)
    first = _built(src, tmp_path / "out")
    before = _stamps(tmp_path / "out")
    again = _built(src, tmp_path / "out")
    assert again == first
    assert _stamps(tmp_path / "out") == before
    assert (tmp_path / "out" / STORE).is_dir()
    assert _store_triples(tmp_path / "out") == set(parse_turtle(again["graph.ttl"]).triples)


def test_rebuild_with_another_page_option_writes_the_page_again(corpus, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(corpus, src)
    _built(src, tmp_path / "out")
    again = _built(src, tmp_path / "out", html_max_nodes=5)
    fresh = _built(src, tmp_path / "fresh", use_cache=False, html_max_nodes=5)
    assert again == fresh


def test_blocks_with_a_subject_written_twice_are_not_reused():
    header = b"@prefix ex: <http://example.org/> .\n"
    once = header + b"ex:a ex:p ex:b .\nex:c ex:p ex:d .\n"
    twice = header + b"ex:a ex:p ex:b .\nex:a ex:q ex:d .\n"
    blocks = Blocks.split(once)
    assert blocks is not None
    assert blocks.subjects == [b"ex:a", b"ex:c"]
    assert Blocks.split(twice) is None


def test_jsonld_is_written_whole_when_a_prefix_is_used_for_the_first_time():
    from kg.export.jsonld import jsonld_from_triples

    header = b"@prefix ex: <http://example.org/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    before = header + b"ex:a ex:p ex:b .\n"
    after = header + b'ex:a ex:p ex:b ;\n\tskos:prefLabel "A" .\n'
    old, new = Blocks.split(before), Blocks.split(after)
    assert old is not None and new is not None
    change = Change.between(old, new)
    assert change is not None
    previous = jsonld_from_triples(parse_turtle(before)).encode("utf-8")
    assert updated_jsonld(previous, change) is None
    same_prefixes = header + b"ex:a ex:p ex:c .\n"
    shifted = Change.between(old, Blocks.split(same_prefixes))  # type: ignore[arg-type]
    assert shifted is not None
    assert updated_jsonld(previous, shifted) == jsonld_from_triples(
        parse_turtle(same_prefixes)
    ).encode("utf-8")
