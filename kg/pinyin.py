"""Han personal names -> pinyin names, family name first: 邓国栋 -> "Deng Guodong".

pypinyin reads characters as in ordinary words, and many family-name
characters read otherwise as family names (单 Shan, 曾 Zeng, 解 Xie, 区 Ou).
The family name is therefore split off with the surname list of
`kg/vocab/zh.yml` (two-character names first: 欧阳, 尉迟, 万俟; a traditional
character counts as its simplified one: 鄺 as 邝) and read with
its `surname_readings`; the given name is read by pypinyin as one word, its
syllables joined (with an apostrophe before a syllable starting with a, o, e,
as standard pinyin writes "Jia'an").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.hanzi import simplified
from kg.vocab import load_lexicon


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    lex = load_lexicon("zh")
    single = frozenset("".join(lex["surnames"]["single"].split()))
    compound = frozenset(lex["surnames"]["compound"])
    return single, compound, dict(lex.get("surname_readings") or {})


def split_name(name: str) -> tuple[str, str]:
    """(family name, given name) of a Han name; the family name is '' when none is known."""
    single, compound, _ = _surnames()
    if len(name) > 2 and (name[:2] in compound or simplified(name[:2]) in compound):
        return name[:2], name[2:]
    if name[:1] and (name[:1] in single or simplified(name[:1]) in single):  # 鄺 as 邝
        return name[:1], name[1:]
    return "", name


def _syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # imported when first needed: 0.1-0.2 s

    return [s for s in lazy_pinyin(text, style=Style.NORMAL, v_to_u=True, errors="ignore") if s]


def _join(syllables: list[str]) -> str:
    out = ""
    for i, syl in enumerate(syllables):
        out += ("'" if i and syl[0] in "aoe" else "") + syl
    return out


def plain_pinyin(text: str) -> str:
    """The toneless pinyin of Han text read as words, syllables run together, ü as u
    ("盛达" -> "shengda", "长江" -> "changjiang"); other characters left out."""
    return "".join(_syllables(text)).replace("ü", "u")


def surname_pinyin(surname: str) -> str:
    """The reading of a family name, lower case ("shan" for 单)."""
    readings = _surnames()[2]
    for form in (surname, simplified(surname)):
        if form in readings:
            return readings[form]
    return "".join(
        readings.get(ch) or readings.get(simplified(ch)) or "".join(_syllables(ch))
        for ch in surname
    )


def transliteration_pinyin(name: str, dots: str) -> str:
    """The pinyin of a foreign name transliterated in Han characters, each of its parts (split at
    `dots`) capitalised in the printed order: 伊姆莱·索伯 -> "Yimulai Suobo"."""
    parts = re.split(f"[{re.escape(dots)}]", name)
    return " ".join(_join(_syllables(p)).capitalize() for p in parts if p.strip())


def name_pinyin(name: str) -> str:
    """The pinyin of a Han personal name, family name first, capitalised: 欧阳晓红 -> "Ouyang Xiaohong"."""
    name = name.strip()
    family, given = split_name(name)
    if not family:
        return _join(_syllables(name)).capitalize()
    given_py = _join(_given_syllables(given)).capitalize()
    return f"{surname_pinyin(family).capitalize()} {given_py}".strip()


def _given_syllables(given: str) -> list[str]:
    """The syllables of a given name, with the characters of `given_name_readings` read as names
    read them."""
    syllables = _syllables(given)
    if len(syllables) != len(given):  # not all Han: nothing to line up
        return syllables
    readings = _given_readings()
    return [readings.get(ch, syl) for ch, syl in zip(given, syllables, strict=True)]


@lru_cache(maxsize=1)
def _given_readings() -> dict[str, str]:
    return dict(load_lexicon("zh").get("given_name_readings") or {})
