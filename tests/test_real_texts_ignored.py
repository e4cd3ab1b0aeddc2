"""The real pages' texts stay out of git whatever the folder is on a machine: a folder, or a
symlink a worktree makes to share one. A symlink that git did not ignore was once committed on a
branch, and merging it replaced the texts with the link."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ignored(path: str) -> bool:
    done = subprocess.run(
        ["git", "check-ignore", "--no-index", "-q", path], cwd=ROOT, capture_output=True
    )
    return done.returncode == 0


def test_the_texts_folder_is_ignored_as_a_folder_and_as_a_link():
    assert _ignored("benchmarks/real/texts")  # a symlink is a file to git
    assert _ignored("benchmarks/real/texts/")
    assert _ignored("benchmarks/real/texts/n1-01.txt")


def test_the_pool_texts_folder_is_ignored_as_a_folder_and_as_a_link():
    assert _ignored("benchmarks/real/pool/texts")
    assert _ignored("benchmarks/real/pool/texts/")
    assert _ignored("benchmarks/real/pool/texts/p1-001.txt")


def test_the_manifest_and_the_gold_are_not_ignored():
    assert not _ignored("benchmarks/real/manifest/n1.jsonl")
    assert not _ignored("benchmarks/real/gold/orgs.json")
    assert not _ignored("benchmarks/real/pool/manifest.jsonl")
