"""Writing the nodes that join articles in shards, so that a rebuild rewrites only what changed.

Persons (with their memberships) and organisations are spread over SHARDS
shards by a stable hash of their key (for persons, of their blocking key, so
that every person one name may denote falls in one shard and is resolved there,
:mod:`kg.assemble.identity`). An article *touches* the shards of the
persons and organisations it names; the worker finds them from the article
alone (keys depend only on the article and the vocabularies). A shard's merged
state, and so its Turtle, depends only on the articles that touch it, so its
*signature* is a hash of their cache keys (file name, bytes, code fingerprint)
and of the build's duplicates: a rebuild writes only the shards whose
signature is new, and merges only the articles that touch them. The role
concepts are written once, from the roles each shard's memberships use (kept
with the shard's Turtle).
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

from kg.assemble.graph import GraphWriter, used_roles
from kg.assemble.identity import block_of
from kg.assemble.merge import Merged
from kg.assemble.triples import TripleSet
from kg.export.turtle import turtle_body

SHARDS = 4096


def shard_of(key: tuple[str, str]) -> int:
    return zlib.crc32(repr(key).encode("utf-8")) % SHARDS


def split_shards(merged: Merged) -> dict[int, Merged]:
    """The persons, organisations and memberships of `merged`, by shard (no articles, no events)."""
    shards: dict[int, Merged] = {}

    def part(key: tuple[str, str]) -> Merged:
        index = shard_of(key)
        if index not in shards:
            shards[index] = Merged(copies=merged.copies)
        return shards[index]

    for key, node in merged.persons.items():
        part(("person", block_of(key))).persons[key] = node
    for key, org in merged.orgs.items():
        part(("org", key)).orgs[key] = org
    for ident, membership in merged.memberships.items():  # with their person: one block per person
        part(("person", block_of(membership.person))).memberships[ident] = membership
    return shards


def person_shards(merged: Merged) -> tuple[int, ...]:
    """The shards the persons (and so the memberships) of `merged` fall in."""
    return tuple(sorted({shard_of(("person", block_of(key))) for key in merged.persons}))


def touched_shards(merged: Merged) -> tuple[int, ...]:
    """The shards the nodes of `merged` (one article's) fall in."""
    return tuple(
        sorted(set(person_shards(merged)) | {shard_of(("org", key)) for key in merged.orgs})
    )


def signatures(touching: dict[int, list[str]], salt: str) -> dict[int, str]:
    """Each shard's signature: a hash of `salt`, its index and the cache keys of the articles touching it."""
    return {
        index: hashlib.sha256(
            "\n".join([salt, str(index), *sorted(keys)]).encode("utf-8")
        ).hexdigest()
        for index, keys in touching.items()
    }


@dataclass(frozen=True)
class ShardText:
    """What a shard contributes to graph.ttl: its Turtle, its triple count, the roles it uses."""

    turtle: bytes
    triples: int
    roles: frozenset[tuple[str, str, str]]


def write_shard(
    shard: Merged, writer: GraphWriter[TripleSet], prefixes: dict[str, str]
) -> ShardText:
    """The shard's nodes as Turtle, written by `writer` (a fresh GlobalWriter without role concepts)."""
    triples: TripleSet = writer.write(shard)
    return ShardText(turtle_body(triples, prefixes), len(triples), frozenset(used_roles(shard)))


def write_roles(
    texts: list[ShardText], writer: GraphWriter[TripleSet], prefixes: dict[str, str]
) -> tuple[bytes, int]:
    """The role concepts all shards use, and the role scheme: (Turtle, triple count)."""
    return roles_turtle(set().union(*(text.roles for text in texts)), writer, prefixes)


def roles_turtle(
    roles: set[tuple[str, str, str]], writer: GraphWriter[TripleSet], prefixes: dict[str, str]
) -> tuple[bytes, int]:
    """The role concepts `roles` ((notation, title key, title)) and the role scheme: (Turtle,
    triple count)."""
    writer.role_concepts(roles)
    return turtle_body(writer.g, prefixes), len(writer.g)


def shard_groups(indices: list[int], weight: dict[int, int], budget: int) -> list[list[int]]:
    """`indices` (sorted) cut into runs, in order, each of total `weight` (articles whose persons
    fall in the shard) at most `budget` unless one shard alone weighs more: the shards merged
    together, so that what one merge holds is bounded whatever the corpus (decision 015)."""
    groups: list[list[int]] = []
    total = budget + 1
    for index in indices:
        w = weight.get(index, 0)
        if total + w > budget and (not groups or groups[-1]):
            groups.append([])
            total = 0
        groups[-1].append(index)
        total += w
    return [group for group in groups if group]
