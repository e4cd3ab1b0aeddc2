"""Corpora kept as one big file: JSON Lines and CSV, gzip-compressed or not.

One article per JSON line (an object) or CSV row (named columns, a header line). The fields:
`text` (required), `id`, `title`, `url`, `published` (an ISO date or date-time) and
`language` (`en` or `zh`; other values refuse the record). The article's identifier is its `id`
(else `<file name>:<line>`), its date the `published` field when there is one (else the text's
dateline). A bad line (not JSON, no text, a date that is no date) is reported by file and line
number and skipped; the other lines are read.

Each record travels as a :class:`Record`: the file it came from, its line, and its fields as
canonical JSON bytes (what the cache key is computed from). A build keeps those bytes in a
spill file, not in memory (:class:`PayloadSpill`): the record then holds where they are.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from kg.model import Article
from kg.read.errors import ArticleError, file_ident, printable

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv")
FIELDS = ("id", "text", "title", "url", "published", "language")
LANGUAGES = {"en": "en", "zh": "zh"}  # zh-cn, zh-hant, en-gb... are read by their first part


@dataclass(frozen=True, slots=True)
class Record:
    """One article of a JSON Lines or CSV file."""

    container: Path
    line: int  # where the record starts, from 1
    ident: str  # its `id` field, "" when it has none
    kept: bytes  # its fields (FIELDS only) as canonical JSON, UTF-8; b"" when `spilled`
    spilled: tuple[str, int, int] | None = None  # (spill file, offset, length) of those bytes

    @property
    def payload(self) -> bytes:
        """Its fields (FIELDS only) as canonical JSON, UTF-8 (read from the spill file if there)."""
        if self.spilled is None:
            return self.kept
        name, offset, length = self.spilled
        with open(name, "rb") as handle:
            handle.seek(offset)
            return handle.read(length)

    def loaded(self) -> Record:
        """The record with its bytes in it (to send to a machine that cannot see the spill file)."""
        return self if self.spilled is None else replace(self, kept=self.payload, spilled=None)

    @property
    def where(self) -> str:
        """`<file name>:<line>`, for messages and as the identifier of a record without id."""
        return f"{file_ident(self.container)}:{self.line}"

    def fields(self) -> dict[str, str]:
        return json.loads(self.payload)


def _plain_name(path: Path) -> str:
    """The file name in lower case without a ".gz" ending."""
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_container(path: Path) -> bool:
    """Whether `path` names a JSON Lines or CSV file (optionally .gz)."""
    return _plain_name(path).endswith(RECORD_SUFFIXES)


class PayloadSpill:
    """A temporary file holding the records' bytes while a build runs, so that no process holds
    the corpus: records point into it (deleted when closed)."""

    def __init__(self) -> None:
        self.file = tempfile.NamedTemporaryFile(prefix="kg-records-", suffix=".tmp")  # noqa: SIM115
        self.size = 0

    def put(self, record: Record) -> Record:
        """`record` with its bytes moved here."""
        data = record.kept
        self.file.write(data)
        where = (self.file.name, self.size, len(data))
        self.size += len(data)
        return replace(record, kept=b"", spilled=where)

    def flush(self) -> None:
        self.file.flush()

    def close(self) -> None:
        self.file.close()


def read_records(
    path: Path, problems: list[str], spill: PayloadSpill | None = None
) -> list[Record]:
    """The records of a container file; each bad line (and a damaged file) is one line in
    `problems`, and is skipped. With `spill`, their bytes go there, not into memory."""
    out: list[Record] = []
    name = printable(file_ident(path))
    try:
        with _open(path) as raw:
            stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
            lines = _csv_rows(path, stream) if _is_csv(path) else _json_lines(stream)
            records = _records(path, lines, problems)
            out.extend(map(spill.put, records) if spill is not None else records)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        read = f"; its first {len(out)} records are read" if out else ""
        problems.append(f"{name}: cannot read: {_reason(exc)}{read}")
    except UnicodeDecodeError:
        after = f" after line {out[-1].line}" if out else ""
        problems.append(f"{name}: not UTF-8 text{after}; the lines before are read")
    except _BadFile as exc:
        problems.append(f"{name}: {exc}")
    return out


class _BadFile(ValueError):
    """The whole file cannot be read as records (a CSV file without a text column)."""


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _open(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _is_csv(path: Path) -> bool:
    return _plain_name(path).endswith(".csv")


def _json_lines(stream) -> Iterator[tuple[int, dict | str]]:
    """(line number, the object or a problem) for each line that is not blank."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg}, column {exc.colno})"
            continue
        yield number, value if isinstance(value, dict) else "not a JSON object"


def _csv_rows(path: Path, stream) -> Iterator[tuple[int, dict | str]]:
    """(line number where the row starts, the row or a problem) for each row after the header."""
    csv.field_size_limit(64 * 1024 * 1024)
    reader = csv.DictReader(stream)
    header = reader.fieldnames or []
    if "text" not in header:
        shown = ", ".join(header) if header else "none"
        raise _BadFile(f"no 'text' column (the header names: {shown})")
    start = reader.line_num + 1
    try:
        for row in reader:
            if None in row:
                yield (
                    start,
                    f"{len(header) + len(row[None])} fields where the header has {len(header)}",
                )
            else:
                yield start, row
            start = reader.line_num + 1
    except csv.Error as exc:
        yield start, f"not CSV ({exc})"


def _records(
    path: Path, lines: Iterator[tuple[int, dict | str]], problems: list[str]
) -> Iterator[Record]:
    for number, value in lines:
        where = f"{printable(file_ident(path))}:{number}"
        if isinstance(value, str):
            problems.append(f"{where}: {value}")
            continue
        try:
            fields = _fields(value)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        payload = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield Record(path, number, fields.get("id", ""), payload)


def _fields(value: dict) -> dict[str, str]:
    """The record's known fields as text, checked."""
    fields: dict[str, str] = {}
    for name in FIELDS:
        item = value.get(name)
        if item is None or item == "":
            continue
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise ValueError(f"field '{name}' is not text")
        fields[name] = str(item)
    if not fields.get("text", "").strip():
        raise ValueError("no text (field 'text' missing or empty)")
    if "id" in fields:
        fields["id"] = " ".join(fields["id"].split())
        if not fields["id"]:
            del fields["id"]
    if "published" in fields:
        fields["published"] = published_date(fields["published"]).isoformat()
    if "language" in fields:
        code = fields["language"].strip().lower().replace("_", "-").split("-")[0]
        if code not in LANGUAGES:
            raise ValueError(f"language '{fields['language']}' is not English or Chinese (en, zh)")
        fields["language"] = LANGUAGES[code]
    return fields


def published_date(value: str) -> date:
    """The date of an ISO date or date-time ("2024-03-05", "2024-03-05T08:00:00Z")."""
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"field 'published' is not a date: {value!r}") from None


def record_article(record: Record, ident: str) -> Article:
    """The Article of a record (ArticleError naming the record when it cannot be one)."""
    from kg.read import make_article

    fields = record.fields()
    text = fields["text"]
    title = " ".join(fields.get("title", "").split())
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    published = date.fromisoformat(fields["published"]) if "published" in fields else None
    try:
        return make_article(
            ident,
            text,
            record.where,
            published=published,
            url=fields.get("url", ""),
            language=fields.get("language"),
        )
    except ArticleError as exc:
        raise ArticleError(record.container, exc.problem, name=record.where) from None
