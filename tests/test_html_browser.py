"""The HTML view in a real headless Chromium (Debian's, via Playwright), with the network blocked.

Chromium is installed by scripts/install-test-deps.sh; without it these tests
fail and say so, rather than pass unseen.
"""

from __future__ import annotations

import pytest
from kg.export.html import export_html
from kg.vocab.namespaces import ORG, RDF, SDO
from rdflib import Graph
from tests.html_browser import chromium_missing, launch, open_page
from tests.html_graphs import (
    HOSTILE_NAMES,
    GraphWriter,
    generated_graph,
    hostile_graph,
    sample_graph,
)

DANGEROUS = (
    "#panel img, #panel iframe, #panel svg:not(.timeline), #panel .timeline svg, #panel script,"
    " #panel a, #panel foreignObject, #results img, #legend img"
)


@pytest.fixture(scope="module")
def browser():
    missing = chromium_missing()
    if missing:
        pytest.fail(missing)
    with launch() as b:
        yield b


def _open(browser, graph: Graph, tmp_path, **kwargs):
    path = tmp_path / "graph.html"
    export_html(graph, path, **kwargs)
    return open_page(browser, path)


def _entity_count(graph: Graph) -> int:
    return sum(
        len(set(graph.subjects(RDF.type, cls))) for cls in (SDO.Person, ORG.Organization, SDO.Event)
    )


def _assert_clean(log) -> None:
    assert log.console_errors == [] and log.page_errors == []
    assert log.blocked == [] and log.dialogs == []


def _node_index(page, label: str) -> int:
    return page.evaluate(
        "l => JSON.parse(document.getElementById('kg-data').textContent)"
        ".nodes.findIndex(n => n.label === l)",
        label,
    )


def _click_node(page, index: int) -> None:
    box = page.locator("#network").bounding_box()
    at = page.evaluate("i => kgView.domPosition(i)", index)
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])


@pytest.mark.parametrize(
    "make",
    [sample_graph, lambda: generated_graph(nodes=400, seed=11)],
    ids=["sample", "generated-400"],
)
def test_page_opens_offline_and_draws_every_node(browser, tmp_path, make):
    graph = make()
    page, log = _open(browser, graph, tmp_path)
    assert page.evaluate("kgView.drawnNodeCount()") == _entity_count(graph)
    assert page.url.startswith("file://")
    _assert_clean(log)


@pytest.mark.parametrize("query", ["周明海", "Zhou Minghai", "zhou minghai", "ZhouMinghai", "明海"])
def test_search_finds_a_person_by_chinese_and_pinyin_names(browser, tmp_path, query):
    page, log = _open(browser, sample_graph(), tmp_path)
    zhou = _node_index(page, "Zhou Minghai")
    assert page.evaluate("q => kgView.search(q)", query)[0] == zhou
    page.fill("#search", query)
    page.keyboard.press("Enter")
    assert page.text_content("#panel-body h2") == "Zhou Minghai"
    assert page.evaluate("kgView.selected()") == [zhou]
    _assert_clean(log)


def test_clicking_a_person_shows_roles_dates_sources_and_evidence(browser, tmp_path):
    page, log = _open(browser, sample_graph(), tmp_path)
    _click_node(page, _node_index(page, "Zhou Minghai"))
    panel = page.text_content("#panel-body")
    for expected in (
        "Roles held",
        "Chairman",
        "Qingshan Mining Group",
        "2021-03-05 \u2013 2023-08-11",
        "902_sample_zh.txt",
        "青山矿业董事长周明海主持会议。",
        "Events attended",
        "chair",
    ):
        assert expected in panel
    _assert_clean(log)


def test_selection_is_kept_in_the_url_and_reopened(browser, tmp_path):
    page, log = _open(browser, sample_graph(), tmp_path)
    page.evaluate("i => kgView.focus(i)", _node_index(page, "Zhou Minghai"))
    url = page.url
    assert "#" in url
    page.goto("about:blank")
    page.goto(url)
    page.wait_for_function("window.kgView && window.kgView.firstDraw !== null")
    assert page.text_content("#panel-body h2") == "Zhou Minghai"
    _assert_clean(log)


