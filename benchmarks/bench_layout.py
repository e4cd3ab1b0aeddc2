"""The page's layout: kg's own (kg.export.html_layout) against python-igraph's compiled layouts.

    python -m benchmarks.bench_layout [--nodes 1000 5000]

For generated graphs of the given sizes (tests/html_graphs.generated_graph, the graph the page
benchmark draws) it lays out the drawn nodes with kg's layout and with igraph's
Fruchterman-Reingold (grid repulsion) and DrL, each placed the same way afterwards (components
packed, nodes scaled to the same room and pushed apart by kg's _separate), and prints per
layout: seconds, the share of nodes whose label box (120 x 24 px, the page's label at the first
zoom) overlaps another's, the mean link length in units of the node spacing, and whether two runs
give the same positions. igraph is not a dependency of kg: install python-igraph to run it.
"""

from __future__ import annotations

import argparse
import math
import random
import time

import networkx as nx
import numpy as np
from kg.export import html_layout
from kg.export.html import choose_drawn
from kg.export.html_view import read_view
from tests.html_graphs import generated_graph

LABEL_W, LABEL_H = 120.0, 24.0


def graph_of(nodes: int) -> tuple[list[int], list[tuple[int, int]]]:
    view = read_view(generated_graph(nodes=nodes))
    drawn = choose_drawn(view, None)
    edges = [(e["from"], e["to"]) for e in view.edges if e["from"] in drawn and e["to"] in drawn]
    return sorted(drawn), edges


def igraph_layout(method: str):
    """A kg-shaped layout function whose components are laid out by igraph's `method`."""
    import igraph as ig

    def component(sub: nx.Graph) -> dict[int, np.ndarray]:
        order = list(sub.nodes)
        if len(order) == 1:
            return {order[0]: np.zeros(2)}
        ig.set_random_number_generator(random.Random(html_layout.SEED))  # reproducible runs
        index = {n: i for i, n in enumerate(order)}
        g = ig.Graph(n=len(order), edges=[(index[a], index[b]) for a, b in sub.edges])
        seed = np.random.default_rng(html_layout.SEED).random((len(order), 2)).tolist()
        if method == "fr":
            raw = g.layout_fruchterman_reingold(seed=seed, grid=len(order) > 1000)
        else:
            raw = g.layout_drl(seed=seed)
        pos = np.array(raw.coords, dtype=float)
        pos = pos - pos.mean(axis=0)
        radius = np.sqrt((pos**2).sum(axis=1)).max() or 1.0
        pos = html_layout._separate(
            pos * (html_layout.SPACING * math.sqrt(len(order)) * 0.62 / radius)
        )
        return dict(zip(order, pos, strict=False))

    def layout(nodes: list[int], edges: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
        graph: nx.Graph[int] = nx.Graph()
        graph.add_nodes_from(nodes)
        graph.add_edges_from((min(a, b), max(a, b)) for a, b in edges if a != b)
        parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
        return html_layout._pack([component(graph.subgraph(sorted(p))) for p in parts])

    return layout


def overlap_share(pos: dict[int, tuple[int, int]]) -> float:
    """The share of nodes whose label box overlaps another node's."""
    from scipy.spatial import cKDTree

    keys = sorted(pos)
    points = np.array([pos[k] for k in keys], dtype=float) / [LABEL_W, LABEL_H]
    pairs = cKDTree(points).query_pairs(1.0, p=np.inf)  # boxes overlap: |dx| < W and |dy| < H
    hit = {i for pair in pairs for i in pair}
    return len(hit) / len(keys)


def link_length(pos: dict[int, tuple[int, int]], edges: list[tuple[int, int]]) -> float:
    lengths = [math.dist(pos[a], pos[b]) for a, b in edges if a != b]
    return float(np.mean(lengths)) / html_layout.SPACING if lengths else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[1000, 5000])
    args = ap.parse_args(argv)
    layouts = {"kg (networkx + own FR)": html_layout.compute_layout}
    try:
        layouts["igraph FR (grid)"] = igraph_layout("fr")
        layouts["igraph DrL"] = igraph_layout("drl")
    except ImportError:
        print("python-igraph is not installed: only kg's layout is measured")
    print("nodes | layout | seconds | label overlap | mean link length | same twice")
    for size in args.nodes:
        nodes, edges = graph_of(size)
        for name, layout in layouts.items():
            start = time.perf_counter()
            first = layout(nodes, edges)
            seconds = time.perf_counter() - start
            same = layout(nodes, edges) == first
            print(
                f"{len(nodes)} | {name} | {seconds:.2f} | {overlap_share(first):.1%} | "
                f"{link_length(first, edges):.2f} | {same}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
