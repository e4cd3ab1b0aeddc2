"""What a rebuild can keep of the previous build's outputs, and proof that it may: the previous
build's manifest, and the change of graph.ttl (kg.export.patch patches TriG and JSON-LD with it).

graph.ttl is written as blocks, one per subject (its first line starts with the subject, the
others with a tab), every subject in one block. Comparing the previous graph.ttl with the new one
block by block gives the :class:`Change`: the blocks that left and those that came. Each other
output is a function of the triples, and each is reused as far as the change provably leaves it
alone (decision 014):

- JSON-LD and TriG are patched where the change is (kg.export.patch).
- GraphML and the page read the graph only through look-ups by predicate (TripleIndex): the
  previous build recorded which predicates (:class:`RecordingIndex`), and when no triple with one
  of them changed, and the subjects kept their order, the files are kept as they are.
- The Oxigraph store: the previous one is copied (hard links) and only the changed triples are
  removed and added (kg.export.store).

Nothing is trusted blindly: the previous files are used only when their SHA-256 is what the
previous build recorded in DIR/.kg-cache/outputs.json, a manifest sealed with the cache's HMAC
(decision 010), under a key of the code (every file of the kg package), the library versions
and the options that shape the outputs. Whatever fails a check is written whole, as a fresh
build writes it; the bytes are the same either way (tests/test_output_reuse.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.export.atomic import atomic_write_bytes
from kg.export.oxterms import ParsedGraph, TripleIndex, parse_turtle

MANIFEST = Path(".kg-cache") / "outputs.json"
_BLOCK_END = re.compile(rb"\n(?=[^\t])")  # a newline before a line that starts a block


@lru_cache(maxsize=1)
def code_key() -> str:
    """A hash of every file of the kg package (code, vocabularies, page templates) and of the
    versions of the libraries that write the outputs."""
    root = Path(kg.__file__).parent
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for name in ("pyoxigraph", "rdflib", "networkx", "pyvis"):
        digest.update(f"{name}={metadata.version(name)}\0".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in blocks (a graph.ttl too big to hold)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Blocks:
    """A Turtle document written by kg: its @prefix lines, and its blocks (without their last
    newline) with their subjects, in order."""

    header: bytes
    parts: list[bytes]
    subjects: list[bytes]
    _by_subject: dict[bytes, bytes] | None = None

    @classmethod
    def split(cls, data: bytes) -> Blocks | None:
        """The blocks of `data`; None when a subject has two blocks (then nothing is reused)."""
        parts = _BLOCK_END.split(data) if data else []
        if parts and parts[-1].endswith(b"\n"):
            parts[-1] = parts[-1][:-1]
        prefixes = 0
        while prefixes < len(parts) and parts[prefixes].startswith(b"@prefix "):
            prefixes += 1
        header = b"".join(part + b"\n" for part in parts[:prefixes])
        blocks = parts[prefixes:]
        subjects = [block[: block.find(b" ")] for block in blocks]
        if len(set(subjects)) != len(subjects):
            return None
        return cls(header, blocks, subjects)

    def block(self, subject: bytes) -> bytes | None:
        """The block of `subject` (with its newline), or None."""
        if self._by_subject is None:
            self._by_subject = dict(zip(self.subjects, self.parts, strict=True))
        found = self._by_subject.get(subject)
        return None if found is None else found + b"\n"


@dataclass
class Change:
    """How a new graph.ttl differs from the previous one: the blocks that left (as they were)
    and the blocks that came, and whether the subjects both have keep their order."""

    header: bytes
    removed: list[bytes]
    added: list[bytes]
    same_order: bool
    new_blocks: Blocks | None  # None when nothing changed
    _parsed: dict[str, ParsedGraph] = field(default_factory=dict)

    @classmethod
    def between(cls, old: Blocks, new: Blocks) -> Change | None:
        if old.header != new.header:
            return None
        if old.subjects == new.subjects:  # the usual rebuild: the same subjects, some edited
            pairs = [(a, b) for a, b in zip(old.parts, new.parts, strict=True) if a != b]
            removed, added = [a + b"\n" for a, _ in pairs], [b + b"\n" for _, b in pairs]
            return cls(new.header, removed, added, True, new)
        old_set, new_set = set(old.parts), set(new.parts)
        removed = [block + b"\n" for block in old.parts if block not in new_set]
        added = [block + b"\n" for block in new.parts if block not in old_set]
        common = set(old.subjects).intersection(new.subjects)
        same_order = [s for s in old.subjects if s in common] == [
            s for s in new.subjects if s in common
        ]
        return cls(new.header, removed, added, same_order, new)

    @classmethod
    def none(cls) -> Change:
        """No change: the new graph.ttl is the previous one."""
        return cls(b"", [], [], True, None)

    @property
    def empty(self) -> bool:
        return not self.removed and not self.added

    def old_triples(self) -> ParsedGraph:
        """The triples of the blocks that left."""
        return self._parse("old", self.removed)

    def new_triples(self) -> ParsedGraph:
        """The triples of the blocks that came."""
        return self._parse("new", self.added)

    def _parse(self, side: str, blocks: list[bytes]) -> ParsedGraph:
        if side not in self._parsed:
            self._parsed[side] = parse_turtle(self.header + b"".join(blocks))
        return self._parsed[side]

    def keeps(self, wanted: Callable[[ox.Triple], bool]) -> bool:
        """Whether the triples `wanted` selects are the same, in the same document order, in the
        previous graph and the new one (the unchanged blocks hold the same triples)."""
        if not self.same_order:
            return False
        return _by_subject(self.old_triples().triples, wanted) == _by_subject(
            self.new_triples().triples, wanted
        )


def _by_subject(triples: Iterable[ox.Triple], wanted: Callable[[ox.Triple], bool]) -> dict:
    found: dict = {}
    for t in triples:
        if wanted(t):
            found.setdefault(t.subject, []).append(t)
    return found


@dataclass
class Previous:
    """The previous build's outputs in a folder, as its manifest records them."""

    folder: Path
    options: dict  # the options that shaped them (kg.export.outputs.write_outputs)
    files: dict[str, str]  # output name -> SHA-256 of the bytes written
    views: list[str] | None  # predicates the GraphML and page writers read (None: unknown)
    turtle: bytes = b""  # graph.ttl, checked against `files`
    _read: dict[str, bytes | None] = field(default_factory=dict)
    _changes: dict[bytes, Change | None] = field(default_factory=dict)

    def read(self, name: str) -> bytes | None:
        """Output `name` as the previous build wrote it, or None (not written, or changed since)."""
        if name not in self._read:
            self._read[name] = self._check(name)
        return self._read[name]

    def _check(self, name: str) -> bytes | None:
        expected = self.files.get(name)
        if expected is None:
            return None
        try:
            data = (self.folder / name).read_bytes()
        except OSError:
            return None
        return data if sha256(data) == expected else None

    def unchanged(self, name: str) -> bool:
        return self.read(name) is not None

    def change(self, turtle: bytes) -> Change | None:
        """How `turtle` differs from the previous graph.ttl, block by block (None: not known)."""
        if turtle not in self._changes:
            self._changes.clear()
            self._changes[turtle] = self._change(turtle)
        return self._changes[turtle]

    def _change(self, turtle: bytes) -> Change | None:
        if turtle == self.turtle:
            return Change.none()
        old, new = Blocks.split(self.turtle), Blocks.split(turtle)
        return Change.between(old, new) if old is not None and new is not None else None


