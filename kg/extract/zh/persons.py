"""Persons in Chinese text: Han names, with their pinyin.

Names are found by position first, then by jieba:
- after a title or a list head, and the 、-list that follows
  ("党委书记、董事长邓国栋", "领导班子成员韦建新、冉丽、柯岩");
- before a title whose organisation is understood, or 同志 ("刘建国总书记");
- words jieba tags as personal names (nr) that start with a family name
  and end where a name can end ("邓国栋指出").
Spans found by position win over jieba's words that overlap them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.script import simplified_same_length
from kg.extract.trie import trie_pattern
from kg.extract.zh.lexicon import match_at, match_before, titles, zh_lexicon
from kg.extract.zh.names import NOT_GIVEN_OPENERS, japanese_family_at, read_name, surname_at
from kg.extract.zh.places import place_bodies
from kg.extract.zh.text import (
    dictionary_count,
    dictionary_tag,
    evidence_at,
    is_han,
    sentence_spans,
    tokens,
)
from kg.model import Article, Extraction, PersonMention
from kg.pinyin import name_pinyin, transliteration_pinyin
from kg.vocab import Vocab, load_lexicon

NAME_TAGS = ("nr", "nrfg", "oov")


def title_words(vocab: Vocab) -> tuple[str, ...]:
    """Titles and list heads, longest first: the words a name list follows."""
    return _title_words(titles(vocab))


@lru_cache(maxsize=8)
def _title_words(table: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    words = {t for t, _ in table} | set(zh_lexicon().list_heads)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _bounds(sentence: str) -> frozenset[int]:
    return frozenset(p for s, e, _ in tokens(sentence) for p in (s, e))


def _list_after(sentence: str, pos: int, words, bounds) -> list[tuple[int, int]]:
    """The names of the 、-list starting at `pos`."""
    found: list[tuple[int, int]] = []
    links = zh_lexicon().career_links
    while True:
        if found and match_at(sentence, pos, links):
            return found  # "院长A及曾出任X的B": a career link, not a name, after the joiner
        length = read_name(sentence, pos, words, bounds, listed=bool(found))
        if not length:
            length = _closed_word_name(sentence, pos, words, bounds)
        if not length and not found and sentence[max(0, pos - 2) : pos] in _PLACE_FOLLOWED_HEADS:
            length = _name_before_place(sentence, pos, bounds)
        if not length and not found:
            length = _name_before_word(sentence, pos, words, bounds)
        if not length or (found and _cuts_title(sentence, pos, pos + length, words)):
            return found  # "A和党办主任B": 党办主 is cut from a title, no name
        found.append((pos, pos + length))
        pos += length
        if sentence[pos : pos + 1] not in ("、", "和", "及"):
            return found
        pos += 1


def _name_before_word(sentence: str, pos: int, words, bounds) -> int:
    """A name of three characters right after a title that jieba holds as one unknown word,
    followed by a verb or an adverb of its dictionary of two characters or more that
    `name_followers` does not list ("总经理A日常领导", "秘书长B聚焦…"): the word closes the name
    as a follower would."""
    toks = tokens(sentence)
    at = next((k for k, t in enumerate(toks) if t.start == pos), None)
    if at is None or at + 1 >= len(toks):
        return 0
    start, end, tag = toks[at]
    after = toks[at + 1]
    if tag != "oov" or end - start != 3 or after.tag[:1] not in _VERB_TAGS:
        return 0
    if after.end - after.start < 2:
        return 0  # "局长A|投…": one character may be the start of a name that follows
    return 3 if read_name(sentence[:end], pos, words, bounds) == 3 else 0


_VERB_TAGS = frozenset("vd")  # jieba's verbs (v, vn, vd) and adverbs (d)


def _cuts_title(sentence: str, start: int, end: int, words) -> bool:
    """Whether a title starts inside sentence[start:end] and runs past its end ("党办主|任")."""
    return any(
        (title := match_at(sentence, k, words)) and k + len(title) > end
        for k in range(start + 1, end)
    )


# Words after which a name may run straight into the place of the post ("免去A|X市人民政府...")
_PLACE_FOLLOWED_HEADS = frozenset({"免去", "任命", "聘任", "委任"})


def _name_before_place(sentence: str, pos: int, bounds) -> int:
    """A name that jieba cuts as a word of its own, followed right away by a city of `city_names`
    or a place jieba's dictionary knows ("免去某某X市人民政府副市长职务")."""
    surname = surname_at(sentence, pos)
    if not surname:
        return 0
    cities = zh_lexicon().city_names
    for length in (len(surname) + 2, len(surname) + 1):
        end = pos + length
        if end not in bounds or end >= len(sentence) or end - pos < 2:
            continue
        name = sentence[pos:end]
        tag = dictionary_tag(name)
        if tag and not tag.startswith("nr"):
            continue  # a word of the dictionary, not a name
        place = next(
            (
                sentence[end : end + k]
                for k in (4, 3, 2)
                if sentence[end : end + k] in cities
                or (dictionary_tag(sentence[end : end + k]) or "").startswith("ns")
            ),
            None,
        )
        if place:
            return length
    return 0


