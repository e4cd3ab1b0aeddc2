"""The organisation an English article is about (`found.main_org`).

It is what "the company" means in a title. In order: the named organisation
that holds the first event ("X Mining held ..."), unless the text says "the
company held" there; else the first organisation named in the headline; else
the organisation named most often, the ruling party only when no other is named (it is named
on every page of a party member's meeting at a hospital, a school or a company).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from kg.extract.dates import find_dates
from kg.extract.en.lexicon import Lexicon, get_lexicon, phrase_regex
from kg.extract.en.orgs import org_occurrences
from kg.extract.en.sources import agency_credits, page_credits
from kg.extract.en.text import next_word_start, sentence_at, split_sentences
from kg.extract.en.titles import MAIN
from kg.model import Article, Extraction
from kg.orgnames import is_title_office
from kg.vocab import Vocab


def choose_main_org(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Set found.main_org (left alone when set already or when no organisation is named)."""
    if found.main_org or not found.orgs:
        return
    lex = get_lexicon(vocab)
    agencies = (
        lex.folded("news_agencies")
        | {c.name.casefold() for c in agency_credits(article, lex)}
        | page_credits(article, lex)
    )  # who wrote the story is not what it is about
    hits = [
        h
        for h in org_occurrences(article.body, found)
        if h.name.casefold() not in agencies and not is_title_office(h.name)
    ]  # nor is a head's office ("the Prime Minister's Office"): its holder's, not the page's body
    kept = _without_title_acronyms(article.body, hits, found)
    start = article.body.find(article.headline) if article.headline else -1
    if start >= 0 and any(
        start <= h.start < start + len(article.headline) for h in hits if h not in kept
    ):
        return  # "VM Roe visits X": the page of a person its headline titles short, of no body
    hits = kept
    once = _named_once_short(hits, found, vocab)
    if once and (not article.headline or len(article.headline.split()) > _TITLE_WORDS):
        hits = [h for h in hits if h.name not in once]  # the lead's words, no title naming it
    parties = lex.folded("party_name_tails")
    visitors = _visitors_of_ours(article, hits, lex)
    if visitors:  # "X Delegation Visits Our University": X is the guest, not the page's own
        hits = [h for h in hits if h.name not in visitors]
    hits = _without_related_in_headline(article, hits, lex)
    kept = _without_met_in_headline(article, hits, lex)
    met = len(kept) < len(hits)
    hits = kept
    found.main_org = (
        _host_org(article.body, hits, lex)
        or _visited_company(article, hits, lex)
        or (None if visitors else _headline_org(article, hits, lex))
        or (
            None
            if _unread_headline_subject(article, lex, found)
            else _most_named_proper(
                article.body,
                [h for h in hits if _company_named(h.name, lex) and h.name not in once]
                if met
                else [h for h in hits if h.name not in once],
                parties,
                lex,
            )  # the page of one who met X's people: a company of its text, or none
        )
    )


def _without_title_acronyms(body: str, hits, found: Extraction) -> list:
    """`hits` without a bare capitals name printed only before a person's name ("VM Roe said",
    "DPM Roe"): a title written short, not a body; one spelled out anywhere stays."""
    spelled = {o.name for o in found.orgs if o.aliases}
    names = {w for p in found.persons for w in p.name.split()}
    titled = {
        h.name
        for h in hits
        if _BARE_CAPS.fullmatch(h.name)
        and h.name not in spelled
        and all(
            (m := _NEXT_WORD.match(body, x.end)) is not None and m.group(1) in names
            for x in hits
            if x.name == h.name
        )
    }
    return [h for h in hits if h.name not in titled]


_BARE_CAPS = re.compile(r"[A-Z]{2,5}")
_ANY_CAPS = re.compile(r"[A-Z][A-Z&]{1,6}")
_TITLE_WORDS = 20  # a "headline" longer than this is the story's first sentence, not a title


