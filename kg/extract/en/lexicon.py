"""The English word lists (kg/vocab/en.yml) and role titles, compiled once for matching.

:func:`get_lexicon` turns the data into sets and regular expressions; the
extractors read only this object, so every word they react to is in the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from kg.extract.trie import trie_pattern as _trie
from kg.vocab import Vocab, load_lexicon


def _fold_set(words) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in words)


def phrase_regex(phrases, flags=re.IGNORECASE, glued: bool = False) -> re.Pattern:
    """One regex matching any of `phrases` as whole words, longest first (cached).

    With `glued`, a digit may follow directly (machine translation writes "held2022").
    """
    return _phrase_regex(tuple(sorted({str(p) for p in phrases})), flags, glued)


@lru_cache(maxsize=64)
def _phrase_regex(phrases: tuple[str, ...], flags, glued: bool) -> re.Pattern:
    if flags & re.IGNORECASE:
        phrases = tuple(sorted({p.lower() for p in phrases}))
    body = _trie(phrases) or "(?!)"
    tail = r"(?![A-Za-z-])" if glued else r"(?![\w-])"
    return re.compile(rf"(?<![\w-])(?:{body}){tail}", flags)


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists; see kg/vocab/en.yml for what each one means."""

    data: dict
    surnames: frozenset[str]
    syllables: frozenset[str]
    not_given: frozenset[str]
    western: frozenset[str]
    honorifics: frozenset[str]
    not_name_words: frozenset[str]
    org_suffixes: frozenset[str]
    proper_org_suffixes: frozenset[str]  # of org_suffixes, those that end a name only capitalised
    industry: frozenset[str]
    connectors: frozenset[str]
    not_org_names: frozenset[str]
    acronym_stop: frozenset[str]
    post_nominals: frozenset[str]  # honours after a name ("KNZM", "CBE"), as printed
    places: frozenset[str]
    place_suffixes: frozenset[str]
    titles: dict[str, str]  # folded title -> notation ("?party" for party-dependent titles)
    party_titles: dict[str, str]  # folded "?party" title -> its notation at a party body
    title_re: re.Pattern
    participation: dict[str, str]  # folded verb phrase -> part
    participation_re: re.Pattern
    event_nouns: dict[str, str]
    event_nouns_re: re.Pattern
    event_verbs: dict[str, str]
    event_verbs_re: re.Pattern
    blocker_re: re.Pattern  # titles and verbs: words that end a capitalised name
    generic_words: frozenset[
        str
    ]  # places, place and org suffixes, industries, not-name words: no brand
    anchor_re: (
        re.Pattern
    )  # any org suffix, industry word or place: a sentence without one has no chain name
    lower_org_re: (
        re.Pattern
    )  # "the Dalian branch": group 1 the capitalised words, group 0 the whole
    table_org_names: frozenset[str] = frozenset()  # the organisation table's Latin names, folded
    _made: dict = field(
        default_factory=dict, compare=False, repr=False
    )  # builder -> what it made of this lexicon, made once
    _folded: dict = field(
        default_factory=dict, compare=False, repr=False
    )  # key -> folded set, made once

    def words(self, key: str) -> list:
        """A raw list from the data file."""
        return list(self.data.get(key) or [])

    def made(self, build: Callable[[Lexicon], _T]) -> _T:
        """What `build` makes of this lexicon (a pattern, a table), made once per lexicon."""
        if build not in self._made:
            self._made[build] = build(self)
        return self._made[build]

    def party_bodies(self) -> list[str]:
        """The names of an organisation's party body printed after its name (`party_body_endings`,
        "Party Committee", "CPC Committee"), longest first."""
        endings = [*self.words("party_body_endings"), "Party Committee", "CPC Committee"]
        return sorted(endings, key=len, reverse=True)

    def title_words(self) -> frozenset[str]:
        """Every word of every title ("chief", "officer", "minister"): never part of a name."""
        hit = self._folded.get(_TITLE_WORDS)
        if hit is None:
            hit = self._folded[_TITLE_WORDS] = frozenset(w for t in self.titles for w in t.split())
        return hit

    def company_nouns(self) -> frozenset[str]:
        """The nouns that stand for the page's own company in "the <noun>'s" ("company",
        "group", "firm" ...): `company_words` and `company_possessive_nouns`, folded."""
        hit = self._folded.get(_COMPANY_NOUNS)
        if hit is None:
            hit = self._folded[_COMPANY_NOUNS] = self.folded("company_words") | self.folded(
                "company_possessive_nouns"
            )
        return hit

    def peoples_adjective(self, word: str) -> bool:
        """Whether `word` is a people's adjective ("Canadian", `nationality_adjectives`, `demonyms`):
        never an organisation's name of its own."""
        return word.casefold() in self.folded("nationality_adjectives") or word in (
            self.data.get("demonyms") or {}
        )

    def people_ending(self, word: str) -> bool:
        """Whether `word` ends as a people's adjective does ("Gabonese", "Ruritanian"):
        `nationality_adjective_endings`."""
        return word.casefold().endswith(tuple(self.folded("nationality_adjective_endings")))

    def folded(self, key: str) -> frozenset[str]:
        """The case-folded words of a data list, as a set (computed once per key)."""
        hit = self._folded.get(key)
        if hit is None:
            hit = self._folded[key] = _fold_set(self.data.get(key) or [])
        return hit