def _closed_word_name(sentence: str, pos: int, words, bounds) -> int:
    """A name after a title that jieba's dictionary holds as a word or a place ("院长龙洋，"), read
    only when a comma, 、, the clause's end or a delegation's 一行 closes it right there: what
    stands between a title and a comma is its holder."""
    length = read_name(sentence, pos, words, bounds, listed=True)
    if (
        length
        and pos + length in bounds
        and (
            sentence[pos + length : pos + length + 1] in _CLOSERS
            or sentence.startswith(_CLOSING_WORDS, pos + length)  # "负责人某某一行来…"
        )
        and dictionary_tag(sentence[pos : pos + length]) in _NAME_LIKE_TAGS  # "书记强调，": a verb
    ):
        return length
    return 0


_NAME_LIKE_TAGS = (None, "ns", "nr", "nrt", "nrfg", "nz")


_CLOSERS = ("，", ",", "、", "。", "；", ";")
# Words that close a holder's name after a title as a comma does: a delegation, "and others",
# a comrade ("院长某某一行", "主任某某等参加", "某某同志").
_CLOSING_WORDS = ("一行", "等", "同志")


def title_spans(sentence: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each title of `words` in `sentence` not inside a longer one."""
    spans = sorted(
        {
            (m.start(), m.start() + len(m.group(1)))
            for m in _starts_pattern(tuple(words)).finditer(sentence)
        }
    )
    return [
        (s, e)
        for s, e in spans
        if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in spans)
    ]


@lru_cache(maxsize=16)
def _starts_pattern(words: tuple[str, ...]) -> re.Pattern:
    """The longest of `words` starting at each position (a shorter one there lies inside it)."""
    return re.compile(f"(?=({trie_pattern(w for w in words if w)}))" if any(words) else "(?!)")


def _after_titles(sentence: str, words, bounds) -> list[tuple[int, int]]:
    spans = []
    for _, end in title_spans(sentence, words):
        portfolio = _PORTFOLIO.match(sentence, end)  # "副校长（研究）A": a portfolio in brackets
        spans += _list_after(sentence, portfolio.end() if portfolio else end, words, bounds)
    return spans


_PORTFOLIO = re.compile(r"[（(][\u4e00-\u9fff、]{1,10}[）)]")


def _unknown_before_titles(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Two-character words jieba does not know (oov), a family name first, opening a clause or a
    、-list item right before a title ("、林强副秘书长", "，余磊局长作了报告"), as Hong Kong, Macau
    and Taiwan pages print a name and then its title: names. Not when a name follows the title
    ("金大校长黄奇": the word before is the title's organisation)."""
    weak = zh_lexicon().weak_surnames
    starts = {s for s, _ in title_spans(sentence, words)}
    found = []
    for s, e, tag in tokens(sentence):
        if (
            tag == "oov"
            and e - s == 2
            and e in starts
            and (s == 0 or sentence[s - 1] in _ITEM_OPENERS)
            and sentence[s] not in weak
            and read_name(sentence, s, words, bounds | {e}) == 2
        ):
            title = match_at(sentence, e, words) or ""
            if not read_name(sentence, e + len(title), words, bounds | {e + len(title)}):
                found.append((s, e))
    return found


_ITEM_OPENERS = "，,、：:；;"


def _japanese_before_titles(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Japanese names printed right before their title ("，X藤一郎团长", "由X田浩议员"), as
    Taiwan pages print a visitor's: a Japanese family name (`japanese_family_names`) opening a
    clause or an item, or after a function word, 的, a place's ending ("X市|X田浩市长") or an
    organisation's ("X协会|X藤一郎所长"), then one or two characters up to the title; not when a
    name follows the title."""
    lex = zh_lexicon()
    openers = _ITEM_OPENERS + "".join(lex.weak_surnames) + _PLACE_LAST + "的"
    found = []
    for t, _ in title_spans(sentence, words):
        for start in (t - 3, t - 4, t - 5):
            if start < 0 or not japanese_family_at(sentence, start):
                continue
            if (
                start
                and sentence[start - 1] not in openers
                and not _after_org_ending(sentence, start)
            ):
                continue
            if read_name(sentence, start, words, bounds | {start, t}) != t - start:
                continue
            title = match_at(sentence, t, words) or ""
            if not read_name(sentence, t + len(title), words, bounds | {t + len(title)}):
                found.append((start, t))
                break
    return found


_PLACE_LAST = "市县縣町村都府"


def _predicate_names(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Names completing a title as its predicate (`title_predicates`: "董事长为A，", "总经理由A
    担任"), where jieba cuts the name ("柯文/涛"): a family name first, closed right there by
    a comma or the clause's end, or by the predicate's own tail (担任)."""
    found = []
    for _, end in title_spans(sentence, words):
        for marker, tail in zh_lexicon().title_predicates:
            if not sentence.startswith(marker, end):
                continue
            pos = end + len(marker)
            length = read_name(sentence, pos, words, bounds | {pos}, listed=True)
            close = pos + length
            closed = (
                sentence.startswith(tail, close)
                if tail
                else sentence[close : close + 1] in _CLOSERS
            )
            if (
                length
                and close in bounds
                and closed
                and dictionary_tag(sentence[pos:close]) in _NAME_LIKE_TAGS
            ):
                found.append((pos, close))
    return found


def _before_titles(sentence: str, words) -> list[tuple[int, int]]:
    """Names jieba segments as one word right before a title of `implied_orgs` or 同志."""
    lex = zh_lexicon()
    heads = set(lex.implied_orgs) | {"同志"}
    return [
        (s, e)
        for s, e, tag in tokens(sentence)
        if tag in NAME_TAGS
        and any(sentence.startswith(h, e) for h in heads)
        and read_name(sentence, s, words, frozenset({e})) == e - s
    ]


_PERSONAL_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "oov"})


