"""The same article under two file names counts once and keeps both files as sources."""

from __future__ import annotations

import codecs
from pathlib import Path

from kg.assemble import BuildReport, build_graph
from kg.read import read_article
from kg.read.duplicates import content_key
from kg.vocab.namespaces import RDF, SDO
from rdflib import Graph, Literal
from tests.input_samples import EN_ARTICLE, ZH_ARTICLE


def _write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def test_input_duplicates_same_key_across_encodings_and_line_ends(tmp_path):
    variants = [
        ZH_ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ZH_ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ZH_ARTICLE.encode("gb18030"),
        (ZH_ARTICLE + "\n\n").encode("utf-16"),
        ZH_ARTICLE.replace("\n", "  \n").encode("utf-8"),
    ]
    keys = {
        content_key(read_article(_write(tmp_path, f"{i}.txt", data)))
        for i, data in enumerate(variants)
    }
    assert len(keys) == 1


def test_input_duplicates_other_text_is_not_a_duplicate(tmp_path):
    a = read_article(_write(tmp_path, "a.txt", EN_ARTICLE.encode()))
    b = read_article(_write(tmp_path, "b.txt", EN_ARTICLE.replace("April 10", "April 11").encode()))
    assert content_key(a) != content_key(b)


def test_input_duplicates_build_counts_once_and_keeps_both_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", ZH_ARTICLE.encode("utf-8"))
    _write(tmp_path, "b.txt", ZH_ARTICLE.encode("gb18030"))
    _write(tmp_path, "c.txt", EN_ARTICLE.encode("utf-8"))
    report = BuildReport()
    graph: Graph = build_graph([tmp_path], report)
    assert sorted(report.summaries) == ["a.txt", "c.txt"]
    assert report.duplicates == {"b.txt": "a.txt"}
    idents = {
        str(graph.value(a, SDO.identifier)) for a in graph.subjects(RDF.type, SDO.NewsArticle)
    }
    assert idents == {"a.txt", "b.txt", "c.txt"}
    assert (None, SDO.identifier, Literal("b.txt")) in graph
