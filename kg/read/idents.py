"""Article identifiers: the file name, unless another file of the build has the same name.

An article's `schema:identifier` (and so its IRI, its evidence's source and its
named graph) is its file name, as the graph model says. When two files of one
build have the same name (`kg build 2020 2021` with `2020/a.txt` and
`2021/a.txt`), each of them is identified by the shortest tail of its path that
tells them apart, with `/` between the parts: `2020/a.txt` and `2021/a.txt`
(or `x/2020/a.txt` and `y/2020/a.txt` when the folders have the same name too).
The tail depends only on the files that share the name, never on the order of
the sources or on other files, so every other article keeps its identifier.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.read.errors import file_ident


def _part(name: str) -> str:
    """A path component as text (bytes that are not UTF-8 shown as U+FFFD, as file_ident does)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _absolute(path: Path) -> tuple[str, ...]:
    """The components of `path` made absolute (without resolving links: names as the user sees them)."""
    return Path(os.path.abspath(path)).parts


def same_file_once(files: list[Path]) -> list[Path]:
    """`files` without a second mention of a path already listed (`kg build A A/a.txt`)."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for path in files:
        key = _absolute(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def article_identifiers(files: list[Path]) -> list[str]:
    """The identifier of each of `files` (distinct paths): its name, or a path tail when names clash."""
    names = [file_ident(path) for path in files]
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        groups.setdefault(name, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        parts = [_absolute(files[i]) for i in members]
        depth = 2
        while len({p[-depth:] for p in parts}) < len(parts) and depth < max(map(len, parts)):
            depth += 1
        for i, p in zip(members, parts, strict=True):
            tail = [_part(x) for x in p[-depth:]]
            if tail[0] == p[0] and len(p) <= depth:  # the whole path: keep its root once
                tail[0] = tail[0].rstrip("/\\")
            names[i] = "/".join(tail)
    return names
