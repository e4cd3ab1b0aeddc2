"""The page's drawn labels, the place of nodes without links, and the dates its timeline draws
(issue 12, "the page reads at a glance"). The browser side is in test_html_browser.py."""

from __future__ import annotations

import random

import numpy as np
import pytest
from kg.export.html import page_data
from kg.export.html_labels import LIMIT, cut_label, short_labels, width
from kg.export.html_layout import compute_layout
from kg.vocab.namespaces import KGV, ORG, RDF
from rdflib import Literal
from tests.html_graphs import XSD_DATE, sample_graph


@pytest.mark.parametrize(
    "names",
    [
        ["Northern Copper Corporation of Eastland", "Northern Copper Corporation of Eastland Ltd"],
        ["Northern Copper Holdings Group Eastland Branch", "Northern Copper Holdings Group West"],
        ["北方铜业控股集团有限公司东部分公司", "北方铜业控股集团有限公司西部分公司"],
        [
            "Riverside Steel Group Company Limited Harbour Works",
            "Riverside Steel Group Company Limited Hill Works",
            "Riverside Steel Group Company Limited",
        ],
    ],
)
def test_names_sharing_their_beginning_get_different_cut_labels(names):
    shorts = short_labels(names)
    assert len(set(shorts)) == len(names)
    assert cut_label(names[0]) == cut_label(names[1])  # what the page drew before: one label
    assert all(width(s) <= LIMIT + 2 for s in shorts)


def test_a_cut_label_keeps_the_beginning_and_shows_where_the_names_differ():
    shorts = short_labels(
        ["Northern Copper Corporation of Eastland", "Northern Copper Corporation of Eastland Ltd"]
    )
    assert shorts == ["Northern…of Eastland", "Northern…of Eastland Ltd"]


def test_names_that_fit_are_kept_and_equal_names_stay_equal():
    names = ["Lin Qiao", "Harbour Bureau", "Lin Qiao", "A very long name of a made-up bureau"]
    shorts = short_labels(names)
    assert shorts[:3] == names[:3] and shorts[3] == "A very long name of a…"


def test_width_counts_a_han_character_as_two_letters():
    assert width("ab") == 2 and width("北方") == 4
    assert width(cut_label("北方铜业控股集团有限公司东部分公司")) <= LIMIT


def test_distinct_names_always_get_distinct_labels():
    rng = random.Random(5)
    words = ["Eastern", "Copper", "Group", "Company", "Limited", "Branch", "of", "Works", "Hill"]
    stems = [" ".join(rng.choice(words) for _ in range(5)) for _ in range(20)]
    names = sorted(
        {
            f"{stem} {' '.join(rng.choice(words) for _ in range(rng.randint(0, 4)))}".strip()
            for stem in stems
            for _ in range(6)
        }
    )
    shorts = short_labels(names)
    assert len(set(shorts)) == len(names)


def _box(points: list[tuple[int, int]]) -> tuple[float, float, float, float]:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def _area(box: tuple[float, float, float, float]) -> float:
    return max(box[2] - box[0], 1) * max(box[3] - box[1], 1)


def test_nodes_without_links_sit_in_a_small_disc_right_of_the_graph():
    connected = list(range(60))
    edges = [(i, (i * 7 + 3) % 60) for i in connected] + [(i, i + 1) for i in range(59)]
    isolated = list(range(60, 90))
    pos = compute_layout(connected + isolated, edges)
    main, aside = _box([pos[i] for i in connected]), _box([pos[i] for i in isolated])
    assert aside[0] > main[2]  # to the right
    assert main[1] <= (aside[1] + aside[3]) / 2 <= main[3]  # level with the graph
    assert _area(aside) < 0.25 * _area(main)
    gaps = [
        min(np.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]) for b in isolated if b != a)
        for a in isolated
    ]
    assert min(gaps) >= 30  # small, yet the nodes do not touch


def test_seeds_nodes_without_links_do_not_dominate_the_page(seeds_graph):
    data = page_data(seeds_graph)
    alone = [(n["x"], n["y"]) for n in data["nodes"] if n["degree"] == 0]
    linked = [(n["x"], n["y"]) for n in data["nodes"] if n["degree"] > 0]
    assert alone, "the seeds have organisations without links: this test needs some"
    main, aside = _box(linked), _box(alone)
    assert aside[0] > main[2] and _area(aside) < 0.2 * _area(main)


def test_seeds_labels_of_different_names_are_different(seeds_graph) -> None:
    nodes = page_data(seeds_graph)["nodes"]
    by_short: dict[str, set[str]] = {}
    for n in nodes:
        by_short.setdefault(n["short"], set()).add(n["label"])
    assert all(len(labels) == 1 for labels in by_short.values())
    assert any(n["short"] != n["label"] for n in nodes)


def test_timeline_data_roles_with_their_span_and_end_events_with_their_dates():
    graph = sample_graph()
    former = next(
        m
        for m in graph.subjects(RDF.type, ORG.Membership)
        if (m, KGV.status, Literal("former")) in graph
    )
    graph.add((former, KGV.endedBefore, Literal("2022-01-10", datatype=XSD_DATE)))
    data = page_data(graph)
    label = [n["label"] for n in data["nodes"]]
    spans = {
        (label[m["person"]], m["role"]): (m["first"], m["last"], m["status"], m["ended"])
        for m in data["memberships"]
    }
    assert spans == {
        ("Zhou Minghai", "Chairman"): ("2021-03-05", "2023-08-11", "current", ""),
        ("Lena Hartwell", "General Manager (President)"): (
            "2021-03-05",
            "2021-03-05",
            "former",
            "2022-01-10",
        ),
    }
    meeting = next(n for n in data["nodes"] if n["kind"] == "event")
    assert meeting["start"] == "2021-03-04" and "end" not in meeting
    parts = {(label[p["person"]], label[p["event"]]) for p in data["participations"]}
    assert parts == {
        ("Zhou Minghai", "Annual work conference"),
        ("Lena Hartwell", "Annual work conference"),
    }
