"""Corpora kept as JSON Lines or CSV (gzip-compressed or not): one article per line or row."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from kg.cli import main
from kg.read.inputs import expand, input_identifiers
from kg.read.records import read_records, record_article
from rdflib import Graph, Literal, URIRef

SDO = "https://schema.org/"
EN = (
    "Qinghe Harbour Works held its annual meeting in Ningbo on 3 March 2024. Zhao Lin, general "
    "manager of Qinghe Harbour Works, presented the work report."
)
ZH = "沧澜航运集团董事长罗启航，曾任青川港务公司总经理。3月5日，罗启航在宁波会见了青川港务公司总经理赵林。"


def write_jsonl(path: Path, rows: list[object], gz: bool = False) -> Path:
    lines = "".join(
        (row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n"
        for row in rows
    )
    if gz:
        path.write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def identifiers(graph: Graph) -> set[str]:
    return {str(o) for o in graph.objects(None, URIRef(SDO + "identifier"))}


def test_json_lines_articles_are_built_with_their_ids_titles_dates_and_urls(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {
                "id": "wire-1",
                "title": "Harbour works hold annual meeting",
                "text": EN,
                "url": "https://news.example/a?id=1&x=<2>",
                "published": "2024-03-04T08:00:00Z",
            },
            {"id": 2, "text": ZH, "language": "zh-CN", "published": "2024-03-06"},
        ],
    )
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--no-html", "--quiet"]) == 0
    graph = Graph().parse(out / "graph.ttl")
    assert identifiers(graph) == {"wire-1", "2"}
    (article,) = graph.subjects(URIRef(SDO + "identifier"), Literal("wire-1"))
    assert (
        str(graph.value(article, URIRef(SDO + "headline"))) == "Harbour works hold annual meeting"
    )
    assert (
        str(graph.value(article, URIRef(SDO + "datePublished"))) == "2024-03-04"
    )  # the field wins
    assert str(graph.value(article, URIRef(SDO + "url"))) == "https://news.example/a?id=1&x=<2>"
    names = {str(o) for o in graph.objects(None, URIRef(SDO + "name"))}
    assert {"Zhao Lin", "罗启航"} <= names


def test_bad_lines_are_reported_by_line_number_and_the_others_built(tmp_path: Path, capsys) -> None:
    corpus = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "a", "text": EN},
            "{not json",
            "",
            {"id": "b"},
            [1, 2],
            {"id": "c", "text": EN.replace("Zhao Lin", "Qian Bo"), "published": "last week"},
            {"id": "d", "text": EN, "language": "fr"},
            {"id": "e", "text": ZH},
        ],
    )
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--no-html"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "kg: news.jsonl:2: not JSON (Expecting property name enclosed in double quotes, column 2)",
        "kg: news.jsonl:4: no text (field 'text' missing or empty)",
        "kg: news.jsonl:5: not a JSON object",
        "kg: news.jsonl:6: field 'published' is not a date: 'last week'",
        "kg: news.jsonl:7: language 'fr' is not English or Chinese (en, zh)",
    ]
    assert "Traceback" not in captured.err
    assert captured.out.startswith("2 articles (2 new, 0 changed, 0 from the cache, 5 skipped) -> ")
    assert identifiers(Graph().parse(out / "graph.ttl")) == {"a", "e"}


def test_gzip_json_lines_and_a_damaged_gzip_file(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "a.jsonl.gz", [{"text": EN}, {"text": ZH}], gz=True)
    problems: list[str] = []
    records = read_records(good, problems)
    assert [r.where for r in records] == ["a.jsonl.gz:1", "a.jsonl.gz:2"] and problems == []
    many = write_jsonl(
        tmp_path / "c.jsonl.gz", [{"text": f"{EN} {i}"} for i in range(400)], gz=True
    )
    cut = tmp_path / "b.jsonl.gz"
    cut.write_bytes(many.read_bytes()[:-12])  # the end of the stream is missing
    kept = read_records(cut, problems)
    assert 0 < len(kept) < 400 and kept[-1].fields()["text"].startswith(EN)
    assert problems == [
        "b.jsonl.gz: cannot read: Compressed file ended before the end-of-stream marker was "
        f"reached; its first {len(kept)} records are read"
    ]


def test_csv_rows_with_named_columns_quoted_newlines_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["published", "text", "id", "source_site"])
        w.writerow(["2024-05-01", EN.replace(". ", ".\n", 1), "r-1", "somewhere"])
        w.writerow(["2024-05-02", ZH, "r-2", "elsewhere", "one too many"])
        w.writerow(["2024-05-03", "", "r-3", "empty"])
        w.writerow(["2024-05-04", ZH, "r-4", "fine"])
    problems: list[str] = []
    records = read_records(path, problems)
    assert [(r.ident, r.line) for r in records] == [("r-1", 2), ("r-4", 6)]
    assert problems == [
        "news.csv:4: 5 fields where the header has 4",
        "news.csv:5: no text (field 'text' missing or empty)",
    ]
    article = record_article(records[0], "r-1")
    assert article.published is not None and article.published.isoformat() == "2024-05-01"
    assert "Zhao Lin" in article.text


def test_a_csv_file_without_a_text_column_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    problems: list[str] = []
    assert read_records(path, problems) == []
    assert problems == ["news.csv: no 'text' column (the header names: id, body)"]


def test_identifiers_are_ids_else_file_and_line_and_shared_ids_are_told_apart(
    tmp_path: Path,
) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [{"id": "x", "text": EN}, {"text": ZH}])
    two = write_jsonl(tmp_path / "two.jsonl", [{"id": "x", "text": ZH}, {"id": "y", "text": EN}])
    problems: list[str] = []
    inputs = expand([one, two], problems)
    assert input_identifiers(inputs) == ["one.jsonl:1:x", "one.jsonl:2", "two.jsonl:1:x", "y"]


def test_a_folder_of_corpus_files_and_a_rebuild_from_the_cache(tmp_path: Path, capsys) -> None:
    src = tmp_path / "src"
    (src / "2024").mkdir(parents=True)
    write_jsonl(src / "2024" / "march.jsonl", [{"id": "m1", "text": EN}])
    write_jsonl(src / "2024" / "april.jsonl.gz", [{"id": "a1", "text": ZH}], gz=True)
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    first = (out / "graph.ttl").read_bytes()
    capsys.readouterr()
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    assert "2 articles (0 new, 0 changed, 2 from the cache)" in capsys.readouterr().out
    assert (out / "graph.ttl").read_bytes() == first
    fresh = tmp_path / "fresh"
    assert main(["build", str(src), "--out", str(fresh), "--no-html", "--jobs", "2"]) == 0
    assert (fresh / "graph.ttl").read_bytes() == first


@pytest.mark.parametrize("name", ["a.jsonl", "a.ndjson", "a.csv", "a.jsonl.gz", "a.CSV.GZ"])
def test_corpus_files_are_known_by_their_suffix(name: str) -> None:
    from kg.read.records import is_container

    assert is_container(Path(name))
    assert not is_container(Path(name.replace("a.", "a.txt.")[:-3] + ".txt"))