def _before_title_and_follower(sentence: str, words) -> list[tuple[int, int]]:
    """A name printed before its title, the title then followed by a person's act ("王某副校长
    率队", "李某书记指出") or a comma: an organisation's short name before a title is followed by
    its holder's name instead ("华能董事长舒某"). The name is one or two words jieba tags as
    names or unknown words ("柯文/涛")."""
    lex = zh_lexicon()
    links = frozenset(load_lexicon("zh").get("title_follower_links") or ())
    acts = tuple(f for f in lex.followers if f not in links)
    ends: dict[int, list[tuple[int, str]]] = {}
    for s, e, tag in tokens(sentence):
        ends.setdefault(e, []).append((s, tag))
    word_starts = {s for found_at in ends.values() for s, _ in found_at}
    found = []
    for start_title, end_title in title_spans(sentence, words):
        follows = (
            match_at(sentence, end_title, acts)
            or match_at(sentence, end_title, _participation_verbs())  # "A副所长陪同"
            or (end_title < len(sentence) and sentence[end_title] in "，,。；;")
        )
        listed = end_title < len(sentence) and sentence[end_title] in _LIST_GOES_ON
        starts = _name_word_starts(ends, start_title) + [
            start_title - n
            for n in (3, 2)
            if _after_org_ending(sentence, start_title - n)
            or (listed and _opens_titled_item(sentence, start_title - n))
        ]  # "X基金会|何日|生|主任": after an organisation, whatever words jieba makes of the name
        starts += [  # "会议由|范某明总经理主持", however jieba cuts the preposition and the name
            start_title - n
            for n in (3, 2)
            if start_title - n - 1 in word_starts
            and sentence[start_title - n - 1] in lex.weak_surnames
        ]
        tagged = [  # "转达了|奚|正平|董事长": a family name jieba tags as one after a function
            start_title - n  # word or a verb, its given name a word of the dictionary
            for n in (3,)
            if _family_word(sentence, start_title - n, ends.get(start_title - n + 1, []))
            and sentence[start_title - n + 1 : start_title] not in _unit_endings()  # "金集团"
            and not sentence[start_title - n + 1 : start_title].endswith(_org_endings())
            and (
                start_title - n == 0
                or any(tag[:1] in _BEFORE_TAGGED for _, tag in ends.get(start_title - n, ()))
            )
        ]
        for start in starts + tagged:
            if not (
                follows
                or start in tagged
                or _after_org_ending(sentence, start)
                or (listed and _opens_titled_item(sentence, start))
            ):
                continue
            if read_name(sentence, start, words, frozenset({start, start_title})) == (
                start_title - start
            ):
                found.append(
                    (_family_cut_off(sentence, start, start_title, words, ends), start_title)
                )
                break
    return found


def _family_word(sentence: str, at: int, words_ending: list[tuple[int, str]]) -> bool:
    """Whether jieba made the character at `at` a word of its own tagged as a family name, or as
    a measure word that is a family name ("张|新生|副所长": 张, not a count of anything)."""
    return any(
        s == at and (tag == "nr" or (tag == "q" and sentence[at] in zh_lexicon().surnames))
        for s, tag in words_ending
    )


@lru_cache(maxsize=1)
def _participation_verbs() -> tuple[str, ...]:
    return tuple(sorted(zh_lexicon().participation, key=lambda v: (-len(v), v)))


# jieba tags of the word before a family name read so: particles, verbs, prepositions,
# conjunctions, punctuation ("转达了奚正平董事长": not "工业司主要负责人", where 司 ends a unit)
_BEFORE_TAGGED = frozenset("uvpcx")


def _family_cut_off(sentence: str, start: int, end: int, words, ends) -> int:
    """Where a name read at `start` begins when jieba cut its family name off as a word of one
    character ("俞|海星同志": 俞海星, not 海星): that character's offset, else `start`."""
    lex = zh_lexicon()
    before = start - 1
    given = [tag for s, tag in ends.get(end, ()) if s == start]
    if not given or given[0].startswith("nr") or given[0] == "oov":
        return start  # jieba cut nothing off: "原|李强董事长", "时|王海董事长"
    if (
        before >= 0
        # the family name a word of one character jieba takes for no noun, verb or particle
        and any(
            s == before and not tag.startswith(tuple("nvdpcu")) for s, tag in ends.get(start, ())
        )
        and sentence[before] in lex.surnames
        and sentence[before] not in lex.weak_surnames
        and read_name(sentence, before, words, frozenset({before, end})) == end - before
    ):
        return before
    return start


def _after_org_ending(sentence: str, start: int) -> bool:
    """Whether an organisation's name ends right before `start` ("X基金会|A主任", "X议会|A议长"):
    what stands between it and a title is its member's name, as Taiwan and Hong Kong pages
    print them, not a second organisation."""
    return start >= 3 and sentence.endswith(_org_endings(), 0, start)


