"""Bytes -> text, with the encoding detected rather than assumed."""
from __future__ import annotations

from pathlib import Path


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (with or without BOM); anything else is reported with its offset."""
    from kg.read import ArticleError

    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"not valid UTF-8 at byte offset {exc.start}") from exc