@pytest.mark.parametrize("fragment", ["%E0", "%", "%ZZ", "no-such-node"])
def test_any_url_fragment_opens_the_page_with_its_buttons_working(browser, tmp_path, fragment):
    page, log = _open(browser, sample_graph(), tmp_path)
    page.goto("about:blank")
    page.goto(f"{(tmp_path / 'graph.html').resolve().as_uri()}#{fragment}")
    page.wait_for_function("window.kgView && window.kgView.firstDraw !== null")
    assert page.evaluate("kgView.selected()") == []
    page.fill("#search", "Zhou Minghai")
    page.keyboard.press("Enter")
    assert page.text_content("#panel-body h2") == "Zhou Minghai"
    _assert_clean(log)


def test_link_in_the_panel_moves_to_the_organisation(browser, tmp_path):
    page, log = _open(browser, sample_graph(), tmp_path)
    page.evaluate("i => kgView.focus(i)", _node_index(page, "Lena Hartwell"))
    page.click("#panel-body button.link >> text=Qingshan Mining Group")
    assert page.text_content("#panel-body h2") == "Qingshan Mining Group"
    assert "Lena Hartwell" in page.text_content("#panel-body") and "former" in page.text_content(
        "#panel-body"
    )
    _assert_clean(log)


def test_hostile_names_show_literally_and_run_nothing(browser, tmp_path):
    graph = hostile_graph()
    page, log = _open(browser, graph, tmp_path)
    labels = page.evaluate(
        "JSON.parse(document.getElementById('kg-data').textContent).nodes.map(n => n.label)"
    )
    for i, label in enumerate(labels):
        page.evaluate("i => kgView.focus(i)", i)
        assert page.text_content("#panel-body h2") == label
        assert page.locator(DANGEROUS).count() == 0
    assert "<script>alert('headline')</script>" in page.text_content("#panel-body")  # the headline
    page.fill("#search", "<img")
    assert HOSTILE_NAMES[0] in page.text_content("#results")
    assert page.locator(DANGEROUS).count() == 0
    assert page.evaluate("document.title").startswith("Knowledge graph")
    _assert_clean(log)


def test_type_filter_hides_that_kind(browser, tmp_path):
    page, log = _open(browser, sample_graph(), tmp_path)
    page.uncheck("#legend input[data-key=person]")
    assert page.evaluate("kgView.drawnNodeCount()") == 3
    page.check("#legend input[data-key=person]")
    assert page.evaluate("kgView.drawnNodeCount()") == 5
    _assert_clean(log)


@pytest.mark.parametrize(
    "years, drawn", [(("2021", "2021"), 5), (("2023", "2023"), 2), (("2022", ""), 2)]
)
def test_year_filter_keeps_what_is_dated_in_the_period(browser, tmp_path, years, drawn):
    page, log = _open(browser, sample_graph(), tmp_path)
    page.select_option("#year-from", years[0])
    page.select_option("#year-to", years[1])
    assert page.evaluate("kgView.drawnNodeCount()") == drawn
    _assert_clean(log)


def test_max_nodes_says_what_was_left_out_and_search_still_finds_it(browser, tmp_path):
    page, log = _open(browser, sample_graph(), tmp_path, max_nodes=3)
    assert page.evaluate("kgView.drawnNodeCount()") == 3
    note = page.text_content("#omitted")
    assert page.is_visible("#omitted") and "3 most connected of 5" in note and "Left out" in note
    page.fill("#search", "Qingshan Holdings")
    page.keyboard.press("Enter")
    assert page.text_content("#panel-body h2") == "Qingshan Holdings"
    assert "Not drawn" in page.text_content("#panel-body")
    _assert_clean(log)