_LIST_GOES_ON = "、及和与等"


def _opens_titled_item(sentence: str, start: int) -> bool:
    """Whether a "name title" item of a list may start at `start`, its title followed by the
    list's next item ("A副校长、B副校长及X处C处长"): right after 、 or right after a unit's
    one-character ending ("教务处|C处长"), as Hong Kong, Macau and Taiwan pages print them."""
    if start < 1:
        return False
    if sentence[start - 1] == "、":
        return True
    return (
        start >= 3
        and sentence[start - 1] in _unit_endings()
        and (start in _word_starts(sentence) or start - 1 in _glued_ending_starts(sentence))
    )  # "委|员会": no name inside a word of the dictionary


@lru_cache(maxsize=64)
def _glued_ending_starts(sentence: str) -> frozenset[int]:
    """Where jieba begins an unknown word with a unit's ending and the name after it
    ("规划|处孟启|处长"): the name opens one character into that word."""
    return frozenset(
        s
        for s, e, tag in tokens(sentence)
        if tag == "oov" and e - s >= 3 and sentence[s] in _unit_endings()
    )


@lru_cache(maxsize=64)
def _word_starts(sentence: str) -> frozenset[int]:
    return frozenset(s for s, _, _ in tokens(sentence))


@lru_cache(maxsize=1)
def _unit_endings() -> frozenset[str]:
    """One-character endings of government and school units (zh.yml `org_suffixes.unit`)."""
    return frozenset(s for s in zh_lexicon().suffixes["unit"] if len(s) == 1)


@lru_cache(maxsize=1)
def _org_endings() -> tuple[str, ...]:
    """The organisation endings of two characters or more (zh.yml `org_suffixes`)."""
    return tuple(
        sorted({s for suffixes in zh_lexicon().suffixes.values() for s in suffixes if len(s) >= 2})
    )


def _name_word_starts(ends: dict[int, list[tuple[int, str]]], end: int) -> list[int]:
    """Where a name of 2-3 characters ending at `end` may start: one name-tagged word, or two."""
    starts = []
    for s, tag in ends.get(end, ()):
        if tag in _PERSONAL_TAGS and 2 <= end - s <= 3:
            starts.append(s)
        if tag in _PERSONAL_TAGS:
            starts += [
                s0 for s0, tag0 in ends.get(s, ()) if tag0 in _PERSONAL_TAGS and 2 <= end - s0 <= 3
            ]
    return starts


