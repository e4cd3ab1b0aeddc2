"""docs/input.md (the README's "Input" section) says what the code does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kg.assemble.pipeline import ARTICLE_SUFFIXES
from kg.read import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "input.md").read_text(encoding="utf-8")
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg").rglob("*.py")))
MESSAGES = re.findall(r"^\|[^|]+\| `([^`]+)`", DOC, flags=re.MULTILINE)


def test_input_docs_table_lists_messages():
    assert len(MESSAGES) >= 8


@pytest.mark.parametrize("message", MESSAGES)
def test_input_docs_message_is_in_the_code(message):
    fixed = re.split(r"\(|\bN\b", message)[0].strip()  # the words before a placeholder
    assert fixed and fixed in SOURCE, fixed


@pytest.mark.parametrize("suffix", ARTICLE_SUFFIXES)
def test_input_docs_names_every_accepted_suffix(suffix):
    assert f"`*{suffix}`" in DOC


def test_input_docs_size_limit():
    assert f"larger than {MAX_BYTES // 2**20} MB" in DOC