def _named_once_short(hits, found: Extraction, vocab: Vocab) -> set[str]:
    """Bare capitals the text names once, never spells out, and the organisation table does not
    know ("a group FD", "a JORC resource", "EBITDA"): too little to be what the page is about.
    Each is still an organisation of the page; only the page's own is not taken from them."""
    counts = Counter(h.name for h in hits)
    aliases = {a for o in found.orgs for a in o.aliases}
    spelled = {o.name for o in found.orgs if o.aliases} | aliases
    return {
        name
        for name, n in counts.items()
        if n == 1
        and _ANY_CAPS.fullmatch(name)
        and name not in spelled
        and vocab.org_key(name) is None
        and not any(o.name.startswith(name + " ") for o in found.orgs)  # "X Party Committee"
    }


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]+)\b(?!['’]s)")


def _without_related_in_headline(article: Article, hits, lex: Lexicon) -> list:
    """`hits` but the headline's mention of an organisation named as another's relation ("X
    parent names new chairman": the page is about X's parent, not X), counted nowhere."""
    start = article.body.find(article.headline) if article.headline else -1
    if start < 0:
        return hits
    end = start + len(article.headline)
    relations = phrase_regex(lex.words("related_party_nouns"))
    return [
        h
        for h in hits
        if not (
            start <= h.start < end
            and relations.match(article.body, next_word_start(article.body, h.end))
        )
    ]


def _without_met_in_headline(article: Article, hits, lex: Lexicon) -> list:
    """`hits` without the organisations a headline names after a verb of meeting someone
    ("Mayor A meets B, Secretary of X Committee": X's people are the ones met, and the page is
    the other side's); counted nowhere, in the headline or the text. A company stays: the page
    of a meeting with its people calls it "the group" ("Governor meets X Group chairman")."""
    headline = article.headline or ""
    start = article.body.find(headline) if headline else -1
    head = headline.rpartition(" | ")[0] or headline  # not the site's name after a bar
    verb = phrase_regex(lex.words("headline_meeting_verbs")).search(head)
    if start < 0 or verb is None or verb.start() == 0:
        return hits
    before = {h.name for h in hits if start <= h.start < start + verb.start()}
    met = tuple(
        h.name
        for h in hits
        if start + verb.end() <= h.start < start + len(head)
        and h.name not in before  # not one named before the verb too ("at the invitation of X")
        and not _company_named(h.name, lex)  # "met X Group's chairman": "the group" is X
    )
    return [
        h for h in hits if not any(h.name == m or h.name.startswith(m + " ") for m in met)
    ]  # "X Committee of Hubei Province" in the text for the headline's "X Committee"


def _most_named_proper(body: str, hits, parties: frozenset[str], lex: Lexicon) -> str | None:
    """The organisation named most often, unless it is a unit of no proper name ("Emergency
    Department"): then the one most named of the kind the page calls itself ("our hospital":
    "X hospital"), else none (a page about a unit of an organisation it does not name)."""
    name = _most_named_org(hits, parties)
    if name is None or not _generic_unit(name, lex):
        return name
    kinds = {k.casefold() for k in _our_kind_re(lex).findall(body)}
    own = [h for h in hits if any(k in h.name.casefold().split() for k in kinds)]
    return _most_named_org([h for h in own if not _generic_unit(h.name, lex)], parties)


def _our_kind_re(lex: Lexicon) -> re.Pattern:
    """ "our <kind>" of `main_org_refs` ("our hospital", "our company"): the kind in group 1."""
    return lex.made(_make_our_kind_re)


def _make_our_kind_re(lex: Lexicon) -> re.Pattern:
    kinds = sorted(
        {r.split()[1] for r in lex.words("main_org_refs") if r.startswith("our ") and " " in r},
        key=len,
        reverse=True,
    )
    return re.compile(rf"\bour\s+({'|'.join(map(re.escape, kinds))})\b", re.IGNORECASE)


def _most_named_org(hits, parties: frozenset[str]) -> str | None:
    return _most_named([h for h in hits if h.name.casefold() not in parties]) or _most_named(hits)


def _unread_headline_subject(article: Article, lex: Lexicon, found: Extraction) -> bool:
    """Whether the headline opens with a capitalised name that was not read, as the subject of a
    company's news verb ("Xyz Q gets new chairman"): the page is about that unread name, and the
    organisation named most often in the text is not to be taken for it."""
    m = _HEADLINE_SUBJECT.match(article.headline or "")
    if m is None or all(w.casefold() in lex.org_suffixes for w in m.group().split()):
        return False  # "Council appoints new chief": a kind of body, the text names which
    subject = " ".join(m.group().split())
    if " " not in subject:
        return False  # "Insurer appoints new chief": one word, a kind as often as a name
    names = [n for o in found.orgs for n in (o.name, *o.aliases)]
    if any(n == subject or n.startswith(subject + " ") for n in names):
        return False  # "Harbour Lands names ..." beside "Harbour Lands PLC": read
    verbs = phrase_regex(lex.words("headline_news_verbs"))
    return verbs.match(article.headline, m.end()) is not None


def _host_org(body: str, hits, lex: Lexicon) -> str | None:
    for m in phrase_regex(lex.words("host_verbs"), flags=0, glued=True).finditer(body):
        if not _dated(body, m.start()):
            continue
        subject = subject_org(body, m.start(), hits, lex)
        if subject is not None:
            return None if subject == MAIN else subject
    return None


def subject_org(body: str, verb_start: int, hits, lex: Lexicon) -> str | None:
    """The organisation written just before a verb ("X Group held"): its mention name,
    MAIN for "the company held", None for anything else."""
    adverbs = {a.casefold() for a in lex.words("host_adverbs")}
    before = body[max(0, verb_start - 80) : verb_start].rstrip()
    while before and before.split()[-1].casefold() in adverbs:
        before = before[: before.rfind(before.split()[-1])].rstrip()
    cut = max(0, verb_start - 80) + len(before)
    i = bisect_left(hits, cut, key=lambda hit: hit.end)  # hits are in text order, not overlapping
    if i < len(hits) and hits[i].end == cut:
        return hits[i].name
    refs = "|".join(re.escape(r) for r in lex.words("main_org_refs"))
    return MAIN if re.search(rf"(?:{refs})$", before, re.IGNORECASE) else None


def _dated(body: str, pos: int) -> bool:
    """Whether the sentence around `pos` gives a day (an event, not a headline or a plan)."""
    sentence = sentence_at(split_sentences(body), pos)
    return sentence is not None and bool(find_dates(body[sentence.start : sentence.end]))


def _headline_org(article: Article, hits, lex: Lexicon) -> str | None:
    """The organisation a delegation's visit goes to ("Delegation of X Visits Y": Y, whose page
    it is), else the first one the headline names ("X Visits Y": X's news)."""
    start = article.body.find(article.headline) if article.headline else -1
    if start < 0:
        return None
    end = start + len(article.headline)
    named = [(s, name) for s, _e, name in hits if start <= s < end and not _generic_unit(name, lex)]
    site = _site_org(article.headline, named, lex)
    if site is not None:
        return site
    delegation = (
        _DELEGATION.search(article.headline) is not None
        and (
            _HOSTED.search(article.body) is not None
            or _our_kind_re(lex).search(article.body) is not None
        )  # the host's page only where the text receives the visitors as the host's ("our X")
    ) or (
        _MET_THE_DELEGATION.search(article.body) is not None  # "X's president met the delegation"
        or _VISITORS_RECEIVED.search(article.body) is not None  # "They were met by A and B"
    )
    visited = next(
        (name for s, name in named if _VISITS_BEFORE.search(article.body, max(start, s - 16), s)),
        None,
    )
    visited = visited if delegation else None
    return visited or next((name for _, name in named), None)


def _visitors_of_ours(article: Article, hits, lex: Lexicon) -> set[str]:
    """The organisations a headline names before a visit to the page's own unnamed one ("The
    Delegation of X Visits Our University"): the guests, whose titles are not the page's."""
    headline = article.headline or ""
    visit = _VISITS_OURS.search(headline)
    start = article.body.find(headline) if headline else -1
    if visit is None or start < 0 or _our_kind_re(lex).match(headline, visit.end()) is None:
        return set()
    return {name for s, _e, name in hits if start <= s < start + visit.start()}


_VISITS_OURS = re.compile(r"(?<![\w-])(?:[Vv]isits?|[Vv]isited)\s+(?=[Oo]ur\s)")


def _site_org(headline: str, named: list[tuple[int, str]], lex: Lexicon) -> str | None:
    """The organisation a page's title ends with after a bar ("X Met Y | Negros Provincial
    Government"): the site's owner, whose page it is; not a news outlet's (`media_words`)."""
    _head, bar, site = headline.rpartition(" | ")
    site = site.strip()
    if not bar or not site or site.split()[-1].casefold() in lex.folded("media_words"):
        return None
    return next((name for _s, name in named if name == site), None)


_DELEGATION = re.compile(r"\b[Dd]elegations?\b")
_HOSTED = re.compile(r"\b(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|hosted)\s+by\b")
# the host's people receiving the visitors, named as a delegation: "A, President of Y, met the
# delegation", "B welcomed the delegation" (the visited Y is the page's)
_MET_THE_DELEGATION = re.compile(
    r"\b(?:met|received|welcomed|greeted)\s+(?:with\s+)?the\s+(?:visiting\s+)?delegation\b"
)
# the visitors received as the subject of a sentence: the text tells it from the host's side
_VISITORS_RECEIVED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:They|The\s+(?:visitors|guests|delegation))\s+(?:was|were)\s+"
    r"(?:warmly\s+)?(?:met|received|welcomed|greeted|hosted)\s+by\b",
    re.MULTILINE,
)
_VISITS_BEFORE = re.compile(r"(?<![\w-])(?:[Vv]isits?|[Vv]isited)\s+(?:the\s+)?$")


