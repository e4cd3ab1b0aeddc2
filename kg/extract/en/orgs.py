"""Organisations named in English text.

Candidates, longest first where they overlap:
- names of the organisation alias table (one-word names case-sensitive,
  longer names in any case, so "state grid" is found as printed);
- capitalised runs ending in an organisation word ("... Company", "... Mine")
  or in an industry word after a brand ("Jinling Copper");
- a place followed by a pinyin brand ("Hunan Xinghua");
- upper-case acronyms not in the stop list ("OPEC");
- capitalised words then lower-case words ending in an organisation word,
  after "the"/"of" ("the Dalian branch", "the Guilin power supply bureau");
- abbreviations the text defines: "Full Name ('FN')" adds alias "FN".
One OrgMention per distinct name, with the sentence of its first use.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.en.board_organs import board_organ_re
from kg.extract.en.lexicon import (
    Lexicon,
    business_region,
    fold_phrase,
    get_lexicon,
    has_word,
    phrase_regex,
)
from kg.extract.en.persons import find_person_spans
from kg.extract.en.pinyin import syllable_count
from kg.extract.en.sources import dateline_credit_spans
from kg.extract.en.text import (
    LETTERS,
    LOCATED_DESCRIPTION,
    LOCATED_ONLY,
    Mention,
    Span,
    SpanSet,
    Token,
    evidence,
    occurrences,
    overlaps,
    post_nominals_end,
    sentence_at,
    split_sentences,
)
from kg.model import Article, Extraction, OrgMention
from kg.vocab import Vocab, fold

Candidate = tuple[int, int]
_ABBR = re.compile(
    r"(?<=[\w.\s])[(（]\s*(?:hereinafter(?:\s+referred\s+to)?(?:\s+as)?\s*[:：]?\s*)?[\"“‘'’]?\s*"
    r"([A-Z][A-Za-z0-9&+\-]{1,15}(?:\s[A-Z][A-Za-z0-9&\-]+){0,2})\s*[\"”’']?\s*[)）]"
)
_QUOTED = re.compile(r"“[^”\n]{1,300}”|\"[^\"\n]{1,300}\"")
_GAP = re.compile(r" |\s*[&+]\s*")
_LEGAL_AFTER_BRACKET = re.compile(r"\)\s+(?:Ltd|Limited|Ltd\.)")
_CO_GAP = re.compile(r"\.?,?\s*")
MAX_TITLED_RUN = 5


def extract_orgs(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add OrgMentions (with defined abbreviations and shorter legal forms as aliases)."""
    lex = get_lexicon(vocab)
    body = article.body
    sentences = split_sentences(body)
    spans = find_org_spans(body, vocab, lex, sentences, find_person_spans(body, lex))
    inside = _acronym_inside(body, lex)
    if inside:
        wide = [(s, e) for s, e, _ in inside]
        spans = sorted(
            {*wide, *((s, e) for s, e in spans if not any(s < we and ws < e for ws, we in wide))}
        )
    aliases = (
        _abbreviations(body, spans, lex)
        + _legal_forms(body, spans, vocab, lex)
        + _place_less(body, spans, lex)
        + [(alias, body[s:e]) for s, e, short in inside for alias in short]
    )
    aliases += _initialisms(body, spans, vocab, lex, {a for a, _ in aliases})
    dropped = {alias for alias, _owner in aliases}
    known = {o.name for o in found.orgs}
    events = set(lex.words("event_name_endings"))
    for start, end in spans:
        name = body[start:end]
        sentence = sentence_at(sentences, start)
        if (
            name in known
            or name in dropped
            or sentence is None
            or name.split()[-1] in events  # "Annual Investment Meeting"
            or fold_phrase(name) in lex.titles  # "MEC for Finance": a title, not a body
            or business_region(lex, name)  # "Asia-Pacific": a region
        ):
            continue
        known.add(name)
        alias = tuple(sorted({a for a, owner in aliases if owner == name}))
        found.orgs.append(OrgMention(name, evidence(article, sentence), alias))


def _acronym_inside(body: str, lex: Lexicon) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, short names) of names printed with their acronym before their last word:
    "Ghana Export-Import (GEXIM) Bank" is one organisation, also "GEXIM Bank" and "GEXIM"."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for m in _ACRONYM_INSIDE.finditer(body):
        words, acronym, last = m.group(1), m.group(2), m.group(3)
        if (
            last.casefold() in lex.org_suffixes
            and last not in lex.words("legal_forms_after_brackets")  # "X (QEG) Plc": X's form
            and acronym[0] == words[0]
            and words.split()[0] not in lex.words("chain_lead_stop")
        ):
            found.append((m.start(1), m.end(3), (f"{acronym} {last}", acronym)))
    return found + _organ_of_acronym(body, lex)


_ACRONYM_INSIDE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+\(([A-Z][A-Z&]{1,7})\)\s+([A-Z][a-z]+)\b"
)


def _organ_of_acronym(body: str, lex: Lexicon) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, short names) of an organ printed after its parent and the parent's acronym:
    "Communist Party of China (CPC) Central Committee" is the organ, also "CPC Central Committee";
    the acronym alone stays the parent's. Not after another body's "of" ("Political Bureau of
    the ... (CPC) Central Committee": that longer name is read whole elsewhere), nor before an
    "of" of its own."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for m in _ORGAN_AFTER_ACRONYM.finditer(body):
        acronym, tail = m.group(2), m.group(3)
        words = m.group(1).split()
        if (
            tail.split()[-1].casefold() not in lex.org_suffixes
            or _ends_in_party_body(tail, lex)  # "X Group (XG) Party Committee": X's party body
            or any(w.casefold() in lex.folded("legal_suffixes") for w in tail.split())
        ):  # "X Group (XG) Plc": the company's legal form, no organ
            continue
        start = _initials_start(words, acronym, lex)
        if start is None:
            continue
        begin = m.start(1) + len(" ".join(words[:start])) + (1 if start else 0)
        if _BODY_OF_BEFORE.search(body, max(0, begin - 60), begin):
            continue
        found.append((begin, m.end(3), (f"{acronym} {tail}",)))
    return found


def _ends_in_party_body(name: str, lex: Lexicon) -> bool:
    folded = name.casefold()
    return any(
        folded == b.casefold() or folded.endswith(" " + b.casefold()) for b in lex.party_bodies()
    )


_ORGAN_AFTER_ACRONYM = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for)\s+)*){0,6}[A-Z][\w'’-]*)"
    r"\s+\(([A-Z][A-Z&]{1,7})\)\s+((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\b(?!\s+of\b)"
)
_BODY_OF_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+of\s+(?:the\s+)?$")


def _initials_start(words: list[str], acronym: str, lex: Lexicon) -> int | None:
    """The index of the word from which the capitalised words up to the end spell `acronym`
    ("Communist Party of China": CPC; "Chinese People's Political Consultative Conference": CPPCC),
    None when no such words end the list."""
    for start in range(len(words) - 1, -1, -1):
        if words[start].casefold() in lex.connectors:
            continue
        initials = "".join(w[0] for w in words[start:] if w.casefold() not in lex.connectors)
        if initials == acronym:
            return start
        if len(initials) >= len(acronym):
            return None
    return None


def _initialisms(
    body: str, spans: list[Candidate], vocab: Vocab, lex: Lexicon, defined
) -> list[tuple[str, str]]:
    """(acronym, name) when an acronym of the text spells the initials of exactly one longer name
    ("RNMG" of "Ruifeng Non-ferrous Metals Group Co., Ltd."); a known acronym only for its own organisation."""
    names = sorted({body[s:e] for s, e in spans})
    found = []
    for acronym in names:
        if not re.fullmatch(r"[A-Z]{2,7}", acronym) or acronym in defined:
            continue
        owners = [
            n for n in names if " " in n and n not in defined and acronym in _initials(n, lex)
        ]
        if len(owners) == 1 and vocab.org_key(acronym) in (None, vocab.org_key(owners[0])):
            found.append((acronym, owners[0]))
    return found


def _initials(name: str, lex: Lexicon) -> set[str]:
    """Initials of a name, with and without the words of its legal-form tail ("Co., Ltd.")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.casefold() not in lex.connectors]
    legal = {w.casefold() for w in lex.words("legal_suffixes")}
    cuts = [words]
    while len(cuts[-1]) > 2 and cuts[-1][-1].casefold() in legal:
        cuts.append(cuts[-1][:-1])  # "Co., Ltd." -> "Co." -> nothing
    return {"".join(w[0].upper() for w in ws) for ws in cuts}


def _legal_forms(
    body: str, spans: list[Candidate], vocab: Vocab, lex: Lexicon
) -> list[tuple[str, str]]:
    """(short, long) for "X Copper" named beside "X Copper Co., Ltd.": the short name is an alias.
    Not beside "X Group PLC" or "X Holdings Ltd": a group's bare name is as often its operating
    subsidiary's, and an alias joins organisations across articles."""
    names = {body[s:e] for s, e in spans}
    legal = {w.casefold() for w in lex.words("legal_suffixes")}
    longer_of: dict[str, str] = {}
    for short in names:
        for long in names:
            tail = long[len(short) :]
            words = re.findall(r"[A-Za-z]+", tail)
            if (
                long.startswith(short + " ")
                and words
                and all(w.casefold() in legal for w in words)
                and vocab.org_key(short) in (None, vocab.org_key(long))
            ):
                longer_of[short] = max(longer_of.get(short, long), long, key=len)
    return sorted(longer_of.items())


_OF_BEFORE = re.compile(r"\bof(?:\s+the)?\s*$", re.IGNORECASE)


def _place_less(body: str, spans: list[Candidate], lex: Lexicon) -> list[tuple[str, str]]:
    """(short, long) for "Provincial Party Committee" named beside "Hebei Provincial Party Committee":
    a name that starts with a level word ("Provincial", "Municipal") and ends one longer name (or names
    that end with that one) where a place, not "of", stands before it ("Study Group of the
    Municipal Party Committee" is a body of the committee, not the committee)."""
    names = {body[s:e] for s, e in spans}
    levels = lex.data.get("government_levels") or {}
    found = []
    for short in sorted(n for n in names if n.split()[0] in levels):
        longer = sorted(
            (
                n
                for n in names
                if n.endswith(" " + short) and not _OF_BEFORE.search(n[: -len(short)])
            ),
            key=len,
        )
        if longer and all(
            n.endswith(longer[0]) for n in longer
        ):  # "Department of the X Provincial ..."
            found.append((short, longer[0]))
    return found


