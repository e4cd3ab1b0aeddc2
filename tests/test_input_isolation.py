"""One bad article never stops a build: whatever it raises is one line naming it, the rest is built."""

from __future__ import annotations

from datetime import date

import pytest
from kg.assemble import build, build_graph, parallel
from kg.cli import main
from kg.extract import extract_article
from kg.read import read_article
from kg.vocab.namespaces import RDF, SDO
from rdflib import Graph
from tests.input_samples import EN_ARTICLE, ZH_ARTICLE

# Python's HTML parser raises AssertionError on a marked section with an unknown keyword.
BAD_MARKUP = (
    "<html><body><h1>Harbour Board Of Lindqvist Shipping Meets On Dredging</h1>"
    "<p>Date: 2031-05-02</p><p>On May 1, Lindqvist Shipping held a board meeting. <![CD x]> "
    "Chairman Oskar Brandt presided over the meeting.</p></body></html>"
)
# A date in year 9999 and then a sentence opening with 次日 (the day after 9999-12-31).
YEAR_9999 = (
    "远航海运召开年度工作会议\n\n"
    "9999年12月31日，远航海运集团召开年度工作会议，集团董事长林海峰出席会议并讲话。"
    "次日，林海峰前往远航海运码头调研。\n"
)


def _articles(path) -> int:
    graph = Graph().parse(path, format="turtle")
    return len(set(graph.subjects(RDF.type, SDO.NewsArticle)))


def test_input_isolation_html_marked_section_with_unknown_keyword_is_read(tmp_path):
    path = tmp_path / "bad.html"
    path.write_text(BAD_MARKUP, encoding="utf-8")
    text = read_article(path).text
    assert "held a board meeting." in text
    assert "Chairman Oskar Brandt presided over the meeting." in text
    assert "<![" not in text and "CD x" not in text


def test_input_isolation_relative_day_after_year_9999_is_no_date(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text(YEAR_9999, encoding="utf-8")
    found = extract_article(read_article(path))
    assert [e.start for e in found.events] == [date(9999, 12, 31)]


def test_input_isolation_both_reported_cases_build_with_the_others(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (src / "bad.html").write_text(BAD_MARKUP, encoding="utf-8")
    (src / "zh9999.txt").write_text(YEAR_9999, encoding="utf-8")
    report = build([src], tmp_path / "out")
    assert report.problems == []
    assert sorted(report.summaries) == ["a.txt", "bad.html", "zh9999.txt"]
    assert _articles(tmp_path / "out" / "graph.ttl") == 3


def _boom(real, victim: str, where: str):
    def broken(article_or_path, *args, **kwargs):
        name = getattr(article_or_path, "ident", None) or getattr(article_or_path, "name", "")
        if name == victim:
            raise RuntimeError(f"{where} failed\non a second line")
        return real(article_or_path, *args, **kwargs)

    return broken


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (src / "b.txt").write_text(ZH_ARTICLE, encoding="utf-8")
    (src / "c.txt").write_text(EN_ARTICLE.replace("Nordvale", "Southmere"), encoding="utf-8")
    return src


@pytest.mark.parametrize("stage", ["read", "extracted"])
@pytest.mark.parametrize("inline", [True, False])
def test_input_isolation_any_exception_skips_only_its_article(
    corpus, tmp_path, monkeypatch, stage, inline
):
    target = "read_input" if stage == "read" else "extract_article"
    monkeypatch.setattr(parallel, target, _boom(getattr(parallel, target), "b.txt", stage))
    if not inline:  # through the worker processes (they inherit the patch when forked)
        monkeypatch.setattr(parallel, "INLINE_FILES", 0)
    report = build([corpus], tmp_path / "out", jobs=1 if inline else 2)
    assert sorted(report.summaries) == ["a.txt", "c.txt"]
    assert report.problems == [
        f"b.txt: could not be {stage}: RuntimeError: {stage} failed on a second line"
    ]
    assert report.skipped == 1
    assert _articles(tmp_path / "out" / "graph.ttl") == 2


def test_input_isolation_build_graph_skips_an_article_that_raises(corpus, monkeypatch):
    from kg.assemble import pipeline

    monkeypatch.setattr(
        pipeline, "extract_article", _boom(pipeline.extract_article, "a.txt", "extraction")
    )
    monkeypatch.setattr(pipeline, "read_input", _boom(pipeline.read_input, "c.txt", "reading"))
    report = pipeline.BuildReport()
    graph = build_graph([corpus], report)
    assert list(report.summaries) == ["b.txt"]
    assert report.problems == [
        "c.txt: could not be read: RuntimeError: reading failed on a second line",
        "a.txt: could not be extracted: RuntimeError: extraction failed on a second line",
    ]
    assert len(set(graph.subjects(RDF.type, SDO.NewsArticle))) == 1


def test_input_isolation_cli_says_one_line_and_counts_the_skipped_file(
    corpus, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(
        parallel, "extract_article", _boom(parallel.extract_article, "c.txt", "extraction")
    )
    status = main(["build", str(corpus), "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert status == 0
    assert (
        err
        == "kg: c.txt: could not be extracted: RuntimeError: extraction failed on a second line\n"
    )
    assert out.startswith("3 files (3 new, 0 changed, 0 from the cache, 1 skipped) -> ")