def test_big_graph_names_its_hubs_at_first_and_a_focused_node_always(browser, tmp_path):
    graph = generated_graph(nodes=1700, seed=13)
    page, log = _open(browser, graph, tmp_path)
    assert page.evaluate("kgView.drawnNodeCount()") == _entity_count(graph)
    first = page.evaluate("kgView.labels()")
    _assert_apart(first)
    data = _data(page)
    hub = max(range(len(data["nodes"])), key=lambda i: (data["nodes"][i]["degree"], -i))
    assert hub in {label["node"] for label in first}
    named = {label["node"] for label in first}
    assert 0 < len(named) < len(data["nodes"])
    quiet = next(i for i, n in enumerate(data["nodes"]) if i not in named)  # no room at first
    page.evaluate("i => kgView.focus(i)", quiet)
    page.wait_for_function("i => kgView.labelOf(i) !== null", arg=quiet, timeout=10_000)
    assert page.evaluate("i => kgView.labelOf(i)", quiet) == data["nodes"][quiet]["short"]
    _assert_clean(log)


def test_big_graph_draws_and_filters_every_link(browser, tmp_path):
    page, log = _open(browser, generated_graph(nodes=1000, seed=17), tmp_path)
    edges = page.evaluate(
        "JSON.parse(document.getElementById('kg-data').textContent).edges.map(e => e.relation)"
    )
    assert len(edges) > 2500  # links drawn by the page itself, not by vis-network
    assert page.evaluate("kgView.drawnEdgeCount()") == len(edges)
    page.uncheck("#legend input[data-key=attended]")
    assert page.evaluate("kgView.drawnEdgeCount()") == len(edges) - edges.count("attended")
    page.uncheck("#legend input[data-key=person]")
    assert page.evaluate("kgView.drawnEdgeCount()") == edges.count("organised") + edges.count(
        "partOf"
    )
    _assert_clean(log)


def test_empty_graph_says_so(browser, tmp_path):
    page, log = _open(browser, Graph(), tmp_path)
    assert page.is_visible("#empty") and page.evaluate("kgView.drawnNodeCount()") == 0
    _assert_clean(log)


def test_issue3_seeds_page_draws_every_node_and_meets_names(browser, seeds_build):
    """Regression for issue 3 on the seeds' build: node count, clean console, one node for both names."""
    out, _ = seeds_build
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    page, log = open_page(browser, out / "graph.html")
    assert page.evaluate("kgView.drawnNodeCount()") == _entity_count(graph)
    _assert_clean(log)
    hits = [page.evaluate("q => kgView.search(q)", q) for q in ("何文建", "He Wenjian")]
    assert any(hits), "the seeds' page finds no node for 何文建 or He Wenjian (seed 003 names him)"
    assert hits[0] and hits[0][:1] == hits[1][:1], (
        f"何文建 and He Wenjian find {hits}, not one node"
    )


def _data(page) -> dict:
    return page.evaluate("JSON.parse(document.getElementById('kg-data').textContent)")


def _assert_apart(labels: list[dict]) -> None:
    """No two label boxes (CSS pixels of the network element) overlap."""
    for k, a in enumerate(labels):
        for b in labels[k + 1 :]:
            apart = (
                a["x1"] <= b["x0"] or b["x1"] <= a["x0"] or a["y1"] <= b["y0"] or b["y1"] <= a["y0"]
            )
            assert apart, f"labels {a['text']!r} and {b['text']!r} overlap"


def _first_view_labels(page) -> list[dict]:
    """The labels drawn at the first view, each checked against the text's measured size."""
    labels = page.evaluate("kgView.labels()")
    box = page.locator("#network").bounding_box()
    widths = page.evaluate(
        """texts => { const c = document.createElement('canvas').getContext('2d');
          c.font = kgView.labelFont(); return texts.map(t => c.measureText(t).width); }""",
        [label["text"] for label in labels],
    )
    for label, text_width in zip(labels, widths, strict=True):
        assert label["x1"] - label["x0"] >= text_width and label["y1"] - label["y0"] >= 12
        assert label["x0"] >= 0 and label["x1"] <= box["width"]
        assert label["y0"] >= 0 and label["y1"] <= box["height"]
    return labels