_T = TypeVar("_T")
_TITLE_WORDS = "\x00title words"  # the key of Lexicon.title_words in its cache (no data list's)
_COMPANY_NOUNS = "\x00company nouns"  # the key of Lexicon.company_nouns in its cache


def _titles(vocab: Vocab, data: dict) -> dict[str, str]:
    """folded title -> notation; every title also without its "the" ("secretary of discipline ...")."""
    titles = {t.casefold(): "other" for t in data.get("other_titles") or []}
    titles.update({t.casefold(): "?party" for t in (data.get("party_titles") or {})})
    titles.update({t.casefold(): n for t, n in (data.get("extra_titles") or {}).items()})
    for variant, notation in vocab.en_role_variants():
        titles[variant.casefold()] = notation
    titles = _with_forms(titles, data)
    for title in party_plurals(data):  # "A and B, members of the company's party committee"
        titles.setdefault(title, "?party")  # a title only before a party body (titles.py)
    return titles


def _cased_titles(data: dict, pattern: re.Pattern) -> re.Pattern:
    """`pattern` (the titles) failing on a title of `upper_case_titles` printed in another case
    than its own ("MD" is a title; "Md" before a name is Mohammad)."""
    guards = "".join(
        rf"(?!(?=(?i:{re.escape(t)})(?![\w-]))(?!(?-i:{re.escape(t)})))"
        for t in data.get("upper_case_titles") or ()
    )
    return re.compile(guards + pattern.pattern, pattern.flags) if guards else pattern


def party_plurals(data: dict) -> set[str]:
    """The plurals of the party titles whose plural names no post of itself (`no_plural_titles`:
    "members"): read as titles only before a party body ("members of X's party committee")."""
    single = {t.casefold() for t in data.get("no_plural_titles") or []}
    return {
        plural_title(t.casefold()) for t in data.get("party_titles") or {} if t.casefold() in single
    }


def _party_titles(data: dict) -> dict[str, str]:
    """folded party title in each printed form (`_with_forms`) -> its notation at a party body."""
    titles = {t.casefold(): n for t, n in (data.get("party_titles") or {}).items()}
    return _with_forms(titles, data) | {plural_title(t): titles[t] for t in titles}