def find_org_spans(
    body: str,
    vocab: Vocab,
    lex: Lexicon,
    sentences: tuple[Span, ...],
    people: list[tuple[int, int]],
) -> list[Candidate]:
    """Non-overlapping (start, end) of organisation names, in text order."""
    named = SpanSet(people)  # overlap questions in log time (an article may name thousands)
    honoured = SpanSet([(s, post_nominals_end(body, e, lex.post_nominals)) for s, e in people])
    tickers = SpanSet(
        [(t.start(), t.end()) for t in _TICKERS.finditer(body)] + dateline_credit_spans(body)
    )  # share codes, and the agencies a dateline credits ("(THE STAR/ASIA NEWS NETWORK)")
    table = _table_spans(body, vocab, lex, tickers)
    found = (
        table
        + _acronym_spans(body, lex, honoured, tickers)  # "Sir A B KNZM": no organisation KNZM
        + _lower_case_spans(body, lex)
        + _brand_spans(body, lex, people)
        + _named_brand_spans(body, lex, people)
        + _country_brand_spans(body, lex, named)
        + _national_missions(body, lex)
        + [m.span() for m in lex.made(_title_office_re).finditer(body)]
    )
    titled = [s for s in sentences if title_case(body, s)]
    people, in_titled = sorted(people), set(titled)
    for sentence in sentences:
        found += _chain_spans(body, sentence, lex, people, sentence in in_titled)
    names = {body[s:e] for s, e in found}
    everywhere = occurrences(body, names) if titled else []  # once, not once per headline line
    starts = [s for s, _, _ in everywhere]
    for sentence in titled:
        inside = everywhere[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        found += [(s, e) for s, e, _ in inside if e <= sentence.end]
    found += _party_committees(body, found, lex)
    found += _committees_before_posts(body, lex)
    found += _field_lists(body, found, lex)
    found += _spelled_out(body, found, lex)
    organ = board_organ_re(lex)  # "Supervisory Board", "Governing Board of X": no organisation
    surnames = {body[s:e].split()[-1] for s, e in people if " " in body[s:e].strip()}
    kept = []
    tabled = set(table)
    found = [part for span in found for part in _two_bodies(body, span, lex, tabled)]
    found = [part for span in found for part in _unit_of_owner(body, span, lex)]
    for start, end in found:
        if (opening := _OPENING_CONNECTOR.match(body, start, end)) is not None:
            start = opening.end()  # "OF KESTREL BERHAD" in an all-capitals heading: no name's word
        if overlaps(named, start, end) or _party_in_title(body, start, end, lex):
            continue
        if _function_of_title(body, start, end, lex):
            continue
        lead = _SURNAME_AND.match(body, start, end)
        if lead and lead.group(1) in surnames:
            start = lead.end()  # "Mayor Roe and Kowhai District Council's": Roe is a person
        if LOCATED_ONLY.fullmatch(body, start, end):
            continue  # "Perth-based mining": a description, no name
        based = LOCATED_DESCRIPTION.match(body, start, end)
        if based:  # "London-listed miner | Kestrel Resources": the place's description
            start = based.end()
        trade = _HYPHENED_TRADE.match(body, start, end)
        if trade and trade.group(1).casefold() in lex.folded("trade_nouns"):
            start = trade.end()  # "Ice-cream-maker | Kestrel Foods": a trade, then the name
        body_of = organ.fullmatch(body, start, end)
        if body_of is None or body_of.group("before"):  # "X Supervisory Board": see board_organs
            kept.append((start, end))
        elif body_of.group("after"):  # "Governing Board of | X": X is the organisation
            kept.append((body_of.start("after"), end))
    kept += _general_missions(body, kept, lex)
    return _longest_first(
        kept
        + _with_place_after(body, kept, lex)
        + _located_in(body, kept, lex)
        + _whole_countries(body, kept, lex)
        + _state_long_forms(body, kept, lex)
    )


def _title_office_re(lex: Lexicon) -> re.Pattern[str]:
    """ "the Prime Minister's Office", "the Office of the President": the office of a head of a
    government (`office_holder_titles`), an organisation whose name holds a title (a title's
    words are no name's elsewhere)."""
    titles = longest_first(lex.words("office_holder_titles"))
    return re.compile(
        rf"(?<![\w'’-])(?:Office of the (?:{titles})|(?:{titles})['’]s Office)(?![\w'’-])"
    )


def _state_long_forms(body: str, spans: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A state's long form ("Kingdom of the Netherlands", "Republic of the Philippines"), whole:
    never "Kingdom" or "Republic" alone, as a title's "of the ..." would otherwise read it."""
    return [
        m.span()
        for m in lex.made(_state_long_form_re).finditer(body)
        if not _CAPITAL_WORD_BEFORE.search(body, max(0, m.start() - 40), m.start())
    ]


_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")  # "Federated | States of X": not whole


def _state_long_form_re(lex: Lexicon) -> re.Pattern[str]:
    forms = longest_first(lex.words("state_forms"))
    countries = longest_first(
        {re.sub(r"^the ", "", c, flags=re.IGNORECASE) for c in lex.words("countries")}
    )
    # with the capitalised words before it ("People's Republic of X", "Islamic Republic of Y")
    lead = r"(?:[A-Z][\w-]*(?:['’]s)?\s+){0,2}"
    return re.compile(rf"(?<![\w'’-]){lead}(?:{forms}) of (?:the )?(?:{countries})(?![\w-])")


def _whole_countries(body: str, spans: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A country whose name has a lower-case word inside ("Trinidad and Tobago", "Bosnia and
    Herzegovina") where a name was read in part of it, or before a title: the whole country."""
    out = []
    for m in lex.made(_joined_country_re).finditer(body):
        title_at = _POSSESSIVE_SPACE.match(body, m.end())
        if any(s < m.end() and m.start() < e for s, e in spans) or (
            title_at and lex.title_re.match(body, title_at.end())
        ):
            out.append(m.span())  # also "Trinidad and Tobago's Energy Minister X"
    return out


_POSSESSIVE_SPACE = re.compile(r"(?:['’]s)?\s+")


def _joined_country_re(lex: Lexicon) -> re.Pattern[str]:
    joined = [c for c in lex.words("countries") if any(w.islower() for w in c.split()[1:-1])]
    alt = longest_first(joined)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def _located_in(body: str, spans: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "Consulate-General of X | in Osaka", "Embassy of X | in Tokyo": a mission's name goes on with
    the place it sits in (`located_heads`; a listed place or country)."""
    heads = lex.folded("located_heads")
    places = lex.places | lex.folded("countries")
    out = []
    for start, end in spans:
        m = lex.made(_in_place_re).match(body, end)
        if m is None or not any(w.casefold() in heads for w in body[start:end].split()):
            continue
        if m.group(1).casefold() in places:
            out.append((start, m.end()))
        elif (first := m.group(1).split()[0]).casefold() in places:
            out.append((start, m.start(1) + len(first)))  # "Embassy in Tokyo | Holds Reception"
    return out


def _national_missions(body: str, lex: Lexicon) -> list[Candidate]:
    """ "China's Embassy", "the French embassy": a mission (`national_mission_heads`, in either
    case) named by its country's possessive or its people's adjective, the sending country's
    own body (the place it sits in is read after it by `_located_in`)."""
    countries = lex.folded("countries")
    out = []
    for m in lex.made(_national_mission_re).finditer(body):
        for start in (m.start(1), m.start(2)):  # "South African Embassy", "The | Indian Embassy"
            owner = body[start : m.end(2)]
            if start >= 0 and (
                owner.casefold() in countries
                if m.group(3)
                else lex.peoples_adjective(owner) or (" " not in owner and lex.people_ending(owner))
            ):
                out.append((start, m.end()))
                break
    return out


def _national_mission_re(lex: Lexicon) -> re.Pattern[str]:
    heads = longest_first(lex.words("national_mission_heads"))
    return re.compile(
        rf"(?<![\w'’-])(?:([A-Z][a-z]+) )?([A-Z][a-z]+)(['’]s)? (?i:{heads})(?![\w'’-])"
    )


def _general_missions(body: str, spans: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "the Chinese Consulate | General in Osaka": a mission (`located_heads`) printed with
    "General" after it is a consulate-general, one name with it."""
    heads = lex.folded("located_heads")
    out = []
    for start, end in spans:
        words = body[start:end].split()
        if words and words[-1].casefold() in heads and (m := _GENERAL_AFTER.match(body, end)):
            out.append((start, m.end()))
    return out


_GENERAL_AFTER = re.compile(r" General(?![\w-])")


def _in_place_re(lex: Lexicon) -> re.Pattern[str]:
    """ " in Osaka", " in the Republic of South Africa": the place in group 1."""
    forms = "|".join(re.escape(f) for f in lex.words("state_forms"))
    return re.compile(
        rf" in (?:the )?(?:(?:{forms}) of (?:the )?)?([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{{2,3}})\b"
    )


def _with_place_after(body: str, spans: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "Kestrel Steel Utah", "Kestrel Mining Ghana": a company named for its trade (the name ends
    in an industry word) and a place after it is that place's company, its own organisation."""
    places = lex.places | lex.folded("countries")
    out = []
    for start, end in spans:
        words = body[start:end].split()
        if words and words[-1].casefold() in lex.industry:
            after = _place_after(body, end, places)
            if after and not _NEXT_CAPITALISED.match(body, after):
                out.append((start, after))
    return out


def _place_after(body: str, end: int, places: frozenset[str]) -> int | None:
    """Where a place of `places` printed right after a name ending at `end` ends (with a
    "Branch" or "Company" after it), else None."""
    m = _PLACE_AFTER.match(body, end)
    return m.end() if m and m.group(1).casefold() in places else None


# a connector that opens no name ("MINUTES OF THE MEETING | OF KESTREL BERHAD")
_OPENING_CONNECTOR = re.compile(r"(?i:of|and|at|for|in|on|by|with|from|to)\s+(?=[A-Z])")
# a hyphened description of a trade opening a name ("Ice-cream-maker X", "Steel-maker X")
_HYPHENED_TRADE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*-([a-z]+)\s+(?=[A-Z])")


def _function_of_title(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a name of field words only follows "<title> of" ("Vice President of Human
    Resources"): the title's function, not an organisation."""
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", body[start:end])]
    fields = lex.folded("field_words")
    if not any(w in fields for w in words) or not all(
        w in fields or w in lex.connectors for w in words
    ):
        return False
    if body[max(0, start - 4) : start] != " of ":
        return False
    before = body[max(0, start - 50) : start - 4]
    return any(t.end() == len(before) for t in lex.title_re.finditer(before))


_SURNAME_AND = re.compile(r"([A-Z][\w'’-]+)\s+(?:and|&)\s+(?=[A-Z])")


def _spelled_out(body: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "Oat + Barley Growers (O+BG)": the capitalised words before an organisation's bracketed
    acronym whose initials spell it are that organisation's name, whatever its last word."""
    spelled = []
    for start, end in found:
        acronym = body[start:end]
        if not re.fullmatch(r"[A-Z][A-Z&+]{1,7}", acronym) or body[start - 1 : start] != "(":
            continue
        if body[end : end + 1] != ")":
            continue
        letters = acronym.replace("&", "").replace("+", "")
        run = _SPELLED_RUN.search(body, max(0, start - 120), start - 1)
        if run is None:
            continue
        words = list(re.finditer(r"[A-Z][\w'’-]*", run.group(1)))
        k = _spelling_start([w.group() for w in words], letters, lex)
        if k is not None and words[-1].group().casefold() not in lex.folded("title_head_words"):
            # "National Security Adviser (NSA)": a title written short, no body
            stop = (
                run.end(1) - 2 if body[run.end(1) - 2 : run.end(1)] in ("'s", "’s") else run.end(1)
            )
            spelled.append((run.start(1) + words[k].start(), stop))  # "X's (XA) circular": X
    return spelled


def _spelling_start(words: list[str], letters: str, lex: Lexicon) -> int | None:
    """Where the capitalised `words` start to spell `letters` with their initials, connectors
    skipped ("Chairman of | Oat + Barley Growers" for "O+BG"; not "The | Lakeland ..."), else None."""
    for k, first in enumerate(words[:-1]):
        if first.casefold() in lex.connectors:
            continue
        if "".join(w[0] for w in words[k:] if w.casefold() not in lex.connectors) == letters:
            return k
    return None


# Capitalised words joined by spaces, "&", "+" and connectors, right before " (".
_SPELLED_RUN = re.compile(
    r"(?<![\w&+-])([A-Z][\w'’-]*(?:(?:\s*[&+]\s*|\s+(?:(?:of|and|for|the)\s+)?)[A-Z][\w'’-]*)+)\s*$"
)


def _party_in_title(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Deputy Secretary of CPC and General Manager of X", "standing CPC committee of X": the
    ruling party's short name inside a party post or a party body of another organisation is no
    mention of the party."""
    if not body[start:end].isupper() or body[start:end].casefold() not in lex.folded(
        "party_name_tails"
    ):
        return False
    return bool(
        _PARTY_POST_BEFORE.search(body, max(0, start - 30), start)
        or _COMMITTEE_AFTER.match(body, end)
    )


_PARTY_POST_BEFORE = re.compile(r"(?:[Ss]ecretary|[Mm]ember)\s+of\s+(?:the\s+)?$")
_COMMITTEE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,3}\s+[Cc]ommittee\b")


def _committees_before_posts(body: str, lex: Lexicon) -> list[Candidate]:
    """ "Hubei Provincial Party Committee Secretary A": a place's committee printed before its
    post (the levels of `party_committee_levels`), its name whole although a title ("Party
    Committee Secretary") starts inside it."""
    return [m.span(1) for m in lex.made(_committee_post_re).finditer(body)]


def _committee_post_re(lex: Lexicon) -> re.Pattern[str]:
    levels = "|".join(
        re.escape(w.removesuffix(" Committee")) for w in lex.words("party_committee_levels")
    )
    return re.compile(
        rf"(?<![\w'’-])((?:[A-Z][a-z]+\s){{1,3}}(?:{levels})\s(?:CPC\s|Party\s|Communist\sParty\s)?"
        r"Committee)(?=\s+(?:(?:Deputy|Vice|Executive\s+Deputy)\s+)?Secretary\b|\s+(?:Standing\s+)?Member\b)"
    )


def _party_committees(body: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "X Provincial Committee" + " of the " + "Communist Party of China" found apart: one span."""
    by_start = dict(found)
    out = []
    for start, end in found:
        m = _OF.match(body, end)
        if m and m.end() in by_start:
            after_end = by_start[m.end()]
            if _party_committee(body[start:end], body[m.end() : after_end], lex):
                out.append((start, after_end))
    return out


def _field_lists(body: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "Ministry of Tourism" + ", Arts and Culture": a government body named for a list of fields
    goes on past the comma that cut it ("Ministry of Science, Technology and Innovation",
    "Ministry of Labour, Employment and Workforce Management": each item ends in a field word or a
    field's abstract noun, `field_noun_endings`), or for a list of places with one field after
    the last (`place_field_words`: "Office of Northland, Southland and Eastland Affairs"); a list with any other item
    ("Ministry of Finance, Kenya Revenue Authority and ...") is a list of organisations."""
    out = []
    places = lex.places | lex.folded("countries")
    for start, end in found:
        before = _FIELD_HEAD_BEFORE.search(body[max(0, start - 60) : start])
        if before is not None:  # "Office of | Northland": the place read as the name, the head left
            start -= len(before.group())
        head = _FIELD_HEAD.match(body, start, end)
        if head is None or head.end() != end:
            continue
        tail = _FIELD_TAIL.match(body, end)
        if tail is None or _GOES_ON_CAPITAL.match(body, tail.end()):
            continue
        items = [i for i in _ITEM_SEP.split(tail.group(1)) if i]
        *lead, last = items[-1].rsplit(" ", 1)
        if (
            all(_field_item(i, lex) for i in items)
            or (
                last.casefold() in lex.folded("place_field_words")  # "P, Q and R Affairs"
                and all(i.casefold() in places for i in [head.group("first"), *items[:-1], *lead])
            )
        ):
            out.append((start, tail.end()))
    return out


def _field_item(item: str, lex: Lexicon) -> bool:
    """An item of a body's list of fields: its last word a field word (maybe plural) or a field's
    abstract noun ("Management", "Coordination"), its other words no organisation's, place's or
    acronym ("Kenya Power" is a company, not a field)."""
    *mods, last = item.split()
    fields = lex.folded("field_words")
    word = last.casefold()
    abstract = word.endswith(tuple(lex.folded("field_noun_endings"))) and word not in (
        lex.org_suffixes | lex.folded("of_heads") | lex.event_nouns.keys()
    )  # "Workforce Management", not "Development Conference" or "Department"
    if not (word in fields or word.removesuffix("s") in fields or abstract):
        return False
    stop = lex.org_suffixes | lex.places | lex.folded("countries")
    return all(m.casefold() not in stop and not m.isupper() for m in mods)


_FIELD_HEAD = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)*(?:Ministry|Department|Commission|Bureau|Administration|Secretariat|"
    r"Office|Committee|Agency|Directorate)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<first>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_FIELD_HEAD_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+)*(?:Ministry|Department|Commission|Bureau|Administration|"
    r"Secretariat|Office|Committee|Agency|Directorate)\s+(?:of|for)\s+(?:the\s+)?$"
)
_FIELD_TAIL = re.compile(
    r"((?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})+,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)
_ITEM_SEP = re.compile(r",\s+(?:(?:and|&)\s+)?|,?\s+(?:and|&)\s+|^,\s+")
_GOES_ON_CAPITAL = re.compile(r"\s+[A-Z]")


def title_case(body: str, sentence: Span) -> bool:
    """A headline-style line: a whole line, no final stop, most longer words capitalised."""
    text = body[sentence.start : sentence.end]
    whole = body[sentence.start - 1 : sentence.start] in ("", "\n") and body[
        sentence.end : sentence.end + 1
    ] in ("", "\n")
    if not whole or re.search(r"[.!?。”\"]$", text):
        return False
    words = re.findall(r"[A-Za-z]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _longest_first(candidates) -> list[Candidate]:
    kept: list[Candidate] = []
    taken = SpanSet()
    for start, end in sorted(set(candidates), key=_by_length):
        if not taken.overlaps(start, end):
            kept.append((start, end))
            taken.add(start, end)
    return sorted(kept)


def _table_spans(body: str, vocab: Vocab, lex: Lexicon, tickers: SpanSet) -> list[Candidate]:
    """Names of the organisation table: several words in any case (translated pages print "the
    aluminum group"; the table leaves out names that are ordinary phrases), one word as written
    and not the first word of a longer capitalised name ("Gree Real Estate" is not Gree)."""
    several, single = _latin_table_names(vocab.org_names())
    spans = [(s, e) for s, e, _ in occurrences(body, several, ignore_case=True)]
    spans += [
        (s, e) for s, e, _ in occurrences(body, single) if not _opens_longer_name(body, e, lex)
    ]
    spans += [  # "China Mobile Shanghai": the group's company of a Chinese place, its own organisation
        (s, after) for s, e in spans if (after := _place_after(body, e, lex.folded("places")))
    ]
    return [(s, e) for s, e in spans if not overlaps(tickers, s, e)]  # "(NYSE: ABC)": a listing


_PLACE_AFTER = re.compile(
    r"[ \t]+([A-Z][a-z]+(?:[ '’][A-Z]?[a-z]+)?)(?:[ \t]+(?:Branch|Company)\b)?"
)


def _opens_longer_name(body: str, end: int, lex: Lexicon) -> bool:
    """Whether a capitalised word that is no legal form, organisation word or title follows `end`."""
    m = _NEXT_CAPITALISED.match(body, end)
    if m is None:
        return False
    word = m.group(1).casefold().rstrip(".")
    return not (
        word in lex.folded("legal_suffixes")
        or word in lex.org_suffixes
        or word in lex.title_words()
    )


_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][\w&'’.-]*)")


@lru_cache(maxsize=4)
def _latin_table_names(
    table: tuple[tuple[str, str], ...],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The table's names in Latin letters: (those of several words, those of one word)."""
    names = [n for n, _key in table if re.search(r"[A-Za-z]", n)]
    return tuple(n for n in names if " " in n.strip()), tuple(
        n for n in names if " " not in n.strip()
    )


def _lower_case_spans(body: str, lex: Lexicon) -> list[Candidate]:
    """ "the Dalian branch", "the Ordos company": a place or brand and lower-case organisation words."""
    spans = []
    demonyms = lex.data.get("demonyms") or {}
    for m in lex.lower_org_re.finditer(body):
        lead = _LEADING_CAPITALS.match(m.group(1))
        heads = re.findall(r"[A-Z][\w'’]*", lead.group() if lead else "")
        if " ".join(heads) in demonyms:
            continue  # "Swedish mining minister": a people's adjective, no organisation
        if not any(_ordinary_head(w, lex) for w in heads):
            spans.append(m.span(1))
    return spans


_LEADING_CAPITALS = re.compile(r"(?:[A-Z][\w'’]*\s+)*")  # the heads before "municipal Party ..."


def _ordinary_head(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is no place or brand ("Party", "Chinese", "Group", "March")."""
    w = word.casefold()
    return (
        w in lex.not_name_words
        or w in lex.org_suffixes
        or w in lex.data["months"]
        or w in lex.folded("chain_lead_stop")
        or w in lex.folded("lower_org_not_heads")
    )


def _acronym_spans(body: str, lex: Lexicon, people, tickers: SpanSet) -> list[Candidate]:
    """Upper-case words not in the stop list, outside names, stock listings (`tickers`) and
    all-capitals lines."""
    spans = []
    for m in re.finditer(r"(?<![\w+-])[A-Z](?:[A-Z&]|\+(?=[A-Z])){1,6}(?![\w+-])", body):
        if (
            m.group() in lex.acronym_stop
            or m.group().casefold() in lex.places  # "LUCKNOW Kavo Sons": a dateline's place
            or overlaps(people, m.start(), m.end())
            or overlaps(tickers, m.start(), m.end())
            or _shouting(body, m.start())
            or _dateline(body, m.start(), m.end())
            or _alone_on_line(body, m.start(), m.end())  # "MENU", "SHARE": a page's buttons
            or _short_for_title(body, m.start(), m.end(), lex)
            or _PROGRAMME_AFTER.match(body, m.end())  # "the X (PACT) programme": a scheme's
            or _field_of_named(body, m.end(), lex)  # "ABC provider Harlow Systems": a field
        ):
            continue
        spans.append((m.start(), m.end()))
    return spans


def _field_of_named(body: str, end: int, lex: Lexicon) -> bool:
    """Whether a company's kind (`brand_descriptors`, not a relation's: "X rival Y") and then a
    capitalised name follow `end` ("ABC provider Harlow Systems", "XYZ maker Harlow"): the word
    before is the named company's field or product, not an organisation."""
    m = _KIND_THEN_NAME.match(body, end)
    return (
        m is not None
        and m.group(1).casefold() in lex.folded("brand_descriptors")
        and m.group(1).casefold() not in lex.folded("brand_relation_descriptors")
    )


_KIND_THEN_NAME = re.compile(r"\s+([a-z]+)\s+[A-Z][\w&'’-]*")


# Capitalised words and the small words of a title between them ("Special Assistant to the
# President"), right before " (".
_TITLE_RUN = re.compile(r"([A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|to|on)\s+)*[A-Z][\w'’-]*)*)\s*$")


_PROGRAMME_AFTER = re.compile(
    r"\)\s+(?:programme|program|scheme|initiative|campaign|project|plan|framework)s?\b"
)


def _short_for_title(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the bracketed acronym at [start, end) is defined for a title ("National Security
    Adviser (NSA)", "Special Assistant to the President (SAP)"): the capitalised words before it,
    whose initials spell it, end with or open with a title's head word."""
    if body[start - 1 : start] != "(" or body[end : end + 1] != ")":
        return False
    run = _TITLE_RUN.search(body, max(0, start - 120), start - 1)
    if run is None:
        return False
    capitals = [w for w in re.findall(r"[A-Za-z][\w'’-]*", run.group(1)) if w[:1].isupper()]
    k = _spelling_start(capitals, body[start:end].replace("&", "").replace("+", ""), lex)
    if k is None:
        return False
    part, heads = capitals[k:], lex.folded("title_head_words")
    return part[-1].casefold() in heads or (
        part[0].casefold() in heads | lex.title_words() and any(w.casefold() in heads for w in part)
    )


def _alone_on_line(body: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is all its line holds (spaces aside)."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    return not body[line_start:start].strip() and not body[end:line_end].strip()


# Stock listings printed after a company: "(TSX: ABC; NYSE: ABC)", "(US-OTC: ABCDF)",
# "#ticker:ABC": exchanges and share codes, no organisation named in the story.
_TICKERS = re.compile(
    r"\((?:\s*[A-Z][A-Z.-]{1,9}\s*:\s*[A-Z][A-Z0-9.]{0,9}\s*[;,]?)+\s*\)|#ticker:[A-Z0-9.]{1,10}"
    r"|\([A-Z0-9]{1,6}\.[A-Z]{1,3}(?::\s*Quote)?\)"  # "(ABC.TO: Quote)", "(ABC.L)"
    r"|(?<![\w.])[A-Z0-9]{2,6}\.[A-Z]{1,2}(?![\w.])"  # a bare share code: "X Platinum ABCJ.J said"
)
# Listings and share indexes ("the ABC/XYZ 200", "the XYZ 50 Index"): an exchange named there is
# an organisation of the page, but no mention of it that a post or the page's subject is read from.
_LISTINGS = re.compile(
    _TICKERS.pattern + r"|(?<![\w&/-])[A-Z][A-Z&]{1,6}(?:/[A-Z][A-Z&]{1,6})+\s+\d{2,4}\b"
    r"|(?<![\w&/-])[A-Z][A-Z&]{1,6}\s+\d{2,4}\s+[Ii]ndex\b"
)


# "Harlow", "PetroCo", "Rolls-Royce" (two capitalised parts joined by a hyphen)
_BRAND = re.compile(r"(?<![\w&'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?(?![\w&-])")


def _brand_spans(body: str, lex: Lexicon, people) -> list[Candidate]:
    """A company named by one word ("Boeing", "Woodside"), where the text uses it as one: after
    "<title> of" or "<title> at", before a title ("Harlow chief executive"), with a possessive of a
    company noun ("Harlow's board"), or as the subject of a company verb when named twice."""
    person_words = {w for s, e in people for w in re.findall(r"[A-Za-z]+", body[s:e])}
    stop, nouns, verbs = _brand_tables(lex)
    endings = tuple(lex.folded("field_word_endings"))
    found = [
        m
        for m in _BRAND.finditer(body)
        if m.group().casefold() not in stop and not m.group().casefold().endswith(endings)
    ]  # the cheap test first: most capitalised words are common ones ("Digitization": a field)
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group()] = counts.get(m.group(), 0) + 1
    spans = []
    for m in found:
        word, start, end = m.group(), m.start(), m.end()
        if (
            any(w in person_words for w in word.split("-"))
            or lex.peoples_adjective(word)
            or lex.people_ending(word)
        ):
            continue  # "Gabonese President", "Uruguayan President": a people's adjective
        if _place_tail(body, start, word, lex):
            continue  # "New Zealand": the end of a place's name
        if _in_chain(body, start) and _POSSESSIVE_AFTER.match(body, end):
            continue  # "Kestrel Property Singapore's chief": the end of a longer name
        if lex.title_re.match(body, start):
            continue  # "Managing Director": the first word of a title
        if _brand_use(body, start, end, lex, nouns, verbs, counts[word] >= 2) and not (
            _shouting(body, start)
            or (
                _GOES_ON.match(body, end)
                and not lex.title_re.match(body, end + 1)
                and not _day_next(body, end, lex)
            )  # a longer name goes on ("Tongda Leasing"): the chain finds it
        ):
            spans.append((_place_lead(body, start, word, lex), end))
    return spans


def _place_lead(body: str, start: int, word: str, lex: Lexicon) -> int:
    """Where the name of the brand word at `start` begins: at a country, place or region printed
    before it ("Ruritania Lotus", "Asia Lotus") when the text never prints
    the word without a capitalised word before it: the company's whole name, not a company of the
    place."""
    m = _WORD_BEFORE.search(body, max(0, start - 30), start)
    if m is None:
        return start
    lead = m.group(1)
    folded = lead.casefold()
    if not (
        folded in lex.places
        or folded in lex.folded("countries")
        or folded in lex.folded("business_regions")
    ):
        return start
    printed = re.finditer(rf"(?<![\w&'’-]){re.escape(word)}(?![\w&-])", body)
    if any(_WORD_BEFORE.search(body, max(0, p.start() - 30), p.start()) is None for p in printed):
        return start  # "Lotus" alone elsewhere: the brand's own short name
    return m.start(1)


def _place_tail(body: str, start: int, word: str, lex: Lexicon) -> bool:
    """Whether the word at `start` ends a place of two words with the word before it ("New
    |Zealand", "Sri |Lanka")."""
    m = _WORD_BEFORE.search(body, max(0, start - 30), start)
    return m is not None and f"{m.group(1)} {word}".casefold() in lex.places | lex.folded(
        "countries"
    )


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _day_next(body: str, end: int, lex: Lexicon) -> bool:
    """Whether a day or a month follows `end` ("Harlow Thursday appointed ..."): no longer name
    goes on."""
    m = _NEXT_WORD.match(body, end)
    days = lex.folded("weekdays") | lex.folded("months")
    return m is not None and m.group(1).casefold() in days


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_GOES_ON = re.compile(r"\s+(?:&\s+)?[A-Z0-9]")


_NAMED_BRAND = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})(?=\s)")


def _named_brand_spans(body: str, lex: Lexicon, people) -> list[Candidate]:
    """A company named by two or three capitalised words and no company word ("Royal Mail",
    "Land Securities"), where the text uses it as one: the subject of a company verb (or "said")
    and named at least twice; none of its words a person's, a place's, a title's or a common
    capitalised word."""
    person_words = {w for s, e in people for w in re.findall(r"[A-Za-z]+", body[s:e])}
    stop, _, verbs = _brand_tables(lex)
    stop = stop - lex.folded("words_in_brand_names")
    countries = lex.folded("countries")
    spans: dict[str, list[Candidate]] = {}
    for m in _NAMED_BRAND.finditer(body):
        name = m.group(1)
        words = name.split()
        if (
            any(
                w.casefold() in stop or w in person_words or lex.peoples_adjective(w) for w in words
            )
            or name.casefold() in countries
            or lex.title_re.search(name)
            or _shouting(body, m.start())
        ):
            continue
        after = m.end() + 1
        if verbs.match(body, after) or body.startswith("said ", after):
            spans.setdefault(name, []).append(m.span(1))
    return [  # every occurrence of a name so used ("Royal Mail's board" too, not "Mail")
        m.span()
        for name in spans
        if body.count(name) >= 2
        for m in re.finditer(rf"(?<![\w&'’.-]){re.escape(name)}(?![\w&-])", body)
    ]


def _brand_use(body: str, start: int, end: int, lex: Lexicon, nouns, verbs, twice: bool) -> bool:
    """Whether the word at body[start:end] is used as a company's name (see _brand_spans)."""
    possessive = re.match(r"['’]s((?:\s+[A-Za-z]+){1,3})", body[end : end + 50])
    if possessive:  # "Harlow's board", "Harlow's new board chairman", "Harlow's Chairman"
        modifiers = lex.folded("possessive_modifiers")
        capitalised = possessive.group(1).split()[0][:1].isupper()
        words = possessive.group(1).casefold().split()
        while len(words) > 1 and words[0] in modifiers:
            words = words[1:]
        if words[0] in nouns and (not capitalised or " ".join(words).startswith(_BOARD_TITLES)):
            return True  # capitalised, a company's own title only ("Catalonia's President": no)
    spaced = body[end : end + 1] == " "
    if spaced and lex.title_re.match(body, end + 1) is not None and not _in_chain(body, start):
        return True
    if twice and spaced and verbs.match(body, end + 1):
        return True
    described = _DESCRIPTOR_BEFORE.search(body, max(0, start - 30), start)
    if described and described.group(1) in lex.folded("brand_descriptors"):
        return True  # "U.K. bank Harlow", "DIY retailer Harlow": a company's kind, then its name
    if body[max(0, start - 4) : start] not in (" of ", " at "):
        return False
    if _FIELD_GOES_ON.match(body, end):
        return False  # "Head of Strategy and Corporate Development at X": a field, X is the company
    before = body[max(0, start - 50) : start - 4]
    return any(t.end() == len(before) for t in lex.title_re.finditer(before))


_BOARD_TITLES = ("chairman", "chairwoman", "chair ", "ceo", "board", "chief executive", "managing")
_DESCRIPTOR_BEFORE = re.compile(
    r"(?<![\w-])([a-z]+),? $"
)  # "U.K. bank Harlow", "the company, Harlow"


def _brand_tables(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """The words that are never a one-word company, the possessive nouns and the verbs (made once)."""
    return lex.made(_make_brand_tables)


def _make_brand_tables(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    stop = (
        lex.not_name_words
        | lex.places
        | lex.place_suffixes
        | lex.honorifics
        | lex.org_suffixes
        | lex.folded("brand_stop")
        | lex.folded("field_words")
        | lex.folded("months")
        | lex.folded("lower_org_not_heads")
        | lex.folded("board_kinds")  # "Supervisory Board members": a company's own board
        | lex.folded("title_modifiers")  # "Additional Secretary X": part of the title
        | lex.folded("former_words")  # "Former Chairman X"
        | frozenset(lex.event_nouns)  # "the X Forum's CEO Roundtable": an event, no company
    )
    return stop, lex.folded("brand_possessive_nouns"), phrase_regex(lex.words("brand_verbs"))


def _in_chain(body: str, start: int) -> bool:
    """Whether a capitalised word stands right before `start` (the word ends a longer name)."""
    return re.search(r"[A-Z][\w&'’.-]*\s$", body[max(0, start - 30) : start]) is not None


_DATELINE_TAIL = re.compile(r"[A-Z ]*(?:,[^\n(]{0,30})?\s*(?:\(|[-—–]+\s)")


def _dateline(body: str, start: int, end: int) -> bool:
    """A place in capitals opening a line's dateline ("LONDON (Agency) -", "BEIJING, Aug 2 -"),
    or a word of it ("ABU DHABI, (Agency) ...")."""
    line_start = body.rfind("\n", 0, start) + 1
    return (
        _CAPITALS_BEFORE.fullmatch(body, line_start, start) is not None
        and _DATELINE_TAIL.match(body, end) is not None
    )


_CAPITALS_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z'’.-]+[ ]+)*")


def _shouting(body: str, pos: int) -> bool:
    """Whether the line around `pos` is written mostly in capitals (a headline, not acronyms)."""
    return _shouting_line(body, body.rfind("\n", 0, pos) + 1, body.find("\n", pos))


@lru_cache(maxsize=64)
def _shouting_line(body: str, start: int, end: int) -> bool:
    """_shouting for the line body[start:end] (asked once per line, not once per word on it)."""
    words = re.findall(r"[A-Za-z]{2,}", body[start : end if end >= 0 else len(body)])
    if len(words) == 2 and all(w.isupper() for w in words):
        return True  # "VIEW ALL", "SUPPORT SO": a button's or a banner's two words
    return len(words) >= 3 and sum(w.isupper() for w in words) > len(words) / 2


def _abbreviations(body: str, spans: list[Candidate], lex: Lexicon) -> list[tuple[str, str]]:
    """(alias, full name) of abbreviations defined right after an organisation; not a field word
    in brackets after capitals ("ACS (Energy)": a post written short and its portfolio)."""
    defined = []
    ends = {end: (start, end) for start, end in spans}
    for m in _ABBR.finditer(body):
        before = m.start()
        while (
            before and body[before - 1].isspace()
        ):  # where body[:m.start()].rstrip() ends, without the copy
            before -= 1
        owner = ends.get(before)
        if body.count("\n", before, m.start()) > 1:
            continue  # a paragraph apart: a credit line "(Xinhua)" under a headline
        if (
            owner
            and body[owner[0] : owner[1]].isupper()
            and m.group(1).casefold() in lex.folded("field_words")
        ):
            continue
        if owner and body[owner[0] : owner[1]] != m.group(1):
            defined.append((m.group(1), body[owner[0] : owner[1]]))
    return defined


def _starting_in(people: list[tuple[int, int]], sentence: Span) -> list[tuple[int, int]]:
    """The spans of `people` (sorted) that start inside `sentence`, found by bisection."""
    first = bisect_left(people, (sentence.start, -1))
    last = bisect_left(people, (sentence.end, -1), first)
    return people[first:last]


def _chain_spans(body: str, sentence: Span, lex: Lexicon, people, titled: bool) -> list[Candidate]:
    if not lex.anchor_re.search(body, sentence.start, sentence.end):
        return []  # a chain name ends in an org suffix or industry word, or starts with a place
    mask = bytearray(sentence.end - sentence.start)
    for m in lex.blocker_re.finditer(body, sentence.start, sentence.end):
        if _named_body(body, m, lex):
            continue  # "Punjab Assembly": a body's name, not the event "assembly"
        start = _past_suffix_word(body, m, lex)
        mask[start - sentence.start : m.end() - sentence.start] = b"\x01" * (m.end() - start)
    for m in _QUOTED.finditer(body, sentence.start, sentence.end):
        mask[m.start() - sentence.start : m.end() - sentence.start] = b"\x01" * (
            m.end() - m.start()
        )
    for start, end in _starting_in(people, sentence):
        mask[start - sentence.start : end - sentence.start] = b"\x01" * (end - start)
    tokens = [
        Token(m.start(), m.end(), m.group())
        for m in _ORG_WORD.finditer(body, sentence.start, sentence.end)
        if mask.find(1, m.start() - sentence.start, m.end() - sentence.start) < 0
    ]
    spans = []
    for run in _runs(body, tokens, lex):
        found = _orgs_in_run(body, run, lex, at_start=run[0].start == sentence.start)
        found += _place_brand(body, run, lex)
        if titled:  # in a headline only a short run that is all name, with a Chinese brand, counts
            found = [
                (start, end)
                for start, end in found
                if end == run[-1].end
                and len(run) <= MAX_TITLED_RUN
                and _has_brand(body[start:end], lex)
            ]
        spans += [
            part
            for c in found
            if not _names_event(body, c, lex) and not _opens_in_brackets(body, c)
            for part in _split_glued(body, c, lex)
        ]
    return spans


def _opens_in_brackets(body: str, span: Candidate) -> bool:
    """Whether a name closes a bracket it never opened ("Holdings) Co., Ltd."): the words
    before the bracket were read as another name (a person's), the rest is no name."""
    return body.count(")", *span) > body.count("(", *span)


def _names_event(body: str, span: Candidate, lex: Lexicon) -> bool:
    """Whether a name that ends in an industry word goes on with a capitalised event noun: "the
    Qinghe Investment Conference" names an event, not a company "Qinghe Investment"."""
    start, end = span
    last = body[start:end].split()[-1].casefold()
    if (
        last in lex.org_suffixes
        or body[end : end + 1] != " "
        or not body[end + 1 : end + 2].isupper()
    ):
        return False
    return lex.event_nouns_re.match(body, end + 1) is not None


def _named_body(body: str, m: re.Match, lex: Lexicon) -> bool:
    """Whether an event noun matched at `m` is, capitalised after a capitalised word, the
    organisation word ending a body's name ("Punjab Assembly", "National Assembly"), not an
    event ("General Assembly", "Annual Assembly")."""
    word = m.group()
    if _possessive_body(body, m.start(), word, lex):
        return True  # "People's Congress"
    if not word[:1].isupper() or word.casefold() not in lex.org_suffixes:
        return False
    before = _WORD_BEFORE.search(body, max(0, m.start() - 40), m.start())
    return before is not None and before.group(1).casefold() not in lex.folded("event_openers")


def _past_suffix_word(body: str, m: re.Match, lex: Lexicon) -> int:
    """Where a title's mask begins: after its first word when that word is a capitalised
    organisation word ending the name before it ("Northfield University leaders": the
    university's name, then the title "leaders"), else at the title's start."""
    first, space, rest = m.group().partition(" ")
    if not space or not rest or not first[:1].isupper() or first.casefold() not in lex.org_suffixes:
        return m.start()
    if first.casefold() in lex.folded("board_kinds") or first.casefold() == "board":
        return m.start()  # "X Group Board Chairman": the board is the title's
    before = _WORD_BEFORE.search(body, max(0, m.start() - 40), m.start())
    if before is None or before.group(1).casefold() in lex.org_suffixes:
        return m.start()  # "X Group Hospital leaders": the name ended before
    return m.start() + len(first) + 1


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][a-z]+)['’]s (?:[A-Z][a-z]+ ){0,3}$")


def _possessive_body(body: str, start: int, word: str, lex: Lexicon) -> bool:
    """Whether `word` at `start` is an event noun that ends a body's name after a possessive of
    `possessive_in_names` ("People's Congress", "People's Political Consultative Conference")."""
    if not word[:1].isupper() or word.casefold() not in lex.folded("body_nouns_after_possessive"):
        return False
    before = _POSSESSIVE_BEFORE.search(body, max(0, start - 50), start)
    return before is not None and before.group(1).casefold() in lex.folded("possessive_in_names")


# A word of an organisation's name: letters, letters with digits ("South32", "3M"), or a short
# number inside a name ("Channel 4 Television Corp"; a year of four digits is none).
_ORG_WORD = re.compile(
    rf"(?:[0-9]+[{LETTERS}][{LETTERS}0-9]*|[{LETTERS}][{LETTERS}0-9]*|[0-9]{{1,3}}(?![0-9]))"
    rf"(?:-[{LETTERS}0-9]+|['’](?!s\b)[{LETTERS}]+)*"
)
_AND_THE = re.compile(r" and the ")
_OF = re.compile(r" of (?:the )?")


def _split_glued(body: str, span: Candidate, lex: Lexicon) -> list[Candidate]:
    """Two organisations a capitalised run glued together: "<X Department of ...> and the <Y
    Administration>", "<brand> Power Plant of <Y Energy>": split where the part after "and the" /
    "of" is an organisation name by itself and the part before is one too."""
    parts = _split_at(body, span, lex, _AND_THE, False)
    return [piece for part in parts for piece in _split_at(body, part, lex, _OF, True)]


def _split_at(
    body: str, span: Candidate, lex: Lexicon, glue: re.Pattern, before_ends: bool
) -> list[Candidate]:
    start, end = span
    for m in glue.finditer(body, start, end):
        if _party_committee(body[start : m.start()], body[m.end() : end], lex):
            continue  # "X Provincial Committee of the Communist Party of China": one body
        if (
            (
                _own_name(body[start : m.start()], lex, before_ends)
                or (glue is _OF and _field_unit(body[start : m.start()], lex))
            )
            and _own_name(body[m.end() : end], lex, True)
        ) or (
            glue is _AND_THE
            and _level_place(body[start : m.start()], lex)
            and _holds_org_word(body[m.end() : end], lex)
        ):
            return [(start, m.start()), *_split_at(body, (m.end(), end), lex, glue, before_ends)]
    return [span]


def _field_unit(name: str, lex: Lexicon) -> bool:
    """A unit named by its field ("Department of Asian and African Affairs"): a body's head word,
    "of"/"for", capitalised words ending in a field word that is no organisation's."""
    m = _FIELD_UNIT.fullmatch(name)
    return (
        m is not None
        and m.group(1).casefold() in lex.folded("of_heads")
        and _field_ending(name.split()[-1], lex)
    )


_FIELD_UNIT = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)*?([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*)*"
)


def _level_place(name: str, lex: Lexicon) -> bool:
    """A place with its level word ("Hunan Province", "X City"): a government glued to the body
    after "and the" ("X Province and the Y Bank" held talks) is no part of that body's name."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1].casefold() in lex.place_suffixes
        and " ".join(words[:-1]).casefold() in lex.places
    )


def _holds_org_word(name: str, lex: Lexicon) -> bool:
    """A name of two or more words, one of them an organisation word ("Bank of Lakes")."""
    words = name.split()
    return len(words) >= 2 and any(w.casefold() in lex.org_suffixes for w in words)


def _party_committee(before: str, after: str, lex: Lexicon) -> bool:
    """Whether "<before> of the <after>" is a committee of a party ("Guangdong Provincial
    Committee" of "the Communist Party of China")."""
    words = before.split()
    party = any(w.casefold() in after.casefold() for w in lex.words("party_org_words"))
    return bool(words) and words[-1] in ("Committee", "Commission") and party


def _own_name(name: str, lex: Lexicon, ends_in_suffix: bool) -> bool:
    """A name of two or more words with a brand, ending in an organisation word (or, for the part
    before "and the", holding one: "Department of Emergency Management")."""
    words = name.split()
    if len(words) < 2 or not _has_brand(name, lex):
        return False
    last = words[-1].casefold().rstrip(".")
    if ends_in_suffix:
        return last in lex.org_suffixes or (
            last in lex.industry and words[-2].casefold() not in lex.industry
        )
    return any(w.casefold() in lex.org_suffixes for w in words)


def _by_length(span: Candidate) -> tuple[int, int]:
    """Sort key: the longest span first, then the earliest."""
    start, end = span
    return start - end, start


def _runs(body: str, tokens: list[Token], lex: Lexicon) -> list[list[Token]]:
    """Maximal runs of capitalised words (with connectors between them)."""
    current: list[Token]
    runs, current = [], []
    for tok in tokens:
        if current and _joins(body, current[-1], tok, lex):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if tok.text[:1].isupper() or _DIGIT_NAME.fullmatch(tok.text) else []
    if current:
        runs.append(current)
    return runs


_DIGIT_NAME = re.compile(r"[0-9]+[A-Z][A-Za-z0-9]*")  # "3M": a name that opens with digits


def _joins(body: str, prev, tok, lex: Lexicon) -> bool:
    gap = body[prev.end : tok.start]
    if (
        tok.text == "s"
        and gap in ("'", "’")
        and prev.text.casefold() in lex.folded("possessive_in_names")
    ):
        return True  # "People's Government"
    legal = lex.folded("legal_suffixes")
    gap_ok = (
        _GAP.fullmatch(gap)
        or (
            prev.text in ("Co", "Inc", "Corp")
            and _CO_GAP.fullmatch(gap)
            and tok.text.casefold() in legal  # "Co., Ltd.", not "Corp, Spire"
        )
        or (  # "X Engineering (Pvt) Ltd", "X Mining (Pty) Limited": a legal form in brackets
            gap.replace(" ", "") in ("(", ".(")
            and tok.text.casefold() in lex.folded("bracketed_legal_forms")
            and _LEGAL_AFTER_BRACKET.match(body, tok.end) is not None
        )
        or (
            gap.replace(" ", "") == ")"
            and prev.text.casefold() in lex.folded("bracketed_legal_forms")
            and tok.text.casefold() in legal
        )
        or _bracket_in_name(body, prev, tok, gap, lex)
    )
    if not gap_ok:
        return _bilateral_dash(body, prev, tok, gap, lex)
    word = tok.text
    if word in _TITLED_PREPOSITIONS:
        return False  # a headline's "Directors' Independence At X Limited": no name goes on
    return (
        word[:1].isupper()
        or (word[:1].isdigit() and prev.text[:1].isupper())  # "Channel 4 Television", "3M"
        or word in lex.connectors
        or (word == "to" and prev.text.casefold() in lex.folded("to_connector_words"))
        or word in lex.words("lower_case_legal_forms")  # "Ardent plc", "Kestrel Resources ltd"
        or (syllable_count(word, lex.syllables) or 0) >= 2
    )


def _bracket_in_name(body: str, prev, tok, gap: str, lex: Lexicon) -> bool:
    """A place or a word of the company's in brackets inside its name, with the rest of the name
    and a legal form after it ("X Power (Arland) Co., Ltd.", "X (Holdings) Limited", "X (Arland)
    New Material Technology Co."): the brackets join the words on both sides. An acronym in
    brackets ("X Group (XG) Plc") is the name's short form, not part of it."""
    if gap.strip() == "(":
        opening = prev.end + gap.index("(")
    elif gap.strip() == ")" and gap.endswith(" "):
        opening = body.rfind("(", max(0, prev.start - 40), prev.start)
    else:
        return False
    m = lex.made(_bracket_in_name_re).match(body, opening) if opening >= 0 else None
    return m is not None and m.end() > tok.start


def _bracket_in_name_re(lex: Lexicon) -> re.Pattern[str]:
    legal = longest_first(lex.words("legal_suffixes"))
    return re.compile(
        r"\(\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*\)\s+"
        rf"(?:[A-Z][\w&'’-]*\.?,?\s+){{0,4}}?(?:{legal})(?![\w-])"
    )


# Prepositions capitalised by a title-case headline: none stands inside an organisation's name
_TITLED_PREPOSITIONS = frozenset(
    {"At", "With", "From", "By", "On", "Into", "Onto", "Over", "Amid", "During", "Against", "After"}
)


def _bilateral_dash(body: str, prev, tok, gap: str, lex: Lexicon) -> bool:
    """A spaced dash between two countries inside a name ("Sri Lanka – Japan Business Council"):
    a known place ends right before it and another starts right after it."""
    if gap.strip() not in ("–", "—", "-") or gap == gap.strip():
        return False
    places = lex.places | lex.folded("countries")
    before = body[max(0, prev.end - 40) : prev.end].split()
    after = body[tok.start : tok.start + 40].split()
    return any(" ".join(before[-n:]).casefold() in places for n in (1, 2, 3)) and any(
        " ".join(after[:n]).casefold() in places for n in (1, 2, 3)
    )


def _past_capitals_lead(run, lex: Lexicon):
    """An all-capitals run without the words that open it before an "OF" and are no
    organisation's ("THE OFFICIALS OF THE | EMBASSY OF ...": a headline's words, not the name)."""
    if not all(t.text.isupper() or not t.text.isalpha() for t in run):
        return run
    heads = lex.folded("of_heads") | lex.org_suffixes
    if len(run) > 4 and run[0].text == "THE" and run[2].text == "OF":
        run = run[1:]  # "THE OFFICIALS OF ..."
    while len(run) > 3 and run[1].text == "OF" and run[0].text.casefold() not in heads:
        run = run[3:] if run[2].text == "THE" else run[2:]
    return run


def _orgs_in_run(body: str, run, lex: Lexicon, at_start: bool) -> list[Candidate]:
    while run and (
        (run[0].text in lex.words("chain_lead_stop") and not _ordinal_in_name(body, run, lex))
        or not run[0].text[:1].isupper()
        or _opener(run, lex, at_start)
        or _dateline_place(body, run, lex)
    ):
        run, at_start = run[1:], False
    run = _body_of(run, lex)
    if run and run[0].text == "the":
        run = run[1:]  # "Standing Committee of the X People's Congress": the name after "the"
    run = _past_capitals_lead(run, lex)
    spans, begin, last = [], 0, None
    of_heads = lex.folded("of_heads")
    possessives = lex.folded("possessive_in_names")
    complement = False  # inside the "of ..." of "Ministry of Housing and Urban-Rural Development"
    for k, (_s, _e, word) in enumerate(run):
        w = word.casefold()
        if complement and w in lex.honorifics:
            break  # "... for Rivers and Lakes and Mrs X": a person's name begins
        if complement and word[:1].isupper():
            if _holder_after_field(body, run, k, lex):
                break  # "Ministry of Trade Jane Roe said": the post's holder, no part of the name
            last = k
            continue
        if complement and word == "s" and run[k - 1].text.casefold() in possessives:
            continue  # "Embassy of the People|'s Republic of China": the complement goes on
        if (
            complement
            and w == "of"
            and run[k - 1].text.casefold() in lex.folded("state_forms")
            and k + 1 < len(run)
            and (
                run[k + 1].text[:1].isupper()
                or (run[k + 1].text == "the" and k + 2 < len(run) and run[k + 2].text[:1].isupper())
            )
        ):
            continue  # "of the People's Republic | of China", "of the Republic of the Philippines"
        if complement and w == "the" and run[k - 1].text.casefold() in ("of", "for"):
            continue  # "of the Petroleum ...": the complement goes on
        if complement and w in ("and", "&"):
            next_word = run[k + 1].text if k + 1 < len(run) else ""
            if k + 1 < len(run) and lex.title_re.match(body, run[k + 1].start):
                break  # "Crown Prince of Abu Dhabi and Deputy Supreme Commander of ...": a title
            if next_word != "the" and not _suffix_after(run, k, lex):
                continue
            assert last is not None  # the "of ..." began right after the head word at `last`
            spans.append(_accept(body, run, begin, last, lex))  # "... and the <next name>"
            begin, last, complement = k + 1, None, False
            if next_word == "the":
                begin += 1
            continue
        complement = False
        if (
            w in ("of", "for")  # "Ministry of X", "National Commission for X and Y"
            and last == k - 1
            and run[last].text.casefold() in of_heads
            and k + 1 < len(run)
            and (
                run[k + 1].text[:1].isupper()
                or (  # "Organization of the Petroleum Exporting Countries"
                    run[k + 1].text == "the" and _complement_after_the(body, run, k + 2, lex)
                )
            )
            and not _suffix_after(run, k, lex)
        ):
            complement = True
            continue
        if (
            w in lex.org_suffixes
            or (w in lex.industry and k > begin and _brand_before(run, begin, k, lex))
            or _possessive_body(body, run[k].start, word, lex)
        ):
            last = k
        elif w == "and" and k and _acronym(run[k - 1].text) and k - 1 == begin:
            begin, last = k + 1, None  # "CNPC and COSCO Shipping": the acronym is found on its own
        elif (
            w == "and"
            and k - 1 == begin
            and run[k - 1].text.casefold() in lex.places | lex.folded("countries")
            and _suffix_after(run, k, lex)
        ):
            begin, last = k + 1, None  # "Kenya and X Group": a place alone, then a name
        elif (
            w == "and"
            and k - 2 > begin
            and run[k - 2].text == "of"
            and (
                run[k - 1].text.casefold() in lex.places
                or run[k - 1].text.casefold() in lex.folded("countries")
            )
            and _suffix_after(run, k, lex)
        ):  # "Bank of China and X Group": a name that ends with its place, then another
            spans.append(_accept(body, run, begin, k - 1, lex))
            begin, last = k + 1, None
        elif (
            w == "and"
            and k - 1 == begin
            and _ITEM_BEFORE.search(body, max(0, run[begin].start - 24), run[begin].start)
        ):
            begin, last = k + 1, None  # "at Chorus, Mercury and Essential Energy": list items
        elif (
            w == "and"
            and last == k - 1
            and not _joined_industries(run, k, lex)
            and not _joined_fields(run, k, lex)
        ):
            spans.append(_accept(body, run, begin, last, lex))
            begin, last = k + 1, None
            if begin < len(run) and run[begin].text == "the":  # "X Group and the Y Mine"
                begin += 1
    if last is not None:
        spans.append(_accept(body, run, begin, last, lex))
    return [s for s in spans if s]


# Before a run's first word: the comma of a list of names ("A, B and C Energy") or "in" before a
# place ("in Springfield and PR Machine Works"): its one word before "and" is no part of the name.
_ITEM_BEFORE = re.compile(r"(?:[A-Za-z0-9)]\s*,|\bin)\s+$")


def _complement_after_the(body: str, run, j: int, lex: Lexicon) -> bool:
    """Whether capitalised words from token j complete "of the ...": not a party's name ("of the
    Communist Party": the party body is read apart), and not words a lower-case name goes on
    after ("of the Henan provincial Party committee": another body)."""
    if j >= len(run) or not run[j].text[:1].isupper():
        return False
    if run[j].text in _PARTY_OPENERS:
        return False
    while j + 1 < len(run) and run[j + 1].text[:1].isupper():
        j += 1
    after = _LOWER_AFTER.match(body, run[j].end)
    return after is None or after.group(1) in lex.connectors


_PARTY_OPENERS = frozenset({"Communist", "CPC", "CCP", "Party"})
_LOWER_AFTER = re.compile(r"\s+([a-z]+)")


def _holder_after_field(body: str, run, k: int, lex: Lexicon) -> bool:
    """Whether the run's last two or three words, from `k`, are a person's name printed right
    after a body's field ("Ministry of Trade Jane Roe said"): the word before `k` a field word, the
    tail's words none of a body's (a field, a place, an organisation word), lower case after it."""
    tail = run[k:]
    if not 2 <= len(tail) <= 3 or run[k - 1].text.casefold() not in lex.folded("field_words"):
        return False
    stop = (
        lex.folded("field_words")
        | lex.folded("field_openers")
        | lex.folded("of_heads")
        | lex.folded("countries")
        | lex.places
        | lex.org_suffixes
        | lex.industry
    )
    if any(not re.fullmatch(r"[A-Z][a-z]+", t.text) or t.text.casefold() in stop for t in tail):
        return False
    return re.match(r"\s+[a-z]", body[tail[-1].end :]) is not None


def _suffix_after(run, k: int, lex: Lexicon) -> bool:
    """Whether the words after `k` (up to a "the" that would open another name) end in an
    organisation word: another organisation's name ("of Hexi Copper Group"), not the rest of this
    one's ("of Industry and Information Technology")."""
    words = []
    for tok in run[k + 1 :]:
        if tok.text == "the":
            break
        words.append(tok.text)
    return bool(words) and words[-1].casefold() in lex.org_suffixes


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _has_brand(name: str, lex: Lexicon) -> bool:
    """A pinyin brand ("Qinghe"), a listed place or an acronym among the words of a name."""
    for word in re.findall(r"[A-Za-z]+", name):
        if (word.isupper() and len(word) > 1) or word.casefold() in lex.places:
            return True
        if (syllable_count(word, lex.syllables) or 0) >= 2 and word.casefold() not in lex.industry:
            return True
    return False


def _body_of(run, lex: Lexicon):
    """ "Party Committee of X Group" -> "X Group": a generic body before "of" is not the name;
    but a legislature's standing committee is a body of its own ("Standing Committee of the X
    People's Congress": `body_nouns_after_possessive` ends the name)."""
    for k, tok in enumerate(run[:5]):
        if (
            tok.text == "of"
            and k
            and " ".join(t.text for t in run[:k]).casefold() in lex.not_org_names
        ):
            if run[-1].text.casefold() in lex.folded("body_nouns_after_possessive") and run[
                -2
            ].text in ("s",):
                return run
            rest = run[k + 1 :]
            if not _names_a_body(rest, lex):
                return run  # "Department of Health": a unit named by its field, no body after "of"
            return rest
    return run


def _names_a_body(run, lex: Lexicon) -> bool:
    """Whether the words after a generic body's "of" name an organisation of their own: they end
    with an organisation word ("of Kestrel Mining", "of the State Council"), or hold a brand, an
    acronym or a place ("of SASAC", "of Qinghe")."""
    words: list[str] = []
    for tok in run:
        if tok.text in ("of", "for") and words and _field_ending(words[-1], lex):
            return (
                False  # "of Asian Affairs | of the X Association": the unit's field, then its owner
            )
        if tok.text != "the":
            words.append(tok.text)
    if not words or _field_ending(words[-1], lex):
        return False  # "of Asian Affairs": the unit's field, no body (a brand-like word before it)
    return words[-1].casefold() in lex.org_suffixes or _has_brand(" ".join(words), lex)


def _field_ending(word: str, lex: Lexicon) -> bool:
    """A field word that is no organisation's or industry's word ("Affairs", not "Energy")."""
    w = word.casefold()
    return w in lex.folded("field_words") and w not in lex.industry | lex.org_suffixes


def _unit_of_owner(body: str, span: Candidate, lex: Lexicon) -> list[Candidate]:
    """A unit named by two fields joined by "and" (an organisation's word used as a field before
    it: see `_joined_fields`), then "of" its owner ("Foreign Exchange and
    Cooperation Division of the Science Department of X Province"): the unit and its owner, two
    names (the unit's head a body's word, the owner's last word a place's: "Province", "City")."""
    m = _UNIT_OF_OWNER.fullmatch(body, span[0], span[1])
    if (
        m is None
        or m.group("head").casefold() not in lex.folded("body_words")
        or m.group("pre").casefold() not in lex.org_suffixes  # not "Science and Technology ..."
        or m.group("post").casefold() not in lex.folded("field_words")
        or m.group("owner").split()[-1].casefold() not in lex.place_suffixes
    ):  # not "... Commission of the State Council": one name
        return [span]
    return [m.span("unit"), m.span("owner")]


_UNIT_OF_OWNER = re.compile(
    r"(?P<unit>(?:[A-Z][\w'’-]*\s+)*(?P<pre>[A-Z][a-z]+)\s+and\s+(?P<post>[A-Z][a-z]+)\s+"
    r"(?:[A-Z][\w'’-]*\s+)*(?P<head>[A-Z][a-z]+))"
    r"\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the))*)"
)


def _joined_fields(run, k: int, lex: Lexicon) -> bool:
    """ "International Exchange and Cooperation Office": an organisation word used as a field
    (a field word or opener before it) joined by "and" to a field word, inside one unit's name."""
    fields = lex.folded("field_words")
    return (
        k >= 2
        and k + 1 < len(run)
        and run[k - 2].text.casefold() in fields | lex.folded("field_openers")
        and run[k + 1].text.casefold() in fields
    )


def _joined_industries(run, k: int, lex: Lexicon) -> bool:
    """ "Iron and Steel", "Oil and Gas": an "and" inside one name."""
    return (
        k + 1 < len(run)
        and run[k - 1].text.casefold() in lex.industry
        and run[k + 1].text.casefold() in lex.industry
    )


def _dateline_place(body: str, run, lex: Lexicon) -> bool:
    """Whether the run opens with a dateline's place in capitals before a name in mixed case
    ("LONDON Kavo Sons chairman ..."): a known place ("POWERCHINA International" is a name)."""
    word = run[0].text
    if len(run) < 2 or len(word) < 3 or not word.isupper() or run[1].text.isupper():
        return False
    return word.casefold() in lex.places


def _ordinal_in_name(body: str, run, lex: Lexicon) -> bool:
    """A rank word after "the" that opens a name ("the First Affiliated Hospital of X", "the
    Second People's Hospital of Y"): part of the name when the next word opens no title and is
    no other lead word ("the First Vice President of X": the title's)."""
    if run[0].text not in lex.words("name_ordinals") or len(run) < 3:
        return False
    if not re.search(r"(?:^|\s)[Tt]he\s+$", body[max(0, run[0].start - 5) : run[0].start]):
        return False
    nxt = run[1].text
    return (
        nxt[:1].isupper()
        and nxt not in lex.words("chain_lead_stop")
        and nxt.casefold() not in lex.titles
        and nxt.casefold() not in lex.folded("title_modifiers")
    )


def _opener(run, lex: Lexicon, at_start: bool) -> bool:
    """An ordinary first word: "Regarding ..." (sentence start), "Experts of ...", "Delegation of ..."."""
    word = run[0].text
    if word.casefold() in lex.org_suffixes | lex.industry | lex.places | lex.folded("of_heads"):
        return False  # "Port of X Limited", "Ministry of Y": a name's head, no opener
    if syllable_count(word, lex.syllables) is not None:
        return False
    return (at_start and bool(re.search(r"(ing|ed)$", word))) or (
        len(run) > 1 and run[1].text == "of"
    )


def _brand_before(run, begin: int, k: int, lex: Lexicon) -> bool:
    """Whether a brand word comes before the industry word at k ("Longteng Electric Power"); a
    month or a number is none ("July 4 Iron ore producer X": a dateline before a headline's noun)."""
    generic = lex.industry | lex.org_suffixes | lex.connectors | lex.folded("months")
    return any(t.text.casefold() not in generic and not t.text.isdigit() for t in run[begin:k])


def _demonym_lead(words: str, lex: Lexicon) -> bool:
    """Whether `words` are a people's adjective ("South African"), maybe after modifiers of a
    title ("New South African")."""
    demonyms = lex.data.get("demonyms") or {}
    parts = words.split()
    modifiers = lex.folded("possessive_modifiers") | lex.folded("former_words")
    for k in range(len(parts)):
        if " ".join(parts[k:]) in demonyms and all(p.casefold() in modifiers for p in parts[:k]):
            return True
    return False


def _accept(body: str, run, begin: int, last: int, lex: Lexicon) -> Candidate | None:
    words = [t for t in run[begin : last + 1] if t.text not in lex.connectors]
    if len(words) < 2 or run[begin].text in lex.connectors:
        return None
    start, end = run[begin].start, run[last].end
    if body[end : end + 1] == "." and run[last].text in ("Co", "Ltd", "Inc", "Corp"):
        end += 1
    name = " ".join(body[start:end].split())
    lead, _, tail = name.rpartition(" ")
    if tail.islower() and _demonym_lead(lead, lex):
        return None  # "Swedish mining (minister)": a people's adjective and an industry
    if _MINISTER_AFTER.match(body, end) and tail.casefold() in lex.industry | lex.folded(
        "field_words"
    ):
        return None  # "Federal Power Minister A": the minister's portfolio, no company
    titled = re.match(
        r"(?:[A-Z][\w&'’-]*\s+){0,5}([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?", body[start:end]
    )
    titled_portfolio = titled is not None and titled.group(1).casefold() in lex.folded(
        "portfolio_titles"
    )
    after_title = body[start + titled.end() : end] if titled and titled_portfolio else name
    portfolio = titled_portfolio or _portfolio_before(body, start, lex)
    if portfolio and not _institution(after_title, lex):
        return None  # "Minister of Foreign Affairs and International Cooperation": a portfolio
    if titled and (
        titled.group(1).casefold() in lex.folded("title_head_words")
        or titled.group(1).casefold() in lex.surnames  # "Chairman Ren of X Group": a person's
    ):
        start += (
            titled.end()
        )  # "Chief Public Affairs Officer of X Group": the title is no part of it
        name = " ".join(body[start:end].split())
        if len(name.split()) < 2:
            return None
    inner = _FUNCTION_OF.match(name)
    if inner and not _has_org_word(inner.group(1), lex) and _has_org_word(inner.group(2), lex):
        # "Aerospace and Defence of Orvanta Group": a division's field, then the organisation
        start = end - len(inner.group(2))
        name = inner.group(2)
        if len(name.split()) < 2:
            return None
    body_end = _party_body_start(name, lex)
    if body_end is not None:  # "X Group Leading Party Members Group": a body of X, the role is at X
        kept = name[:body_end].rstrip()
        if len(kept.split()) < 2 and not _has_brand(kept, lex):
            return None
        end = start + body[start:end].find(kept.split()[-1]) + len(kept.split()[-1])
        name = kept
    folded = name.casefold()
    _, to, tail = folded.rpartition(" for ")
    if folded in lex.not_org_names or (to and tail in lex.not_org_names):
        return None  # "Urumqi for State-owned Central Enterprises": a class of companies
    return start, end


_MINISTER_AFTER = re.compile(r"\s+[Mm]inisters?\b")
_PORTFOLIO_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _portfolio_before(body: str, start: int, lex: Lexicon) -> bool:
    """Whether "<minister|secretary...> of/for (the)" stands right before offset `start`."""
    m = _PORTFOLIO_BEFORE.search(body, max(0, start - 40), start)
    return m is not None and m.group(1).casefold() in lex.folded("portfolio_titles")


def _institution(name: str, lex: Lexicon) -> bool:
    return has_word(name, lex.folded("institution_words"))


_FIELD_GOES_ON = re.compile(r"\s+(?:and|&)\s+[A-Z]|\s+(?:of|at)\s+(?:the\s+)?[A-Z]")
_FUNCTION_OF = re.compile(r"(.+?) (?:of|at) (?:the )?(.+)$")


def _two_bodies(
    body: str, span: Candidate, lex: Lexicon, tabled: set[Candidate] | None = None
) -> list[Candidate]:
    """A name that is two bodies joined by "and", each with its own head word of `of_heads`
    ("Zambian Ministry of Agriculture and Zambian Ministry of Education") or each a name of the
    organisation table (`tabled`: "Toyota Motor and Samsung Electronics"), split in two; a body
    named for two fields stays one ("Ministry of Science and Technology")."""
    start, end = span
    heads = lex.folded("of_heads")
    for m in _AND_SPLIT.finditer(body, start, end):
        if tabled and (start, m.start()) in tabled and (m.end(), end) in tabled:
            return [(start, m.start()), (m.end(), end)]
        left, right = body[start : m.start()], body[m.end() : end]
        opening = " ".join(
            right.split()[:3]
        )  # "Zambian Ministry of", not "Urban-Rural Development"
        whole = " of " in right or len(right.split()) >= 3  # not a field: "Public Administration"
        if has_word(left, heads) and right[:1].isupper() and has_word(opening, heads) and whole:
            return [(start, m.start()), (m.end(), end)]
    return [span]


_AND_SPLIT = re.compile(r" and (?:the )?")


def _has_org_word(name: str, lex: Lexicon) -> bool:
    return has_word(name, lex.org_suffixes)


def _party_body_start(name: str, lex: Lexicon) -> int | None:
    """Where a party body of the organisation begins at the end of `name` ("Party Group"), if any."""
    folded = name.casefold()
    for ending in sorted(lex.folded("party_body_endings"), key=len, reverse=True):
        if folded.endswith(ending) and (
            len(folded) == len(ending) or folded[-len(ending) - 1] == " "
        ):
            return len(name) - len(ending)
    return None


def _place_brand(body: str, run, lex: Lexicon) -> list[Candidate]:
    spans = []
    for k in range(len(run) - 1):
        place, brand = run[k].text, run[k + 1].text
        last = k + 2 == len(run) or not run[k + 2].text[:1].isupper()
        if (
            place.casefold() in lex.places
            and last
            and brand[:1].isupper()
            and _is_brand(brand, lex)
        ):
            spans.append((run[k].start, run[k + 1].end))
    return spans


def _country_brand_spans(body: str, lex: Lexicon, people: SpanSet) -> list[Candidate]:
    """A state group named by a country word and one pinyin brand of two syllables or more, the
    name ending there ("China Hengtai's chairman", "of Sino Kaiyuan"): `country_brand_openers`."""
    openers = "|".join(re.escape(w) for w in lex.words("country_brand_openers"))
    spans = []
    for m in re.finditer(rf"(?<![\w-])(?:{openers})\s([A-Z][a-z]+)(?![\w-])", body):
        brand = m.group(1)
        if (
            not _is_brand(brand, lex)
            or brand.casefold() in lex.places
            or overlaps(people, m.start(1), m.end(1))
            or _NAME_GOES_ON.match(body, m.end())
            or _in_chain(body, m.start())  # "South China Sea": a longer name
        ):
            continue
        spans.append((m.start(), m.end()))
    return spans


# a capitalised word after the brand: a longer name, read as a chain if it is one
_NAME_GOES_ON = re.compile(r"\s+(?:of\s+|and\s+|&\s+)?[A-Z0-9]")


def _is_brand(word: str, lex: Lexicon) -> bool:
    return (
        word.casefold() not in lex.generic_words and (syllable_count(word, lex.syllables) or 0) >= 2
    )


def org_occurrences(body: str, found: Extraction) -> list[Mention]:
    """Every occurrence of the article's organisation names and aliases: (start, end, mention name),
    but those inside a stock listing or an index's name ("(ABC: XYZ)", "the ABC/XYZ 200")."""
    owner: dict[str, str] = {}
    for org in found.orgs:
        owner.setdefault(org.name, org.name)
        for alias in org.aliases:
            owner.setdefault(alias, org.name)
    listings = _listing_spans(body)
    return [
        Mention(s, e, owner.get(name, name))
        for s, e, name in occurrences(body, owner)
        if not listings.overlaps(s, e)  # "X Bank (ABC: XB)": the exchange is no mention there
    ]


@lru_cache(maxsize=4)
def _listing_spans(body: str) -> SpanSet:
    """The stock listings and index names of a text (`_LISTINGS`), read once per text: several
    readers of an article ask `org_occurrences` (the set is only read, never added to)."""
    return SpanSet([(t.start(), t.end()) for t in _LISTINGS.finditer(body)])


def same_org(a: str, b: str) -> bool:
    """Whether two printed names are the same name (case, spaces, punctuation ignored)."""
    return fold(a) == fold(b)
