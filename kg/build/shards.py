"""Writing the nodes that join articles in shards, so that a rebuild rewrites only what changed.

Persons (with their memberships) and organisations of the merged graph are
spread over SHARDS shards by a stable hash of their key. A shard's Turtle depends only on
the merged state of its nodes, so its *signature* (a hash of that state in a
canonical form, plus the code fingerprint) keys a cache: after a few articles
change, only the shards holding nodes they touch are written again. Roles are
written once, from all memberships. The shards' triples together are exactly
the triples of :class:`~kg.build.incremental.GlobalWriter` on the whole merge.
"""
from __future__ import annotations

import hashlib
import zlib
from dataclasses import is_dataclass, replace
from datetime import date

from kg.build.merge import Merged
from kg.build.triples import TripleSet
from kg.export.turtle import turtle_body

SHARDS = 4096


def canon(value):
    """A canonical, order-free, comparable form of merged state (sets and counters sorted)."""
    kind = type(value)
    if value is None or kind in _PLAIN:
        return value
    if kind in (set, frozenset):
        return ("set", _sorted([canon(v) for v in value]))
    if isinstance(value, dict):  # Counter too
        return ("map", _sorted([(canon(k), canon(v)) for k, v in value.items()]))
    if kind in (list, tuple):
        return tuple([canon(v) for v in value])
    if kind is date:
        return value.isoformat()
    if is_dataclass(value):
        return (kind.__name__, *[canon(v) for v in vars(value).values()])
    return repr(value)


_PLAIN = {str, int, float, bool}


def _sorted(items: list) -> tuple:
    try:
        return tuple(sorted(items))
    except TypeError:  # mixed types (None beside str)
        return tuple(sorted(items, key=repr))


def shard_of(key) -> int:
    return zlib.crc32(repr(key).encode("utf-8")) % SHARDS


def split_shards(merged: Merged) -> dict[int, Merged]:
    """The persons, organisations and memberships of `merged`, by shard (no articles, no events)."""
    shards: dict[int, Merged] = {}

    def part(key) -> Merged:
        index = shard_of(key)
        if index not in shards:
            shards[index] = Merged(copies=merged.copies)
        return shards[index]

    for key, node in merged.persons.items():
        part(("person", key)).persons[key] = node
    for key, node in merged.orgs.items():
        part(("org", key)).orgs[key] = node
    for key, node in merged.memberships.items():  # with their person: one block per person
        part(("person", node.person)).memberships[key] = node
    return shards


def signature(shard: Merged, salt: str) -> str:
    """Hash of the shard's state (and of `salt`: the code fingerprint)."""
    state = (canon(shard.persons), canon(shard.orgs), canon(shard.memberships))
    return hashlib.sha256((salt + repr(state)).encode("utf-8")).hexdigest()


def write_shards(merged: Merged, make_writer, prefixes: dict[str, str], cache=None, salt: str = ""):
    """(Turtle, triple count) of all joining nodes: roles first, then each shard in order.

    `make_writer(roles=...)` returns a fresh GlobalWriter; `cache` (optional)
    has `get_shards(signatures)` and `put_shards({signature: (turtle, count)})`.
    """
    roles = make_writer(roles=True).write(replace(merged, articles={}, persons={}, orgs={}, events=[]))
    parts, count = [turtle_body(roles, prefixes)], len(roles)
    shards = sorted(split_shards(merged).items())
    salt += repr(canon({k: v for k, v in merged.copies.items() if v}))  # duplicates change memberships
    sigs = [signature(shard, salt) for _, shard in shards]
    known = cache.get_shards(sigs) if cache else {}
    fresh = {}
    for (_, shard), sig in zip(shards, sigs):
        if sig not in known:
            triples: TripleSet = make_writer(roles=False).write(shard)
            known[sig] = fresh[sig] = (turtle_body(triples, prefixes), len(triples))
        parts.append(known[sig][0])
        count += known[sig][1]
    if cache:
        cache.put_shards(fresh)
    return b"".join(parts), count, set(sigs)
