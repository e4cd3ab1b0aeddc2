"""The error raised for a file that cannot be read as an article."""

from __future__ import annotations

import re
from pathlib import Path

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def file_ident(path: str | Path) -> str:
    """The article identifier: the file name, with bytes that are not UTF-8 shown as U+FFFD."""
    return Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def printable_name(path: str | Path) -> str:
    """The file name of `path` fit for one line: control characters shown as escapes."""
    return printable(file_ident(path))


def printable(name: str) -> str:
    """`name` fit for one line: control characters shown as escapes."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], name)


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message names the file.

    The message is one line, `<file name>: <problem>`, fit to show a person.
    """

    def __init__(self, path: str | Path, problem: str, name: str | None = None):
        problem = " ".join(str(problem).split())
        shown = printable(name) if name else printable_name(path)  # name: the article identifier
        super().__init__(f"{shown}: {problem}")
        self.path = str(path)
        self.problem = problem


def failure(name: str, stage: str, exc: BaseException, limit: int = 200) -> str:
    """One line for an article that raised `exc` while being `stage` ("read" or "extracted"):
    `<name>: could not be <stage>: <exception type>: <message>` (the message cut to `limit`)."""
    reason = " ".join(str(exc).split())
    reason = reason if len(reason) <= limit else reason[: limit - 1] + "…"
    kind = type(exc).__name__
    shown = printable(name)
    return (
        f"{shown}: could not be {stage}: {kind}: {reason}"
        if reason
        else f"{shown}: could not be {stage}: {kind}"
    )
