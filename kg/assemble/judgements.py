"""A user's judgements of who is who, which override the identity resolver (kg.assemble.identity).

The file (`kg build --judgements FILE`) is UTF-8 text, one judgement a line, tab-separated:

    # verdict   first                          second
    same        2024-05-01.txt#王伟             2024-06-12.txt#Wang Wei
    different   a.txt#王伟                      c.txt#王伟
    different   https://kg.invalid/id/person/… b.txt#Wang Wei

`same` or `different`, then two persons, each either a mention — the article's identifier
(its file name, as `identity.tsv` shows it), `#`, and the name as printed (any script) — or a
node's IRI (or its key) from a build's graph. Blank lines and lines starting with `#` are
ignored. Judgements are applied in the order of the file after the rules have proposed their
joins: a `different` pair is never joined, whatever evidence or `same` judgement would join it;
a `same` pair is joined. Both persons must be of one name (one blocking key): joining people of
different names is an alias the resolver does not propose, and the line is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.assemble.resolve import person_key
from kg.hanzi import simplified

PERSON_IRI = "https://kg.invalid/id/person/"


class JudgementError(ValueError):
    """A judgements file that cannot be used; the message is one line for people."""


@dataclass(frozen=True)
class PersonRef:
    """One side of a judgement: a mention (article and name) or a node (its key)."""

    article: str = ""
    block: str = ""
    native: str = ""
    node: str = ""

    def __str__(self) -> str:
        return self.node or f"{self.article}#{self.native or self.block}"


@dataclass(frozen=True)
class Judgement:
    same: bool
    first: PersonRef
    second: PersonRef
    line: int

    @property
    def reason(self) -> str:
        return f"judged {'the same' if self.same else 'different'} (judgements line {self.line})"


def _ref(text: str) -> PersonRef:
    if text.startswith(PERSON_IRI):
        return PersonRef(node=text[len(PERSON_IRI) :])
    article, sep, name = text.rpartition("#")
    if not sep:
        return PersonRef(node=text)
    han = any("\u3400" <= ch <= "\u9fff" for ch in name)
    block = person_key(_pinyin(name) if han else name)
    return PersonRef(article, block, simplified(name) if han else "")


def _pinyin(name: str) -> str:
    from kg.pinyin import name_pinyin

    return name_pinyin(name)


def load_judgements(path: str | Path) -> list[Judgement]:
    """The judgements of the file `path`, or a JudgementError naming the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise JudgementError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise JudgementError(f"{path}: cannot read: {exc.strerror or exc}") from None
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t") if p.strip()]
        if len(parts) != 3 or parts[0] not in ("same", "different"):
            raise JudgementError(
                f"{path}:{number}: expected 'same' or 'different' and two persons, tab-separated"
            )
        found.append(Judgement(parts[0] == "same", _ref(parts[1]), _ref(parts[2]), number))
    return found
