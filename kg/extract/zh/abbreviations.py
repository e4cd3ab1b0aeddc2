"""Short names a Chinese article defines for an organisation.

"中国远舟航运集团有限公司（以下简称“远舟集团”）" makes 远舟集团 a name of the
organisation printed right before the brackets: the short name becomes an alias
of that mention, and a mention of its own under the short name is folded into it.
The words that introduce a short name are `abbreviation_markers` of the lexicon.

A two-character short name of a kind of body ("X大", `short_org_names`) is a
body of that kind (:func:`short_name_kind`), and an alias of the one such body
of the article whose full name it shortens (:func:`fold_kind_short_names`).

A unit first named with its parent's name before it and later without
("远舟集团厦门分公司" ... "厦门分公司") is one organisation: the later form is
an alias of the first (:func:`fold_prefixed_names`). So is a place's body first named with its
place and later by its level alone ("X县农会" ... "县农会", :func:`fold_level_short_names`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.zh.lexicon import zh_lexicon
from kg.extract.zh.places import place_levels
from kg.extract.zh.text import CLOSE_QUOTES, OPEN_QUOTES, dictionary_tag, is_han
from kg.model import OrgMention
from kg.vocab import Vocab, load_lexicon

QUOTES = "".join(sorted(set(OPEN_QUOTES + CLOSE_QUOTES)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    markers = "|".join(map(re.escape, zh_lexicon().abbreviation_markers))
    name = rf"([^{QUOTES}（）()，,。]{{2,15}}?)"
    return re.compile(
        rf"[（(]\s*(?:(?:{markers})\s*[：:]?\s*[{QUOTES}]?{name}[{QUOTES}]?|[{QUOTES}]{name}[{QUOTES}])\s*[）)]"
    )


def defined_short_names(body: str, names: list[str]) -> list[tuple[str, str]]:
    """(short name, full name) of each short name `body` defines right after one of `names`."""
    out = []
    for m in _pattern().finditer(body):
        short = m.group(1) or m.group(2)
        full = max((n for n in names if body.endswith(n, 0, m.start())), key=len, default=None)
        if full and short != full:
            out.append((short, full))
    return out


def self_defined(body: str, names: list[str]) -> str | None:
    """The organisation of `names` the article defines as itself ("X有限公司（「本公司」）"), if any."""
    own = zh_lexicon().self_references
    return next((full for short, full in defined_short_names(body, names) if short in own), None)


def fold_short_names(body: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """The mentions with each defined short name made an alias of its full name's mention."""
    for short, full in defined_short_names(body, [o.native or o.name for o in orgs]):
        if short in zh_lexicon().self_references:  # "（「本公司」）": no name of its own
            continue
        own = [o for o in orgs if short in (o.name, o.native)]
        target = next(o for o in orgs if full in (o.native, o.name))
        if target in own:
            continue
        extra = tuple(a for o in own for a in (o.name, *o.aliases) if a not in target.aliases)
        merged = replace(
            target, aliases=target.aliases + ((short,) if short not in extra else ()) + extra
        )
        orgs = [merged if o is target else o for o in orgs if o not in own]
    return orgs


def fold_prefixed_names(orgs: list[OrgMention]) -> list[OrgMention]:
    """The mentions with a name that another mention prints after an organisation's name
    ("X集团" + "厦门分公司") folded into that one as an alias."""
    names = {n for o in orgs for n in (o.name, o.native, *o.aliases) if n}
    for short in list(orgs):
        own = short.native or short.name
        target = next(
            (
                o
                for o in orgs
                if o is not short
                and (o.native or o.name).endswith(own)
                and (o.native or o.name)[: -len(own)] in names
            ),
            None,
        )
        if target is not None:
            orgs = _fold_into(orgs, short, target, own)
    return orgs


def _fold_into(
    orgs: list[OrgMention], short: OrgMention, target: OrgMention, name: str
) -> list[OrgMention]:
    """`orgs` with `short` gone and `name` and its aliases added to `target`'s aliases."""
    merged = replace(
        target,
        aliases=target.aliases
        + tuple(a for a in (name, *short.aliases) if a not in target.aliases),
    )
    return [merged if o is target else o for o in orgs if o is not short]


@lru_cache(maxsize=1)
def _level_body_pattern() -> re.Pattern:
    """A place, its level and a body of `level_short_bodies` ("X|县|农会", "X|镇|农会")."""
    bodies = longest_first(tuple(load_lexicon("zh").get("level_short_bodies") or ()))
    levels = "|".join(map(re.escape, place_levels()))
    return re.compile(rf"^([\u4e00-\u9fff]{{2,6}}?)((?:{levels})(?:{bodies}))$")


