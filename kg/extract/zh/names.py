"""Where a Chinese personal name ends.

A name is a family name of the lexicon (two-character ones first) and one or
two more characters; a married woman's name in Hong Kong may put her husband's family name
before hers ("林郑月娥": two family names and two characters). Which length is right is decided by what follows: a
name ends where a title, a `name_followers` word or a non-Han character
begins ("冉丽出席" is 冉丽, "邓国栋出席" is 邓国栋), and a verb or other
non-noun of jieba's dictionary is no name ("总经理强调" names nobody). When both lengths fit, a
word boundary of jieba's segmentation decides, then a name not ending in a follower
("文静等" is 文静), then the longer follower, then the longer name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.script import simplified_same_length
from kg.extract.zh.lexicon import match_at, match_before, zh_lexicon
from kg.extract.zh.text import dictionary_tag, is_han
from kg.vocab import load_lexicon

NOT_NAME_TAGS = tuple("vdcpurtmaqfyezlb")  # b: distinguishing words (高级, 大型) are no names


def is_word(text: str) -> bool:
    """True when jieba's dictionary knows `text` as a word that is no noun ("强调", "严格", "全力")."""
    tag = dictionary_tag(text)
    return tag is not None and tag.startswith(NOT_NAME_TAGS)


def surname_at(text: str, pos: int) -> str | None:
    """The family name starting at `pos`, if any."""
    lex = zh_lexicon()
    if text[pos : pos + 2] in lex.compound_surnames:
        return text[pos : pos + 2]
    return text[pos] if pos < len(text) and text[pos] in lex.surnames else None


def follower_length(text: str, pos: int, title_words) -> int:
    """How strongly `pos` ends a name: length of the title/follower there, 1 for a non-Han character or the end, 0 if none."""
    if pos >= len(text) or not is_han(text[pos]):
        return 1
    word = match_at(text, pos, title_words) or match_at(text, pos, zh_lexicon().followers)
    if word is None and (day := _HAN_DATE.match(text, pos)):
        return len(day.group())  # "市长A五月三日率团": a date in Han numerals right after the name
    return len(word) if word else 0


# a month or a day in Han numerals ("五月", "十二月", "二十三日")
_HAN_DATE = re.compile(r"(?:[一二三四五六七八九十]{1,3}月|[一二三四五六七八九十廿卅]{1,3}[日号])")


NOT_GIVEN_OPENERS = "我贵本该其各此这那他她它全"  # pronouns and determiners open no given name


def read_name(text: str, pos: int, title_words, bounds=frozenset(), listed: bool = False) -> int:
    """Length of the personal name starting at `pos` (0 when none starts there).

    `title_words` are the titles (longest first); `bounds` the word-boundary
    offsets of jieba's segmentation of `text`. `listed`: the name follows another
    in a 、-list, where a name may also be an ordinary word ("副总经理蒋一鸣、甘露参加").
    """
    surname = surname_at(text, pos)
    if not surname:
        return _japanese_name(text, pos, title_words, bounds, listed)
    lex = zh_lexicon()
    modifier = match_at(text, pos, lex.title_modifiers)
    if match_at(text, pos, title_words) or (
        modifier and match_at(text, pos + len(modifier), title_words)
    ):
        return 0  # a title starts here ("常务副总经理")
    if (
        surname in lex.weak_surnames
        and surname_at(text, pos + 1)
        and read_name(text, pos + 1, title_words, bounds, listed)
    ):
        return 0  # "由郭斌主持" is 郭斌
    if (
        surname in lex.weak_surnames
        and surname_at(text, pos + 1)
        and match_at(text, pos + 2, title_words)
    ):
        return 0  # "由卢市长率队": the mayor called by family name, no one named 由卢
    if surname in lex.weak_surnames and match_at(text, pos + 1, title_words):
        return 0  # "董事长和非执行董事": a joiner before a title, no one named 和非
    best = _best_length(
        text, pos, surname, (len(surname) + 1, len(surname) + 2), title_words, bounds, listed
    )
    if (
        not best
        and len(surname) == 1
        and text[pos + 1 : pos + 2] in lex.surnames
        and dictionary_tag(text[pos + 2 : pos + 4]) in (None, "nr", "nrfg")  # not "华教授"
    ):  # a married name, her husband's family name before hers: "林郑月娥"
        best = _best_length(text, pos, surname, (4,), title_words, bounds, listed)
    return best or _japanese_name(text, pos, title_words, bounds, listed)


def _japanese_name(text: str, pos: int, title_words, bounds, listed: bool) -> int:
    """Length of a Japanese name at `pos` ("X藤" and one or two characters), 0 when none: its
    family name is one of `japanese_family_names` (kg/vocab/zh.yml), and it is read only where
    no Chinese name fits, ending where a title or a follower begins, as a Chinese name does."""
    family = japanese_family_at(text, pos)
    if not family:
        return 0
    data = load_lexicon("zh")
    lengths = [
        n
        for n in (len(family) + 1, len(family) + 2)
        if text[pos + n - 1 : pos + n] not in (data.get("japanese_not_given_last") or "")
        and _given_name_like(text[pos + len(family) : pos + n])
    ]
    return _best_length(text, pos, family, tuple(lengths), title_words, bounds, listed)


def _given_name_like(given: str) -> bool:
    """A given name of one character, or of two that jieba's dictionary knows as no noun or verb
    other than a name ("X藤|制药" is a company; "X原|一成" may be a name)."""
    if len(given) < 2:
        return True
    tag = dictionary_tag(simplified_same_length(given)) or "nr"
    return tag in ("nr", "nrfg") or not tag.startswith(("n", "v"))