def load_previous(folder: Path) -> Previous | None:
    """The previous build's outputs in `folder`, when its manifest is sealed (kg.assemble.cache:
    the user's secret), was written by this very code, and graph.ttl is the one it recorded;
    else None."""
    try:
        sealed = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest = sealed["manifest"]
        if not hmac.compare_digest(str(sealed["seal"]), _seal(folder, manifest)):
            return None
        if manifest.get("code") != code_key():
            return None
        previous = Previous(
            folder, dict(manifest["options"]), dict(manifest["files"]), manifest.get("views")
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    turtle = previous.read("graph.ttl")
    if turtle is None:
        return None
    previous.turtle = turtle
    return previous


def save_manifest(
    folder: Path, options: dict, written: dict[str, str], views: list[str] | None
) -> None:
    """Record what this build wrote (name -> SHA-256) for the next one, sealed."""
    manifest = {
        "code": code_key(),
        "options": options,
        "files": dict(sorted(written.items())),
        "views": views,
    }
    data = {"manifest": manifest, "seal": _seal(folder, manifest)}
    path = folder / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(data, indent=1).encode("utf-8"))


def _seal(folder: Path, manifest: dict) -> str:
    from kg.assemble.cache import seal  # the cache's secret and HMAC (decision 010)

    text = json.dumps(manifest, sort_keys=True).encode("utf-8")
    return seal("outputs", str(folder.resolve()), text).hex()


class RecordingIndex(TripleIndex):
    """A TripleIndex that notes the predicates it is asked about (None among them: any)."""

    def __init__(self, parsed: ParsedGraph):
        super().__init__(parsed)
        self.asked: set[str | None] = set()

    def objects(self, subject, predicate):
        self.asked.add(None if predicate is None else str(predicate))
        return super().objects(subject, predicate)

    def subjects(self, predicate, object):
        self.asked.add(None if predicate is None else str(predicate))
        return super().subjects(predicate, object)

    def subject_objects(self, predicate):
        self.asked.add(None if predicate is None else str(predicate))
        return super().subject_objects(predicate)

    def value(self, subject, predicate):
        self.asked.add(None if predicate is None else str(predicate))
        return super().value(subject, predicate)

    def read_predicates(self) -> list[str] | None:
        if None in self.asked:
            return None
        return sorted(p for p in self.asked if p is not None)