def _with_forms(titles: dict[str, str], data: dict) -> dict[str, str]:
    """The titles also without their "the", with a hyphen or a space after a prefix, and plural."""
    for title, notation in list(titles.items()):
        titles.setdefault(title.replace(" the ", " "), notation)
    prefixes = _fold_set(data.get("hyphen_prefixes") or [])
    for title, notation in list(titles.items()):  # "vice general manager" = "vice-general manager"
        first, sep, rest = title.partition(" ")
        if sep and first in prefixes:
            titles.setdefault(f"{first}-{rest}", notation)
        first, sep, rest = title.partition("-")
        if sep and first in prefixes and rest:
            titles.setdefault(f"{first} {rest}", notation)
    glued = _fold_set(data.get("glued_prefixes") or [])
    for title, notation in list(titles.items()):  # translated pages: "vicegovernor", "vicechair"
        first, sep, rest = title.partition(" ")
        if sep and first in glued and " " not in rest:
            titles.setdefault(f"{first}{rest}", notation)
    single = {t.casefold() for t in data.get("no_plural_titles") or []}
    for title, notation in list(titles.items()):
        if title not in single:
            titles.setdefault(plural_title(title), notation)  # "X and Y, vice presidents of Z"
    return titles


def plural_title(title: str) -> str:
    """The plural of a title: its head noun (the word before "of", else the last) made plural."""
    head, sep, rest = title.partition(" of ")
    words = head.split()
    if not words:
        return title
    last = words[-1]
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return " ".join([*words[:-1], last]) + (sep + rest if sep else "")


_CACHE: dict[int, tuple[Vocab, Lexicon]] = {}


def get_lexicon(vocab: Vocab) -> Lexicon:
    """The compiled lexicon for `vocab` (cached per vocabulary object)."""
    hit = _CACHE.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        hit = _CACHE[id(vocab)] = (vocab, _compile(vocab))
    return hit[1]


def _compile(vocab: Vocab) -> Lexicon:
    data = dict(load_lexicon("en"))
    data["title_links"] = {
        kind: _with_adverbs(links, data) for kind, links in data["title_links"].items()
    }
    titles = _titles(vocab, data)
    parts = {v.casefold(): part for part, verbs in data["participation"].items() for v in verbs}
    return Lexicon(
        data=data,
        surnames=_fold_set(data["surnames"]),
        syllables=_fold_set(data["pinyin_syllables"]),
        not_given=_fold_set(data["not_given_names"]),
        western=_fold_set(data["western_given_names"]),
        honorifics=_fold_set(data["honorifics"]),
        not_name_words=_fold_set(
            [
                *data["not_name_words"],
                *(w for w in data.get("diplomatic_ranks") or () if " " not in w),
            ]
        ),
        org_suffixes=_fold_set([*data["org_suffixes"], *data["proper_org_suffixes"]]),
        proper_org_suffixes=_fold_set(data["proper_org_suffixes"]),
        industry=_fold_set(data["org_industry_words"]),
        connectors=_fold_set(data["org_connectors"]),
        not_org_names=_fold_set(data["not_org_names"]),
        acronym_stop=frozenset(str(w).upper() for w in data["acronym_stop"]),
        post_nominals=frozenset(str(w) for w in data["post_nominals"]),
        places=_fold_set([*data["places"], *(data.get("world_places") or ())]),
        place_suffixes=_fold_set(data["place_suffixes"]),
        titles=titles,
        party_titles=_party_titles(data),
        title_re=_cased_titles(data, phrase_regex(titles)),
        participation=parts,
        participation_re=phrase_regex(parts),
        event_nouns={k.casefold(): v for k, v in data["event_nouns"].items()},
        event_nouns_re=phrase_regex(data["event_nouns"]),
        event_verbs={k.casefold(): v for k, v in data["event_verbs"].items()},
        event_verbs_re=phrase_regex(data["event_verbs"]),
        blocker_re=phrase_regex([*titles, *parts, *data["event_verbs"], *data["event_nouns"]]),
        generic_words=_fold_set(
            [
                *data["places"],
                *data["place_suffixes"],
                *data["org_suffixes"],
                *data["proper_org_suffixes"],
                *data["org_industry_words"],
                *data["not_name_words"],
            ]
        ),
        anchor_re=_word_regex(
            [
                *data["org_suffixes"],
                *data["proper_org_suffixes"],
                *data["org_industry_words"],
                *data["places"],
            ]
        ),
        lower_org_re=_lower_org_re(data),
        table_org_names=frozenset(
            fold_phrase(n) for n, _key in vocab.org_names() if re.search(r"[A-Za-z]", n)
        ),
    )