def _titled_place_name(text: str, pos: int, name: str, title_words) -> bool:
    """Whether `name`, three characters jieba's dictionary files as a place ("高某国"), stands
    right after a personal title ("董事长高某国出席") and ends like no place
    (`place_name_endings`): a person's name, since a title is followed by its holder."""
    if len(name) != 3 or dictionary_tag(simplified_same_length(name)) != "ns":
        return False
    if simplified_same_length(name)[-1] in zh_lexicon().place_name_endings:
        return False
    return bool(
        match_before(
            text, pos, title_words if isinstance(title_words, tuple) else tuple(title_words)
        )
    )


def japanese_family_at(text: str, pos: int) -> str | None:
    """The Japanese family name of `japanese_family_names` starting at `pos`, if any."""
    return match_at(text, pos, _japanese_family_names())


@lru_cache(maxsize=1)
def _japanese_family_names() -> tuple[str, ...]:
    names = load_lexicon("zh").get("japanese_family_names") or ()
    return tuple(sorted(names, key=len, reverse=True))


def _best_length(
    text: str, pos: int, surname: str, lengths, title_words, bounds, listed: bool
) -> int:
    """The best of `lengths` for a name at `pos` (0 when none fits)."""
    lex = zh_lexicon()
    best, best_score = 0, None
    for length in lengths:
        name = text[pos : pos + length]
        if (
            len(name) < length
            or not all(is_han(c) for c in name)
            or name in lex.not_names
            or simplified_same_length(name) in lex.not_names  # "陸軍", "顧問"
            or _place_before_level(text, pos + length)  # "梅山鄉長A", "和美鎮農會"
            or name[:2] in lex.not_name_openers  # "领导班子能以": 班子 is a word, no name opens it
            or name[len(surname) :] in lex.not_given_names
            or name[len(surname) :] in _as_set(title_words)  # "蒋市长" is Mayor Jiang
            or (  # "于会中" (at the meeting): a function word and a word are no name
                surname in lex.weak_surnames
                and len(name) - len(surname) == 2
                and dictionary_tag(name[len(surname) :])
            )
            or (  # "向我司致送": a preposition and a pronoun's phrase
                surname in lex.weak_surnames and name[len(surname)] in NOT_GIVEN_OPENERS
            )
            or (  # "向镇领导介绍": a preposition and a level of government
                surname in lex.weak_surnames
                and len(name) == len(surname) + 1
                and name[-1] in _weak_surname_unit_objects()
            )
            or name[-1] in lex.name_not_last
            or (is_word(name) and not listed)
            or (
                not listed
                and (dictionary_tag(name) or "").startswith(("ns", "nt"))  # a place
                and not _titled_place_name(text, pos, name, title_words)
            )
            or simplified_same_length(name) in lex.city_names  # "吕梁" (jieba: nr), "雲林": cities
        ):
            continue
        if length > len(surname) + 1 and name[-1] in lex.name_glue:
            continue  # "姚林于2019年": 于 opens what follows
        if length > len(surname) + 1 and _HAN_DATE.match(text, pos + length - 1):
            continue  # "张三十二月一日": 十 opens the date (十二月)
        if _field_before_head(text, pos + length, name):
            continue  # "卫生局长A": the health bureau's head, no person 卫生
        follow = follower_length(text, pos + length, title_words)
        if not follow:
            continue
        ends_in_follower = (
            length > len(surname) + 1
            and bool(match_at(text, pos + length - 1, lex.followers))
            and pos + length < len(text)
            and is_han(text[pos + length])  # "石中和，": 和 before a comma joins nothing
        )
        score = (pos + length in bounds, not ends_in_follower, follow, length)
        if best_score is None or score > best_score:
            best, best_score = length, score
    return best


def _place_before_level(text: str, end: int) -> bool:
    """Whether the word ending at `end` is a place, as a level of government follows it
    (`place_levels`): "X鄉長A" or "X市長A" (the level's head, then its holder's name), "X鎮農會"
    (the level, then a body of it, no head), "X同鄉會" (`place_fellow_words`). A person's name
    stands before a head's title only when no name follows it ("A市長表示")."""
    after = simplified_same_length(text[end : end + 6])
    data = load_lexicon("zh")
    if match_at(after, 0, tuple(data.get("place_fellow_words") or ())):
        return True
    if len(after) < 2 or after[0] not in str(data.get("place_levels") or ""):
        return False
    if after[1] not in str(data.get("place_level_heads") or ""):
        return after[0] in str(data.get("place_body_levels") or "") and is_han(after[1])
    rest = after[2:]
    return (
        len(rest) >= 2
        and surname_at(rest, 0) is not None
        and rest[0] not in zh_lexicon().weak_surnames
        and (dictionary_tag(rest[:2]) or "nr").startswith("nr")
    )


@lru_cache(maxsize=1)
def _weak_surname_unit_objects() -> str:
    """Characters no one-character given name after a weak family name is
    (`weak_surname_unit_objects`): a level of government or a kind of unit ("向镇领导")."""
    return str(load_lexicon("zh").get("weak_surname_unit_objects") or "")


def _field_before_head(text: str, end: int, name: str) -> bool:
    """Whether `name` is a unit's field (`unit_fields`) printed before its head's contracted
    title (`contracted_unit_titles`: "卫生局长", "教育厅长"): the unit's name, no person's."""
    lex = zh_lexicon()
    return simplified_same_length(name) in lex.unit_fields and bool(
        match_at(simplified_same_length(text[end : end + 4]), 0, tuple(lex.contracted_unit_titles))
    )


_SETS: dict[int, tuple[object, frozenset[str]]] = {}


def _as_set(words) -> frozenset[str]:
    """`words` as a set, kept per sequence object (the title lists are built once)."""
    entry = _SETS.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _SETS[id(words)] = (words, frozenset(words))
    return entry[1]
