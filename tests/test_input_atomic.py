"""Outputs are replaced whole or not at all."""

from __future__ import annotations

import os

import pytest
from kg.export import atomic
from kg.export.atomic import atomic_write_bytes, atomic_write_text


def test_input_atomic_writes_and_replaces(tmp_path):
    path = tmp_path / "graph.ttl"
    atomic_write_text(path, "first\n")
    atomic_write_text(path, "second “quoted”\n")
    assert path.read_bytes() == "second “quoted”\n".encode()
    assert os.listdir(tmp_path) == ["graph.ttl"]
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)


def test_input_atomic_failure_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    atomic_write_bytes(path, b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_input_atomic_makes_missing_folders(tmp_path):
    atomic_write_bytes(tmp_path / "new" / "graph.ttl", b"x")
    assert (tmp_path / "new" / "graph.ttl").read_bytes() == b"x"
