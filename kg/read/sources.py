"""Command-line sources (files and folders) -> the article files to read, sorted.

A folder contributes its article files (`*.txt`, `*.html`, `*.htm`, not
hidden, not recursive), sorted by name. A path that does not exist, or a folder
holding no article file, is a :class:`SourceError` with a one-line message.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


class SourceError(ValueError):
    """A source path given by the user that holds nothing to read."""


def folder_articles(folder: Path) -> list[Path]:
    """The article files directly inside `folder`, sorted by name."""
    return sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                   and p.suffix.casefold() in ARTICLE_SUFFIXES), key=lambda p: p.name)


def list_article_files(sources: Iterable[str | Path]) -> list[Path]:
    """Every article file named by `sources` (files as given, folders expanded), without repeats."""
    found: list[Path] = []
    for source in map(Path, sources):
        if source.is_dir():
            files = folder_articles(source)
            if not files:
                kinds = ", ".join(f"*{s}" for s in ARTICLE_SUFFIXES)
                raise SourceError(f"{source}: folder holds no articles (no {kinds} files)")
            found.extend(files)
        elif source.exists():
            found.append(source)
        else:
            raise SourceError(f"{source}: no such file or folder")
    return list(dict.fromkeys(found))