def _visited_company(article: Article, hits, lex: Lexicon) -> str | None:
    """The page's own company when its headline calls it so ("Leaders of X Municipal Government
    visited our company"): the first organisation of the text with a company's name (a legal
    form or `company_words` last), when the headline's own organisation has none."""
    refs = phrase_regex(lex.words("main_org_refs"))
    if not article.headline or refs.search(article.headline) is None:
        return None
    named = _headline_org(article, hits, lex)
    if named is None or _company_named(named, lex):
        return None
    return next((h.name for h in hits if _company_named(h.name, lex)), None)


def _company_named(name: str, lex: Lexicon) -> bool:
    words = name.replace(",", " ").split()
    last = words[-1].rstrip(".").casefold() if words else ""
    return last in lex.folded("legal_suffixes") or last in lex.folded("company_words")


def _generic_unit(name: str, lex: Lexicon) -> bool:
    """Whether a name is only a function's words and a unit's word ("Emergency Department",
    "International Office"): a unit of some organisation the text may not name."""
    words = [w.casefold() for w in name.split()]
    fields = lex.folded("field_words") | lex.folded("field_openers")
    return (
        len(words) >= 2
        and words[-1] in lex.folded("generic_unit_words")
        and all(w in fields or w in ("and", "&") for w in words[:-1])
        and words[0] not in ("and", "&")
    )


def _most_named(hits) -> str | None:
    counts = Counter(name for _s, _e, name in hits)  # in the order first named: a tie goes to
    return max(counts, key=lambda n: counts[n]) if counts else None  # the first named


# a capitalised name of up to four words opening a headline, then a space
_HEADLINE_SUBJECT = re.compile(r"\s*(?:[A-Z][\w&'’.-]*\s+){1,4}")
