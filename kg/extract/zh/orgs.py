"""Organisations in Chinese text.

Found, in this order (an earlier find wins where spans overlap):
1. names of the organisation alias table (`vocab.org_names()`, longest first);
2. org-shaped words: jieba words ending with a suffix of the lexicon, read
   leftwards over name-like words ("华能新能源股份有限公司", "江州铝业",
   "湖南分公司"); a full or short name needs a proper noun in it ("铝业公司"
   alone is no name); a unit ("财务部", "宣传部") needs an organisation or
   generic word before it or an organisation beside it in a 、-list;
3. the items of a 、-list counted as organisations ("A、B、C3家企业");
4. "党的..." as the Communist Party of China.
The mentions, the page's own fields and the article's main organisation
are made in :mod:`kg.extract.zh.org_mentions`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.extract.alternation import longest_first
from kg.extract.script import simplified_same_length
from kg.extract.trie import trie_pattern
from kg.extract.zh.lexicon import match_at, match_before, title_names, titles, zh_lexicon
from kg.extract.zh.persons import title_spans
from kg.extract.zh.spans import locate
from kg.extract.zh.sub_units import own_name_units, parent_endings, split_unit
from kg.extract.zh.text import (
    NUMERALS,
    Found,
    Token,
    dictionary_count,
    dictionary_tag,
    find_all,
    is_han,
    sentence_spans,
    tokens,
)
from kg.model import Article
from kg.orgnames import is_generic
from kg.vocab import Vocab, load_lexicon

PROPER_TAGS = {"ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "eng", "oov"}
NAME_TAGS = PROPER_TAGS | {"n", "vn", "a", "an", "b", "f", "s"}  # no idioms (l): 高度重视
Span = Found  # an organisation named in a sentence: (start, end, name)
UNIT_FIELD_TAG = "unit"  # jieba's words joined into a government department's field and ending
ORDINAL = re.compile("第[一二三四五六七八九十0-9]{1,3}届?")


def _free(spans: list[Span], s: int, e: int) -> bool:
    return all(e <= os or s >= oe for os, oe, _ in spans)


@lru_cache(maxsize=8)
def _alias_pattern(names: tuple[str, ...]) -> re.Pattern:
    """One pattern for all known names (a trie, longest first); Latin names only as whole words."""
    latin = [n for n in names if n.isascii()]
    other = [n for n in names if not n.isascii()]
    alts = ([_first_class(other) + trie_pattern(other)] if other else []) + (
        [rf"(?<![A-Za-z])(?:{trie_pattern(latin)})(?![A-Za-z])"] if latin else []
    )
    return re.compile("|".join(alts) or r"(?!)")


def _first_class(names: list[str]) -> str:
    """A lookahead for the names' first characters: the regex engine tries a trie's branches one
    by one at every position, a character class it checks at once (several times faster)."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({n[0] for n in names})) + "])"


@lru_cache(maxsize=1)
def _legal_endings() -> tuple[str, ...]:
    return tuple(sorted(zh_lexicon().suffixes["legal"], key=len, reverse=True))