def fold_level_short_names(body: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """The mentions with a place's body named by its level alone ("县农会" after "X县农会",
    `level_short_bodies`) made an alias of the one mention the body prints with its place, and a
    mention of its own under the short form folded into it; left alone when the page names two
    such bodies ("X市议会", "Y市议会") or never prints the short form on its own. Of two, the
    only one whose place is a city or county of `city_names` is the one ("能胜任县农会总干事"
    misread as a body of "胜任")."""
    fulls: dict[str, list[tuple[str, OrgMention]]] = {}
    for org in orgs:
        if m := _level_body_pattern().match(org.native or org.name):
            fulls.setdefault(m.group(2), []).append((m.group(1), org))
    for short, owners in fulls.items():
        if len(owners) > 1:
            owners = [(p, o) for p, o in owners if p in zh_lexicon().city_names]
        if len(owners) != 1:
            continue
        target = owners[0][1]
        if body.count(short) <= body.count(target.native or target.name):
            continue
        own = next((o for o in orgs if short in (o.name, o.native)), None)
        if own is not None:
            orgs = _fold_into(orgs, own, target, short)
        elif short not in target.aliases:
            orgs = [replace(o, aliases=(*o.aliases, short)) if o is target else o for o in orgs]
    return orgs


SHORT_TAGS = (None, "j")  # jieba knows a short name as no word, or as an abbreviation


def short_name_kind(name: str) -> str | None:
    """The kind of body a two-character short name stands for ("X大": 大学), if it is one; never
    an ordinary word ("广大", "重大"), whatever made it a mention."""
    if len(name) != 2 or dictionary_tag(name) not in SHORT_TAGS:
        return None
    return next((r.kind for r in zh_lexicon().short_org_names if name.endswith(r.ending)), None)


def kind_short_forms(name: str) -> list[str]:
    """The short names of `name` by `short_org_names`: once a prefix ("国立") is dropped, a full
    name of two or four characters and the kind ("X门大学", "X门Y技大学") is shortened to the first
    character of each two-character word and the rule's ending ("X大", "XY大")."""
    out = []
    for rule in zh_lexicon().short_org_names:
        if not name.endswith(rule.kind):
            continue
        core = name[len(next((p for p in rule.prefixes if name.startswith(p)), "")) :]
        stem = core[: -len(rule.kind)]
        if len(stem) in (2, 4) and all(is_han(ch) for ch in stem):
            out.append(stem[::2] + rule.ending)
    return out


def fold_kind_short_names(orgs: list[OrgMention]) -> list[OrgMention]:
    """The mentions with each short name ("X大", "XY大") folded, as an alias, into the one
    mention whose full name it shortens; left alone when none or several do."""
    endings = tuple(r.ending for r in zh_lexicon().short_org_names)
    for short in [o for o in orgs if len(o.name) in (2, 3) and o.name.endswith(endings)]:
        fulls = [
            o
            for o in orgs
            if o is not short
            and any(short.name in kind_short_forms(n) for n in (o.name, o.native) if n)
        ]
        if len(fulls) != 1:
            continue
        orgs = _fold_into(orgs, short, fulls[0], short.name)
    return orgs


def fold_short_units(orgs: list[OrgMention], vocab: Vocab) -> list[OrgMention]:
    """A unit printed after its body's short name ("X大" + "校委会") folded, as an alias, into the
    one mention printing it after the body's full name ("X门大学校委会"): a short form of it
    (`short_org_names`), or a name the organisation table gives the same key; left alone when
    none or several do."""
    endings = tuple(r.ending for r in zh_lexicon().short_org_names)

    def shortens(short: str, full: str) -> bool:
        key = vocab.org_key(short)
        return short in kind_short_forms(full) or (key is not None and key == vocab.org_key(full))

    for unit in list(orgs):
        for size in (2, 3):
            short, tail = unit.name[:size], unit.name[size:]
            if len(tail) < 2 or not short.endswith(endings):
                continue
            fulls = [
                o
                for o in orgs
                if o is not unit and o.name.endswith(tail) and shortens(short, o.name[: -len(tail)])
            ]
            if len(fulls) == 1:
                orgs = _fold_into(orgs, unit, fulls[0], unit.name)
                break
    return orgs
