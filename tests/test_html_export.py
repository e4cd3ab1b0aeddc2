"""The HTML view without a browser: escaping, self-containment, determinism, node selection, layout."""

from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser

import pytest
from kg.export import html as html_export
from kg.export.html import choose_drawn, export_html, page_data
from kg.export.html_layout import CLEARANCE, compute_layout
from kg.export.html_page import UnsafeAsset, check_inline, json_for_html
from kg.export.html_view import read_view
from rdflib import Graph
from tests.html_graphs import HOSTILE_NAMES, generated_graph, hostile_graph, sample_graph


class _Tags(HTMLParser):
    """Collects start tags and their attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _page(graph: Graph, tmp_path, **kwargs) -> str:
    path = tmp_path / "graph.html"
    export_html(graph, path, **kwargs)
    return path.read_text(encoding="utf-8")


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


@pytest.mark.parametrize(
    "text", [*HOSTILE_NAMES, "a\u2029b", "x</SCRIPT >y", "<!-- c -->", "&amp;"]
)
def test_json_for_html_escapes_markup_and_round_trips(text):
    encoded = json_for_html({"name": text, "list": [text]})
    assert not re.search("[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded) == {"name": text, "list": [text]}


@pytest.mark.parametrize(
    "text", ["var a = '</script>';", "x = 1 <!-- y", "</STYLE>", "a</script\n"]
)
def test_check_inline_refuses_text_that_ends_its_element(text):
    with pytest.raises(UnsafeAsset):
        check_inline("asset", text)


def test_hostile_strings_only_appear_escaped_in_the_page(tmp_path):
    page = _page(hostile_graph(), tmp_path)
    for needle in (
        "<img src=x",
        "onerror=alert(1)>",
        "<script>alert",
        "<svg onload",
        "<iframe",
        "<u>title",
    ):
        assert needle not in page
    scripts = [t for t, _ in _parse(page).tags if t == "script"]
    assert len(scripts) == 3  # the JSON data, vis-network, the page script


def test_page_data_block_holds_the_hostile_names_exactly(tmp_path):
    parsed = _parse(_page(hostile_graph(), tmp_path))
    data = json.loads(parsed.scripts[0])
    labels = {n["label"] for n in data["nodes"]}
    assert {HOSTILE_NAMES[0], HOSTILE_NAMES[1], HOSTILE_NAMES[2]} <= labels


def test_page_requests_nothing_from_outside(tmp_path):
    parsed = _parse(_page(sample_graph(), tmp_path))
    linked = [(tag, attrs) for tag, attrs in parsed.tags if {"src", "href"} & set(attrs)]
    assert linked == []
    csp = next(
        a["content"]
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_same_graph_gives_identical_bytes_whatever_the_insertion_order(tmp_path):
    graph = sample_graph()
    reordered = Graph()
    for triple in sorted(graph, key=str, reverse=True):
        reordered.add(triple)
    export_html(graph, tmp_path / "a.html")
    export_html(reordered, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_failed_export_leaves_the_previous_page_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.html"
    path.write_text("previous", encoding="utf-8")

    def broken(data):
        raise RuntimeError("render failed")

    monkeypatch.setattr(html_export, "render_page", broken)
    with pytest.raises(RuntimeError):
        export_html(sample_graph(), path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_view_meets_chinese_and_pinyin_names_on_one_person():
    view = read_view(sample_graph())
    person = next(n for n in view.nodes if "周明海" in n["names"])
    assert "Zhou Minghai" in person["names"] and person["kind"] == "person"


def test_view_reads_roles_with_dates_sources_and_evidence():
    view = read_view(sample_graph())
    labels = [n["label"] for n in view.nodes]
    chair = next(m for m in view.memberships if m["role"] == "Chairman")
    assert (
        labels[chair["person"]] == "Zhou Minghai"
        and labels[chair["org"]] == "Qingshan Mining Group"
    )
    assert (chair["first"], chair["last"], chair["status"]) == (
        "2021-03-05",
        "2023-08-11",
        "current",
    )
    assert [view.articles[a][0] for a in chair["articles"]] == [
        "901_sample_en.txt",
        "902_sample_zh.txt",
    ]
    assert {view.evidence[e][1] for e in chair["evidence"]} == {
        "Zhou Minghai, chairman of the board of Qingshan Mining Group, spoke.",
        "青山矿业董事长周明海主持会议。",
    }


@pytest.mark.parametrize(
    "relation, ends",
    [
        ("role", ("Zhou Minghai", "Qingshan Mining Group")),
        ("attended", ("Lena Hartwell", "Annual work conference")),
        ("organised", ("Qingshan Mining Group", "Annual work conference")),
        ("partOf", ("Qingshan Mining Group", "Qingshan Holdings")),
    ],
)
def test_view_has_an_edge_per_relation(relation, ends):
    view = read_view(sample_graph())
    pairs = {
        (view.nodes[e["from"]]["label"], view.nodes[e["to"]]["label"])
        for e in view.edges
        if e["relation"] == relation
    }
    assert ends in pairs


def test_year_of_a_role_spans_first_to_last_seen():
    view = read_view(sample_graph())
    zhou = next(n for n in view.nodes if n["label"] == "Zhou Minghai")
    assert zhou["years"] == [2021, 2022, 2023]


@pytest.mark.parametrize("limit", [1, 2, 4])
def test_max_nodes_draws_the_most_connected_and_keeps_the_rest_in_the_data(limit):
    data = page_data(sample_graph(), max_nodes=limit)
    drawn = [n for n in data["nodes"] if n["drawn"]]
    assert len(drawn) == limit and len(data["nodes"]) == 5
    assert min(n["degree"] for n in drawn) >= max(
        n["degree"] for n in data["nodes"] if not n["drawn"]
    )
    assert data["meta"]["drawn"] == limit and sum(data["meta"]["omitted"].values()) == 5 - limit
    assert all("x" not in n for n in data["nodes"] if not n["drawn"])


def test_choose_drawn_breaks_degree_ties_by_iri():
    view = read_view(sample_graph())
    drawn = choose_drawn(view, 3)
    degrees = sorted((-n["degree"], n["id"]) for n in view.nodes)
    assert {view.nodes[i]["id"] for i in drawn} == {iri for _, iri in degrees[:3]}


def test_layout_places_every_node_apart_and_is_repeatable():
    view = read_view(generated_graph(nodes=700, seed=5))
    nodes = list(range(len(view.nodes)))
    edges = [(e["from"], e["to"]) for e in view.edges]
    first, second = compute_layout(nodes, edges), compute_layout(nodes, edges)
    assert first == second and sorted(first) == nodes
    points = sorted(set(first.values()))
    assert len(points) == len(nodes)


def test_layout_keeps_small_components_readable():
    view = read_view(sample_graph())
    pos = compute_layout(list(range(len(view.nodes))), [(e["from"], e["to"]) for e in view.edges])
    closest = min(math.dist(pos[a], pos[b]) for a in pos for b in pos if a < b)
    assert closest >= CLEARANCE * 0.9


def test_kg_build_html_max_nodes_reaches_the_page(tmp_path):
    from kg.cli import main
    from tests.conftest import SEEDS

    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--html-max-nodes", "10"]) == 0
    data = json.loads(_parse((tmp_path / "graph.html").read_text(encoding="utf-8")).scripts[0])
    assert data["meta"]["drawn"] == 10 and data["meta"]["maxNodes"] == 10
    assert sum(n["drawn"] for n in data["nodes"]) == 10 < len(data["nodes"])


def test_the_page_inlines_vis_network_as_pyvis_ships_it_checked_by_hash(monkeypatch):
    from kg.export import html_page

    script = html_page.vis_network()
    assert script.startswith("/**") and "vis-network" in script[:400]
    monkeypatch.setattr(html_page, "VIS_NETWORK_SHA256", "0" * 64)
    with pytest.raises(html_page.UnsafeAsset, match="pyvis ships another"):
        html_page.vis_network()