def _assert_reads_at_a_glance(page, log) -> None:
    labels = _first_view_labels(page)
    _assert_apart(labels)
    data = _data(page)
    drawn = [i for i, n in enumerate(data["nodes"]) if n["drawn"]]
    named = {label["node"] for label in labels}
    assert len(named) == len(labels) and all(
        label["text"] == data["nodes"][label["node"]]["short"] for label in labels
    )
    hubs = sorted(drawn, key=lambda i: (-data["nodes"][i]["degree"], i))[:5]
    assert set(hubs) <= named  # the five most connected nodes are named
    assert len(labels) >= 0.3 * len(drawn)
    _assert_clean(log)


def test_issue12_seeds_first_view_labels_do_not_overlap(browser, seeds_build):
    page, log = open_page(browser, seeds_build[0] / "graph.html")
    _assert_reads_at_a_glance(page, log)


def test_issue12_generated_400_first_view_labels_do_not_overlap(browser, tmp_path):
    page, log = _open(browser, generated_graph(nodes=400, seed=11), tmp_path)
    _assert_reads_at_a_glance(page, log)


def test_names_sharing_their_beginning_are_drawn_with_different_labels(browser, tmp_path):
    w = GraphWriter()
    article = w.article("904_prefix.txt", "2024-05-06", "Two copper companies")
    role = w.role("chairman", "Chairman")
    orgs = [
        w.org(name, article=article)
        for name in (
            "Northern Copper Corporation of Eastland",
            "Northern Copper Corporation of Eastland Ltd",
        )
    ]
    for org, person in zip(orgs, ("Tao Lin", "Mei Ruo"), strict=True):
        w.membership(
            w.person(person, article=article), org, role, "chairman", [(article, "2024-05-06", "x")]
        )
    page, log = _open(browser, w.graph, tmp_path)
    drawn = [
        page.evaluate("i => kgView.labelOf(i)", _node_index(page, o))
        for o in (
            "Northern Copper Corporation of Eastland",
            "Northern Copper Corporation of Eastland Ltd",
        )
    ]
    assert None not in drawn and drawn[0] != drawn[1]
    assert all(
        label.startswith("Northern") and label.endswith(("Eastland", "Ltd")) for label in drawn
    )
    _assert_clean(log)


def test_issue12_seeds_person_panel_draws_roles_and_events_on_a_timeline(browser, seeds_build):
    page, log = open_page(browser, seeds_build[0] / "graph.html")
    data = _data(page)

    def dated(i: int) -> tuple[int, int]:
        roles = sum(1 for m in data["memberships"] if m["person"] == i and m["first"])
        events = sum(
            1
            for p in data["participations"]
            if p["person"] == i and data["nodes"][p["event"]].get("start")
        )
        return roles, events

    people = [i for i, n in enumerate(data["nodes"]) if n["kind"] == "person"]
    person = max(people, key=lambda i: (min(dated(i)), sum(dated(i)), -i))
    roles, events = dated(person)
    assert roles and events, "no seeds person has both dated roles and dated events"
    page.evaluate("i => kgView.focus(i)", person)
    assert page.locator("#panel-body .timeline .tl-bar").count() == roles
    assert page.locator("#panel-body .timeline .tl-mark").count() == events
    assert page.locator(DANGEROUS).count() == 0
    _assert_clean(log)


def test_organisation_panel_draws_its_leadership_over_time(browser, tmp_path):
    page, log = _open(browser, sample_graph(), tmp_path)
    page.evaluate("i => kgView.focus(i)", _node_index(page, "Qingshan Mining Group"))
    bars = page.locator("#panel-body .timeline .tl-row")
    assert bars.count() == 2 and page.locator("#panel-body .timeline .tl-bar.former").count() == 1
    assert "Lena Hartwell" in bars.all_text_contents()[0] + bars.all_text_contents()[1]
    assert page.locator("#panel-body .timeline .tl-mark").count() == 0
    _assert_clean(log)
