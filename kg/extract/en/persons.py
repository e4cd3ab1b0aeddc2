"""Persons named in English text.

A name is found by its shape, never from a list of people:
- a Chinese name in pinyin: a listed family name ("Liu", "GE") then a given
  name of one or two pinyin syllables ("Jianping", "Xiaolei"), unless the pair
  is followed by an organisation or place word ("Hu Tian Mine");
- a Western name: a common given name then a capitalised word ("Frank Liu");
- a name after an honorific ("Ms. Ana Lopez");
- two capitalised words directly before ", <title>" or directly after a
  title ("Gerd Brandt, chairman of ...", "Chairman Gerd Brandt");
- one word after a courtesy title when no other name of the page holds it
  ("Mr. Osei said" on a page that never names him in full).
The name is kept exactly as printed.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.en.lexicon import (
    REPLACE_VERB,
    Lexicon,
    by_phrases_pattern,
    get_lexicon,
    phrase_regex,
)
from kg.extract.en.name_lists import NameShape, with_list_mates
from kg.extract.en.pinyin import (
    MAX_GIVEN_SYLLABLES,
    is_given_name,
    is_surname,
    name_case,
    syllable_count,
)
from kg.extract.en.text import (
    WORD,
    Token,
    evidence,
    post_nominals_end,
    sentence_at,
    split_sentences,
)
from kg.model import Article, Extraction, PersonMention
from kg.vocab import Vocab, load_lexicon


def extract_persons(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a PersonMention per distinct name, with the sentence of its first use."""
    lex = get_lexicon(vocab)
    body = article.body
    sentences = split_sentences(body)
    known = {p.name for p in found.persons}
    for start, end in find_person_spans(body, lex):
        name = body[start:end]
        sentence = sentence_at(sentences, start)
        if name in known or sentence is None:
            continue
        known.add(name)
        found.persons.append(PersonMention(name, evidence(article, sentence)))


_SPANS: dict[tuple[int, str], list[tuple[int, int]]] = {}


def find_person_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of every person name in `text`, in order (the last few texts are cached)."""
    key = (id(lex), text)
    if key not in _SPANS:
        if len(_SPANS) > 8:
            _SPANS.clear()
        spans = [  # "joined Goldman Sachs": a name of the organisation table is no person
            (s, e)
            for s, e in _find_person_spans(text, lex)
            if " ".join(text[s:e].split()).casefold() not in lex.table_org_names
        ]
        starts = {s for s, _ in spans}
        stems = _company_stems(text, {text[s:e] for s, e in spans}, lex)
        _SPANS[key] = [
            span
            for span in spans
            if not _owner_of_title(text, span, starts, lex) and text[span[0] : span[1]] not in stems
        ]
    return list(_SPANS[key])


def _company_stems(text: str, names: set[str], lex: Lexicon) -> set[str]:
    """The names read as persons that the page also prints as the start of a company's name
    ("Harvest Pine Foods ... Harvest Pine said"), unless they open with a common given name or a
    Chinese family name ("Tom Harlow" of "Tom Harlow Holdings" is still a person): the company's
    short name."""
    stems = set()
    for name in names:
        first = name.split()[0].casefold()
        if " " not in name or first in lex.western or first in lex.surnames:
            continue  # "Li Ning" of "Li Ning Co" may be the founder himself
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}[ ]+([A-Z][\w'’&.-]*)", text):
            word = m.group(1).rstrip(".").casefold()
            if word in lex.org_suffixes or word in lex.folded("legal_suffixes"):
                stems.add(name)
                break
    return stems


def _owner_of_title(text: str, span: tuple[int, int], starts: set[int], lex: Lexicon) -> bool:
    """Whether the words read as a name stand right before a lower-case title whose holder's
    name follows it ("former Kavo Marlo chairman A Rao"): the post's owner, no person."""
    m = _SPACE_THEN_TITLE.match(text, span[1])
    if m is None or not text[m.end() : m.end() + 1].islower():
        return False
    title = lex.title_re.match(text, m.end())
    if title is None:
        return False
    after = _SPACE_THEN_TITLE.match(text, title.end())
    return after is not None and after.end() in starts


_SPACE_THEN_TITLE = re.compile(r"[ ]+")


