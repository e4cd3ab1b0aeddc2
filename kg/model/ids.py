"""The one place where node IRIs are minted.

Every IRI is derived from a normalised key of the thing it names, never from
counters, clocks or random numbers, so the same input gives the same IRIs and
adding an article never renames a node that existed before.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from kg.vocab.namespaces import BASE


def slug(text: str, limit: int = 60) -> str:
    """An ASCII slug of `text`, Han characters read in pinyin ('' when nothing readable is left)."""
    if re.search(r"[\u3400-\u9fff]", text):
        from pypinyin.seg.simpleseg import simple_seg  # imported when first needed: 0.1-0.2 s

        text = " ".join(word for piece in simple_seg(text) for word in _pinyin_of(piece))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")[:limit].strip("-")


@lru_cache(maxsize=1 << 14)
def _pinyin_of(piece: str) -> tuple[str, ...]:
    """lazy_pinyin of one run of Han or of other characters (pypinyin reads each run on its own,
    so the pinyin of a text is that of its runs; keys repeat runs, e.g. an event's name)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(piece))


def digest(*parts: str, size: int = 12) -> str:
    """A short stable hash of the key parts."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


@lru_cache(maxsize=1 << 16)
def make_iri(kind: str, *key: str) -> URIRef:
    """IRI for a node of `kind` ('person', 'org', 'article', 'membership', 'event', ...).

    Readable when the key has a Latin slug (person/liu-jianping), with a hash
    suffix whenever the slug alone could collide or lose information.
    """
    joined = "|".join(key)
    readable = slug(joined)
    # "name~/": a person of a name told apart by nothing printable must not take the name's IRI
    bare = kind == "person" and "~" in joined and not slug(joined.split("~", 1)[1])
    if (
        kind in ("person", "org", "role")
        and not bare
        and readable
        and readable.replace("-", "") == re.sub(r"[^a-z0-9]", "", joined.casefold())
    ):
        return URIRef(f"{BASE}{kind}/{readable}")
    if kind == "person" and "~" in joined:  # one of several people of a name (kg.assemble.identity)
        readable = slug(joined.split("~", 1)[0])
    tail = f"{readable[:40]}-{digest(joined)}" if readable else digest(joined)
    return URIRef(f"{BASE}{kind}/{tail.strip('-')}")
