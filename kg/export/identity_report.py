"""DIR/identity.tsv: every decision of the identity resolver, for a user to read and overrule.

One row per decision, tab-separated with a header (written by the csv module, which quotes
a field holding a tab, a quote or a line break):

- `same`: two mentions (`article#name`) made one person, and the evidence that joined them;
- `different`: two persons of one name kept apart (their node keys: the IRI is
  `https://kg.invalid/id/person/` and the key, see docs/graph-model.md), and why.

`kg identity DIR` lists the `different` rows most consequential first; a line of
`kg build --judgements FILE` overrules any row (kg.assemble.judgements).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

COLUMNS = ("name", "verdict", "first", "second", "mentions", "reason")


def identity_tsv(rows: Iterable) -> bytes:
    """The TSV text of `rows` (kg.assemble.identity.IdentityRow), in their sorted order."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(rows):
        writer.writerow((row.block, row.verdict, row.first, row.second, row.mentions, row.reason))
    return out.getvalue().encode("utf-8")


def write_identity_tsv(rows: Iterable, handle: BinaryIO, every: int = 4096) -> None:
    """:func:`identity_tsv` written to `handle` as a stream, `every` rows at a time, `rows` taken
    in the order given (already sorted: kg.assemble.identity_spill.IdentitySpill.rows)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for n, row in enumerate(rows, 1):
        writer.writerow((row.block, row.verdict, row.first, row.second, row.mentions, row.reason))
        if n % every == 0:
            handle.write(out.getvalue().encode("utf-8"))
            out.seek(0)
            out.truncate()
    handle.write(out.getvalue().encode("utf-8"))


def read_identity_tsv(text: str) -> list[dict[str, str]]:
    """The rows of an identity.tsv as dictionaries by column."""
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))
