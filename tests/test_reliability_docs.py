"""docs/reliability.md says what the code says: its messages are the code's, and the README points to it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg").rglob("*.py")))
PHRASES = [
    "could not be",
    " skipped",
    "damaged or foreign cache entries ignored",
    "cache unreadable (",
    "moved aside to",
    "another build is writing here; waiting for it to finish",
    "changed while the build was reading it; build again",
    "internal error: ",
    "articles.sqlite.damaged",
    ".kg-lock",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_reliability_docs_message_is_the_codes(phrase):
    assert phrase in DOC
    assert phrase.removeprefix("articles.sqlite") in SOURCE


def test_reliability_docs_readme_points_to_it():
    assert "docs/reliability.md" in (ROOT / "README.md").read_text(encoding="utf-8")