def _find_person_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    tokens = [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    spans, i = [], 0
    while i < len(tokens):
        if _DOTTED_HONORIFIC.match(text, tokens[i].start):
            i += 2  # "H.E. Lin Hao": the honorific's initials are no part of the name
            continue
        if _honorific_pair_at(text, tokens, i, lex):
            i += 2  # "Datuk Amar Ali Hasan": a two-word honorific, its second word also a name
            continue
        size = (
            _name_at(text, tokens, i, lex)
            if tokens[i].text[0].isupper() and not _inside_place(text, tokens, i, lex)
            else 0
        )  # names are capitalised
        if size:
            spans.append((tokens[i].start, tokens[i + size - 1].end))
            i += size
            honours = post_nominals_end(text, spans[-1][1], lex.post_nominals)
            while i < len(tokens) and tokens[i].start < honours:
                i += 1  # "Jane Roe AO QC": the letters after a name are no name of their own
        elif _glued_pinyin_after_title(text, tokens[i], lex, spans):
            spans.append((tokens[i].start, tokens[i].end))
            i += 1
        else:
            i += 1
    spans = sorted(spans + _lower_case_names(text, tokens, lex))
    spans = sorted(spans + _vouched_by_courtesy(text, tokens, spans, lex))
    spans = sorted(spans + _courtesy_names_alone(text, spans, lex))
    kept = []
    for span in with_list_mates(
        text, tokens, spans, lex, NameShape(_run_length, _name_part, MAX_NAME_TOKENS)
    ):
        if (
            _PLACE_OF.search(text, max(0, span[0] - 24), span[0])
            or _SAINT_BEFORE.search(text, max(0, span[0] - 8), span[0])
            or _ends_in_place(text, span, lex)
            or _country_of_words(text, span, lex)
        ):
            continue
        trimmed = _past_field_words(text, span, lex)
        if trimmed is not None and not _field_tail(text, trimmed, lex):
            kept.append(_with_initial(text, _with_dot(text, trimmed)))
    return kept


def _lower_case_names(text: str, tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """On a page printed all in lower case (`lower_case_page`), the pinyin names printed in lower
    case too: a family name and a given name of one or two syllables right after a title or a
    person's descriptor ("chairman hu jiandong", "teacher liu jia") or before ", <title>" ("ren
    tao, director of ..."); then every other place the page prints such a name."""
    if not lower_case_page(text):
        return []
    names: set[str] = set()
    pairs = []
    for first, second in itertools.pairwise(tokens):
        if text[first.end : second.start] != " " or not _lower_pinyin_pair(first, second, lex):
            continue
        pairs.append((first.start, second.end))
        if _lower_name_context(text, first.start, second.end, lex):
            names.add(text[first.start : second.end])
    found: list[tuple[int, int]] = []
    for s, e in pairs:
        if text[s:e] in names and (not found or s >= found[-1][1]):
            found.append((s, e))  # no two overlapping ("... liu jia yan qin ...")
    return found


def _lower_name_context(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a title or a person's descriptor stands right before the words text[start:end]
    ("chairman |hu jiandong", "teacher |liu jia") or ", <title>" right after them."""
    before = text[max(0, start - 60) : start]
    if before.endswith(" ") and any(
        m.end() == len(before) - 1 for m in lex.title_re.finditer(before)
    ):
        return True
    if _described(text, start, lex):
        return True
    return text[end : end + 2] == ", " and _title_starts(text[end + 2 : end + 90], lex)


def _lower_pinyin_pair(first: Token, second: Token, lex: Lexicon) -> bool:
    """Whether two words in lower case spell a pinyin name: a listed family name, then a given
    name of one or two syllables that is no listed non-name ("long", "men"), the two no place."""
    family, given = first.text, second.text
    if not (family.islower() and given.islower()) or family not in lex.surnames:
        return False
    if given in lex.not_given or f"{family} {given}" in lex.places:
        return False  # "hong kong"
    count = syllable_count(given, lex.syllables)
    return count is not None and count <= MAX_GIVEN_SYLLABLES


@lru_cache(maxsize=8)
def lower_case_page(text: str) -> bool:
    """Whether the page is printed all in lower case: of its words of four letters or more, at
    least 40 and hardly any capitalised (a page of prose capitalises far more of them). Its
    organisations' names are in lower case too, and mostly not read."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 40 and sum(w[0].isupper() for w in words) < 0.03 * len(words)


_LONG_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{4,}(?![\w'’-])")


def _field_tail(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the words read as a name end in a portfolio's field word or a body's word
    (`field_words`, `body_words`: "Secretary Rural Policy and ...", "Joint Secretary, Kestrel
    Division") and open with no common given name or family name ("Jane Law" is a person): the
    name of a portfolio or of a body, no person."""
    words = text[span[0] : span[1]].split()
    if len(words) < 2:
        return False
    last = words[-1].casefold()
    if last not in lex.folded("field_words") and last not in lex.folded("body_words"):
        return False
    first = words[0]
    return first.casefold() not in lex.western and not is_surname(first, lex)


def _vouched_by_courtesy(
    text: str, tokens: list[Token], spans: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """Names of a name's shape that no context marked, one of whose words the page also prints
    alone after a courtesy title ("... the chairman, Tarun Vell Osei." and later "Mr. Osei said";
    "Kiang Loh Mei has resigned ... Mr Kiang"): the page calls that word a person's name."""
    surnames = {m.group(1) for m in lex.made(_courtesy_surname_re).finditer(text)}
    if not surnames:
        return []
    taken = [range(s, e) for s, e in spans]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            token.text not in surnames
            or any(token.start in r for r in taken)
            or _headline_line(text, token.start)
        ):
            i += 1
            continue
        start = i  # the name's first word: back over name parts before the vouched word
        while (
            start > 0
            and i - start < 3
            and text[tokens[start - 1].end : tokens[start].start] == " "
            and _name_part(tokens[start - 1].text, lex)
            and not any(tokens[start - 1].start in r for r in taken)
        ):
            start -= 1
        size = _run_length(text, tokens, start, lex)
        end = start + size
        if (
            size >= 2
            and end > i
            and size <= 4
            and not any(tokens[k].start in r for k in range(start, end) for r in taken)
            and not _followed_by_org_word(text, tokens, end - 1, lex)
            and not _after_honorific(text, tokens[start].start, lex)
            and text[tokens[start].start : tokens[end - 1].end].casefold() not in lex.places
            and not any(  # "Kestrel Ghana CEO A" ... "Mr Kestrel": a company's country arm
                t.text.casefold() in lex.folded("countries") for t in tokens[start:end]
            )
        ):
            found.append((tokens[start].start, tokens[end - 1].end))
            i = end
        else:
            i += 1
    return found


def _courtesy_names_alone(
    text: str, spans: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """A word printed alone after a courtesy title ("Mr. Osei said", "met Dr Kiang,") that is no
    word of any other name of the page: the page names that person by the one word only. Not a
    word that names a place, a country, an organisation's kind, a title or a page's label, a common
    given name, a Chinese family name or a pinyin given name, nor one on a headline-style line."""
    words = {w.casefold() for s, e in spans for w in WORD.findall(text, s, e)}
    found: list[tuple[int, int]] = []
    for m in lex.made(_courtesy_surname_re).finditer(text):
        if _lone_name_word(text, m.start(1), m.end(1), words, lex):
            found.append((m.start(1), m.end(1)))
    for m in _ONE_WORD_APPOSITION.finditer(text):
        if _national_title_after(text, m, lex) and _lone_name_word(
            text, m.start(1), m.end(1), words, lex
        ):
            found.append((m.start(1), m.end(1)))
    return found


def _lone_name_word(text: str, start: int, end: int, words: set[str], lex: Lexicon) -> bool:
    """Whether text[start:end], a word printed alone, can be a person's only name on the page."""
    word = text[start:end]
    return not (
        word.casefold() in words
        or not _plain_word(word, lex)
        or not _name_part(word, lex)
        or word.casefold() in lex.folded("countries")
        or word.casefold() in lex.western
        or is_surname(word, lex)  # "Dr. Li": a family name millions share
        or is_given_name(word, lex)  # "Mr. Jianhua, Wang": a pinyin given name
        or _headline_line(text, start)
    )


# One capitalised word opening a line, a list item or a clause, set off by a comma and followed by
# a country's possessive or a people's adjective ("Roe, Ruritania's finance minister, ...",
# "On May 2, Roe, the Ruritanian ambassador, ..."): checked by `_national_title_after`
_ONE_WORD_APPOSITION = re.compile(
    r"(?:^|(?<=\n)|(?<=, )|(?<=[.!?] )|(?<=\band ))([A-Z][a-z][\w'’-]*), (?:the )?"
    r"(?:([A-Z][\w'’-]*)(?:’s|'s)|([A-Z][a-z]+)) (?=[a-z])",
    re.MULTILINE,
)


def _national_title_after(text: str, m: re.Match, lex: Lexicon) -> bool:
    """Whether the apposition `m` names a country ("Ruritania's") or its people ("Ruritanian"),
    then a title in lower case ("finance minister", "ambassador to China"): the word before it
    names the post's holder, known by that one name."""
    word, country, people = m.group(1).casefold(), m.group(2), m.group(3)
    if word in lex.folded("chain_lead_stop") or word in lex.folded("brand_stop"):
        return False  # "Meanwhile, the Ruritanian minister said"
    if country is not None and country.casefold() not in lex.folded("countries"):
        return False
    if people is not None and not (lex.peoples_adjective(people) or lex.people_ending(people)):
        return False
    title = lex.title_re.match(text, m.end())
    return title is not None and _APPOSITION_CLOSE.match(text, title.end()) is not None


# The end of an apposed title, past its "to/of/in <place>" ("ambassador to China, and ...")
_APPOSITION_CLOSE = re.compile(
    r"(?:\s+(?:to|of|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:,|\s+and\s|\.)"
)


def _courtesy_surname_re(lex: Lexicon) -> re.Pattern:
    """A courtesy title (`courtesy_titles`, not those used with a given name: "Sir Henry") and one
    capitalised word with no other after it ("Mr. Osei said", "Dr Kiang, 44,")."""
    titles = [
        t
        for t in lex.words("courtesy_titles")
        if t.casefold() not in lex.folded("given_name_honorifics")
    ]
    return re.compile(
        rf"(?<![\w.])(?:{longest_first(titles)})\.?[ ]([A-Z][a-z]+)\b(?![ ]+[A-Z]|[-'’]\w)"
    )


def _glued_pinyin_after_title(text: str, token: Token, lex: Lexicon, spans) -> bool:
    """A pinyin name printed as one word right after a title and before a comma or a full stop
    ("Vice-President Zhaoyan,"), in a list of "<title> <name>" items: a family name and a given
    name of one or two syllables. Not where a bare name stands before the title ("Zhang Wei,
    Vice President Huawei,": the title is that name's, the word its organisation)."""
    word = token.text
    if not re.fullmatch(r"[A-Z][a-z]{3,11}", word) or not _LIST_CLOSE.match(text, token.end):
        return False
    if is_surname(word, lex) or _AN_APPOSITION.match(text, token.end):
        return False  # "Secretary-General Ouyang,"; "Manager Lianhua, the supermarket chain"
    if word.casefold() in lex.not_name_words:
        return False  # "at the Governor House.": a building, though "Hou" + "se" spell pinyin
    before = text[max(0, token.start - 60) : token.start]
    title = next((m for m in lex.title_re.finditer(before) if m.end() == len(before) - 1), None)
    if not before.endswith(" ") or title is None:
        return False
    title_start = token.start - len(before) + title.start()
    prev = next((s for s in reversed(spans) if s[1] == title_start - 2), None)
    if prev is not None and text[prev[1] : title_start] == ", ":
        head = text[max(0, prev[0] - 60) : prev[0]]
        if not any(m.end() >= len(head) - 1 for m in lex.title_re.finditer(head)):
            return False  # "Zhang Wei, Vice President Huawei": the title is Zhang Wei's
    return any(
        is_surname(word[:k], lex) and is_given_name(word[k:].capitalize(), lex)
        for k in range(1, min(4, len(word) - 1))
    )


_LIST_CLOSE = re.compile(r"\s*(?:[,.;]|\band\b)")
_AN_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[a-z]")


def _ends_in_place(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the words end with a place of two or three words after another word ("Kavo New
    Zealand announced ...": a company's name, no person's)."""
    words = text[span[0] : span[1]].split()
    places = lex.places | lex.folded("countries")
    return any(len(words) > n and " ".join(words[-n:]).casefold() in places for n in (2, 3))


def _country_of_words(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the words are a country of two words or more, read as a list's next name
    ("a delegation led by A, Vice-President of Acme College, New Zealand, visited ...")."""
    words = text[span[0] : span[1]].split()
    return len(words) > 1 and " ".join(words).casefold() in lex.folded("countries")


def _with_initial(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name whose first initial stands before it ("J. |Robert Prichard, who has ...") takes it,
    when nothing but a space, a dash or a sentence's start stands before the initial."""
    start, end = span
    m = _LEADING_INITIAL.search(text, max(0, start - 6), start)
    if m is None and _INITIAL_OPENS.match(text, start, end):
        # "K.|L. Perera": initials printed together, the first read apart from the name
        m = _GLUED_INITIALS.search(text, max(0, start - 6), start)
    return (m.start(1), end) if m else span


_LEADING_INITIAL = re.compile(r"(?:^|(?<=[\s–—-]))([A-Z]\.\s)$")
_GLUED_INITIALS = re.compile(r"(?:^|(?<=[\s–—-]))((?:[A-Z]\.){1,2})$")
_INITIAL_OPENS = re.compile(r"[A-Z]\.")


def _inside_place(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token i ends a place or country of two words with the token before ("Hong |Kong
    Qinglan General Association": no "Kong Qinglan"; "Ambassador to Sri |Lanka Jane Roe")."""
    if not i or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    pair = f"{tokens[i - 1].text} {tokens[i].text}".casefold()
    return pair in lex.places or pair in lex.folded("countries")


_AS_TITLE_AFTER = re.compile(r" as (?:the |its |their |a |an )?(?:new )?")
_DOTTED_HONORIFIC = re.compile(r"H\.\s?E\.\s")  # "His/Her Excellency"


def _past_field_words(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The name without the words of a post's field or title read before it ("... - International
    Relations Jane Roe": "Jane Roe"), kept whole where that leaves fewer than two words; None when
    every word is such a word ("Advisor Corporate")."""
    words = list(WORD.finditer(text, span[0], span[1]))
    lead = (
        lex.folded("field_words")
        | lex.folded("field_openers")
        | lex.title_words()
        | lex.folded("title_head_words")  # "Media Coordinator Jane Roe"
    )
    k = 0
    while k < len(words) and words[k].group().casefold() in lead:
        k += 1
    if k == len(words):
        return None
    if k == 0 or len(words) - k < 2:
        return span
    return words[k].start(), span[1]


# "Municipality of | San Lorenzo", "Province of | X": a place's name, whatever its words
_PLACE_OF = re.compile(
    r"\b(?:Municipality|Province|City|Town|County|District|Barangay|Republic|Kingdom|State)"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$"
)


# "St. Mary Western", "Saint Lucia": a saint's name names a place or a church, not a person
_SAINT_BEFORE = re.compile(r"(?<![\w-])(?:St|Ste|Saint)\.?\s+$")


def _with_dot(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name ending in "Jr" or "Sr" takes its abbreviation's full stop ("Capulong Jr.")."""
    start, end = span
    if text[end : end + 1] == "." and text[max(start, end - 3) : end].endswith((" Jr", " Sr")):
        return (start, end + 1)
    return span


def _adjacent(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i+1 follows token i after exactly one space."""
    return i + 1 < len(tokens) and text[tokens[i].end : tokens[i + 1].start] == " "


def _honorific_pair_at(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether tokens i and i + 1 are a two-word honorific (`honorific_pairs`) with a capitalised
    word after them ("Datuk Seri Lim Kok Wah", "Datuk Patinggi Abang Rahman")."""
    return (
        i + 2 < len(tokens)
        and _adjacent(text, tokens, i)
        and _adjacent(text, tokens, i + 1)
        and tokens[i + 2].text[:1].isupper()
        and f"{tokens[i].text} {tokens[i + 1].text}".casefold() in lex.folded("honorific_pairs")
    )


def _name_at(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int:
    """How many tokens from i form a person name (0 when none): none right after a body's "of"
    ("the Association of Kestrel Entrepreneurs, Founder ...": the rest of the body's name)."""
    head = _OF_HEAD_BEFORE.search(text, max(0, tokens[i].start - 40), tokens[i].start)
    if head and head.group(1).casefold() in lex.folded("of_heads"):
        return 0
    if _title_before_pinyin(text, tokens, i, lex):
        return 0  # "Dean Wu Haitao": a title that is also a given name, then a pinyin name
    if _acronym_after_title(text, tokens, i, lex):
        return 0  # "Chairman KRA Jane Roe": the body's acronym between a title and the name
    return max(_long_name_at(text, tokens, i, lex), _two_word_name_at(text, tokens, i, lex))


# the word right before a token: "Chairman |KRA"
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ ]$")


def _acronym_after_title(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token i is an acronym of capitals right after a title word ("Chairman KRA Jane
    Roe", "Director General FIA A"): the body whose title it is, never a name's first word."""
    word = tokens[i].text
    if not (2 <= len(word) <= 7 and word.isalpha() and word.isupper()):
        return False
    if word.casefold() in lex.honorifics or is_surname(word.capitalize(), lex):
        return False  # "Ambassador QI Mei": a family name printed in capitals
    if i + 2 >= len(tokens) or not (_adjacent(text, tokens, i) and _adjacent(text, tokens, i + 1)):
        return False  # "Adviser HT Imam": initials, then a family name alone
    if not (tokens[i + 1].text[:1].isupper() and tokens[i + 2].text[:1].isupper()):
        return False
    m = _WORD_BEFORE.search(text, max(0, tokens[i].start - 30), tokens[i].start)
    return m is not None and m.group(1).casefold() in lex.title_words()


def _title_before_pinyin(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token i is a title that is also a western given name ("Dean") and the two words
    after it are a pinyin name (a family name, then a given name of pinyin syllables, or the
    given name first, then the family name)."""
    folded = tokens[i].text.casefold()
    if folded not in lex.western or folded not in lex.title_words() or folded not in lex.titles:
        return False
    if i + 2 >= len(tokens) or not (_adjacent(text, tokens, i) and _adjacent(text, tokens, i + 1)):
        return False
    first, second = tokens[i + 1].text, tokens[i + 2].text
    return (is_surname(first, lex) and is_given_name(second, lex)) or (
        is_given_name(first, lex)  # "Dean Haitao Wu": the given name printed first
        and is_surname(second, lex)
        and not is_surname(first, lex)
    )


_OF_HEAD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def _two_word_name_at(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int:
    """A name of two words: pinyin, a common given name, after an honorific or in a title context."""
    if (
        not tokens[i].text[:1].isupper()
        or not _adjacent(text, tokens, i)
        or not tokens[i + 1].text[:1].isupper()
    ):
        return 0
    first, second = tokens[i].text, tokens[i + 1].text
    fields = lex.folded("field_words")
    if second in _GENERATIONS and first.casefold() in fields:
        return 0  # "Minister of Finance and Economy II": a numbered portfolio
    if (
        _followed_by_org_word(text, tokens, i + 1, lex)
        or f"{first} {second}".casefold() in lex.places
        or (
            first.casefold() in fields | lex.folded("field_openers") and second.casefold() in fields
        )  # "Corporate Development", "International Cooperation"
        or (first.isupper() and len(first) > 1 and second.casefold() in fields)  # "ACME Health"
        or (  # "CMD, ACME Shri A. Rao": a body's acronym, then the honorific of the name after it
            first.isupper() and len(first) > 1 and second.rstrip(".").casefold() in lex.honorifics
        )
        or (  # "Mitsui India Managing Director A": a company's country arm before its title
            second.casefold() in lex.folded("countries")
            and lex.title_re.match(text, tokens[i + 1].end + 1) is not None
        )
        or second.rstrip(".").casefold() in lex.folded("courtesy_titles")  # "Health Ms. Roe"
        or (  # "headed by Rear Admiral A": a rank's first word, then the rank
            second.casefold() in lex.honorifics
            and second.casefold() not in NAME_PARTICLES  # "Aung Tun": a Myanmar name
            and _name_at_after(text, tokens, i + 2, lex)
        )
    ):
        return 0
    folded = first.rstrip(".").casefold()
    if first.isupper() and (folded in lex.titles or first in lex.words("title_abbreviations")):
        return 0  # "CS Mutua", "MNA Roe": a title written short, then a family name
    if second.casefold() in lex.titles:
        return 0  # "US Ambassador": a title
    if folded in lex.folded("courtesy_titles"):
        return 0  # "Mr Nicholas W Yang": the name starts after "Mr"; "Mr Carter" alone names no one
    if folded in lex.honorifics and _run_length(text, tokens, i + 1, lex) >= 2:
        return 0  # "Sayyid Badr bin X": the name starts after; "Sheikh Hasina" is one
    if folded in lex.title_words() and folded not in lex.western:
        return 0  # "Councillor Marsh", "Senator Vance": a title, then a family name alone
    if is_surname(first, lex) and is_given_name(second, lex):
        return 2
    if _given_name_first(text, tokens, i, lex):
        return 2
    if _plain_word(second, lex) and (
        first.casefold() in lex.western or _after_honorific(text, tokens[i].start, lex)
    ):
        return 2
    if (
        _plain_word(first, lex)
        and _plain_word(second, lex)
        and (
            _title_context(text, tokens, i, lex)
            or after_succession(text, tokens[i].start, lex)
            or (
                second.casefold() not in lex.org_suffixes  # "Kestrel Holdings said": a company
                and (_verb_context(text, tokens, i, lex) or _country_listed(text, tokens, i, lex))
            )
        )
    ):
        return 2
    return 0


def _given_name_first(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether tokens i and i + 1 are a pinyin name printed given name first, the given name of two
    syllables ("Xiaoming Wang"): no family name, place or country first, no capitalised word
    after it ("Guangxi Zhuang Autonomous Region"), not on a headline-style line."""
    first, second = tokens[i].text, tokens[i + 1].text
    folded = first.casefold()
    return (
        is_given_name(first, lex)
        and syllable_count(first, lex.syllables) == MAX_GIVEN_SYLLABLES
        and not is_surname(first, lex)
        and is_surname(second, lex)
        and _plain_word(first, lex)
        and folded not in lex.folded("countries")
        and not (
            i + 2 < len(tokens)
            and _adjacent(text, tokens, i + 1)
            and tokens[i + 2].text[:1].isupper()
        )
        and not _headline_line(text, tokens[i].start)
    )


def _name_at_after(text: str, tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a capitalised name part follows token k - 1 after one space (the rank's holder)."""
    return (
        k < len(tokens)
        and text[tokens[k - 1].end : tokens[k].start] == " "
        and _name_part(tokens[k].text, lex)
    )


def after_succession(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a phrase whose object is a person stands right before offset `start` ("will be
    succeeded by |Jane Roe", "replacing |Jane Roe", "is headed by |Jane Roe", "chaired by |Jane
    Roe"): `successor_links`, `succession_links`, `led_by_links` and the participation phrases
    that end in "by"."""
    return lex.made(_succession_before_re).search(text, max(0, start - 40), start) is not None


def _succession_before_re(lex: Lexicon) -> re.Pattern:
    by = [p for p in lex.participation if p.endswith(" by")]
    words = by_phrases_pattern(
        [
            *lex.words("successor_links"),
            *lex.words("succession_links"),
            *lex.words("led_by_links"),
            *by,
        ]
    )
    return re.compile(rf"(?<![\w-])(?:{words})\s+$")


def _country_listed(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """The two words are an item of a list of people by country: "(Country)" follows them, and
    a comma or the list's "and" stands before them or after the brackets ("A B (Sweden), C D
    (Finland) and ...")."""
    m = _COUNTRY_AFTER.match(text, tokens[i + 1].end)
    if m is None or m.group(1).casefold() not in lex.folded("countries"):
        return False
    before = text[max(0, tokens[i].start - 6) : tokens[i].start]
    return bool(_LIST_BEFORE.search(before) or _LIST_AFTER.match(text, m.end()))


_COUNTRY_AFTER = re.compile(r"\s\(([A-Z][\w .'’-]{1,40})\)")
_LIST_BEFORE = re.compile(r"(?:,|\band)\s+$")
_LIST_AFTER = re.compile(r"\s*(?:,|and\b)")


NAME_PARTICLES = frozenset(load_lexicon("en")["name_particles"])  # "bin", "van", "al"
MAX_NAME_TOKENS = 6
_GENERATIONS = frozenset(load_lexicon("en")["name_generations"])  # "Cruz II", "Roe Jr."
_ABBREVIATED_GIVEN = frozenset(load_lexicon("en")["abbreviated_given_names"])  # "Ma. Cristina"


def _initial(word: str) -> bool:
    """An initial or a run of initials as printed ("L", "MB", "AHM")."""
    return word.isupper() and len(word) <= 3


_PARTS: dict[tuple[int, str], bool] = {}


def _name_part(word: str, lex: Lexicon) -> bool:
    """`_is_name_part`, remembered per word (a text repeats its capitalised words)."""
    key = (id(lex), word)
    hit = _PARTS.get(key)
    if hit is None:
        if len(_PARTS) > 1 << 16:
            _PARTS.clear()
        hit = _PARTS[key] = _is_name_part(word, lex)
    return hit


def _is_name_part(word: str, lex: Lexicon) -> bool:
    """A capitalised part of a name, mixed case included ("McDonald", "DeWine", "O'Neill")."""
    folded = word.casefold()
    if folded in lex.not_name_words or folded in lex.industry:
        return False
    if folded in lex.org_suffixes and folded not in lex.folded("suffix_surnames"):
        return False
    if folded in lex.places or folded in lex.place_suffixes or folded in lex.title_words():
        return False
    if folded in lex.honorifics or folded in lex.folded("nationality_adjectives"):
        return False  # "American Jane Roe": the nationality is no part of her name
    # "Smith-Jones", "Bing-leung", "McDonald", "DeWine", "O'Neill", "McAllister-Grant"
    return word[:1].isupper() and all(_name_piece(piece) for piece in word.split("-"))


def _name_piece(piece: str) -> bool:
    if _MIXED_CASE.fullmatch(piece):
        return True
    return all(
        part[:1].isalpha() and part[1:].islower() and len(part) > 1
        for part in re.split(r"['’]", piece)
    )


_MIXED_CASE = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le|Van|Von)[A-Z][a-z]+")


def _headline_line(text: str, pos: int) -> bool:
    """Whether `pos` is on a headline-style line (no final stop, most words capitalised)."""
    start = text.rfind("\n", 0, pos) + 1
    return _headline_span(text, start, text.find("\n", pos))


@lru_cache(maxsize=64)
def _headline_span(text: str, start: int, end: int) -> bool:
    """_headline_line for the line text[start:end] (asked once per line, not once per name on it)."""
    line = text[start : end if end >= 0 else len(text)].strip()
    words = re.findall(r"[A-Za-z]{4,}", line)
    return (
        not re.search(r"[.!?\"”]$", line)
        and len(words) >= 3
        and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
    )


def _person_verbs(lex: Lexicon) -> re.Pattern:
    """Verbs whose object is a person ("succeeding X", "appointed X", "take over from X")."""
    return lex.made(_person_verbs_re)


def _person_verbs_re(lex: Lexicon) -> re.Pattern:
    return phrase_regex(lex.words("person_object_verbs"))


def _run_length(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int:
    """How many tokens from i read as one name: initials, capitalised parts and inner particles
    ("David L. Calhoun", "Mohamed bin Zayed Al Nahyan", "S Jaishankar")."""
    size = 0
    parts = 0
    particles = 0  # "Hamad bin Rashid bin Saeed Al Qasimi": particles do not count to the limit
    while (
        i + size < len(tokens) and size - particles < MAX_NAME_TOKENS and size < 2 * MAX_NAME_TOKENS
    ):
        k = i + size
        word = tokens[k].text
        if size:
            gap = text[tokens[k - 1].end : tokens[k].start]
            dotted = (
                (_initial(tokens[k - 1].text) and (len(tokens[k - 1].text) == 1 or gap == "."))
                or tokens[k - 1].text in _ABBREVIATED_GIVEN
            ) and gap in (". ", ".")  # "visited HWU. Tom Fisk": an acronym ends a sentence
            if gap not in (" ", "  ") and not dotted:  # scraped text doubles some spaces
                break
        if parts >= 2 and word.casefold() in lex.folded("weekdays"):
            break  # "the death of Jane Roe Monday": the day ends her name ("Sunday Ade" is one)
        if word in lex.words("number_signs") and _FIGURE_AFTER.match(text, tokens[k].end):
            break  # "Kestrel Lanting No. 3 plant": "number", no part of a name
        if (
            not size
            and word.casefold() in lex.folded("weekdays")
            and _ON_DAY.search(text, max(0, tokens[k].start - 8), tokens[k].start)
        ):
            return 0  # "received on Wednesday Jane Roe": the day is the date, no part of her name
        if not size and word in _GENERATIONS and word[-1] in "IV":
            return 0  # "Minister of Defence II A B": the portfolio's number, no name's initials
        if _name_part(word, lex) or _honorific_as_name(tokens, k, parts, lex):
            parts += 1
        elif parts >= 2 and word in _GENERATIONS:
            size += 1  # "Rayfrando Cruz II", "Wilfredo Q. Capundag Jr."
            break
        elif (
            not size
            and word in _ABBREVIATED_GIVEN
            and text[tokens[k].end : tokens[k].end + 2] == ". "
        ):
            pass  # "Ma. Cristina Ocampo": an abbreviated given name opens the name
        elif word.casefold() in NAME_PARTICLES and size and parts:
            j = k + 1  # "Ann van der Lowe": particles in a row, then a part
            while j < len(tokens) and j < k + 3 and tokens[j].text.casefold() in NAME_PARTICLES:
                j += 1
            nxt = tokens[j].text if j < len(tokens) else ""
            if not _name_part(nxt, lex) and nxt not in ("Al", "El"):
                break
            particles += 1
        elif not (
            _initial(word)
            and word.casefold() not in lex.not_name_words
            and word.casefold() not in lex.title_words()  # "CEO Jane Roe": a title, no initials
            and word not in lex.words("title_abbreviations")  # "CS Mutua": a title written short
            and not parts
        ) and not (
            _initial(word) and len(word) == 1 and parts  # a middle initial
        ):
            break
        size += 1
    while (
        size
        and not _name_part(tokens[i + size - 1].text, lex)
        and not (size > 1 and _honorific_as_name(tokens, i + size - 1, 1, lex))
        and tokens[i + size - 1].text not in _GENERATIONS
    ):
        size -= 1  # a name ends on a capitalised part (or a generation: "II", "Jr")
    return size if parts >= 1 and size >= 2 else 0


def _honorific_as_name(tokens: list[Token], k: int, parts: int, lex: Lexicon) -> bool:
    """Whether token k, an honorific that is also a name particle ("Tun"), is a part of the name:
    after a part of it ("Aung Tun", "Najib Tun Razak") or printed twice ("Tun Tun Aung"), as
    Myanmar names use it; only before a name ("Tun Abdul Razak") is it the honorific."""
    word = tokens[k].text
    folded = word.casefold()
    if folded not in NAME_PARTICLES or folded not in lex.honorifics or not word[:1].isupper():
        return False
    return parts > 0 or (k + 1 < len(tokens) and tokens[k + 1].text == word)


_FIGURE_AFTER = re.compile(r"\.?[ ]?\d")
_ON_DAY = re.compile(r"\b(?:on|last|this|next|since|until|by)\s+$", re.IGNORECASE)


def name_run(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int:
    """How many tokens from i read as one name by their shape alone (0 when fewer than two):
    for callers that know from the sentence that a name stands there."""
    return _run_length(text, tokens, i, lex)


def _long_name_at(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int:
    """A name of other shapes (initials, particles, three words and more) in a context that marks a
    person: an honorific or a title before it, ", <title>" or a participation verb after it, a
    common given name at its start."""
    size = _run_length(text, tokens, i, lex)
    if not size or _followed_by_org_word(text, tokens, i + size - 1, lex):
        return 0
    if (
        tokens[i + size - 1].text.casefold() in lex.folded("countries")
        and lex.title_re.match(text, tokens[i + size - 1].end + 1) is not None
    ):
        return 0  # "met with Mitsui India Managing Director A": a company's arm, then a title
    start, end = tokens[i].start, tokens[i + size - 1].end
    if _after_honorific(text, start, lex):
        return size  # "H.E. Victor Hugo Rojas González" on a line of a list of envoys
    if _headline_line(text, tokens[i].start):
        return 0  # in a headline every word is capitalised: no shape to go by
    if text[start:end].casefold() in lex.places:
        return 0  # "Hong Kong said ...": a place of two name-like words
    if tokens[i].text.casefold() in lex.western and size >= 2:
        return size
    if _after_honorific(text, start, lex):
        return size
    after = text[end : end + 60]
    if after.startswith(", ") and _title_starts(re.sub(r"^(?:the|a|an) ", "", after[2:]), lex):
        return size
    if after.startswith(", ") and _unlisted_title(text[end + 2 : end + 80], lex):
        return size
    if (as_title := _AS_TITLE_AFTER.match(after)) and _title_starts(after[as_title.end() :], lex):
        return size  # "appointed A as group CEO and Marieke van Dalen as CFO"
    before = text[max(0, start - 60) : start]
    if before.endswith(" ") and any(
        m.end() == len(before) - 1
        or _BRACKET_BETWEEN.fullmatch(before, m.end()) is not None
        or _place_between(before[m.end() :], lex)
        or _body_ended(before, m.end(), lex)
        for m in lex.title_re.finditer(before)
    ):
        return size
    if (
        before.endswith(", ")
        and text[end : end + 1] == ","
        and all(_plain_word(t.text, lex) or _initial(t.text) for t in tokens[i : i + size])
        and any(m.end() == len(before) - 2 for m in lex.title_re.finditer(before))
    ):
        return size  # "its CEO, Solomon Themba Roe, had resigned": a title, then the name set off
    if (
        _after_title_phrase(before, lex)
        and (
            text[end : end + 1] == ","
            or (
                _AND_AFTER.match(text, end)  # "Minister for Law, K Roe and ..."
                and not any(
                    w.casefold() in lex.folded("field_words") for w in text[start:end].split()
                )
            )
        )
    ):
        return size  # "Union Minister for Commerce and Industry, X, during..."
    if _after_portfolio(before, lex) and not any(
        w.casefold() in lex.folded("field_words") for w in text[start:end].split()
    ):
        return size  # "Minister for Trade and Industry Tan Boon Heng met ..."
    if before.endswith(" ") and any(  # "met X", "received X", "said X", "succeeding X"
        m.end() == len(before) - 1
        for pattern in (lex.participation_re, _person_verbs(lex))
        for m in pattern.finditer(before)
    ):
        return size
    if tokens[i + size - 1].text.casefold() in lex.org_suffixes:
        return 0  # "Kestrel Holdings said ...": a company's name, by a verb alone
    opens = (
        not before.strip()
        or before.rstrip(" \t").endswith("\n")  # a paragraph's first words
        or re.search(r"(?:[,.;:\"“]|\band|\bthat)\s*$", before)  # "said that X has ..."
    )
    if opens and text[end : end + 1] == " " and lex.participation_re.match(text, end + 1):
        return size
    if opens and _SUCCEEDS.match(text, end):
        return size  # "X succeeded Y as chief executive"
    if opens and text[end : end + 1] == " " and _subject_links(lex).match(text, end + 1):
        return size  # "Jane van Roe has been appointed as ...", "A B C has stepped down as ..."
    if opens and _takes_post(text, end, lex):
        return size  # "Jane Roe took over as chief executive" (a company takes over as no title)
    return 0


_SUCCEEDS = re.compile(REPLACE_VERB + "(?=[A-Z])")


def _takes_post(text: str, end: int, lex: Lexicon) -> bool:
    """Whether "took over as" or "joined as" and a title follow offset `end`, the end of a name."""
    took = _TAKES_POST.match(text, end)
    if took is None:
        return False
    rest = re.sub(r"^(?:the|its|our|their) (?:new )?", "", text[took.end() : end + 80])
    return _title_starts(rest, lex)


_TAKES_POST = re.compile(r" (?:(?:took|takes|will take|has taken) over|joined|joins|will join) as ")
_AND_AFTER = re.compile(r" and [a-z]")
_PLACE_AFTER_TITLE = re.compile(r"\s+(?:to\s+|of\s+(?:the\s+)?)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s$")
_A_PLACE = r"(?:the\s+)?(?:(?:Republic|Kingdom|Sultanate|State|Emirate|Federation)\s+of\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
_TWO_PLACES_AFTER_TITLE = re.compile(rf"\s+(?:of|for)\s+{_A_PLACE}\s+(?:to|in)\s+{_A_PLACE}\s$")


def _place_between(rest: str, lex: Lexicon) -> bool:
    """Whether `rest`, what follows a title up to the name, is a place or a country, with "to"
    or "of" before it or neither ("Ambassador to Sudan |X", "Sultan of Qorvan |X", "Chief Minister
    Sindh |X"), or two of them ("Ambassador of Oman to the Sultanate of Brunei |X")."""
    m = _PLACE_AFTER_TITLE.fullmatch(rest)
    places = lex.places | lex.folded("countries")
    if m is not None:
        return m.group(1).casefold() in places
    m = _TWO_PLACES_AFTER_TITLE.fullmatch(rest)
    return m is not None and all(  # "the Russian Federation": a country listed with its "the"
        g.casefold() in places or f"the {g.casefold()}" in places for g in m.groups()
    )


_PORTFOLIO = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*,\s$"
)


def _after_title_phrase(before: str, lex: Lexicon) -> bool:
    """Whether `before` ends with a title, its "of/for <capitalised words>" (a portfolio or an
    organisation) and a comma: the name that follows, closed by another comma, holds that title."""
    return any(_PORTFOLIO.fullmatch(before, m.end()) for m in lex.title_re.finditer(before))


def _after_portfolio(before: str, lex: Lexicon) -> bool:
    """Whether `before` ends with a title and "of/for" a portfolio whose capitalised words are
    all field words ("Minister for Trade and Industry "): a name follows with no comma."""
    fields = lex.folded("field_words")
    for m in lex.title_re.finditer(before):
        portfolio = _BARE_PORTFOLIO.fullmatch(before, m.end())
        if portfolio and all(
            w.casefold() in fields
            for w in portfolio.group(1).split()
            if w not in ("and", "&") and w not in _GENERATIONS  # "Minister of Defence II A"
        ):
            return True
    return False


_BARE_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*)\s$")


def _plain_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may be part of a name; a double-barrelled one ("Roe-Mathay") when
    each of its two pieces is one."""
    pieces = word.split("-")
    if len(pieces) == 2 and all(p[:1].isupper() and p[1:2].islower() for p in pieces):
        return all(_plain_word(p, lex) for p in pieces)
    folded = word.casefold()
    return (
        name_case(word)
        and folded not in lex.not_name_words
        and (folded not in lex.org_suffixes or folded in lex.folded("suffix_surnames"))
        and folded not in lex.industry
        and folded not in lex.places
        and folded not in lex.place_suffixes
    )


def _followed_by_org_word(text: str, tokens: list[Token], j: int, lex: Lexicon) -> bool:
    if not _adjacent(text, tokens, j) or not tokens[j + 1].text[:1].isupper():
        return False  # organisation words of a name are capitalised ("as" is no "AS")
    nxt = tokens[j + 1].text.casefold()
    if nxt in lex.org_suffixes or nxt in lex.industry or nxt in lex.place_suffixes:
        return True
    if tokens[j + 1].text in lex.words("number_signs") and _FIGURE_AFTER.match(
        text, tokens[j + 1].end
    ):
        return True  # "Kestrel Lanting No. 3 plant": a numbered plant, school or mine
    # "Harold Vane International Limited": one more capitalised word, then a legal form
    return (
        j + 2 < len(tokens)
        and _adjacent(text, tokens, j + 1)
        and tokens[j + 2].text.rstrip(".").casefold() in lex.folded("legal_suffixes")
    )


def _after_honorific(text: str, start: int, lex: Lexicon) -> bool:
    before = text[max(0, start - 20) : start].rstrip(" .'’")
    words = before.split()
    word = words[-1] if words else ""
    # "Datuk Amar |Awang Tengah": the second word of a two-word honorific (`honorific_pairs`)
    pair = " ".join(words[-2:]).casefold() if len(words) > 1 else ""
    return word.casefold() in lex.honorifics or pair in lex.folded("honorific_pairs")


def _title_context(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """ ", <title>" right after the two words, or a title right before them."""
    after = text[tokens[i + 1].end : tokens[i + 1].end + 90]
    if after.startswith(", ") and _title_starts(_after_formerly(after[2:], lex), lex):
        return True
    if i + 2 < len(tokens) and _adjacent(text, tokens, i + 1) and name_case(tokens[i + 2].text):
        return False
    before = text[max(0, tokens[i].start - 60) : tokens[i].start]
    short = before.split()[-1:] if before.endswith(" ") else []
    if short and short[0] in lex.words("title_abbreviations"):
        return True  # "CM Jane Roe": a title written short
    gap = 2 if before.endswith(", ") else 1  # "named current chairman, Jane Roe, as ..."
    return before.endswith(" ") and any(
        m.end() == len(before) - gap
        or _BRACKET_BETWEEN.fullmatch(before, m.end()) is not None
        or _field_between(before[m.end() :], lex)
        or _place_between(before[m.end() :], lex)
        or _OF_NAMED.fullmatch(before, m.end()) is not None
        or _OF_BRACKETED.fullmatch(before, m.end()) is not None
        or _body_named(before, m.end(), lex)
        or _body_ended(before, m.end(), lex)
        for m in lex.title_re.finditer(before)
    )


# A title's short form or its field in brackets between the title and the name ("Chief Financial
# Officer (CFO) |Jane Roe", "executive director (Finance) |A. Roe")
_BRACKET_BETWEEN = re.compile(r"\s?\([A-Z][\w&/ -]{0,24}\)\s")


def _body_ended(before: str, end: int, lex: Lexicon) -> bool:
    """Whether a body's name whose last word ends organisations follows a title and "of", with
    no comma before the name ("Chairman of the Kestrel People's Committee |Jane Roe")."""
    m = _OF_BODY_ENDED.fullmatch(before, end)
    return m is not None and m.group(1).split()[-1].casefold().rstrip(".") in lex.org_suffixes


def _body_named(before: str, end: int, lex: Lexicon) -> bool:
    """Whether a body's name follows a title with no "of", then a comma: "the Governor State
    Bank of Pakistan, |Jane Roe" (a word of the name ends organisations, or it is a place)."""
    m = _BODY_NAMED.fullmatch(before, end)
    if m is None:
        return False
    words = {w.casefold().rstrip(".") for w in m.group(1).split()}
    return bool(words & lex.org_suffixes) or m.group(1).casefold() in lex.places


# What stands between a title and the name after it when the title's body or place comes first
# ("the Premier of Lower Saxony, |Jane Roe", "chairman of Kestrel Holdings, |Jane Roe").
_OF_NAMED = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for))*,\s"
)


# "Chairman of the Kestrel People's Committee |Jane Roe": a body's name, then the person's
_OF_BODY_ENDED = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for))*)\s"
)


# "President of Borland Petrol Co., Ltd. (BPC) |Jane Roe": the body's short name in brackets
# ends it, no comma.
_OF_BRACKETED = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’&.,-]*(?:\s+(?:[A-Z][\w'’&.,-]*|of|and|the|for))*"
    r"\s+\([A-Z]{2,6}\)\s"
)


_BODY_NAMED = re.compile(
    r"\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for))*),\s"
)


_FIELD_PHRASE = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?([A-Za-z][\w ,&-]*?),?\s$"
)  # any case: all field words


def _field_between(rest: str, lex: Lexicon) -> bool:
    """Whether `rest`, what follows a title up to the name, is a portfolio made of field words
    only ("Minister for Finance |Jane Roe", "Minister of Trade and Industry, |Jane Roe")."""
    m = _FIELD_PHRASE.fullmatch(rest)
    if not m:
        return False
    words = [w for w in re.split(r"[\s,&]+", m.group(1)) if w and w != "and"]
    fields = lex.folded("field_words")
    return bool(words) and all(w.casefold() in fields for w in words)


def _verb_context(text: str, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """The two words open a clause and a participation verb follows ("Erik Lind thanked")."""
    before = text[max(0, tokens[i].start - 9) : tokens[i].start]
    opens = (
        not before.strip()
        or before.rstrip(" \t").endswith("\n")  # a paragraph's first words
        or re.search(r"(?:[,.;:]|\band|\bthat|\bwhile|\bwhereas|\bbut)\s+$", before)
        or _described(text, tokens[i].start, lex)  # "Limerick native Jane Roe has been ..."
    )
    if opens and (_WHO.match(text, tokens[i + 1].end) or _AGE.match(text, tokens[i + 1].end)):
        return True  # "Jane Roe, who has ...", "Jane Roe who ...", "Jane Roe, 62, ..."
    at = tokens[i + 1].end + 1
    verb = (
        lex.participation_re.match(text, at)
        or _subject_links(lex).match(text, at)
        or _is_titled(text, at, lex)  # "Jane Roe was Chief Executive of X"
        or _takes_post(text, at - 1, lex)  # "Jane Roe took over as chief executive"
    )
    return bool(opens) and text[tokens[i + 1].end : tokens[i + 1].end + 1] == " " and bool(verb)


def _is_titled(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a copula and a title follow offset `at` ("was Chief Executive of", "has been the
    chairman", "served as a director")."""
    m = _COPULA.match(text, at)
    return m is not None and lex.title_re.match(text, m.end()) is not None


_COPULA = re.compile(
    r"(?:was|is|had\s+been|has\s+been|served\s+as|serves\s+as)\s+"
    r"(?:(?:previously|formerly|also|currently|then)\s+)?(?:the\s+|an?\s+)?"
)


_WHO = re.compile(
    r"(?:,|\s+[–—])?\s+who\s+(?:has|had|is|was|will|would|joined|served|led|chairs|holds)\b"
)
_AGE = re.compile(r",\s+(?:aged\s+)?[1-9]\d,\s+(?:a\s+|an\s+|the\s+)?[a-z]")  # ", 62, a former ..."
_LOWER_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")


def _described(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a noun that describes a person (`person_descriptors`: "native", "veteran",
    "engineer") stands right before offset `start`."""
    m = _LOWER_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1) in lex.folded("person_descriptors")


def _subject_links(lex: Lexicon) -> re.Pattern:
    """The links of a post whose subject is a person ("X was appointed", "X has been named",
    "X stepped down as"): the passive and departure links of `title_links`, which a company
    does not take."""
    return lex.made(_subject_links_re)


def _subject_links_re(lex: Lexicon) -> re.Pattern:
    links = lex.data.get("title_links") or {}
    words = [
        w
        for kind in ("current", "former")
        for w in links.get(kind, [])
        if re.match(
            r"(?:was|were|has been|have been|had been) (?:appointed|named|elected|"
            r"re-elected|promoted|sworn)|(?:(?:has|have|had) )?(?:stepped|steps|will step|would step) down|"
            r"(?:(?:has|have|had) )?(?:resigned|retired)|"
            r"took office|has taken office|was removed|"
            r"is (?:stepping|standing|to step) down|(?:stood|will stand) down|"
            r"(?:will|would|is to) (?:retire|resign)|is (?:retiring|resigning)",
            w,
        )
    ]
    return phrase_regex(words + lex.words("person_subject_verbs"))


_UNLISTED = re.compile(r"((?:[A-Z][\w&'’-]*\s+){0,5}([A-Z][a-z]+))\s+(?:of|at|for)\s+[A-Z]")


def _unlisted_title(text: str, lex: Lexicon) -> bool:
    """A capitalised title the vocabulary lacks, ending in a title word and followed by "of X"
    ("Chief Group Public Affairs Officer of X")."""
    m = _UNLISTED.match(text)
    return m is not None and m.group(2).casefold() in lex.folded("title_head_words")


_OWNER = re.compile(r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*(?:['’]s|(?<=s)['’])\s+")


def _after_formerly(text: str, lex: Lexicon) -> str:
    """The text after a leading "formerly" / "who previously served as" (former_apposition)."""
    m = phrase_regex(lex.words("former_apposition")).match(text)
    text = text[m.end() :].lstrip() if m else text
    word = _FORMER_WORD.match(text)  # "retired President of X", "past Chair", "former CEO"
    if word and word.group(1).casefold() in lex.folded("former_words"):
        return text[word.end() :]
    if word and word.group(1).casefold() in lex.folded("title_modifiers"):
        return text[word.end() :]  # "acting President of X", "interim chief executive"
    return text


_FORMER_WORD = re.compile(r"([A-Za-z]+)[\s-]+")


def _title_starts(text: str, lex: Lexicon) -> bool:
    owner = _OWNER.match(text)  # "Austria's ambassador-designate", "Kestrel Holdings' chairman"
    if owner:
        text = text[owner.end() :]
    m = lex.title_re.match(text)
    if m is None:
        return False
    if lex.titles.get(" ".join(m.group().split()).casefold()) != "?party":
        return True
    # "Secretary", "Member": a person's title only as a party body's ("Secretary of the CPC X
    # Committee"), not as a clerk's or a member's of anything
    of = re.match(r"\s+of\s+(?:the\s+)?([^,.;]{0,60})", text[m.end() :])
    return of is not None and any(
        w.casefold() in of.group(1).casefold() for w in lex.words("party_org_words")
    )