def _before_anchors(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Names right before 同志 or an appointment verb ("邱某某同志任...", "王某担任..."), read by
    their family name even where jieba cuts them apart."""
    found = []
    weak = zh_lexicon().weak_surnames
    for anchor in zh_lexicon().name_anchors:
        at = sentence.find(anchor)
        while at >= 2:
            end = _before_place(sentence, at)  # "苏凤在吕梁会见": the name stands before 在吕梁
            for start in (end - 3, end - 2, end - 4):
                if (
                    start >= 0
                    # jieba glues a function word to the family name ("由田/某某"): a bound too
                    and (start in bounds or not start or sentence[start - 1] in weak)
                    and sentence[start] not in zh_lexicon().weak_surnames  # "于会中表示"
                    and read_name(sentence, start, words, bounds | {end}) == end - start
                    and not (anchor in _rank_anchors() and _field_or_word(sentence[start:end]))
                ):
                    found.append((start, end))
                    break
            at = sentence.find(anchor, at + 1)
    return found


@lru_cache(maxsize=1)
def _rank_anchors() -> frozenset[str]:
    return frozenset(load_lexicon("zh").get("rank_anchors") or ())


def _field_or_word(name: str) -> bool:
    """Whether what stands before an academic rank is a field or a word, no name ("文学博士",
    "管理学博士", "全职教授"): a word of jieba's dictionary that it does not know as a name, or a
    field of study (ends in 学)."""
    tag = dictionary_tag(simplified_same_length(name))
    return name.endswith("学") or (tag is not None and not tag.startswith("nr"))


def _before_glued_verb(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Names jieba glues to a verb of `glued_verbs` into one unknown word ("郭某某任"), or whose
    last character it joins with the verb into a word of `glued_verb_words` ("夏某|胜任"), when a
    title of `words` follows the verb in its clause ("...任X银行党委书记")."""
    found = []
    verbs, glued_words = zh_lexicon().glued_verbs, zh_lexicon().glued_verb_words
    followers = zh_lexicon().followers
    for s, e, tag in tokens(sentence):
        if tag == "oov" and 3 <= e - s <= 5 and sentence[e - 1] in verbs:
            if _titled_after(sentence, e, words) and read_name(
                sentence, s, words, bounds | {e - 1}
            ) == (e - 1 - s):
                found.append((s, e - 1))
        elif (
            e - s == 2
            and (
                simplified_same_length(sentence[s:e]) in glued_words
                # not a verb of its own that follows names ("宣布|续任|理事长": no one named 宣布续)
                or (tag == "oov" and sentence[e - 1] in verbs and sentence[s:e] not in followers)
            )
            and _titled_after(sentence, e, words)
        ):  # "夏吉|胜任|公司总经理", "王立|文任|X局副局长": the name's last character and 任 one word
            found += _name_before_verb(sentence, e - 1, words, bounds)
        elif e - s == 1 and sentence[s] in verbs and s >= 2 and _titled_after(sentence, e, words):
            found += _name_before_verb(sentence, s, words, bounds)  # "柯文|涛|任|公司总经理"
    return found


def _name_before_verb(sentence: str, verb: int, words, bounds) -> list[tuple[int, int]]:
    """The name of two or three characters ending right before the verb at offset `verb`, where
    it opens the sentence, follows no Han character or starts at a bound (at most one)."""
    for start in (verb - 3, verb - 2):
        opens = start == 0 or not is_han(sentence[start - 1]) or start in bounds
        if (
            start >= 0
            and opens
            and read_name(sentence, start, words, bounds | {start, verb}) == verb - start
        ):
            return [(start, verb)]
    return []


def _titled_after(sentence: str, end: int, words) -> bool:
    """Whether a title of `words` follows offset `end` in its clause."""
    clause = _CLAUSE_END.search(sentence, end)
    limit = clause.start() if clause else len(sentence)
    return any(end <= ts and te <= limit for ts, te in title_spans(sentence, words))


_CLAUSE_END = re.compile(r"[，,。；;！？!?]")


def _before_glued_deng(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Names whose last character jieba glues to the 等 closing a list into a word of its own
    ("王某、张亚|中等出席", "平等", "高等"): the name is read up to that 等 when it follows a 、, a
    comma or a title, so that it stands in a list of people."""
    found = []
    toks = tokens(sentence)
    titles = tuple(words)
    for k in range(1, len(toks)):
        s, e, _ = toks[k]
        if e - s != 2 or sentence[e - 1] != "等":
            continue
        start = toks[k - 1].start
        for begin in (start, start - 1):
            if begin < 0 or not (
                begin == 0 or sentence[begin - 1] in "、，," or sentence[:begin].endswith(titles)
            ):
                continue
            if read_name(sentence, begin, words, bounds | {begin, e - 1}) == e - 1 - begin:
                found.append((begin, e - 1))
                break
    return found


def _before_place(sentence: str, at: int) -> int:
    """Where "在<place>" ends before offset `at` starts, else `at` (a place: a city of
    `city_names` or a word jieba's dictionary tags ns)."""
    for size in (2, 3, 4):
        place = sentence[at - size : at]
        if (
            at - size >= 3
            and sentence[at - size - 1] == "在"
            and (place in zh_lexicon().city_names or dictionary_tag(place) == "ns")
        ):
            return at - size - 1
    return at


def _jieba_names(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """jieba's names: dictionary names (nr) of 2-4 characters, unknown words of 3-4 (two-character
    unknown words are too often ordinary words: 高危作业). A family name jieba cut off is put back
    ("钱/明德" is 钱明德)."""
    found = []
    lex = zh_lexicon()
    weak = lex.weak_surnames
    toks = tokens(sentence)
    for k, (s, e, tag) in enumerate(toks):
        if sentence[s] in weak:
            continue  # "于会中", "来鲁": a function word, named only after a title
        if (
            s
            and e - s == 2
            and tag in ("nr", "nrfg")
            and (k == 0 or toks[k - 1][0] == s - 1)  # "钱/明德"; not "感谢/师生": 谢 ends a word
            and read_name(sentence, s - 1, words, bounds | {s - 1}) == 3
        ):
            found.append((s - 1, e))
        elif (
            tag in ("nr", "nrfg")
            and e - s == 2
            and dictionary_count(sentence[s:e]) >= lex.common_name_count
            and not _listed_with_names(sentence, toks, k)
        ):
            continue  # jieba lists 康复, 范畴 as names: as common as words, a name in a list only
        elif (
            tag in NAME_TAGS
            and (2 if tag != "oov" else 3) <= e - s <= 4
            and read_name(sentence, s, words, bounds) == e - s
        ):
            found.append((s, e))
        elif (
            tag in NAME_TAGS
            and e - s in (3, 4)
            and sentence[e - 1] in zh_lexicon().name_glue
            and read_name(sentence, s, words, bounds | {e - 1}) == e - s - 1
        ):
            found.append((s, e - 1))  # jieba's "姚林于", "蒲晓东于": the name and the word after it
    return found


def _clause_appointees(sentence: str, words, bounds) -> list[tuple[int, int]]:
    """Names opening a further clause of an appointment ("任命A为X，B为Y"): after a comma or a
    semicolon, a name then 为 and a title before the clause ends, in a sentence with an
    appointment marker (`appointment_markers`). However common the name is as a word, so
    placed it is a person."""
    lex = zh_lexicon()
    if not any(m in sentence for m in lex.appointment_markers):
        return []
    titles = title_spans(sentence, words)
    found = []
    for mark in _CLAUSE_MARK.finditer(sentence):
        start = mark.end()
        n = read_name(sentence, start, words, bounds | {start})
        link = next((w for w in _APPOINTED if sentence.startswith(w, start + n)), None)
        if not n or link is None:
            continue
        after = start + n + len(link)
        close = _CLAUSE_MARK.search(sentence, after)
        end = close.start() if close else len(sentence)
        if any(after <= s and e <= end for s, e in titles):
            found.append((start, start + n))
    return found


_CLAUSE_MARK = re.compile(r"[，,；;]")
_APPOINTED = ("同志为", "为")


def _listed_with_names(sentence: str, toks, k: int) -> bool:
    """Whether token k stands in a 、-list beside a name-like word (a name tag, a family name
    first, two to four characters: "常青、安然等"), not in a list of common nouns."""
    for side, mate in ((k - 1, k - 2), (k + 1, k + 2)):
        if 0 <= mate < len(toks) and sentence[toks[side].start : toks[side].end] == "、":
            ms, me, tag = toks[mate]
            if tag in NAME_TAGS and 2 <= me - ms <= 4 and surname_at(sentence, ms):
                return True
    return False


def _merge(spans_by_priority) -> list[tuple[int, int]]:
    taken: list[tuple[int, int]] = []
    for spans in spans_by_priority:
        for s, e in sorted(set(spans)):
            if all(e <= ts or s >= te for ts, te in taken):
                taken.append((s, e))
    return sorted(taken)


def name_spans(sentence: str, vocab: Vocab) -> list[tuple[int, int]]:
    """(start, end) of every personal name in one sentence."""
    words = title_words(vocab)
    bounds = _bounds(sentence)
    readers = (
        _after_titles(sentence, words, bounds),
        _before_titles(sentence, words),
        # before the reader of Chinese names, which cuts a Japanese one ("X会|X田|裕子会长")
        _japanese_before_titles(sentence, words, bounds),
        _before_title_and_follower(sentence, words),
        _before_anchors(sentence, words, bounds),
        _before_glued_verb(sentence, words, bounds),
        _before_glued_deng(sentence, words, bounds),
        _clause_appointees(sentence, words, bounds),
        _predicate_names(sentence, words, bounds),
        _unknown_before_titles(sentence, words, bounds),
        _jieba_names(sentence, words, bounds),
    )
    spans = _merge(
        [[sp for sp in found if not _opens_in_verb(sentence, sp[0])] for found in readers]
    )
    spans = _merge([spans, _list_mates(sentence, spans, words, bounds)])
    return [(s, e) for s, e in spans if not match_at(sentence, e, place_bodies())]


def _opens_in_verb(sentence: str, start: int) -> bool:
    """Whether the character at `start` ends a verb of two characters or more that follows names
    (`name_followers`: "A续|任中大校长" is A续任 中大校长, no one named 任中大)."""
    verb = match_before(sentence, start + 1, zh_lexicon().followers)
    return verb is not None and len(verb) >= 2


def _list_mates(sentence: str, spans, words, bounds) -> list[tuple[int, int]]:
    """Names listed with 、 beside a name already read ("陈某、罗富源、许某": jieba cuts 罗|富源), each
    read as a name in a list and closed by the list's next 、, a joiner, a title or a clause end;
    before a name read, 和 and 及 join one too ("廖某建和B": jieba cuts 廖某|建和)."""
    found = set(spans)
    todo = list(spans)
    while todo:
        s, e = todo.pop()
        mates = []
        if sentence[e : e + 1] == "、":
            n = read_name(sentence, e + 1, words, bounds | {e + 1}, listed=True)
            n = n or _transliterated_at(sentence, e + 1)  # "A、埃文斯、B": a foreign name
            if n and _closes_item(sentence, e + 1 + n, words):
                mates.append((e + 1, e + 1 + n))
        if s >= 2 and sentence[s - 1] in _BEFORE_JOINERS:  # "A、B", "A和B", "由A及B出任"
            for n in (3, 2):
                at = s - 1 - n
                if (
                    at >= 0
                    and (at == 0 or not is_han(sentence[at - 1]) or sentence[at - 1] in _openers())
                    and read_name(sentence, at, words, bounds | {at, s - 1}, listed=True) == n
                    and (
                        sentence[s - 1] == "、"
                        or (
                            not _dictionary_word(sentence[at : s - 1])
                            and not match_at(sentence, e, words)
                        )
                    )
                ):  # "华为和A董事长": beside a name with its title after it, 和 joins the two sides
                    mates.append((at, s - 1))
                    break
        for mate in mates:
            if all(mate[1] <= fs or mate[0] >= fe for fs, fe in found):
                found.add(mate)
                todo.append(mate)
    return sorted(found - set(spans))


_BEFORE_JOINERS = "、和及"  # what may join a name to the one read after it


def _dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary lists `word` as anything but a personal name."""
    tag = dictionary_tag(word)
    return tag is not None and not tag.startswith("nr")


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Characters that open a list of names ("成员，即A、B"; zh.yml `name_list_openers`)."""
    return frozenset(load_lexicon("zh").get("name_list_openers") or "")


def _transliterated_at(sentence: str, pos: int, depth: int = 0) -> int:
    """Length of a foreign name in transliteration at `pos`, two to five characters of
    `transliteration_characters`, no word of jieba's dictionary but a name and no place, closed
    by the clause or by 、 and another name (a list item only: "董事A、埃文斯、B"); 0 when there is
    none."""
    chars = _transliteration_characters()
    plain = simplified_same_length(sentence[pos : pos + 6])
    n = 0
    while n < len(plain) and plain[n] in chars:
        n += 1
    tag = dictionary_tag(plain[:n])
    if not 2 <= n <= 5 or (tag is not None and not tag.startswith("nr")):
        return 0  # a word of the dictionary, unless it knows it as a name
    if plain[:n] in zh_lexicon().city_names:
        return 0  # a city of the lexicon
    after = sentence[pos + n : pos + n + 1]
    if not after or after in "，,；;。":
        return n  # the list's last item
    if after == "、" and (
        surname_at(sentence, pos + n + 1)
        or (depth < 3 and _transliterated_at(sentence, pos + n + 1, depth + 1))
    ):
        return n  # another name follows
    return 0


@lru_cache(maxsize=1)
def _transliteration_characters() -> frozenset[str]:
    return frozenset(load_lexicon("zh").get("transliteration_characters") or "")


def _closes_item(sentence: str, pos: int, words) -> bool:
    """Whether a listed name may end at `pos`: the list goes on or closes there."""
    nxt = sentence[pos : pos + 1]
    return (
        not nxt
        or not is_han(nxt)
        or nxt in "和及与等"
        or bool(match_at(sentence, pos, words))
        or bool(match_at(sentence, pos, zh_lexicon().followers))
    )


def person_spans(article: Article, vocab: Vocab) -> list[tuple[int, int]]:
    """(start, end) of every personal name in the article body; none that is a part of a
    transliterated foreign name ("奧古斯托‧桑托斯‧席爾瓦": its parts are no Han names)."""
    body, spans = article.body, []
    for start, end in sentence_spans(body):
        spans += [(start + s, start + e) for s, e in name_spans(body[start:end], vocab)]
    spans += _weak_surname_names(body, spans, title_words(vocab))
    ends = {e for _, e in spans}
    return [
        (s, e)
        for s, e in sorted(spans)
        if not (s and body[s - 1] in NAME_DOTS)
        and not (e < len(body) and body[e] in NAME_DOTS)
        and not _bracketed_alias(body, s, e, ends)
    ]


def _bracketed_alias(body: str, start: int, end: int, ends: set[int]) -> bool:
    """Whether the name at [start, end) is another name of the person named right before it, in
    brackets ("A(明德)先生": A's courtesy name), no person of its own."""
    return (
        start > 0
        and body[start - 1] in "(（"
        and body[end : end + 1] in (")", "）")
        and (start - 1) in ends
    )


def _weak_surname_names(body: str, spans, words) -> list[tuple[int, int]]:
    """Three-character names whose family name is also a function word ("于" of "市长于某某"),
    which the readers leave alone: read where the same three characters come back, once right
    after a title and once before a verb of the name's (`name_followers`) or a clause's end, and
    the two after the family name are no word of the dictionary but a name."""
    lex = zh_lexicon()
    taken = [(s, e) for s, e in spans]
    found: list[tuple[int, int]] = []
    checked: set[str] = set()
    weak = set(lex.weak_surnames) & set(lex.surnames)
    for at in (k for k, ch in enumerate(body) if ch in weak):
        name = body[at : at + 3]
        if len(name) < 3 or not all(map(is_han, name)) or name in checked:
            continue
        checked.add(name)
        tag = dictionary_tag(name[1:])
        if tag is not None and not tag.startswith(("nr", "nz")):
            continue  # "于今年", "于会上": a preposition and its object
        if name[1] in NOT_GIVEN_OPENERS:
            continue  # "向我司", "于我区", "于该市": a preposition and a pronoun's phrase
        places = [k.start() for k in re.finditer(re.escape(name), body)]
        titled = any(match_before(body, k, words) for k in places)
        followed = any(
            k + 3 >= len(body) or not is_han(body[k + 3]) or match_at(body, k + 3, lex.followers)
            for k in places
        )
        if len(places) >= 2 and titled and followed:
            found += [(k, k + 3) for k in places if not any(s < k + 3 and k < e for s, e in taken)]
    return sorted(set(found))


NAME_DOTS = "·‧•・"  # the dots between the parts of a transliterated foreign name
# "總理安東尼奧‧科斯塔(António Costa)": a transliterated name and the original it gives
_FOREIGN = re.compile(
    rf"([\u4e00-\u9fff]{{1,8}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}})+)\s*[（(]\s*"
    r"([A-ZÀ-Þ][\w.'’-]*(?:\s+[A-Za-zÀ-ÿ][\w.'’-]*){1,5})\s*[)）]"
)


def foreign_names(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, original) of each transliterated foreign name printed with its original in
    brackets; the span is the transliteration's. Its first part may be glued to a title before
    it ("總理安東尼奧"), so the transliteration starts after the longest title there."""
    out = []
    for m in _FOREIGN.finditer(article.body):
        out.append((m.start(1), m.end(1), " ".join(m.group(2).split())))
    return out


def extract_persons(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a PersonMention (pinyin name, Han native name) for each distinct name."""
    seen = {p.native for p in found.persons}
    spans = person_spans(article, vocab)
    inside = _only_inside_longer(article.body, {article.body[s:e] for s, e in spans})
    for start, end in spans:
        native = article.body[start:end]
        if native not in seen and native not in inside:
            seen.add(native)
            found.persons.append(
                PersonMention(name_pinyin(native), evidence_at(article, start), native)
            )
    words = title_words(vocab)
    for start, end, original in foreign_names(article):
        native = _after_title(article.body[start:end], words)
        if native and native not in seen:
            seen.add(native)
            found.persons.append(PersonMention(original, evidence_at(article, start), native))
    for start, end in dotted_names(article.body, words):
        native = article.body[start:end]
        if not any(native in n or n in native for n in seen if n and _has_dot(n)):
            seen.add(native)
            name = transliteration_pinyin(simplified_same_length(native), NAME_DOTS)
            found.persons.append(PersonMention(name, evidence_at(article, start), native))


def _has_dot(name: str) -> bool:
    return any(d in name for d in NAME_DOTS)


_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "oov"})


def dotted_names(body: str, titles: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of each foreign name transliterated in parts joined by a middle dot and printed
    without its original ("州长伊姆莱·索伯一行", "市长约翰·史密斯出席"): every part made of
    jieba's name or unknown words, or single `transliteration_characters`, and one part at least a
    name or unknown word of two characters or more ("中国·东盟", "丝路·长安" are none), and no
    quotation's or title's opening mark right before it. An unknown word at either end that took
    in the end of a title before it ("州长|莫兰": `titles`) or a word that follows names after it
    ("莫兰|率", `name_followers`) gives that piece back."""
    out: list[tuple[int, int]] = []
    for m in _DOTTED.finditer(body):
        toks = tokens(m.group())
        dots = [t for t in toks if m.group()[t.start : t.end] in NAME_DOTS]
        if not dots:
            continue
        first, last = dots[0], dots[-1]
        left = _name_tokens(m.group(), reversed([t for t in toks if t.end <= first.start]))
        right = _name_tokens(m.group(), [t for t in toks if t.start >= last.end])
        inner = [t for t in toks if first.end <= t.start and t.end <= last.start]
        middle = [t for t in inner if m.group()[t.start : t.end] not in NAME_DOTS]
        if not left or not right or len(_name_tokens(m.group(), middle)) != len(middle):
            continue
        named = [*left, *right, *middle]
        if not any(t.tag in _NAME_TAGS and t.end - t.start >= 2 for t in named):
            continue
        start = m.start() + min(t.start for t in left)
        end = m.start() + max(t.end for t in right)
        if left[-1].tag == "oov":
            start += _title_end_inside(body, start, left[-1].end - left[-1].start, titles)
        if right[-1].tag == "oov":
            end = _follower_start_inside(body, m.start() + right[-1].start, end)
        if body[start - 1 : start] not in _OPENING_MARKS:  # "「X・Y例大祭」": a quoted name
            out.append((start, end))
    return out


def _title_end_inside(body: str, start: int, size: int, titles: tuple[str, ...]) -> int:
    """How many characters at `start` (of an unknown word of `size`) end a title begun before it
    ("某州|长莫兰": 州长): 0 when none does."""
    plain = simplified_same_length(body[: start + size])
    for k in (1, 2):
        title = match_before(plain, start + k, titles) if k < size else None
        if title and len(title) > k:
            return k
    return 0


def _follower_start_inside(body: str, start: int, end: int) -> int:
    """Where a word that follows names (`name_followers`: "率", "一行") begins inside the unknown
    word `body[start:end]` at its end ("莫兰|率代表团"), on a character no transliteration uses;
    else `end`."""
    chars = _transliteration_characters()
    plain = simplified_same_length(body[:end])
    followers = zh_lexicon().followers
    for pos in range(start + 1, end):
        if plain[pos] not in chars and match_at(plain, pos, followers):
            return pos
    return end


_OPENING_MARKS = tuple('「『“《〈‘"')
_DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,12}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,12}})+")


def _name_tokens(text: str, toks) -> list:
    """The tokens, from the first on, that may make a transliterated name's part (stops at the
    first that may not): a name's or an unknown word, or one `transliteration_characters`."""
    chars = _transliteration_characters()
    out = []
    for t in toks:
        word = text[t.start : t.end]
        if t.tag in _NAME_TAGS or (len(word) == 1 and simplified_same_length(word) in chars):
            out.append(t)
        else:
            break
    return out


def _after_title(name: str, words) -> str:
    """The transliteration alone: its first part cut after the last title or joiner printed in
    it ("洛和總理安東尼奧‧…" is 安東尼奧‧…), and at most `_FIRST_PART` characters long."""
    cut = re.search(f"[{NAME_DOTS}]", name)
    first = name[: cut.start()] if cut else name
    plain = simplified_same_length(first)
    start = 0
    for k in range(len(plain)):
        title = match_at(plain, k, words)
        if title and k + len(title) < len(plain):
            start = max(start, k + len(title))
        if plain[k] in _JOINERS:
            start = max(start, k + 1)
    start = max(start, len(first) - _FIRST_PART)
    return name[start:]


_JOINERS = "和与及、的为"
_FIRST_PART = 5


def _only_inside_longer(body: str, names: set[str]) -> set[str]:
    """The names that occur only inside a longer name found too (向东 of 段向东)."""
    out = set()
    for name in names:
        longer = [n for n in names if len(n) > len(name) and name in n]
        if not longer:
            continue
        total = body.count(name)
        covered = sum(body.count(n) * n.count(name) for n in longer)
        if total and covered >= total:
            out.add(name)
    return out