@lru_cache(maxsize=4)
def _table_names(table: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The names of the organisation table (the same table object every sentence: made once)."""
    return tuple(name for name, _ in table)


def _alias_spans(sentence: str, vocab: Vocab) -> list[Span]:
    """Known names; one directly followed by a legal ending takes it ("X" + "公司" is "X公司")."""
    legal = _legal_endings()
    spans = []
    for m in _alias_pattern(_table_names(vocab.org_names())).finditer(sentence):
        if _placed_before(sentence, m.start()) and not m.group().startswith(_NATIONAL):
            continue  # "省发改委", "深圳市国资委": a place's own body, not the national one
        if len(m.group()) <= 3 and _crosses_word(
            sentence, m.start(), m.end(), title_names(vocab) if len(m.group()) == 3 else ()
        ):
            continue  # "合作|中|共建", "联合|国际": a short alias read across two words
        if len(m.group()) == 3 and _word_runs_past(sentence, m.start(), m.end()):
            continue  # "医院行政院长": one word of jieba's runs past the name (no 行政院)
        if m.group().endswith("大学") and sentence.startswith("生", m.end()):
            continue  # "重庆大学生": students of a city, not its university
        if any(sentence.endswith(p, 0, m.start()) for p in _foreign_parties()):
            continue  # "越共中央组织部": another country's party's body
        tail = match_at(sentence, m.end(), legal) or ""
        spans.append(Found(m.start(), m.end() + len(tail), m.group() + tail))
    return spans


def _word_runs_past(sentence: str, start: int, end: int) -> bool:
    """Whether one of jieba's words begins where a name begins and ends after it."""
    return any(ts == start and te > end for ts, te, _ in tokens(sentence))


@lru_cache(maxsize=1)
def _foreign_parties() -> tuple[str, ...]:
    return tuple(load_lexicon("zh").get("foreign_party_prefixes") or ())


def _crosses_word(sentence: str, start: int, end: int, titles: tuple[str, ...] = ()) -> bool:
    """Whether one of jieba's words of `sentence` begins inside start:end and ends after it, or
    begins before it and ends inside it; a title of `titles` that shares the name's last
    character crosses nothing ("立法|院长": the Legislative Yuan's president)."""
    return any(
        ((start < ts < end < te) and sentence[ts:te] not in titles) or (ts < start < te < end)
        for ts, te, _ in tokens(sentence)
    )


_NATIONAL = ("中国", "国家", "国务院", "中华", "全国")


def _placed_before(sentence: str, at: int) -> bool:
    """Whether an administrative level ("省", "市") or a province's or city's name ends at `at`."""
    if at and sentence[at - 1] in zh_lexicon().admin_levels:
        return True
    return any(sentence.endswith(p, 0, at) for p in _place_words())


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    lex = zh_lexicon()
    return frozenset({p for names in lex.place_names.values() for p in names} | lex.city_names)


def _join_units(spans: list[Span], shaped: list[Span]) -> tuple[list[Span], list[Span]]:
    """A shaped name that starts where a known name ends is part of it ("工商银行" + "江苏省分行"),
    and so is one that starts inside a known name and reads on to a unit of it ("X集团" +
    "集团人力资源中心"); a shaped unit right after a shaped body is that body's unit ("省卫健委" +
    "人事处"): one name, cut into parent and unit again by :mod:`kg.extract.zh.sub_units`."""
    by_end = {span.end: span for span in spans if span.text}
    joined, rest = [], []
    for s, e, n in shaped:
        head = by_end.get(s) or _overlapping_body(spans, s, e, n)
        if head:
            spans.remove(head)
            joined.append(Found(head.start, e, head.text + n[head.end - s :]))
        else:
            rest.append(Found(s, e, n))
    return spans, joined + _join_shaped_units(rest)


def _overlapping_body(spans: list[Span], s: int, e: int, name: str) -> Span | None:
    """A known name the shaped name [s, e) starts inside, when the two read as the known body
    and a unit of it ("X集团" + "集团人力资源中心")."""
    for head in spans:
        if head.text and head.start < s < head.end < e:
            whole = head.text + name[head.end - s :]
            split = split_unit(whole)
            if split is not None and split.parent == head.text:
                return head
    return None


def _join_shaped_units(shaped: list[Span]) -> list[Span]:
    """Shaped names printed one after the other as a body and its unit ("省卫健委" + "人事处")."""
    by_end = {span.end: span for span in shaped}
    out = list(shaped)
    for unit in shaped:
        body = by_end.get(unit.start)
        if body is None or body not in out or unit not in out:
            continue
        split = split_unit(body.text + unit.text)
        if split is not None and split.parent == body.text and split.unit == unit.text:
            out[out.index(body)] = Found(body.start, unit.end, body.text + unit.text)
            out.remove(unit)
    return out


class SuffixKind(NamedTuple):
    """The kind of organisation an ending says ("legal", "unit", ...) and the ending."""

    kind: str
    suffix: str


@lru_cache(maxsize=65536)
def suffix_kind(word: str) -> SuffixKind | None:
    """(kind, suffix) of the longest org suffix `word` ends with."""
    pairs = [
        (suf, kind)
        for kind, sufs in zh_lexicon().suffixes.items()
        for suf in sufs
        if word.endswith(suf)
    ]
    if not pairs:
        return None
    suffix, kind = max(pairs, key=_suffix_length)
    return SuffixKind(kind, suffix)


def _suffix_length(pair: tuple[str, str]) -> int:
    suffix, _ = pair
    return len(suffix)


def _extends(sentence: str, tok, title_set) -> bool:
    s, e, tag = tok
    word = sentence[s:e]
    lex = zh_lexicon()
    if tag == "m":  # an ordinal inside a name: "第二人民医院", "第一中学"
        return bool(ORDINAL.fullmatch(word))
    if word in _FOUNDED_BY or (word == "立" and s and sentence[s - 1] in lex.admin_levels):
        return True  # "山东省立第三医院", "X市立医院": founded by the province, the city
    if tag == "v" and simplified_same_length(word) in lex.org_name_verbs:
        return True  # "警察|总局", "终审|法院": a body's field jieba reads as a verb
    if tag == "zg" and word in lex.admin_levels:
        return True  # "松林|县|人民医院": jieba tags the county's character apart from its place
    return (
        tag in NAME_TAGS
        and word not in lex.org_stops
        and word not in title_set
        and not (word[-1] in lex.title_joins and word[:-1] in title_set)  # "总裁兼|X水泥|董事长"
        and word not in lex.event_nouns
        and not (tag == "oov" and len(word) > 1 and word[-1] in lex.org_stop_endings)
        and not (tag == "oov" and len(word) > 1 and word[0] in lex.org_stop_starts)
        and not any(inner in word for inner in lex.org_stop_inner)
    )


_FOUNDED_BY = frozenset({"省立", "市立", "县立", "区立", "州立", "国立"})


def _board_committee(name: str) -> bool:
    """Whether `name` is a committee of a board named by its function only ("战略发展委员会",
    "薪酬与考核委员会", "事会战略委员会" cut from 董事会): a part of a company, no organisation."""
    lex = zh_lexicon()
    stem = name.removesuffix("委员会")
    if stem == name:
        return False
    stem = re.sub(r"^(?:董?事会|监?事会)", "", stem)
    rest = re.sub(
        longest_first(lex.board_committee_words) or "(?!)",
        "",
        stem,
    )
    return not re.sub(r"[与和及、]", "", rest)


def split_titles(sentence: str, toks, title_set) -> list:
    """jieba's words with a glued title split off when what stands before it ends with an org
    suffix ("银行行长" is "银行" + "行长"); the longest such title is split off."""
    out: list[Token] = []
    split = split_verbs(sentence, toks)
    for k, (s, e, tag) in enumerate(split):
        word = sentence[s:e]
        if (
            len(word) > 1
            and word[-1] == "副"
            and tag != "oov"  # jieba's own words "部副", "局副", not a name it could not cut
            and k + 1 < len(split)
            and "副" + sentence[split[k + 1].start : split[k + 1].end] in title_set
            and suffix_kind(word[:-1])
        ):  # "工作|部副|部长": the unit's suffix, and 副 opening the title after it
            out.append(Token(s, e - 1, "n"))
            split[k + 1] = Token(e - 1, split[k + 1].end, "n")
            continue
        cut = (
            next(
                (i for i in range(1, len(word)) if word[i:] in title_set and suffix_kind(word[:i])),
                0,
            )
            if len(word) > 2
            else 0
        )
        if (
            not cut and len(word) > 1 and word[0] in zh_lexicon().title_joins
        ):  # "兼|榆川": a joiner glued to a word
            out += [Token(s, s + 1, "c"), Token(s + 1, e, tag)]
            continue
        out += [Token(s, s + cut, "n"), Token(s + cut, e, "n")] if cut else [Token(s, e, tag)]
    return out


@lru_cache(maxsize=1)
def _unit_field_pattern() -> re.Pattern:
    """A government department's field or two fields joined ("文化广电和旅游", "卫生健康和民政")
    and its ending ("局"), from zh.yml."""
    lex = load_lexicon("zh")
    fields = trie_pattern(lex.get("unit_fields") or ())
    joiners = trie_pattern(lex.get("field_joiners") or ())
    infixes = trie_pattern(lex.get("unit_field_infixes") or ())
    endings = trie_pattern(lex.get("unit_field_endings") or ())
    return re.compile(f"(?:{fields})(?:(?:{joiners})(?:{fields}))?(?:{infixes})?(?:{endings})")


def join_unit_fields(sentence: str, toks) -> list:
    """jieba's words of a government department's field and ending joined into one noun
    ("投资|促进|局" is "投资促进局", "文化|广电|和|旅游局" is "文化广电和旅游局"), when the field
    opens a word and the ending closes one; the place before it is left to the name's left edge."""
    starts = {tok.start: k for k, tok in enumerate(toks)}
    ends = {tok.end: k for k, tok in enumerate(toks)}
    pattern, out, k = _unit_field_pattern(), [], 0
    while k < len(toks):
        match = pattern.match(sentence, toks[k].start) if toks[k].start in starts else None
        last = ends.get(match.end()) if match else None
        if match and last is not None and last > k:
            out.append(Token(match.start(), match.end(), UNIT_FIELD_TAG))
            k = last + 1
        else:
            out.append(toks[k])
            k += 1
    return out


def split_verbs(sentence: str, toks) -> list:
    """jieba's unknown words made of a verb or preposition and the start of a name split in two
    ("任|青禾矿业...", "任|市妇幼保健院", "任|梧岭市...", "对|市..."): what follows the verb opens the
    name, when it is two characters or more, or an administrative level (a lone character after a
    verb, "把|准", is no name). A career's verb ("现任", "曾任|青...") is split off any word."""
    lex, out = zh_lexicon(), []
    links = lex.career_links + lex.move_links
    for k, (s, e, tag) in enumerate(toks):
        word = sentence[s:e]
        following = sentence[toks[k + 1].start] if k + 1 < len(toks) else ""
        link = match_at(word, 0, links)
        if link:  # "现任|", "曾任|青...": a verb of a career, never part of a name
            out.append(Token(s, s + len(link), "v"))
            if len(link) < len(word):
                out.append(Token(s + len(link), e, "oov"))
        elif (
            tag == "oov"
            and 2 <= len(word) <= 4
            and word[0] in lex.org_stop_starts
            and (len(word) >= 3 or word[-1] in lex.admin_levels or following in lex.admin_levels)
        ):
            out += [Token(s, s + 1, "p"), Token(s + 1, e, "oov")]
        else:
            out.append(Token(s, e, tag))
    return out


@lru_cache(maxsize=8)
def _title_set(table: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(t for t, _ in table)


def _title_blocks(toks, spans) -> list[Span]:
    """Words inside a title (`spans`) that jieba cut into several words ("总经理|助理"): never part of a name."""
    words = {(s, e) for s, e, _ in toks}
    spans = [span for span in spans if span not in words]
    if not spans:
        return []
    return [
        Found(s, e, "")
        for s, e, _ in toks
        if any(ts <= s and e <= te and (ts, te) != (s, e) for ts, te in spans)
    ]


def _shaped(
    sentence: str, spans: list[Span], vocab: Vocab, tspans, person_starts=frozenset()
) -> tuple[list[Span], list[Span]]:
    """Org-shaped names: (accepted, units waiting for a neighbour); `tspans` are the titles' spans,
    `person_starts` where the persons' names begin."""
    lex = zh_lexicon()
    title_only = _title_set(titles(vocab))
    toks = join_unit_fields(
        sentence,
        split_titles(
            sentence,
            _split_at_persons(_merge_legal(sentence, tokens(sentence)), person_starts),
            title_only,
        ),
    )
    spans = spans + _title_blocks(toks, tspans)
    misread = _misread_places(sentence, toks)
    accepted: list[Span]
    accepted, pending = [], []
    for k, (ts, te, _tag) in reversed(list(enumerate(toks))):
        found = suffix_kind(sentence[ts:te])
        if not found and _tag == UNIT_FIELD_TAG:  # "工业司": a ministry's department
            found = SuffixKind("unit", sentence[te - 1 : te])
        if not found or sentence[ts:te] in title_only or not _free(spans + accepted, ts, te):
            continue
        if sentence[ts:te] in lex.ordinary_suffix_words:
            continue  # "学科布局": an ordinary word that ends like a bureau (局), no name's end
        if found.suffix in _ends("zone_endings") and match_at(sentence, te, _ends("zone_bodies")):
            continue  # "X高新区|管委会": the zone's body is named, read whole
        if any(inner in sentence[ts:te] for inner in lex.org_stop_inner):
            continue  # jieba's one word "公立医院": a kind of hospital, no name
        j = (
            _unit_left_edge(sentence, toks, k, spans)
            if _tag == UNIT_FIELD_TAG
            else _left_edge(
                sentence,
                toks,
                k,
                spans,
                title_only | (set(lex.generic_orgs) if found.kind == "unit" else set()),
                legal=sentence[ts:te].endswith((*lex.legal_tails, *lex.group_endings)),
            )
        )
        if (
            j == k
            and found.kind == "unit"
            and (division := _division_after_parent(sentence, toks, k, spans, title_only))
            is not None
        ):  # "市财政局|预算|处|处长", "市委组织部|干部|四|科|科长": a division of the body before it
            accepted.append(Found(toks[division].start, te, sentence[toks[division].start : te]))
            continue
        if (
            j == k
            and j > 0
            and sentence[ts:te] in lex.level_bodies
            and _opening_level(sentence, toks[j - 1])
        ):
            j -= 1  # "区|政协", "区|人大常委会": a place's body named by its level alone
        if (
            j > 0
            and sentence[toks[j - 1].start : toks[j - 1].end] in misread
            and _clause_opens(sentence, toks[j - 1].start)
            and _free(spans, toks[j - 1].start, toks[j - 1].end)
        ):
            j -= 1  # "X|市|人大常委会", "X|工业|集中区|管委会": a place jieba reads as a verb
        start = _past_glued_clause(sentence, toks, j, k)
        name = sentence[start:te]
        if found.kind == "unit" and match_at(sentence, start, lex.generic_orgs):
            # "宏达集团财务部": the unit of the group whose brand stands before its generic word
            brand = next((t for t in toks[:j] if t.end == start), None)
            word = sentence[brand.start : brand.end] if brand else ""
            if (
                brand is not None
                and brand.tag in PROPER_TAGS - {"nr", "nrfg"}
                and len(word) >= 2
                and word not in lex.not_orgs
                and word not in lex.org_stops
                and _free(spans, brand.start, brand.end)
            ):
                start, name = brand.start, sentence[brand.start : te]
        if found.kind == "unit" and _name_after_title(name, start, tspans):
            continue  # "县长|杨文科": a person's name after a title, ending like a unit (科)
        if (
            name in lex.not_orgs
            or name.endswith(_room_endings())  # "市政府贵宾室": a room of the building
            or len(name) < 3
            or _board_committee(name)
            or _corporate_form_only(name)
        ):
            continue
        verdict = _judge(sentence, toks[j : k + 1], found, spans + accepted)
        if (sent := _mission_start(sentence, toks, j, k, found, spans)) == -1:
            continue  # "各国驻华使馆": no one country's mission
        if sent is not None:
            start, name, verdict = sent, sentence[sent:te], "yes"  # "X国|驻|Y|大使馆"
        core = _core(name, found.suffix)
        titled = te + len(match_at(sentence, te, lex.title_modifiers) or "")  # "常务|副部长"
        if (
            verdict == "no"
            and (len(core) >= 2 or (core in lex.admin_levels and _opening_level(sentence, toks[j])))
            and _org_follows(sentence, titled, title_only)
        ):
            verdict = "yes"  # a title follows: "宏远能源董事长", "市检察院检察长" (the home city's)
        elif verdict == "unit" and match_at(sentence, titled, lex.unit_titles):
            verdict = (
                "yes"  # the title of a unit's head follows: "安全环保部主任", "组织部常务副部长"
            )
        elif verdict == "unit" and _tag == UNIT_FIELD_TAG:
            verdict = "yes"  # a government department's standard name: "文化广电和旅游局"
        elif (
            verdict == "unit"
            and (level := _level_department(sentence, start, te, found.suffix, title_only))
            is not None
        ):
            start, name, verdict = level, sentence[level:te], "yes"  # "省卫生健康委党组书记"
        if verdict == "yes":
            accepted.append(Found(start, te, name))
        elif verdict == "unit":
            pending.append(Found(start, te, name))
    return accepted, pending


def _mission_start(sentence: str, toks, j: int, k: int, found, spans: list[Span]) -> int | None:
    """Where a mission's name starts when the marker stands before its host ("X国|驻|Y|大使馆",
    "驻华|大使馆", "X|驻日|经济文化代表处", `stationed_missions`): at the sending place printed
    right before the marker (jieba's place word), else at the marker; None when no marker stands
    there ("X国大使馆" is read as printed). Missions of no one country ("各国|驻华使馆", "驻外使馆",
    `stationed_generic_words`) are no name: -1 for an embassy or a consulate (its own ending),
    None for an office (read as any unit). An office after a body not read ("X会|驻Y办事处") is
    named from the marker, never the host's own."""
    name = sentence[toks[j].start : toks[k].end]
    ending = next((m for m in _ends("stationed_missions") if name.endswith(m)), None)
    markers = stationed_markers()
    at = next(
        (i for i in range(max(j - 1, 0), k + 1) if _text(sentence, toks[i]).startswith(markers)),
        None,
    )
    if ending is None or at is None:
        return None
    refused = -1 if found.kind != "unit" else None
    generic = _ends("stationed_generic_words")
    host = sentence[toks[at].start + 1 : toks[k].end - len(ending)]
    if not host or host in generic:
        return refused  # "驻外使馆": abroad, no one host
    if at > j:  # the marker read inside the name: its sending place before it
        senders = toks[j:at]
        if all(_place_token(sentence, t) and _text(sentence, t) not in generic for t in senders):
            return toks[j].start
        return refused
    start = at
    if at > 0 and _free(spans, toks[at - 1].start, toks[at].start):
        before = toks[at - 1]
        if _text(sentence, before) in generic:
            return refused  # "各国|驻华使馆", "外国|驻华使馆": several countries' or any
        if _place_token(sentence, before):
            start = at - 1
    return toks[start].start if _free(spans, toks[start].start, toks[j].start) else None


def _text(sentence: str, tok) -> str:
    return sentence[tok.start : tok.end]


def _place_token(sentence: str, tok) -> bool:
    """Whether `tok` is a place: jieba's place word or a place of the lexicon."""
    return tok.tag == "ns" or _text(sentence, tok) in _place_words()


def _split_at_persons(toks, starts) -> list:
    """jieba's unknown words that run from the end of a name into a person's name cut where the
    person's name begins ("规划|处孟启|处长": "处" ends a unit, "孟启" is its head)."""
    out: list[Token] = []
    for s, e, tag in toks:
        cut = next((p for p in starts if s < p < e), None) if tag == "oov" else None
        if cut is None:
            out.append(Token(s, e, tag))
        else:
            out += [Token(s, cut, "n"), Token(cut, e, tag)]
    return out


MAX_DIVISION_CORE = 5  # "机制工作二|处": the words of a division's own name
_DIVISION_CORE_TAGS = frozenset({"n", "vn", "v", "m", "l", "nz", "j"})


def _division_after_parent(
    sentence: str, toks, k: int, spans: list[Span], stop_words
) -> int | None:
    """The first token of a division's name printed right after its parent body, when the words
    of its own name are ones jieba tags as a verb or a number and no name reads leftwards over
    them ("市财政局|预算|处处长", "市委组织部|干部|四|科科长", "X交流中心|机制|工作|二|处处长"): the
    division's ending (`division_endings`) is a word of its own, its head's title
    (`unit_titles`) follows, at most MAX_DIVISION_CORE characters of common words stand between
    it and a word ending like a parent (`sub_units.parent_endings`), and the parent's own name
    opens the division's. None for anything else."""
    lex = zh_lexicon()
    if sentence[toks[k].start : toks[k].end] not in _ends("division_endings") or not match_at(
        sentence, toks[k].end, lex.unit_titles
    ):
        return None
    i = k
    while i > 0:
        prev = toks[i - 1]
        word = sentence[prev.start : prev.end]
        if not _free(spans, prev.start, prev.end) or word in stop_words or word in lex.org_stops:
            return None
        if (
            i < k
            and len(word) >= 2
            and word.endswith(parent_endings())
            and word not in lex.not_orgs
        ):
            parent = _left_edge(sentence, toks, i - 1, spans, stop_words)
            split = split_unit(sentence[toks[parent].start : toks[k].end])
            return parent if split is not None and split.unit else None
        if (
            prev.tag not in _DIVISION_CORE_TAGS
            or not all(is_han(c) for c in word)
            or toks[k].start - prev.start > MAX_DIVISION_CORE
        ):
            return None
        i -= 1
    return None


def _past_glued_clause(sentence: str, toks, j: int, k: int) -> int:
    """Where the name read from token `j` to token `k` starts once the words of the clause before
    it that jieba glued to one of its words are left out: a joiner opening a word (the first word
    "及|甲盐" read as the unknown "及甲", `name_glue`, not "财经事务|及库|务局"; any word "和|政制"
    read as the rarer "和政制", `field_joiners`),
    where the next list item opens, or a first word jieba lists that splits into two verbs each
    more common than it ("应邀|出席" read as one word before "乙丰银行")."""
    lex, start = zh_lexicon(), toks[j].start
    for i in range(j, k):
        s, e, tag = toks[i]
        word = sentence[s:e]
        if len(word) >= 2 and (
            (i == j and tag == "oov" and word[0] in lex.name_glue)
            or (
                word[0] in lex.field_joiners
                and len(word) >= 3
                and dictionary_count(word[1:]) > dictionary_count(word)
            )
        ):
            start = s + 1
    if start != toks[j].start:
        return start
    word, count = (
        sentence[toks[j].start : toks[j].end],
        dictionary_count(sentence[toks[j].start : toks[j].end]),
    )
    for i in range(2, len(word) - 1):
        left, right = word[:i], word[i:]
        if (
            count
            and dictionary_tag(left) == "v"
            and dictionary_tag(right) == "v"
            and min(dictionary_count(left), dictionary_count(right)) > count
            and j < k
        ):
            return toks[j + 1].start
    return start


def _name_after_title(name: str, start: int, tspans) -> bool:
    """Whether `name`, three characters at `start`, is a surname and a given name right after a
    title ("县长|杨文科"): a person, though its last character ends units (科)."""
    lex = zh_lexicon()
    return (
        len(name) == 3
        and name[0] in lex.surnames
        and name[1:] not in lex.suffixes["unit"]
        and any(te == start for _, te in tspans)
    )


def _clause_opens(sentence: str, at: int) -> bool:
    return at == 0 or not is_han(sentence[at - 1])


def _misread_places(sentence: str, toks) -> frozenset[str]:
    """Words of two characters the sentence prints as a place though jieba reads them otherwise
    (a verb, an adverb): opening a clause right before a lone level character and a body of
    `level_bodies` ("X|市|人大常委会主任A"), rarer in jieba's dictionary than `common_name_count`
    and none of the words of what people do ("召开|市|政协会议")."""
    lex, out = zh_lexicon(), set()
    for i in range(len(toks) - 2):
        word = sentence[toks[i].start : toks[i].end]
        level = sentence[toks[i + 1].start : toks[i + 1].end]
        if (
            len(word) == 2
            and all(map(is_han, word))
            and level in lex.admin_levels
            and sentence[toks[i + 2].start : toks[i + 2].end] in lex.level_bodies
            and _clause_opens(sentence, toks[i].start)
            and toks[i].tag not in ("ns", "p", "c", "r", "t", "m", "f", "d")
            and dictionary_count(word) < lex.common_name_count
            and word not in _act_words()
            and word not in lex.org_stops
        ):
            out.add(word)
    return frozenset(out)


def _corporate_form_only(name: str) -> bool:
    """Whether `name` is made of corporate-form and field words alone ("控股集团有限公司",
    "科技股份"; `not_orgs` among them): the brand before them was cut off (a word jieba reads as a
    verb), and what is left names no one organisation."""
    rest = simplified_same_length(name)
    if not rest.endswith(_corporate_forms(False)):
        return False  # "科技处": a unit named by its field, the page's own
    forms = _corporate_forms(True)
    while rest:
        form = next((f for f in forms if rest.endswith(f)), None)
        if form is None:
            return False
        rest = rest[: -len(form)]
    return True


@lru_cache(maxsize=2)
def _corporate_forms(fields: bool) -> tuple[str, ...]:
    """The words of a company's legal form, with the words of `not_orgs` too if `fields`."""
    lex = zh_lexicon()
    words = {*lex.legal_tails, *lex.group_endings, *lex.corporate_form_words}
    words |= set(lex.not_orgs) if fields else set()
    return tuple(sorted(words, key=len, reverse=True))


def _level_department(sentence: str, start: int, end: int, suffix: str, titles) -> int | None:
    """Where a government department named by its level starts ("省卫生健康委", "市住建局": 省/市/
    县/区 opening a clause, a field of two to six characters, a unit ending), when a title follows
    it; else None."""
    if suffix not in ("委", "局", "厅", "办") or not match_at(
        sentence, end, sorted(titles, key=len, reverse=True)
    ):
        return None
    for at in range(start, max(-1, end - len(suffix) - 8), -1):
        opens = at == 0 or not is_han(sentence[at - 1])
        core = sentence[at + 1 : end - len(suffix)]
        if sentence[at] in "省市县区" and opens and 2 <= len(core) <= 6 and all(map(is_han, core)):
            return at
    return None


def _left_edge(
    sentence: str, toks, k: int, spans: list[Span], stop_words, legal: bool = False
) -> int:
    """The first token of the organisation name ending with token `k`: name-like words leftwards,
    then one generic word ("公司财务部"). In a full legal name (`legal`) a verb may stand between
    a proper noun and the ending ("华信|理财|有限责任公司"), and any words between a known name and the
    ending belong to it ("中国石油|国际|勘探|开发|有限公司", joined to the known name later)."""
    j = k
    if legal and (after_known := _after_known(sentence, toks, k, spans)) is not None:
        return after_known
    levels: dict[str, int] = {}  # the administrative levels of the places crossed, and where
    while j > 0:
        if (first := _second_place_of_level(sentence, toks, j - 1, levels)) is not None:
            j = first + 1  # "松江区|徐汇区|临港集团": places listed before a company, not its name
            break
        if (
            _extends(sentence, toks[j - 1], stop_words)
            or (legal and _numeral_brand(sentence, toks, j - 1))
        ) and _free(spans, toks[j - 1].start, toks[j - 1].end):
            j -= 1
            if (
                toks[j].tag == "a"
                and sentence[toks[j].start : toks[j].end] not in _field_adjectives()
            ):
                break  # an adjective only opens a name ("宏远能源"), nothing stands before it
        elif (
            legal
            and j > 1
            and _inner_verb(sentence, toks[j - 1])
            and (toks[j - 2].tag in PROPER_TAGS or toks[j - 1].tag == "l")  # "前|海|再保险|..."
            and _extends(sentence, toks[j - 2], stop_words)
            and _free(spans, toks[j - 2].start, toks[j - 1].end)
        ):
            j -= 2
        elif (
            legal
            and j > 1
            and _adverb_brand(sentence, toks[j - 1])
            and toks[j - 2].tag == "ns"
            and _free(spans, toks[j - 2].start, toks[j - 1].end)
        ):
            j -= 2  # "浙江|永新|检测技术有限公司": a brand jieba reads as an adverb after a place
        elif (
            j == k or _corporate_form_only(sentence[toks[j].start : toks[k].end])
        ) and _brand_after_link(sentence, toks, j - 1):
            j -= 1  # "兼任|攀钢|集团": a brand jieba reads as a verb, in the slot a post's link opens
            break
        else:
            break
    j = _joined_fields(sentence, toks, j, k, spans, stop_words)
    if j > 0 and sentence[toks[j - 1].start : toks[j - 1].end] in zh_lexicon().generic_orgs:
        j -= 1
    if j > 0 and _nationwide_opener(sentence, toks[j - 1], toks[k].end, spans):
        j -= 1  # "全国|工业|总会": a nationwide association, "全国" is its name's first word
    if (
        j > 0
        and _opening_level(sentence, toks[j - 1])
        and _free(spans, toks[j - 1].start, toks[j].start)
    ):
        j -= 1  # "县|文化广电和旅游局": jieba tags a lone level character as no noun
    return j + 1 if _former_mark_opens(sentence, toks, j, k) else j


def _nationwide_opener(sentence: str, tok, end: int, spans: list[Span]) -> bool:
    """Whether `tok` is a word of `nationwide_openers` ("全国") before a name ending at `end` in
    one of `nationwide_endings` (an association's): the word opens that name, though it stops
    others ("全国|百强企业")."""
    data = load_lexicon("zh")
    return (
        sentence[tok.start : tok.end] in (data.get("nationwide_openers") or ())
        and sentence.endswith(tuple(data.get("nationwide_endings") or ()), 0, end)
        and _free(spans, tok.start, tok.end)
    )


@lru_cache(maxsize=1)
def _lone_former_marks() -> frozenset[str]:
    return frozenset(m for m in zh_lexicon().former_markers if len(m) == 1)


def _former_mark_opens(sentence: str, toks, j: int, k: int) -> bool:
    """Whether token `j`, opening a name that ends with token `k`, is a lone former post's mark
    before a word of two or more characters ("前|教育部|部长A"; not "前|海|管理局", a name)."""
    return (
        j < k
        and sentence[toks[j].start : toks[j].end] in _lone_former_marks()
        and toks[j + 1].end - toks[j + 1].start >= 2
    )


_PLACE_TAGS = frozenset({"ns", "nr", "nrfg"})


def _second_place_of_level(sentence: str, toks, i: int, levels: dict[str, int]) -> int | None:
    """Where the place of the same administrative level as token `i` was crossed by a name read
    leftwards ("松江区" before "徐汇区": a list of places, not one nested place), else None; the
    level of a place word is recorded."""
    word = sentence[toks[i].start : toks[i].end]
    if len(word) < 2 or word[-1] not in zh_lexicon().admin_levels or toks[i].tag not in _PLACE_TAGS:
        return None  # a place's name (jieba's ns, or a place it reads as a name), not 城市, 都市
    if word[-1] in levels:
        return levels[word[-1]]
    levels[word[-1]] = i
    return None


def _brand_after_link(sentence: str, toks, i: int) -> bool:
    """Whether token i, two characters jieba tags as a verb, stands right after a link that
    opens a post ("兼任", "曾任", "出任") and right before a group's or company's ending: a brand
    ("曾任|攀钢|集团"), since a post's link is followed by an organisation, not a verb."""
    lex = zh_lexicon()
    if i < 1 or toks[i].tag != "v" or toks[i].end - toks[i].start != 2:
        return False
    ending = sentence[toks[i + 1].start : toks[i + 1].end]
    if not ending.endswith((*lex.group_endings, *lex.legal_tails)):
        return False
    link = sentence[toks[i - 1].start : toks[i - 1].end]
    # "韩某任|远航|控股集团": a one-character link jieba glued to the name before it
    glued = toks[i - 1].tag == "oov" and link[-1] in lex.glued_verbs
    return link in lex.career_links or link in lex.post_links or glued


def _unit_left_edge(sentence: str, toks, k: int, spans: list[Span]) -> int:
    """The first token of a government department's name ending with the joined field `k`
    ("江苏省|苏州市|发展和改革委员会", "商务部|投资促进事务局", "县|文化广电和旅游局"): only places,
    administrative levels and the bodies they belong to stand before the field, never a verb
    or an adjective ("珍惜|省卫生健康委" starts at 省) nor a joined second body ("省政府与|...")."""
    lex, j = zh_lexicon(), k
    two_fields = any(w in sentence[toks[k].start : toks[k].end] for w in lex.field_joiners)
    if _joins_field(sentence, toks, j, spans):
        j -= 2  # "监察|和|司法委员会": a unit named for two fields
        two_fields = True
    while (
        two_fields
        and j > 0
        and _field_word(sentence, toks[j - 1])
        and _free(spans, toks[j - 1].start, toks[j].start)
    ):
        j -= 1  # "创新|科技|及工业局", "创新|科技及工业局": a field word jieba tags as a verb
    while j > 0 and _free(spans, toks[j - 1].start, toks[j].start):
        word = sentence[toks[j - 1].start : toks[j - 1].end]
        if (
            toks[j - 1].tag in ("ns", "nt")
            or word in lex.unit_openers
            or (len(word) > 1 and word[-1] in lex.admin_levels)
        ):
            j -= 1
        elif (
            len(word) >= 3 and word.endswith(_ends("ministry_endings")) and word not in lex.not_orgs
        ):
            j -= 1  # "商务部|综合司": a ministry's department
            break
        elif len(word) == 1 and word in lex.admin_levels:
            j -= 1
            if j > 0 and toks[j - 1].tag == "ns" and _free(spans, toks[j - 1].start, toks[j].start):
                j -= 1  # "南江|市|发展和改革委员会": the place jieba cut off its level
            break
        else:
            break
    return j


def _ends(key: str) -> tuple[str, ...]:
    """A list of endings of kg/vocab/zh.yml (`ministry_endings`, `division_endings`)."""
    return tuple(load_lexicon("zh").get(key) or ())


def _opening_level(sentence: str, tok) -> bool:
    """Whether `tok` is a lone administrative level character ("县", "市") opening a clause."""
    return (
        tok.end - tok.start == 1
        and sentence[tok.start] in zh_lexicon().admin_levels
        and (tok.start == 0 or not is_han(sentence[tok.start - 1]))
    )


@lru_cache(maxsize=1)
def _field_adjectives() -> frozenset[str]:
    """Adjectives that are a field of a unit's name, not its opening ("卫生健康委", "应急安全局")."""
    return frozenset(load_lexicon("zh").get("field_adjectives") or ())


def _joined_fields(sentence: str, toks, j: int, k: int, spans: list[Span], stop_words) -> int:
    """A government unit named for two fields ("商务及经济发展局", "住房和城乡建设部"): past a
    joiner of `field_joiners` to the common nouns before it, when the name ends in a unit of
    `field_units` (a company's name never joins two fields so: "甲和乙集团" is two)."""
    lex = zh_lexicon()
    if not any(sentence[: toks[k].end].endswith(u) for u in lex.field_units):
        return j
    if (  # "民政及|青年|事务局": a field word the segmenter tags otherwise, right after the joiner
        j > 2
        and _field_word(sentence, toks[j - 1])
        and _free(spans, toks[j - 1].start, toks[j - 1].end)
        and _joins_field(sentence, toks, j - 1, spans)
    ):
        j -= 1
    while _joins_field(sentence, toks, j, spans) and (
        _extends(sentence, toks[j - 2], stop_words) or _field_word(sentence, toks[j - 2])
    ):
        j -= 2
        while j > 0 and (  # "创新|科技|及工业局"
            (toks[j - 1].tag in _FIELD_TAGS and _extends(sentence, toks[j - 1], stop_words))
            or (
                _field_word(sentence, toks[j - 1])
                and _free(spans, toks[j - 1].start, toks[j - 1].end)
            )
        ):
            j -= 1
    return j


_FIELD_TAGS = frozenset({"n", "vn", "l"})


def _field_abbreviation(sentence: str, tok) -> bool:
    """An abbreviation jieba tags j that is a field of work (党建), not an organisation's short name
    (北大): one of org_matching.yml's `generic_han_fields`."""
    return tok.tag == "j" and sentence[tok.start : tok.end] in _generic_fields()


@lru_cache(maxsize=1)
def _generic_fields() -> frozenset[str]:
    return frozenset(load_lexicon("org_matching").get("generic_han_fields") or ())


def _field_word(sentence: str, tok) -> bool:
    """A field of a government unit's name that jieba tags as a verb or a time word ("创新",
    "青年"): `unit_field_words`."""
    return simplified_same_length(sentence[tok.start : tok.end]) in zh_lexicon().unit_field_words


def _joins_field(sentence: str, toks, j: int, spans: list[Span]) -> bool:
    """Whether a joiner of `field_joiners` and a field noun stand right before token `j`
    ("规划|与|信息化处", "监察|和|司法委员会"): the field is no organisation of its own (not
    "医院|和|卫生服务中心"), though a company's short ending may be a field ("工商科技|及|广播局")."""
    if j < 2 or sentence[toks[j - 1].start : toks[j - 1].end] not in zh_lexicon().field_joiners:
        return False
    field = toks[j - 2]
    return (
        (  # "党建|和|人才服务中心", "创新|及|科技局"
            field.tag in _FIELD_TAGS
            or _field_abbreviation(sentence, field)
            or _field_word(sentence, field)
        )
        and getattr(suffix_kind(sentence[field.start : field.end]), "kind", "short") == "short"
        and _free(spans, field.start, toks[j - 1].end)
    )


def _numeral_brand(sentence: str, toks, k: int) -> bool:
    """A word jieba takes for a number inside a full legal name after a proper noun ("中国|一重|
    集团有限公司"): a numeral and another character, not a count ("三家")."""
    s, e, tag = toks[k]
    word = sentence[s:e]
    return (
        tag == "m"
        and k > 0
        and toks[k - 1].tag in PROPER_TAGS
        and any(ch not in NUMERALS and not ch.isdigit() for ch in word)
        and not word.endswith(tuple(zh_lexicon().org_list_counters))
    )


def _after_known(sentence: str, toks, k: int, spans: list[Span]) -> int | None:
    """The first token after a known organisation name when only nouns and verbs that may stand in a
    name come between it and token `k` (at most five words), else None."""
    ends = {e for _, e, n in spans if n}
    for i in range(k, max(k - 6, 0), -1):
        tok = toks[i]
        if (i < k and not (tok.tag in NAME_TAGS or _inner_verb(sentence, tok))) or not _free(
            spans, tok.start, tok.end
        ):
            return None
        if tok.start in ends:
            return i if i < k else None
    return None


def _inner_verb(sentence: str, tok) -> bool:
    """A verb or set phrase that may stand inside a company name ("理财", "投资", "再保险"): not one
    that says what people did."""
    s, e, tag = tok
    return tag in ("v", "vn", "l") and e - s >= 2 and sentence[s:e] not in _act_words()


def _adverb_brand(sentence: str, tok) -> bool:
    """Two characters jieba tags as an adverb, rare in its dictionary (`common_name_count`): in a
    full legal name after a place, the company's brand, not a word of the sentence."""
    s, e, tag = tok
    return (
        tag == "d"
        and e - s == 2
        and dictionary_count(sentence[s:e]) < zh_lexicon().common_name_count
    )


@lru_cache(maxsize=1)
def _act_words() -> frozenset[str]:
    lex = zh_lexicon()
    return frozenset(
        (*lex.followers, *lex.participation, *lex.event_verbs, *lex.place_verbs, *lex.event_nouns)
    )


def _merge_legal(sentence: str, toks) -> list:
    """jieba's words with a legal ending it cut in pieces joined again ("有限责任|公司",
    "联合|总会": `cut_endings`)."""
    out: list[Token]
    out, legal = [], zh_lexicon().legal_tails + zh_lexicon().cut_endings
    if not any(t in sentence for t in legal):
        return toks
    for tok in toks:
        if out and sentence[out[-1].start : tok.end] in legal:
            out[-1] = Token(out[-1].start, tok.end, "n")
        elif len(out) > 1 and sentence[out[-2].start : tok.end] in legal:
            out[-2:] = [Token(out[-2].start, tok.end, "n")]
        else:
            out.append(tok)
    return out


def _core(name: str, suffix: str) -> str:
    """The name without its suffix, generic words and name suffixes other than units ("集团有限公司"
    has none left; "西部矿业" is "西部": a unit suffix inside a word stays)."""
    lex = zh_lexicon()
    name = name[: -len(suffix)] if name.endswith(suffix) else name
    words = set(lex.generic_orgs) | set(lex.suffixes["legal"]) | set(lex.suffixes["short"])
    for word in sorted(words, key=len, reverse=True):
        name = name.replace(word, "")
    return name


def _org_follows(sentence: str, pos: int, title_set) -> bool:
    """True when a title or an `org_followers` word starts at `pos` ("南方铜业董事长",
    "宏远能源党委": the name before is an organisation)."""
    return any(sentence.startswith(t, pos) for t in (*title_set, *zh_lexicon().org_followers))


def _judge(sentence: str, toks, found, spans: list[Span]) -> str:
    kind, suffix = found
    lex = zh_lexicon()
    start, end = toks[0].start, toks[-1].end
    name = sentence[start:end]
    if name == suffix:
        return "no"
    if kind != "unit":
        head = [t for t in toks if t.end - t.start > 0 and sentence[t.start : t.end] != suffix]
        proper = any(t.tag in PROPER_TAGS for t in head) or (
            toks[-1].tag in ("nt", "nz") and len(name) > len(suffix)
        )
        full = name.endswith(lex.legal_tails) and len(_core(name, suffix)) >= 2  # "X集团有限公司"
        listed = (
            len(toks) == 1 and toks[0].tag != "oov" and len(name) >= len(suffix) + 2
        )  # jieba's "X人民政府"
        return "yes" if proper or full or listed else "no"
    generic = max((g for g in lex.generic_orgs if name.startswith(g)), key=len, default=None)
    if generic and name[len(generic) :] in lex.not_orgs:
        return "no"
    if generic and name[len(generic) :].startswith(tuple(lex.suffixes["legal"])):
        return "no"  # the tail of a longer name ("...集团有限公司党委")
    if generic or name.startswith(tuple(lex.suffixes["unit"])):
        return "yes"
    if any(oe == start for _, oe, _ in spans):
        return "yes"
    return "unit"


def _led_places(sentence: str, spans: list[Span]) -> list[Span]:
    """A province, city or county whose leaders are met as a group ("会见X省领导", "与Y市领导会面"):
    the place as printed, with its level (a province and its government are one organisation).
    The place is one word jieba knows as a place, ending with a level (`place_suffixes`), right
    before a word of `place_leader_words`."""
    lex, data = zh_lexicon(), load_lexicon("zh")
    leaders = tuple(data.get("place_leader_words") or ())
    levels = tuple(data.get("place_suffixes") or ())
    return [
        Found(s, e, sentence[s:e])
        for s, e, tag in tokens(sentence)
        if tag == "ns"
        and e - s >= 3
        and sentence[s:e].endswith(levels)
        and match_at(sentence, e, leaders)
        and sentence[s:e] not in lex.not_orgs
        and _free(spans, s, e)
    ]


def _listed(sentence: str, spans: list[Span]) -> list[Span]:
    """Items of a 、-list followed by a counter of organisations ("...5家企业", "...等企业"), when
    every item reads as a name (a proper noun, no conjunction inside): a list of trades or sectors
    ("物流、食品加工等企业") names no organisation, and a clause without a 、 is no list."""
    out: list[Span]
    lex, out = zh_lexicon(), []
    counters = "|".join(map(re.escape, lex.org_list_counters))
    tails = "|".join(map(re.escape, lex.org_list_tails))
    numerals = "0-9０-９一二三四五六七八九十百千两"
    for m in re.finditer(rf"[{numerals}]+(?:{counters})|(?:{tails})", sentence):
        clause_start = max(sentence.rfind(p, 0, m.start()) for p in "，,：:；") + 1
        if "、" not in sentence[clause_start : m.start()]:
            continue
        pos, items = clause_start, []
        for item in sentence[clause_start : m.start()].split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            for stop in sorted(lex.org_stops, key=len, reverse=True):
                if item.startswith(stop) and s == clause_start:
                    s += len(stop)
            e -= len(sentence[s:e]) - len(sentence[s:e].rstrip("等"))
            items.append(Found(s, e, sentence[s:e]))
        if all(_name_like(sentence, s, e) for s, e, _ in items):
            out += [
                it
                for it in items
                if 2 <= it.end - it.start <= 15 and _free(spans + out, it.start, it.end)
            ]
    return out


def _name_like(sentence: str, s: int, e: int) -> bool:
    """An item of a list that may name an organisation: a proper noun in it, no conjunction."""
    toks = tokens(sentence[s:e])
    return any(t.tag in PROPER_TAGS for t in toks) and not any(t.tag == "c" for t in toks)


class ListItem(NamedTuple):
    """An item of a 、-list: its offsets and whether it holds a proper noun."""

    start: int
    end: int
    proper: bool


def _list_items(sentence: str, toks) -> list[list[ListItem]]:
    """The 、-lists of a sentence: per list, each item (the name-like words on either side of a
    、)."""
    current: list[ListItem]
    lists, current, k = [], [], 0
    while k < len(toks):
        if sentence[toks[k].start : toks[k].end] != "、":
            k += 1
            continue
        i = k
        while i > 0 and toks[i - 1].tag in NAME_TAGS:
            i -= 1
        j = k + 1
        while j < len(toks) and toks[j].tag in NAME_TAGS:
            j += 1
        left, right = toks[i:k], toks[k + 1 : j]
        if not (current and left and current[-1].end == left[-1].end):
            current = [_list_item(left)] if left else []
            lists.append(current)
        if right:
            current.append(_list_item(right))
        k = j
    return [items for items in lists if len(items) > 1]


def _list_item(words: list[Token]) -> ListItem:
    return ListItem(words[0].start, words[-1].end, any(t.tag in PROPER_TAGS for t in words))


def _list_mates(sentence: str, spans: list[Span]) -> list[Span]:
    """Items of a 、-list with an organisation named in it that hold a proper noun are organisations
    too ("宝钢股份、武钢有限、欧冶云商党委": 武钢有限, 欧冶云商); a word such as 党委 at an item's end is
    the organisation's body, not its name."""
    named = {(s0, e0) for s0, e0, n in spans if n}
    out: list[Span]
    out, followers = [], zh_lexicon().org_followers
    for items in _list_items(sentence, tokens(sentence)) if named and "、" in sentence else []:
        if not any((s0, e0) in named for s0, e0, _ in items):
            continue
        for s0, e0, proper in items:
            e0 -= len(
                next(
                    (f for f in followers if sentence.endswith(f, s0, e0) and e0 - s0 > len(f) + 1),
                    "",
                )
            )
            if (
                proper
                and e0 - s0 >= 3
                and _free(spans + out, s0, e0)
                and not sentence[s0:e0].endswith(zh_lexicon().person_word_endings)
            ):
                out.append(Found(s0, e0, sentence[s0:e0]))
    return out


def _neighbours(sentence: str, accepted: list[Span], pending: list[Span]) -> list[Span]:
    """Units standing in a 、-list next to an accepted organisation, or printed right after one
    ("商务部综合司|综合处": the department's division)."""
    added = True
    while added:
        added = False
        for unit in list(pending):
            s, e, _ = unit
            left = s > 0 and sentence[s - 1] == "、" and any(oe == s - 1 for _, oe, _ in accepted)
            right = sentence[e : e + 1] == "、" and any(os == e + 1 for os, _, _ in accepted)
            under = unit.text.endswith(_ends("division_endings")) and any(
                oe == s for _, oe, _ in accepted
            )
            if left or right or under:
                accepted.append(unit)
                pending.remove(unit)
                added = True
    return accepted


def former_marker_before(s: str, pos: int) -> str | None:
    """The mark of a former post (`former_markers`) ending at `pos` ("原|县委书记"), unless a lone
    character of it ends a longer word ("平原|县委书记", "海原|县长": a place's name, no mark)."""
    marker = match_before(s, pos, zh_lexicon().former_markers)
    if marker and len(marker) == 1 and pos >= 2 and is_han(s[pos - 2]):
        # a dictionary word of jieba's ending at the mark ("平原", "高原"; not "县原", "局原")
        word = next((t for t in tokens(s) if t.end == pos and t.start < pos - 1), None)
        if word is not None and dictionary_count(s[word.start : word.end]) > 0:
            return None
    return marker


@lru_cache(maxsize=1)
def _room_endings() -> tuple[str, ...]:
    return tuple(load_lexicon("zh").get("room_endings") or ())


def current_mark_before(s: str, pos: int) -> str | None:
    """The mark of a post held now (`current_marks`: "现任"; `successor_marks`: "新任") ending at
    `pos`, between an organisation and its title ("X集团|新任|总经理")."""
    return match_before(s, pos, _current_marks())


@lru_cache(maxsize=1)
def _current_marks() -> tuple[str, ...]:
    data = load_lexicon("zh")
    marks = {*(data.get("current_marks") or ()), *(data.get("successor_marks") or ())}
    return tuple(sorted(marks, key=lambda w: (-len(w), w)))


def _party(sentence: str, spans: list[Span]) -> list[Span]:
    lex = zh_lexicon()
    return [
        Found(s, s + 1, lex.party_name)
        for p in lex.party_phrases
        for s in find_all(sentence, p)
        if _free(spans, s, s + len(p))
    ]


def _before_titles(sentence: str, spans: list[Span], vocab: Vocab, tspans) -> list[Span]:
    """Proper names right before a company title ("华电国际党委书记", `tspans` the titles' spans): organisations."""
    out: list[Span]
    lex, toks, out = zh_lexicon(), split_verbs(sentence, tokens(sentence)), []
    table = titles(vocab)
    skip = set(lex.place_titles) | set(lex.implied_orgs) | set(lex.no_default_org)
    title_set = {t for t, _ in table} | set(lex.generic_orgs) | set(lex.title_modifiers)
    for at, end in tspans:
        if sentence[at:end] not in skip:
            at -= len(former_marker_before(sentence, at) or current_mark_before(sentence, at) or "")
            k = next((i for i, t in enumerate(toks) if t.end == at), None)
            if k is None and (level := _level_body_before(sentence, toks, at, end)) is not None:
                out.append(Found(level, at, sentence[level:at]))  # "区|政协主席": 区政协
                continue
            j = k
            while (
                j is not None
                and j >= 0
                and _extends(sentence, toks[j], title_set)
                and _free(spans + out, toks[j].start, toks[j].end)
            ):
                j -= 1
            if (
                j is not None
                and k is not None
                and 0 <= j < k
                and sentence[toks[j].start : toks[j].end] in _misread_places(sentence, toks)
                and _clause_opens(sentence, toks[j].start)
                and _free(spans + out, toks[j].start, toks[j].end)
            ):
                j -= 1  # "X|市|人大常委会|主任": a place jieba reads as a verb
            if j is not None and k is not None and _former_mark_opens(sentence, toks, j + 1, k):
                j += 1  # "前|中华奥会|主席A": the mark of a former post opens no name
            head = toks[j + 1 : k + 1] if j is not None and k is not None else []
            name = sentence[head[0].start : at] if head else ""
            if (
                any(t.tag in PROPER_TAGS - {"nr", "nrfg"} for t in head)
                and len(name) >= 2
                and name not in lex.not_orgs
                and not _corporate_form_only(name)
                and not name.endswith(
                    lex.region_title_prefixes
                )  # "亚太区|行政总裁": a region's post
            ):
                unit = lex.contracted_unit_titles.get(sentence[at:end])
                if unit and sentence.startswith(unit, at) and not name.endswith(unit):
                    # "商经局长": the head of 商经局, the title's first character ends the name
                    out.append(Found(head[0].start, at + len(unit), name + unit))
                else:
                    out.append(Found(head[0].start, at, name))
    return out


def _level_body_before(sentence: str, toks, at: int, end: int) -> int | None:
    """Where a place's body named by its level alone starts when jieba glued the body to the
    title [at, end) ("区|政协主席"): the lone level opening a clause, else None."""
    i = next((i for i, t in enumerate(toks) if t.start < at < t.end <= end), None)
    if i is None or i == 0 or sentence[toks[i].start : at] not in zh_lexicon().level_bodies:
        return None
    return toks[i - 1].start if _opening_level(sentence, toks[i - 1]) else None


def sentence_orgs(sentence: str, vocab: Vocab, persons=()) -> list[Span]:
    """(start, end, name) of each organisation named in one sentence; `persons` are Han names, never part of one."""
    followers = zh_lexicon().followers
    blocked = [
        Found(s, e + len(match_at(sentence, e, followers) or ""), "")
        for s, e, _ in locate(sentence, persons)
    ]
    aliases = [a for a in _alias_spans(sentence, vocab) if _free(blocked, a.start, a.end)]
    spans = blocked + aliases  # "任命张华为市...": 华为 is no alias inside 张华 and his 为
    spans += _titled_offices(sentence, spans)
    tspans = title_spans(sentence, title_names(vocab))
    spans += _bracketed(sentence, spans, vocab)
    accepted, pending = _shaped(sentence, spans, vocab, tspans, frozenset(b.start for b in blocked))
    accepted += _before_titled_person(sentence, pending, blocked, tspans)
    spans, accepted = _join_units(spans, accepted)
    spans += _neighbours(sentence, accepted, pending)
    spans += _before_titles(sentence, spans, vocab, tspans)
    spans += _led_places(sentence, spans)
    spans += _listed(sentence, spans)
    spans += _list_mates(sentence, spans)
    spans += _party(sentence, spans)
    return _stationed(
        sentence,
        sorted(
            part
            for sp in _with_own_units(sentence, spans)
            if sp.text
            for part in _joint_organs(_without_joiner(_without_former_mark(sentence, sp)))
        ),
    )


def _with_own_units(sentence: str, spans: list[Span]) -> list[Span]:
    """Names followed by a unit whose word is its own name (`own_name_units`: "X大学" + "校董会"):
    the unit's name, printed after its body's ("X大学校董会"), cut into parent and unit again by
    :mod:`kg.extract.zh.sub_units`."""
    units = own_name_units()
    out = []
    for sp in spans:
        unit = match_at(sentence, sp.end, units) if sp.text else None
        out.append(Found(sp.start, sp.end + len(unit), sp.text + unit) if unit else sp)
    return out


def _stationed(sentence: str, spans: list[Span]) -> list[Span]:
    """A body's office elsewhere, read as two names around the marker (`stationed_markers`):
    "X省政府|驻|Y办事处", "X军|驻Y部队" are one name, the office's, with its parent and the marker
    ("Y办事处" alone is any body's office there). Not where the marker opens a place's name."""
    markers = stationed_markers()
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and _stationed_pair(sentence, prev, sp, markers):
            out[-1] = Found(prev.start, sp.end, sentence[prev.start : sp.end])
        else:
            out.append(sp)
    return out


def _stationed_pair(sentence: str, first: Span, second: Span, markers: tuple[str, ...]) -> bool:
    gap = sentence[first.end : second.start]
    if gap not in markers and (gap or not second.text.startswith(markers)):
        return False
    if suffix_kind(second.text) is None:
        return False  # "X部驻|Y特区": the place, the office's own name not read
    return not any(sentence.startswith(p, first.end) for p in _place_words())  # "驻马店"


@lru_cache(maxsize=1)
def stationed_markers() -> tuple[str, ...]:
    """The words marking a body's office or mission elsewhere ("驻", `stationed_markers`)."""
    return tuple(load_lexicon("zh").get("stationed_markers") or ())


def _without_former_mark(sentence: str, span: Span) -> Span:
    """A name without the lone mark of a former post jieba glued to its first word ("、前|X發會
    主委A", "、原|Y江医院院长B": "前X發" and "原Y江" are no words of its dictionary): the mark says
    the post was left and is no part of the body's name. Only where the mark opens a clause or a
    list item and at least three characters stay ("原民會", "前镇": short names of their own,
    and names opening with a word of the dictionary, "原平市", "前海X", keep theirs)."""
    s, e, name = span
    if len(name) < 4 or name[0] not in _lone_former_marks():
        return span
    if s > 0 and is_han(sentence[s - 1]) and sentence[s - 1] not in _unit_item_openers():
        return span  # "X市|前镇区": the mark ends no clause's opening, a place's name goes on
    first = next((t for t in tokens(sentence) if t.start == s), None)
    if first is None or first.end - first.start < 2 or dictionary_count(sentence[s : first.end]):
        return span  # the mark stands alone (already read), or a dictionary word opens the name
    if dictionary_count(name[:2]):
        return span  # "前海X控": a place of the dictionary opens the name, the mark with it
    return Found(s + 1, e, name[1:])


@lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern:
    lex = zh_lexicon()
    return re.compile(
        f"(?:{longest_first(lex.office_heads)})(?:{longest_first(lex.office_endings)})"
    )


def _titled_offices(sentence: str, spans: list[Span]) -> list[Span]:
    """Offices named by their holder's title ("行政长官办公室", "总统府"; `office_heads`): organisations."""
    return [
        Found(m.start(), m.end(), m.group())
        for m in _office_pattern().finditer(sentence)
        if _free(spans, m.start(), m.end())
    ]


@lru_cache(maxsize=1)
def _joint_pattern() -> re.Pattern:
    levels = "|".join(sorted(zh_lexicon().place_suffixes, key=len, reverse=True))
    return re.compile(rf"(.+?(?:{levels}))委(?:{levels})?(?:人民)?政府")


def _joint_organs(span: Span) -> list[Span]:
    """A place's party committee and its government printed as one name ("X省委省政府",
    "X市委市政府"): the committee ("X省委"). The government is left to the place's other
    mentions: named as the bare place it would be read as the page's subject where a headline
    names the place ("X市领导来校调研")."""
    m = _joint_pattern().fullmatch(span.text)
    if not m:
        return [span]
    return [Found(span.start, span.start + len(m.group(1)) + 1, m.group(1) + "委")]


def _bracketed(sentence: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """Company names with a word in brackets before their legal ending ("X进出口（集团）公司",
    "X置业（中国）有限公司", `bracketed_name_words`): the name reaches left from the bracket over
    name-like words, as an ending's does."""
    lex = zh_lexicon()
    found: list[Span] = []
    for m in _bracket_pattern().finditer(sentence):
        if not _free(spans + found, m.start(), m.end()):
            continue
        toks = tokens(sentence[: m.start()])
        if not toks:
            continue
        j = _left_edge(sentence, toks, len(toks) - 1, spans, _title_set(titles(vocab)))
        start = toks[j].start
        head = sentence[start : m.start()]
        if (
            len(head) >= 2
            and _extends(sentence, toks[-1], _title_set(titles(vocab)))
            and head not in lex.not_orgs
        ):
            found.append(Found(start, m.end(), sentence[start : m.end()]))
    return found


@lru_cache(maxsize=1)
def _bracket_pattern() -> re.Pattern:
    data = load_lexicon("zh")
    words = "|".join(map(re.escape, data["bracketed_name_words"]))
    legal = longest_first(data["org_suffixes"]["legal"])
    return re.compile(rf"[（(](?:{words})[）)](?:{legal})")


def _before_titled_person(
    sentence: str, pending: list[Span], people: list[Span], tspans
) -> list[Span]:
    """Units printed right before a person whose title follows the name ("X服务中心A执行长",
    "Y办事处B副处长", as Taiwan and Hong Kong pages print them), with a proper name in them
    (no bare "服务中心"), or named by their field only ("国际处A处长", "人文艺术学院B院长": the
    page's own units, which the resolver keeps to their article): organisations."""
    starts = {p.start: p.end for p in people}
    out = []
    for unit in pending:
        end = starts.get(unit.end, -1)  # the name's end, with a follower jieba glued ("A代|局长")
        title = next((sentence[s:e] for s, e in tspans if unit.end + 2 <= s <= end), None)
        if title is None:
            continue
        inside = [t for t in tokens(sentence) if unit.start <= t.start and t.end <= unit.end]
        if len(inside) >= 2 and any(t.tag in PROPER_TAGS - {"nr", "nrfg"} for t in inside):
            out.append(unit)  # not a bare "卫生局": a place's or a body's own unit
        elif title.endswith(unit.text[-1] + "长") and len(unit.text) >= 3:
            out.append(unit)  # "劳工事务局A代局长", "内政部B部长": the head of that very unit
        elif is_generic(unit.text) and (
            unit.start == 0
            or not is_han(sentence[unit.start - 1])
            or sentence[unit.start - 1] in _unit_item_openers()
        ):
            # "，国际处A处长": the page's own unit, kept to its article (is_generic); not the end
            # of a longer name the reader cut ("南部联合|服务中心A执行长")
            out.append(unit)
    return out


@lru_cache(maxsize=1)
def _unit_item_openers() -> str:
    """Characters that may stand before a unit opening an item "unit name title" (zh.yml)."""
    return str(load_lexicon("zh").get("unit_item_openers") or "")


def _without_joiner(span: Span) -> Span:
    """A name without the title joiner jieba glued to its start ("行政总监兼|福咨会主席": 福咨会),
    nor a body's term opening or ending it ("第二十届|X商会", "X商会|第十七届|会长"): a term is
    no part of the body's name (inside it, "X市第十五届人民代表大会", it stays)."""
    s, e, name = span
    if len(name) > 2 and name[0] in zh_lexicon().title_joins:
        return Found(s + 1, e, name[1:])
    if (lead := _LEAD_TERM.match(name)) and len(name) - lead.end() >= 2:
        return Found(s + lead.end(), e, name[lead.end() :])
    if (tail := _TAIL_TERM.search(name)) and tail.start() >= 2:
        return Found(s, s + tail.start(), name[: tail.start()])
    return span


_TERM = r"第[一二三四五六七八九十0-9０-９]{1,3}[届屆]"
_LEAD_TERM = re.compile(rf"{_TERM}\s*")
_TAIL_TERM = re.compile(rf"\s*{_TERM}$")


def org_spans(article: Article, vocab: Vocab, persons=()) -> list[Span]:
    """(start, end, name) of each organisation named in the article body."""
    out = []
    for start, end in sentence_spans(article.body):
        out += [
            Found(start + s, start + e, n)
            for s, e, n in sentence_orgs(article.body[start:end], vocab, persons)
        ]
    return out