def _with_adverbs(links: list[str], data: dict) -> list[str]:
    """The title links, and each one that opens with an auxiliary also with an adverb after it
    ("has been appointed" -> "has recently been appointed", "was also appointed")."""
    auxiliaries = _fold_set(data.get("link_auxiliaries") or ())
    adverbs = data.get("link_adverbs") or ()
    out = list(links)
    for link in links:
        first, _, rest = str(link).partition(" ")
        if rest and first.casefold() in auxiliaries:
            out += [f"{first} {adverb} {rest}" for adverb in adverbs]
    return out


def _word_regex(words) -> re.Pattern:
    """Any of `words`, in any case, between non-letters (looser than a word: never misses one)."""
    body = _trie(sorted({str(w).lower() for w in words})) or "(?!)"
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])", re.IGNORECASE)


def _lower_org_re(data: dict) -> re.Pattern:
    """ "the <Capitalised words> <lower-case words> <organisation word>" ("the Guilin power supply bureau",
    "the group's Hainan branch"); the name starts at group 1 (after the lead word or the "'s")."""
    leads = [str(w) for w in data["lower_org_lead"]]
    lead = _trie(leads + [w.capitalize() for w in leads])  # two cases: faster than an (?i:) group
    stop = _trie(str(w) for w in data["lower_org_stop"])
    ends = _trie(str(w) for w in data["lower_org_words"])
    party = _trie(str(w) for w in data.get("party_name_tails") or [])
    # "Xi'an", "ZhongNan" (pinyin printed in two capitalised parts), never a possessive
    head = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’](?!s\b)[a-z]+)?"
    return re.compile(
        rf"(?:(?<![\w-])(?:{lead})|['’]s)\s+((?:{head}\s+){{1,3}}(?:(?!(?:{stop})\s)(?:[a-z]+|Party|CPC|CCP)\s+){{0,3}}?"
        rf"(?:{ends})(?:\s+of\s+(?:the\s+)?(?:{party})(?![\w-]))?)(?![\w-])"
    )


def fold_phrase(text: str) -> str:
    """Case-folded with runs of white space made single spaces."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def has_word(name: str, words) -> bool:
    """Whether a word of `name` (case-folded, a trailing "." or "," dropped) is one of `words`."""
    return any(w.casefold().rstrip(".,") in words for w in name.split())


# A time between a passive verb and its "by" ("will be succeeded in July by", "on Monday by").
WHEN_BY = r"(?:\s+(?:in|on|from|at|next|this)\s+[A-Za-z0-9]+(?:\s[A-Za-z0-9]+){0,2},?)?\s+by"


def by_phrases_pattern(phrases) -> str:
    """An alternation of `phrases`, longest first, whose final "by" may follow a time (WHEN_BY)."""
    return "|".join(
        r"\s+".join(map(re.escape, p.split())).replace(r"\s+by", WHEN_BY)
        for p in sorted(set(phrases), key=len, reverse=True)
    )


# "X replaced Y", "X has succeeded Y": the verb between a successor and the predecessor.
REPLACE_VERB = (
    r"\s+(?:(?:has\s+been|have\s+been|was|were|will\s+be|is)\s+"
    r"(?:appointed|named|elected|chosen|selected|nominated)\s+to\s+"  # "X has been named to succeed Y"
    r"|has\s+|had\s+|will\s+|would\s+|is\s+to\s+|is\s+set\s+to\s+|is\s+expected\s+to\s+|is\s+)?"
    r"(?:replaced|replaces|replace|succeeded|succeeds|succeed"
    r"|(?:takes|took|take|taken|taking)\s+over\s+from)\s+"
)


def business_region(lex: Lexicon, name: str) -> bool:
    """Whether `name` is a region of a business (`business_regions`: "Asia-Pacific", "the APJ
    region"), no organisation."""
    folded = re.sub(r"^the\s+|\s+region$", "", name.casefold())
    return folded in lex.folded("business_regions")
