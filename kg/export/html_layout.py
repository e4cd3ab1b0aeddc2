"""Node positions for the HTML view, computed once in Python so the page opens still.

Each connected component is laid out on its own: small ones with networkx's
spring layout, large ones (where networkx's O(n^2) layouts take a minute) by
a start from hop distances to pivot nodes, refined with Fruchterman-Reingold forces whose repulsion is
limited to nearby nodes (found with a k-d tree). Components are then packed in
rows, largest first, scaled so that every node gets about the same room.
Nodes without any link are set aside in a small disc to the right of the rest.
Positions are rounded to integers and everything is seeded: the same graph
gives the same positions.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

SEED = 7
SPACING = 110.0  # page pixels of room per node (the side of its square)
SMALL = 250  # components up to this size use networkx's Kamada-Kawai layout
MEDIUM = 600  # then networkx's spring layout up to this size
GAP = 190.0  # horizontal room between packed components (a label is wider than a node)
CLEARANCE = (
    64.0  # least distance between two nodes, in pixels (horizontally twice that, for labels)
)
LARGE_ITERATIONS = 100
ASIDE_SPACING = 26.0  # nodes without links: a disc where neighbours are about 1.8 times this apart


def compute_layout(nodes: list[int], edges: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Integer (x, y) for each of `nodes` given undirected `edges` between them."""
    graph: nx.Graph[int] = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from(sorted((min(a, b), max(a, b)) for a, b in edges if a != b))
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    placed = [_component(graph.subgraph(sorted(part))) for part in parts if len(part) > 1]
    connected = _pack(placed)
    return {
        **connected,
        **_aside(sorted(n for part in parts if len(part) == 1 for n in part), connected),
    }


def _component(sub: nx.Graph) -> dict[int, np.ndarray]:
    """Positions of one component, centred at 0 and scaled to its share of room."""
    order = list(sub.nodes)
    if len(order) == 1:
        return {order[0]: np.zeros(2)}
    if len(order) <= SMALL:
        raw = nx.kamada_kawai_layout(sub)
    elif len(order) <= MEDIUM:
        raw = nx.spring_layout(sub, seed=SEED, iterations=200)
    pos = np.array([raw[n] for n in order]) if len(order) <= MEDIUM else _large_layout(sub, order)
    pos = pos - pos.mean(axis=0)
    radius = np.sqrt((pos**2).sum(axis=1)).max() or 1.0
    pos = _separate(pos * (SPACING * math.sqrt(len(order)) * 0.62 / radius))
    return dict(zip(order, pos, strict=False))


