"""The error raised for a file that cannot be read as an article."""
from __future__ import annotations

from pathlib import Path


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message names the file.

    The message is one line, `<file name>: <problem>`, fit to show a person.
    """

    def __init__(self, path: str | Path, problem: str):
        problem = " ".join(str(problem).split())
        super().__init__(f"{Path(path).name}: {problem}")
        self.path = str(path)
        self.problem = problem
