"""The same file name in two folders: two articles, each identified by the tail of its path."""

from __future__ import annotations

from pathlib import Path

from kg.assemble import build, build_graph
from kg.assemble.graph import article_iri
from kg.read.idents import article_identifiers
from kg.validate import validate_graph
from kg.vocab.namespaces import OA, RDF, SDO
from rdflib import Graph, Literal, URIRef
from tests.input_samples import EN_ARTICLE, ZH_ARTICLE

OTHER_EN = (
    EN_ARTICLE.replace("Nordvale Copper", "Southmere Tin")
    .replace("2031-04-12", "2031-06-20")
    .replace("April 10", "June 18")
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _graph(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl", format="turtle")


def _evidence_quotes_its_own_article(graph: Graph, texts: dict[str, str]) -> set[str]:
    """Check every evidence span against the text of the article it names; the articles named."""
    by_iri = {article_iri(ident): text for ident, text in texts.items()}
    checked = set()
    for node in graph.subjects(RDF.type, OA.SpecificResource):
        source = graph.value(node, OA.hasSource)
        assert isinstance(source, URIRef)
        text = by_iri[source]
        selectors = list(graph.objects(node, OA.hasSelector))
        exact = next(str(graph.value(s, OA.exact)) for s in selectors if graph.value(s, OA.exact))
        pos = next(s for s in selectors if graph.value(s, OA.start) is not None)
        start, end = graph.value(pos, OA.start), graph.value(pos, OA.end)
        assert isinstance(start, Literal) and isinstance(end, Literal)
        assert text[start.toPython() : end.toPython()] == exact
        checked.add(str(graph.value(source, SDO.identifier)))
    return checked


def test_input_names_same_name_in_two_folders_is_two_articles(tmp_path):
    a = _write(tmp_path / "2030" / "a.txt", EN_ARTICLE)
    b = _write(tmp_path / "2031" / "a.txt", OTHER_EN)
    report = build([a.parent, b.parent], tmp_path / "out")
    assert list(report.summaries) == ["2030/a.txt", "2031/a.txt"]
    graph = _graph(tmp_path / "out")
    articles = set(graph.subjects(RDF.type, SDO.NewsArticle))
    assert articles == {article_iri("2030/a.txt"), article_iri("2031/a.txt")}
    for node in articles:
        assert len(list(graph.objects(node, SDO.headline))) == 1
        assert len(list(graph.objects(node, SDO.datePublished))) == 1
    ids = {str(graph.value(node, SDO.identifier)) for node in articles}
    assert ids == {"2030/a.txt", "2031/a.txt"}
    assert validate_graph(graph) == []


def test_input_names_a_copy_of_one_namesake_keeps_every_span_in_its_own_text(tmp_path):
    _write(tmp_path / "A" / "a.txt", EN_ARTICLE)
    _write(tmp_path / "B" / "a.txt", OTHER_EN)
    _write(tmp_path / "A" / "copy.txt", OTHER_EN)  # a duplicate of B/a.txt
    report = build([tmp_path / "A", tmp_path / "B"], tmp_path / "out")
    assert report.duplicates == {"B/a.txt": "copy.txt"}
    graph = _graph(tmp_path / "out")
    texts = {"A/a.txt": EN_ARTICLE, "B/a.txt": OTHER_EN, "copy.txt": OTHER_EN}
    assert _evidence_quotes_its_own_article(graph, texts) == {"A/a.txt", "copy.txt"}
    assert validate_graph(graph) == []


def test_input_names_cached_rebuild_and_build_graph_agree(tmp_path):
    _write(tmp_path / "A" / "a.txt", EN_ARTICLE)
    _write(tmp_path / "B" / "a.txt", ZH_ARTICLE)
    sources = [tmp_path / "A", tmp_path / "B"]
    build(sources, tmp_path / "out")
    first = (tmp_path / "out" / "graph.ttl").read_bytes()
    build(sources, tmp_path / "out")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == first
    build(sources, tmp_path / "fresh", use_cache=False)
    assert (tmp_path / "fresh" / "graph.ttl").read_bytes() == first
    assert set(build_graph(sources)) == set(_graph(tmp_path / "out"))


def test_input_names_unique_names_stay_plain_and_clashes_take_the_shortest_telling_tail(tmp_path):
    files = [
        tmp_path / "x" / "2020" / "a.txt",
        tmp_path / "y" / "2020" / "a.txt",
        tmp_path / "y" / "2021" / "b.txt",
        tmp_path / "z" / "c.txt",
        tmp_path / "w" / "c.txt",
    ]
    assert article_identifiers(files) == [
        "x/2020/a.txt",
        "y/2020/a.txt",
        "b.txt",
        "z/c.txt",
        "w/c.txt",
    ]
    # the identifiers do not depend on the order of the files
    assert article_identifiers(files[::-1]) == article_identifiers(files)[::-1]


def test_input_names_a_path_given_twice_is_read_once(tmp_path):
    a = _write(tmp_path / "src" / "a.txt", EN_ARTICLE)
    report = build([a.parent, a, tmp_path / "src" / "." / "a.txt"], tmp_path / "out")
    assert list(report.summaries) == ["a.txt"] and report.duplicates == {}


def test_input_names_a_problem_names_the_identifier(tmp_path):
    _write(tmp_path / "A" / "a.txt", EN_ARTICLE)
    _write(tmp_path / "B" / "a.txt", "")
    report = build([tmp_path / "A", tmp_path / "B"], tmp_path / "out")
    assert report.problems == ["B/a.txt: empty file (0 bytes)"]
    assert list(report.summaries) == ["A/a.txt"]
