"""Helpers of the scale tests: a small generated corpus built with the gold as extractor."""

from __future__ import annotations

import contextlib
from pathlib import Path

from benchmarks.generate_corpus import generate
from benchmarks.oracle import install_oracle


@contextlib.contextmanager
def oracle_extractors(corpus: Path):
    """Within the block, the corpus gold is the extractor of both languages; the real ones come back after."""
    from kg import extract

    extract.load_builtins()  # registered before saving, so that they come back after the block
    saved = dict(extract.EXTRACTORS)
    install_oracle(corpus / "gold")
    try:
        yield
    finally:
        extract.EXTRACTORS.clear()
        extract.EXTRACTORS.update(saved)


def make_corpus(folder: Path, n: int = 30, seed: int = 3) -> Path:
    """A generated corpus of `n` articles under `folder` (articles/ and gold/)."""
    generate(n, seed, folder)
    return folder
