"""Units printed after the organisation they belong to ("上海市卫健委医政医管处").

Chinese pages print a department, division or office glued to its parent body. The name as
printed stays the unit's name; its own short name ("医政医管处", the part after the parent) is an
alias, since the page's next mention and other pages use it alone; and the parent
("上海市卫健委") is an organisation of the article, with the unit recorded as part of it
(`OrgMention.parent`, `org:subOrganizationOf` in the graph). The endings of both parts are data
(`sub_units` in kg/vocab/zh.yml).
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from kg.extract.zh.lexicon import zh_lexicon
from kg.extract.zh.text import word_tags
from kg.model import Extraction, OrgMention
from kg.vocab import load_lexicon

MIN_PARENT = 3  # "市委办公室": a level and a body alone are no parent's name
MIN_CORE = 2  # "人事处" gives "人事处"; "办公室" alone is no name of its own


class UnitSplit(NamedTuple):
    """A unit's name cut into its parent's name and its own short name."""

    parent: str
    unit: str


def split_unit(name: str) -> UnitSplit | None:
    """The parent a unit's name starts with, when the rest is a unit: the shortest first cut
    ("外交部|南部办事处", not "外交部南部|办事处"), then the unit's own parent if it names one
    ("商务部综合司|综合处"; that parent is split in turn by `add_sub_units`); never cut inside a
    word ("X国际会|议中心") or inside a longer ending of the parent ("X市人大常委|会办公厅"); None for
    any other name."""
    units, parents, not_units = _endings()
    ending = next((u for u in units if name.endswith(u)), None)  # the longest: "办公室", not "室"
    if ending is None or name.endswith(not_units):
        return None  # "X集团公司": a company, not a department ("司") of X集团
    words = word_tags()
    for cut in range(MIN_PARENT, len(name) - len(ending) + 1):
        parent, unit = name[:cut], name[cut:]
        if not parent.endswith(parents) or _generic(parent):
            continue
        if (unit != ending and parent[-1] + unit[0] in words) or _spanned(name, cut, parents):
            continue  # "会|议" is one word; "常委|会" cuts a longer ending
        if unit in own_name_units():
            return UnitSplit(parent, unit)  # "X大学|校董会": the council's word is its short name
        if len(unit) - len(ending) < MIN_CORE:
            return UnitSplit(parent, "")  # "X局办公室": the parent, no short name
        inner = split_unit(unit)  # "商务部|综合司|综合处": the unit's own parent goes first
        if inner is not None and inner.unit:
            return UnitSplit(parent + inner.parent, inner.unit)
        return UnitSplit(parent, unit)
    return None


def add_sub_units(found: Extraction) -> None:
    """Give every unit printed after its parent the short alias and the parent, and add the
    parents the article names only so (each split in turn: a division of a department of a
    ministry)."""
    names = {o.name for o in found.orgs}
    out: list[OrgMention] = []
    pending = list(found.orgs)
    while pending:
        org = pending.pop(0)
        split = split_unit(org.name) if org.parent is None else None
        if split is None:
            out.append(org)
            continue
        aliases = (*org.aliases, split.unit) if split.unit else org.aliases
        out.append(replace(org, aliases=tuple(dict.fromkeys(aliases)), parent=split.parent))
        if split.parent not in names:
            names.add(split.parent)
            pending.append(OrgMention(split.parent, org.evidence, native=split.parent))
    found.orgs[:] = out


def parent_endings() -> tuple[str, ...]:
    """The endings of a body that units are printed after (`sub_units.parent_endings`)."""
    return _endings()[1]


def _spanned(name: str, cut: int, parents: tuple[str, ...]) -> bool:
    """Whether a parent ending of two characters or more runs across `cut` ("常委|会")."""
    return any(
        name[cut - j : cut - j + len(e)] == e
        for e in parents
        if len(e) > 1
        for j in range(1, len(e))
        if cut - j >= 0
    )


def _generic(parent: str) -> bool:
    """A parent named by its level alone ("市政府", "省委") or a generic word ("集团公司")."""
    lex = zh_lexicon()
    return parent in lex.generic_orgs or (len(parent) <= 3 and parent[0] in lex.admin_levels)


def own_name_units() -> tuple[str, ...]:
    """Units whose ending alone is their name (`own_name_units`: a university's council), longest
    first."""
    words = load_lexicon("zh")["sub_units"].get("own_name_units") or ()
    return tuple(sorted(words, key=len, reverse=True))


_ENDINGS: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = []


def _endings() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(unit endings, longest first; parent endings; endings that make no unit) from the
    lexicon, read once."""
    if not _ENDINGS:
        data = load_lexicon("zh")["sub_units"]
        units = tuple(sorted(data["unit_endings"], key=len, reverse=True))
        _ENDINGS.append((units, tuple(data["parent_endings"]), tuple(data["not_unit_endings"])))
    return _ENDINGS[0]
