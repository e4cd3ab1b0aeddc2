"""The build cache's data format: the dataclasses passed between stages as JSON.

Loading a cache entry must never run code (a pickle can run anything, and the
cache lives in an output folder others may be able to write). This format
holds only JSON values, and a few tagged objects for what JSON lacks, each a
one-key object:

    {"t": [...]}  tuple          {"s": [...]}  set        {"f": [...]}  frozenset
    {"d": [[k, v], ...]}  dict   {"c": [[k, v], ...]}  Counter
    {"D": "2031-04-12"}  date    {"u": "..."}  UTF-8 bytes   {"b": "..."}  other bytes (base64)
    {"@Name": [field, ...]}  an instance of an allowed dataclass, its fields in order

Only the dataclasses of :mod:`kg.model` and the few of kg.assemble a result
holds (:func:`allowed`) can be made, by their generated ``__init__``; any other
tag or shape is a :class:`CacheDataError`. See decision 010.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from collections import Counter
from datetime import date
from functools import cache, lru_cache


class CacheDataError(ValueError):
    """Bytes that are not a well-formed encoding of allowed data."""


@lru_cache(maxsize=1)
def allowed() -> dict[str, type]:
    """Tag -> class of every dataclass an entry may hold (imported here: they import the cache)."""
    import kg.model
    from kg.assemble.identity import ArticleContext, Sighting
    from kg.assemble.merge import OrgNode
    from kg.assemble.parallel import ArticleResult, LocalText
    from kg.assemble.shards import ShardText

    model = [
        cls
        for cls in vars(kg.model).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls)
    ]
    classes = [*model, ArticleResult, OrgNode, ArticleContext, Sighting, ShardText, LocalText]
    return {f"@{cls.__name__}": cls for cls in classes}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(value):
    """`value` as JSON-ready data (lists, str-keyed one-entry dicts for the tags)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float or value is None:
        return value
    if kind is list:
        return [_plain(x) for x in value]
    if kind is tuple:
        return {"t": [_plain(x) for x in value]}
    if kind is set:
        return {"s": [_plain(x) for x in value]}
    if kind is frozenset:
        return {"f": [_plain(x) for x in value]}
    if kind is dict:
        return {"d": [[_plain(k), _plain(v)] for k, v in value.items()]}
    if kind is Counter:
        return {"c": [[_plain(k), _plain(v)] for k, v in value.items()]}
    if kind is date:
        return {"D": value.isoformat()}
    if kind is bytes:
        try:
            return {"u": value.decode("utf-8")}
        except UnicodeDecodeError:
            return {"b": base64.b64encode(value).decode("ascii")}
    tag = f"@{kind.__name__}"
    if allowed().get(tag) is not kind:
        raise CacheDataError(f"cannot store a {kind.__name__} in the cache")
    return {tag: [_plain(getattr(value, name)) for name in _field_names(kind)]}


def dumps(value) -> bytes:
    """`value` (allowed dataclasses, containers, dates, bytes, JSON scalars) as UTF-8 JSON."""
    text = json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")  # file names may hold undecodable bytes


def _pairs(items) -> list:
    if type(items) is not list or any(type(p) is not list or len(p) != 2 for p in items):
        raise CacheDataError("a mapping must be a list of pairs")
    return items


def _hashable(items) -> list:
    if type(items) is not list:
        raise CacheDataError("a collection must be a list")
    return items


def _dataclass(cls: type, values):
    if type(values) is not list or len(values) != len(_field_names(cls)):
        raise CacheDataError(f"{cls.__name__}: wrong number of fields")
    return cls(*values)


_TAGS = {
    "t": lambda v: tuple(_hashable(v)),
    "s": lambda v: set(_hashable(v)),
    "f": lambda v: frozenset(_hashable(v)),
    "d": lambda v: dict(_pairs(v)),
    "c": lambda v: Counter(dict(_pairs(v))),
    "D": date.fromisoformat,
    "u": lambda v: v.encode("utf-8"),
    "b": lambda v: base64.b64decode(v, validate=True),
}


def _hook(obj: dict):
    if len(obj) != 1:
        raise CacheDataError("an object must have exactly one tag")
    ((tag, value),) = obj.items()
    make = _TAGS.get(tag)
    if make is not None:
        return make(value)
    cls = allowed().get(tag)
    if cls is None:
        raise CacheDataError(f"unknown tag {tag[:40]!r}")
    return _dataclass(cls, value)


def loads(data: bytes):
    """The value `dumps` gave `data`; CacheDataError for anything else (never runs other code)."""
    try:
        return json.loads(data, object_hook=_hook)
    except CacheDataError:
        raise
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise CacheDataError(f"{type(exc).__name__}: {exc}") from exc


def loads_fields(data: bytes, cls: type, names: tuple[str, ...]) -> dict:
    """Of `data`, the encoding of a `cls` (an allowed dataclass), only the fields `names`, each
    decoded as :func:`loads` decodes it; the other fields are parsed but made into no objects (a
    reader that needs two fields of a large record). CacheDataError as for `loads`."""
    try:
        raw = json.loads(data)
    except (ValueError, TypeError, RecursionError) as exc:
        raise CacheDataError(f"{type(exc).__name__}: {exc}") from exc
    tag = f"@{cls.__name__}"
    if allowed().get(tag) is not cls or type(raw) is not dict or list(raw) != [tag]:
        raise CacheDataError(f"not a {cls.__name__}")
    fields, values = _field_names(cls), raw[tag]
    if type(values) is not list or len(values) != len(fields):
        raise CacheDataError(f"{cls.__name__}: wrong number of fields")
    try:
        return {name: _decoded(values[fields.index(name)]) for name in names}
    except CacheDataError:
        raise
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise CacheDataError(f"{type(exc).__name__}: {exc}") from exc


def _decoded(value):
    """A value parsed without the object hook, decoded as the hook would have (innermost first)."""
    if type(value) is list:
        return [_decoded(item) for item in value]
    if type(value) is dict:
        return _hook({key: _decoded(item) for key, item in value.items()})
    return value
