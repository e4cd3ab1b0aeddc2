"""What a build reads: article files, and the records of JSON Lines and CSV files.

An input is a file `Path` (one article) or a :class:`~kg.read.records.Record` (one article of a
corpus file); this module gives every input its article identifier and reads it.
"""

from __future__ import annotations

from pathlib import Path

from kg.model import Article
from kg.read.idents import article_identifiers
from kg.read.records import PayloadSpill, Record, is_container, read_records, record_article

Input = Path | Record


def expand(
    files: list[Path], problems: list[str], spill: PayloadSpill | None = None
) -> list[Input]:
    """The inputs of `files`: each article file, and the records of each corpus file, in order
    (their bytes in `spill` when given: kg.read.records.PayloadSpill)."""
    out: list[Input] = []
    for path in files:
        if is_container(path):
            out.extend(read_records(path, problems, spill))
        else:
            out.append(path)
    if spill is not None:
        spill.flush()
    return out


def input_identifiers(inputs: list[Input]) -> list[str]:
    """Each input's article identifier, distinct within the build.

    Files: their name, or the shortest path tail that tells namesakes apart (kg.read.idents).
    Records: their `id`, or `<file name>:<line>` when they have none; when an `id` is used by
    more than one input, each of those records is `<file name>:<line>:<id>`."""
    paths = [item for item in inputs if isinstance(item, Path)]
    of_path = dict(zip(map(id, paths), article_identifiers(paths), strict=True))
    names = [
        of_path[id(item)] if isinstance(item, Path) else item.ident or item.where for item in inputs
    ]
    count: dict[str, int] = {}
    for name in names:
        count[name] = count.get(name, 0) + 1
    return [
        f"{item.where}:{name}" if isinstance(item, Record) and count[name] > 1 else name
        for item, name in zip(inputs, names, strict=True)
    ]


def read_input(item: Input, ident: str) -> Article:
    """The Article of an input (ArticleError, one line naming it, when it cannot be one)."""
    from kg.read import read_article

    if isinstance(item, Record):
        return record_article(item, ident)
    return read_article(item, ident)