def _separate(pos: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push apart nodes closer than CLEARANCE (measured with x halved, as labels are wide)."""
    squash = np.array([0.5, 1.0])
    for _ in range(rounds):
        view = pos * squash
        pairs = cKDTree(view).query_pairs(CLEARANCE, output_type="ndarray")
        if not len(pairs):
            break
        delta = view[pairs[:, 0]] - view[pairs[:, 1]]
        dist = np.sqrt((delta**2).sum(axis=1))
        tied = dist < 1e-9
        delta[tied], dist[tied] = (1.0, 0.0), 1.0
        push = delta * ((CLEARANCE - dist) / (2 * dist))[:, None] / squash
        pos = pos + _scatter(pairs[:, 0], push, len(pos)) - _scatter(pairs[:, 1], push, len(pos))
    return pos


def _large_layout(sub: nx.Graph, order: list[int]) -> np.ndarray:
    """Spectral start, then force refinement with repulsion only between near nodes."""
    index = {n: i for i, n in enumerate(order)}
    edges = np.array([(index[a], index[b]) for a, b in sub.edges], dtype=np.int64)
    pos = _pivot_start(sub, order) + np.random.default_rng(SEED).uniform(-0.5, 0.5, (len(order), 2))
    # Hop distances crowd most nodes into a few points: spread each axis evenly
    # by rank, which keeps the global order and gives the forces room.
    ranks = np.argsort(np.argsort(pos, axis=0, kind="stable"), axis=0, kind="stable")
    return _refine(ranks / (len(order) - 1) * 2.0 - 1.0, edges)


def _pivot_start(sub: nx.Graph, order: list[int]) -> np.ndarray:
    """Coordinates from hop distances to far-apart pivot nodes (exact integers, so repeatable).

    An eigen-solver (spectral layout) gives a similar start, but its last bits
    vary from run to run, and the forces after it amplify them.
    """

    def hops(source: int) -> np.ndarray:
        lengths = nx.single_source_shortest_path_length(sub, source)
        return np.array([lengths[n] for n in order], dtype=float)

    def farthest(distance: np.ndarray) -> int:
        return order[int(np.argmax(distance))]  # argmax takes the first: ties go to the lowest node

    a = farthest(hops(order[0]))
    from_a = hops(a)
    from_b = hops(farthest(from_a))
    from_c = hops(farthest(np.minimum(from_a, from_b)))
    return np.stack([from_a - from_b, from_c - (from_a + from_b) / 2], axis=1)


def _refine(pos: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold with the grid variant's cut-off: repulsion within 2k only."""
    n = len(pos)
    pos = (pos - pos.mean(axis=0)) / (np.abs(pos).max() or 1.0)
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    for _ in range(LARGE_ITERATIONS):
        disp = _repulsion(pos, k) + _far_repulsion(pos, k) + _attraction(pos, edges, k)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos = pos + disp * (np.minimum(length, temperature) / length)[:, None]
        pos -= pos * 0.01  # gravity keeps loose ends from drifting away
        temperature *= 0.97
    return pos


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    pairs = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
    disp = np.zeros_like(pos)
    if len(pairs):
        delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        dist2 = np.maximum((delta**2).sum(axis=1), 1e-12)
        force = delta * (k * k / dist2)[:, None]
        disp = _scatter(pairs[:, 0], force, len(pos)) - _scatter(pairs[:, 1], force, len(pos))
    return disp


def _far_repulsion(pos: np.ndarray, k: float, cells: int = 12) -> np.ndarray:
    """Repulsion from the centres of mass of a coarse grid (a one-level Barnes-Hut)."""
    low, high = pos.min(axis=0), pos.max(axis=0)
    size = np.maximum((high - low) / cells, 1e-9)
    cell = np.minimum(((pos - low) / size).astype(np.int64), cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(flat, minlength=cells * cells).astype(float)
    used = mass > 0
    centre = _scatter(flat, pos, cells * cells)[used] / mass[used][:, None]
    dx = pos[:, 0:1] - centre[None, :, 0]
    dy = pos[:, 1:2] - centre[None, :, 1]
    weight = (k * k) * mass[used] / np.maximum(dx * dx + dy * dy, (size**2).sum())
    return np.stack([(dx * weight).sum(axis=1), (dy * weight).sum(axis=1)], axis=1)


def _attraction(pos: np.ndarray, edges: np.ndarray, k: float) -> np.ndarray:
    disp = np.zeros_like(pos)
    if len(edges):
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        dist = np.sqrt((delta**2).sum(axis=1))
        force = delta * (dist / k)[:, None]
        disp = _scatter(edges[:, 1], force, len(pos)) - _scatter(edges[:, 0], force, len(pos))
    return disp


def _scatter(index: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Row sums of `values` grouped by `index` (a fast np.add.at)."""
    return np.stack(
        [np.bincount(index, values[:, 0], n), np.bincount(index, values[:, 1], n)], axis=1
    )


def _pack(placed: list[dict[int, np.ndarray]]) -> dict[int, tuple[int, int]]:
    """Shelf-pack the components in rows (largest first) into a roughly square area."""
    if not placed:
        return {}
    boxes = [_bounds(p) for p in placed]
    area = sum((b[2] - b[0] + GAP) * (b[3] - b[1] + SPACING) for b in boxes)
    row_width = max(math.sqrt(area) * 1.15, max(b[2] - b[0] for b in boxes))
    result: dict[int, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for part, (x0, y0, x1, y1) in zip(placed, boxes, strict=False):
        if x > 0 and x + (x1 - x0) > row_width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        for node, p in part.items():
            result[node] = (round(x + p[0] - x0), round(y + p[1] - y0))
        x += x1 - x0 + GAP
        row_height = max(row_height, y1 - y0)
    return result


def _aside(
    isolated: list[int], connected: dict[int, tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """Nodes without links: a small sunflower disc right of the connected part, its centre level
    with the middle of that part, so they stay findable without taking the first view."""
    if not isolated:
        return {}
    radius = ASIDE_SPACING * math.sqrt(len(isolated))
    if connected:
        xs, ys = zip(*connected.values(), strict=True)
        cx, cy = max(xs) + GAP + radius, (min(ys) + max(ys)) / 2
    else:
        cx = cy = 0.0
    golden = math.pi * (3 - math.sqrt(5))
    return {
        node: (
            round(cx + ASIDE_SPACING * math.sqrt(k + 0.5) * math.cos(k * golden)),
            round(cy + ASIDE_SPACING * math.sqrt(k + 0.5) * math.sin(k * golden)),
        )
        for k, node in enumerate(isolated)
    }


def _bounds(part: dict[int, np.ndarray]) -> tuple[float, float, float, float]:
    pts = np.array(list(part.values()))
    return pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()
