"""Roles stated in English text: who holds which title at which organisation.

Each title list (see :mod:`kg.extract.en.titles`) is given to its holders by
the shape of the sentence:
- "Org Title & Title Name (and Name ...)": the names right after the titles;
- "Name, title, title and title of Org" / "Name (title)" / "Name serves as
  title": the name right before;
- "Title of Org, Name": the name after a comma, when no name precedes.
A title without an organisation takes the one of the next (else previous)
title of its list, else the organisation written before the list, else the
one a preceding "Org Title Name and Title Name" named, else the organisation
the article is about (`found.main_org`, what "the company" means). Former
titles ("former chairman", "no longer serves as") get status "former".
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.en.home_places import sole_place, title_level
from kg.extract.en.lexicon import (
    REPLACE_VERB,
    Lexicon,
    fold_phrase,
    get_lexicon,
    has_word,
    phrase_regex,
    plural_title,
)
from kg.extract.en.orgs import org_occurrences, title_case
from kg.extract.en.persons import NAME_PARTICLES, lower_case_page
from kg.extract.en.pinyin import is_surname
from kg.extract.en.portfolios import (
    closed_portfolio_after,
    countries_of,
    ministry_for,
    past_portfolio,
    portfolio_after,
    portfolio_at,
)
from kg.extract.en.pronouns import pronoun_mention
from kg.extract.en.successors import successor_roles
from kg.extract.en.text import (
    DASH_ASIDE,
    LIST_SEP,
    OF_PLACE,
    Mention,
    Mentions,
    Span,
    evidence,
    occurrences,
    overlaps,
    post_nominals_end,
    sentence_before,
    split_sentences,
)
from kg.extract.en.title_lines import join_title_lines, split_title_compounds
from kg.extract.en.titles import (
    LEVEL_WORDS,
    MAIN,
    MINISTER_AT,
    Context,
    TitleItem,
    TitleList,
    branch_of,
    group_modifier_start,
    name_has_kind,
    noncompany_main,
    only_of_kind,
    org_named_after,
    parse_titles,
    portfolio_title,
    trade_nouns,
    unnamed_of_kind_before,
)
from kg.extract.en.vacated import vacated_roles
from kg.model import Article, Extraction, OrgMention, RoleClaim
from kg.vocab import Vocab

_AND_GAP = re.compile(r"\s+and\s+|\s*,\s*(?:and\s+)?")
_COMMA = re.compile(r"\s*,\s*")
_NOT_GAP = re.compile(r"[^\s,and]")  # a character no _AND_GAP can match
_TITLED_GAP = re.compile(r"\s*,\s*([^,;]+(?:,[^,;]+)*?),\s+([a-z][a-z ]{1,40})")
_TITLED_ORG_GAP = re.compile(
    r"\s*,\s*([^;]+?)\s+((?:was|were|has\s+been|have\s+been|will\s+be|is)\s+[a-z][a-z ]{1,40})"
)
# ", the <title>", ", a <title>", "(<title>", ", 62, <title>" (an age), ", who is also <title>", ", who also serves
# as <title>"
_APPOSITION = re.compile(
    r"\s*(?:,|[(（]|(?<=\s)[—–])\s*(?:\d{2},\s*)?(?:(?:currently|presently|now)\s+)?"
    r"(?:who\s+(?:also\s+)?(?:is|was|serves\s+as)\s+(?:also\s+|currently\s+|now\s+)?"
    r"(?:the\s+|an?\s+)?(?:(?:non|co|vice)-[a-z]+,?\s+)*"  # "who is currently a non-executive, "
    r"|the\s+(?:company|group|bank|firm)['’]s\s+|its\s+|the\s+|an?\s+|as\s+(?:its\s+)?"
    r"|[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}(?:['’]s|(?<=s)['’])\s+)?"  # "Name, Norway's High Commissioner"
    r"(?:(?:new|newly[ -]appointed|incoming|current|acting|interim)\s+)?"  # "A, the new envoy of X"
)


def extract_roles(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a RoleClaim per (person, title, organisation) the text states."""
    lex = get_lexicon(vocab)
    people = Mentions(with_short_forms(article.body, lex, found))
    body = join_title_lines(article.body, lex, people)  # "Name" / "Title" lines: "Name, Title"
    body = split_title_compounds(body, lex)  # "president-CEO": "president/CEO"
    orgs = org_occurrences(body, found)
    sentences = split_sentences(body)
    made: list[list[RoleClaim]] = []  # the claims each sentence gives
    ctx = _context(body, lex, orgs, people, found.main_org)
    families = family_names(found, lex)
    for i, sentence in enumerate(sentences):
        before = len(found.roles)
        pronoun = (  # "He is also chairman of X": the person, named before its sentence is read
            pronoun_mention(
                body,
                lex,
                sentences[i - 1],
                sentence,
                people,
                {c.person for c in made[-1]},
                families,
            )
            if i
            else None
        )
        if pronoun is not None:
            people = Mentions(sorted([*people, pronoun]))
            ctx = _context(body, lex, orgs, people, found.main_org)
        _sentence_roles(article, found, ctx, people, sentence)
        _unlisted_roles(
            article, found, ctx, people.starting_in(sentence.start, sentence.end), sentence
        )
        _title_of_person(article, found, ctx, people, sentence)
        _successions(article, found, ctx, people, sentence, found.roles[before:])
        _replaced_as(article, found, ctx, people, sentence)
        _succeeds_earlier(article, found, ctx, people, sentence, [*made[-1:], found.roles[before:]])
        _where_was(article, found, ctx, people, sentence)
        _career_as(article, found, ctx, people, sentence, families, made[-1:])
        _counterparts(article, found, ctx, people, sentence, found.roles[before:])
        made.append(found.roles[before:])
    vacated_roles(article, found, lex, people, sentences, made)
    successor_roles(article, found, lex, people, sentences, made)
    _yield_defaults(found, lex)
    _yield_short_titles(found, lex)
    _drop_related_party_posts(found, lex)


def _drop_related_party_posts(found: Extraction, lex: Lexicon) -> None:
    """A post printed "of/at X's <related party>" ("the chief financial officer at X's largest
    shareholder", "chief executive of X's parent company": `related_party_nouns`) is the other
    body's, whose name the text does not give: no post at X."""
    nouns = longest_first(lex.words("related_party_nouns"))

    def related(r: RoleClaim) -> bool:
        quote = r.evidence.quote.casefold()
        org = r.org.casefold()
        if f"{org}'s" not in quote and f"{org}’s" not in quote:
            return False  # no possessive of the organisation: no pattern to build and compile
        pattern = (
            rf"{re.escape(r.title)}\s+(?:of|at|for)\s+(?:the\s+)?{re.escape(r.org)}['’]s\s+"
            rf"(?:[a-z-]+\s+){{0,2}}(?:{nouns})\b"
        )
        return re.search(pattern, r.evidence.quote, re.IGNORECASE) is not None

    if nouns:
        found.roles[:] = [r for r in found.roles if not related(r)]


def _yield_short_titles(found: Extraction, lex: Lexicon) -> None:
    """A bare one-word title ("Secretary A held talks") noted "other" is the short form of a
    fuller title the text gives that person ("A, Secretary of the Party Committee of Y"): the
    organisation the bare title took from its sentence is a guess, and yields to the full post."""
    full: dict[tuple[str, str], set[str]] = {}
    openers = lex.folded("title_openers")
    for r in found.roles:
        words = r.title.casefold().split()
        if len(words) > 1 and r.role != "other" and not openers.intersection(words):
            for word in words:  # not "Vice President of Y" for "President A": another post
                full.setdefault((r.person, word), set()).add(r.org)

    def shortened(r: RoleClaim) -> bool:
        if r.role != "other" or " " in r.title.strip():
            return False
        orgs = full.get((r.person, r.title.strip().casefold()), set())
        return bool(orgs) and r.org not in orgs

    found.roles[:] = [r for r in found.roles if not shortened(r)]


def _yield_defaults(found: Extraction, lex: Lexicon) -> None:
    """A post given to the article's organisation by default (its sentence names no organisation:
    "General Manager A Visits the Site of X") yields to the same post at an organisation the text
    names for that person ("A, General Manager of Y"): the default was a guess. A sentence that
    says "the company" or "our group" named it: no guess."""
    main = found.main_org
    if not main:
        return
    names = {main, *(a for o in found.orgs if o.name == main for a in o.aliases)}
    legal = lex.folded("legal_suffixes")
    for name in list(names):  # "X PLC" is named as "the X Board" too
        parts = name.split()
        if len(parts) > 1 and parts[-1].casefold().rstrip(".") in legal:
            names.add(" ".join(parts[:-1]))
    words = longest_first(lex.words("main_org_refs"))
    # "the company's general manager", "general manager of the company": said so, not a default
    refs = re.compile(rf"(?:{words})['’]s\b|\bof\s+(?:{words})\b", re.IGNORECASE)

    def defaulted(r: RoleClaim) -> bool:
        return (
            r.org == main
            and not any(n in r.evidence.quote for n in names)
            and refs.search(r.evidence.quote) is None
        )

    named = {(r.person, r.role) for r in found.roles if r.org != main}
    found.roles[:] = [r for r in found.roles if not (defaulted(r) and (r.person, r.role) in named)]


def _context(
    body: str, lex: Lexicon, orgs, people: Mentions, main_org: str | None = None
) -> Context:
    return Context(
        body,
        lex,
        {m.start: m for m in orgs},
        {m.end: m.name for m in orgs},
        [(m.start, m.end) for m in people],
        main_org,
    )


def with_short_forms(body: str, lex: Lexicon, found: Extraction) -> list[Mention]:
    """The persons' mentions, and their family names alone where one opens an apposition or a
    sentence with a title link ("Tian, former vice chairman of X, joined..."; "Tian was appointed
    president of Y"): the family name (first word of a pinyin name,
    last of another) of exactly one person of the article, at the start of a sentence or a clause
    (also past a short opening phrase or a reporting subject: "Prior to this, Roe", "The company
    says Roe"), right before a comma, a link or a dash aside and its link, stands for that person."""
    full = [  # "Sir A B KNZM has been ...": the honours belong to the mention
        Mention(s, post_nominals_end(body, e, lex.post_nominals), name)
        for s, e, name in occurrences(body, [p.name for p in found.persons])
    ]
    shorts = {**family_names(found, lex, first_two=True), **_knighted(body, lex, full)}
    taken = [(s, e) for s, e, _ in full]
    links = lex.data["title_links"]
    career = phrase_regex([*lex.words("career_links"), *links["current"], *links["former"]])
    extra = []
    for s, e, short in occurrences(body, list(shorts)):
        courtesy = _courtesy_before(lex).search(body, max(0, s - 12), s)  # "Ms Roe, who ..."
        at = courtesy.start() if courtesy else s
        opens = (
            not body[:at].rstrip(" \t")
            or body[:at].rstrip(" \t")[-1] in ".;\n"
            or _WHERE_BEFORE.search(body, max(0, at - 12), at) is not None  # "X, where Roe is"
            or _DATED_OPENING.search(body, max(0, at - 16), at)
            is not None  # "From 1 June 2022, Roe"
            or _opening_phrase_before(body, at, full)  # "Prior to this, Roe", "X says Roe"
        )
        aside = DASH_ASIDE.match(body, e)  # "Roe – who has served 11 years on the board – held"
        told = (
            body.startswith(",", e)
            or _career_follows(body, e, career)
            or _BOARD_GAP.match(body, e) is not None  # "Roe will join the board as a director"
            or (aside is not None and _career_follows(body, aside.end(), career))
        )
        if opens and told and not any(ts <= s < te for ts, te in taken):
            extra.append(Mention(s, e, shorts[short]))
    return sorted(full + extra)


def _opening_phrase_before(body: str, at: int, full: list[Mention]) -> bool:
    """Whether what opens the sentence before `at` is a short phrase closed by a comma ("Prior to
    this appointment, |Roe") or a reporting subject ("The company says |Roe"), naming no person."""
    head = body[: max(body.rfind(c, 0, at) for c in ".;\n") + 1]
    return _OPENING_PHRASE.fullmatch(body, len(head), at) is not None and not any(
        len(head) <= s < at for s, _, _ in full
    )


# a short phrase opening a sentence, closed by a comma, or a subject and its verb of saying
_OPENING_PHRASE = re.compile(
    r"\s*(?:[A-Z][\w'’-]*(?:[ ][\w'’-]+){0,6},"
    r"|[A-Z][\w'’&-]*(?:[ ][\w'’&-]+){0,3}[ ](?:says|said)(?:[ ]that)?)[ ]+"
)


def _knighted(body: str, lex: Lexicon, full: list[Mention]) -> dict[str, str]:
    """ "Sir Henry" -> "Henry Marlow": an honorific used with the given name alone
    (`given_name_honorifics`) and the given name of exactly one person printed after it."""
    owners: dict[str, set[str]] = {}
    for start, _end, name in full:
        words = name.split()
        for honorific in lex.words("given_name_honorifics"):
            if (
                len(words) >= 2
                and body[max(0, start - len(honorific) - 1) : start] == f"{honorific} "
            ):
                owners.setdefault(f"{honorific} {words[0]}", set()).add(name)
    return {short: next(iter(names)) for short, names in owners.items() if len(names) == 1}


def _courtesy_before(lex: Lexicon) -> re.Pattern[str]:
    """A courtesy title (`courtesy_titles`) ending right before a family name ("Ms |Roe")."""
    return lex.made(_courtesy_pattern)


def _courtesy_pattern(lex: Lexicon) -> re.Pattern[str]:
    words = longest_first(lex.words("courtesy_titles"))
    return re.compile(rf"\b(?:{words})\.?\s+$")


def family_names(found: Extraction, lex: Lexicon, first_two: bool = False) -> dict[str, str]:
    """Short form -> the one person of the article it can stand for: the family name (first word
    of a pinyin name or of a three-word name opening with a `family_first_surnames` word, last of
    another); with `first_two`, also the first two words of a name of
    four or more ("Megat Najmuddin" for "Megat Najmuddin Megat Khas", not "Mohamed bin")."""
    owners: dict[str, set[str]] = {}
    for person in found.persons:
        words = person.name.split()
        if len(words) >= 2:
            first = is_surname(words[0], lex) or (
                len(words) == 3 and words[0].casefold() in lex.folded("family_first_surnames")
            )  # "Teo Swee Lian": "Teo" alone later
            short = words[0] if first else words[-1]
            owners.setdefault(short, set()).add(person.name)
            j = len(words) - 2  # "Jan de Wit": "Mr de Wit", "De Wit said" (particles kept)
            while not first and j >= 1 and words[j].casefold() in NAME_PARTICLES:
                j -= 1
            if j < len(words) - 2:
                tail = " ".join(words[j + 1 :])
                owners.setdefault(tail, set()).add(person.name)
                owners.setdefault(tail[:1].upper() + tail[1:], set()).add(person.name)
            if first and not is_surname(words[0], lex):
                # "Lee Ann Hart": a Western name may open with such a word; "Hart" alone still hers
                owners.setdefault(words[-1], set()).add(person.name)
        if first_two and len(words) >= 4 and words[1].casefold() not in NAME_PARTICLES:
            owners.setdefault(" ".join(words[:2]), set()).add(person.name)
    return {short: next(iter(names)) for short, names in owners.items() if len(names) == 1}


def _career_follows(body: str, end: int, career: re.Pattern) -> bool:
    """Whether " previously served as" (a career link) follows a short form ending at `end`."""
    return body[end : end + 1] == " " and career.match(body, end + 1) is not None


_UNLISTED_TITLE = re.compile(
    r",\s+((?:[A-Z][\w&'’()-]*\s+){0,5}([A-Z][a-z]+))\s+(?:of|at)\s+(?:the\s+)?"
)


def _unlisted_roles(
    article: Article, found: Extraction, ctx: Context, people, sentence: Span
) -> None:
    """ "Name, Chief Group Public Affairs Officer of X": a title the vocabulary lacks, ending in a
    title word (`title_head_words`), between a name and an organisation, is a role noted "other"."""
    heads = ctx.lex.folded("title_head_words")
    for start, end, name in people:
        if not sentence.start <= start < sentence.end:
            continue
        m = _UNLISTED_TITLE.match(ctx.text, end, sentence.end)
        if (
            not m
            or m.group(2).casefold() not in heads
            or ctx.lex.title_re.match(ctx.text, m.start(1))
        ):
            continue
        hit = ctx.org_at.get(m.end())
        if hit is None:
            continue
        title = " ".join(m.group(1).split())
        claim = RoleClaim(name, "other", title, hit.name, evidence(article, sentence))
        if not _stated(found, (name, hit.name, title), lambda r: (r.person, r.org, r.title)):
            found.roles.append(claim)
    for start, _, name in people:
        if not sentence.start <= start < sentence.end:
            continue
        reversed_title = _unlisted_title_before(ctx, start, sentence)
        if reversed_title is None:
            continue
        title, org = reversed_title
        claim = RoleClaim(name, "other", title, org, evidence(article, sentence))
        if not _stated(found, (name, org, title), lambda r: (r.person, r.org, r.title)):
            found.roles.append(claim)


def _unlisted_title_before(ctx: Context, start: int, sentence: Span) -> tuple[str, str] | None:
    """ "Political Officer at the X Embassy in Y, Dr A": a title the vocabulary lacks, ending in
    a title word (`title_head_words`), then "of/at" and an organisation the text reads (and "in"
    a place), then a comma, honorifics and the name at `start`: its title and organisation (the
    reverse of "A, Political Officer at X"), when no name stands before the title."""
    gap = _REVERSED_GAP.search(ctx.text, max(sentence.start, start - 60), start)
    if gap is None:
        return None
    words = gap.group("honorifics").split()
    if not all(w.casefold().rstrip(".") in ctx.lex.honorifics for w in words):
        return None
    ends = (gap.start(), gap.start("comma"))  # "at the X Embassy in Y": Y in the name or not
    known = next(
        (m for m in ctx.org_at.values() if m.end in ends and m.start >= sentence.start),
        None,
    )
    places = ctx.lex.places | ctx.lex.folded("countries")
    if known is None or known.name.casefold() in places:
        return None  # "Deputy Ambassador of X in Y, A": whose envoy is not told
    m = _REVERSED_TITLE.search(ctx.text, max(sentence.start, known.start - 80), known.start)
    if m is None:
        return None
    at = m.start(1)
    printed = m.group(1).split()
    if printed[0] == "The":
        printed, at = printed[1:], at + 4
    if not printed or printed[-1].casefold() not in ctx.lex.folded("title_head_words"):
        return None
    if ctx.lex.title_re.search(ctx.text, at, known.start) or any(
        at <= s < known.start for s, _ in ctx.people
    ):
        return None  # a title the vocabulary has (read with its holder), or a name among the words
    lead = ctx.text[sentence.start : at]
    if lead.strip() and not _REVERSED_LEAD.search(lead):
        return None  # "Chairman A and Political Officer at X, B": not the start of an item
    if any(_COMMA_THEN.fullmatch(ctx.text, e, at) for s, e in ctx.people if e <= at):
        return None  # "A, Political Officer at X, B": A's title
    return " ".join(printed), known.name


# where a reversed unlisted title's item starts: the sentence's start, a comma or a word that opens a
# noun phrase
_REVERSED_LEAD = re.compile(r"(?:[,;:(]|(?<![\w'’-])(?:and|by|with|on|the|met|meets|as))\s*$")
_REVERSED_TITLE = re.compile(r"((?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][a-z]+)\s+(?:of|at)\s+(?:the\s+)?$")
_REVERSED_GAP = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?P<comma>\s*,)\s*"
    r"(?P<honorifics>(?:[A-Z][a-z]+\.?\s+){0,2})$"
)


def _title_of_person(
    article: Article, found: Extraction, ctx: Context, people, sentence: Span
) -> None:
    """ "X Group Co., Ltd., president of Y": machine translation of "X集团董事长Y" (the organisation,
    its title, then the holder) gives the title "of" a person; Y holds it at X."""
    for m in ctx.lex.title_re.finditer(ctx.text, sentence.start, sentence.end):
        of = _OF_THEN.match(ctx.text, m.end(), sentence.end)
        holder = people.starting_in(of.end(), of.end() + 1) if of else []
        if not holder:
            continue
        org = next(
            (
                ctx.org_end[end]
                for end in range(m.start(), max(sentence.start, m.start() - 4), -1)
                if end in ctx.org_end and _ORG_GAP.fullmatch(ctx.text, end, m.start())
            ),
            None,
        )
        if org is None:
            continue
        title = " ".join(m.group().split())
        item = TitleItem(title, ctx.lex.titles[fold_phrase(title)], m.start(), m.end(), org)
        claim = _claim(ctx, found, item, org, sentence)
        if claim is None:
            continue
        role, org_name = claim
        made = RoleClaim(holder[0].name, role, title, org_name, evidence(article, sentence))
        if not _stated(found, (made.person, role, org_name), lambda r: (r.person, r.role, r.org)):
            found.roles.append(made)


def _where_was(article: Article, found: Extraction, ctx: Context, people, sentence: Span) -> None:
    """ "A joins from X, where she was managing director": A held the titles after "where she
    was" at X, as former roles, when A is the one person the sentence names before X."""
    for m in _WHERE_WAS.finditer(ctx.text, sentence.start, sentence.end):
        org = next(
            (
                ctx.org_end[end]
                for end in range(m.start(), max(sentence.start, m.start() - 2), -1)
                if end in ctx.org_end
            ),
            None,
        )
        holders = {p.name for p in people.starting_in(sentence.start, m.start())}
        titles = parse_titles(ctx, m.end(), sentence.end) if org and len(holders) == 1 else None
        if titles is None:
            continue
        person = holders.pop()
        for item in titles.items:
            claim = _claim(ctx, found, item, item.org or org, sentence)
            if claim is None:
                continue
            role, org_name = claim
            if not _stated(found, (person, role, org_name), lambda r: (r.person, r.role, r.org)):
                found.roles.append(
                    RoleClaim(
                        person, role, item.title, org_name, evidence(article, sentence), "former"
                    )
                )


_WHERE_WAS = re.compile(
    r",?\s+where\s+(?:he|she|they)\s+(?:was|had\s+been|served\s+as|worked\s+as)\s+"
    r"(?:the\s+|an?\s+)?"
)
_OF_THEN = re.compile(r"\s+of\s+")
_ORG_GAP = re.compile(r"\s*,?\s*")


def _successions(
    article: Article, found: Extraction, ctx: Context, people, sentence: Span, made: list[RoleClaim]
) -> None:
    """ "X was named chair, succeeding Y" / "to take over from Y": Y held X's new post before, so
    Y gets it too, as a former role."""
    if not made:
        return
    pattern = phrase_regex(ctx.lex.words("succession_links"))
    froms = []  # "A takes over as chief executive of X from Y": "from" after the post
    over = _TAKES_OVER_AS.search(ctx.text, sentence.start, sentence.end)
    if over:  # only a "from" right after the post: "takes over as CEO of X from Y"
        froms = [
            m
            for m in _FROM.finditer(ctx.text, over.end(), min(sentence.end, over.end() + 80))
            if not re.search(
                r"[,;]|\b(?:in|on|at|when|after|and)\b", ctx.text[over.end() : m.start()]
            )
        ]
    for m in [*pattern.finditer(ctx.text, sentence.start, sentence.end), *froms]:
        after = people.starting_in(m.end(), sentence.end)
        gap = ctx.text[m.end() : after[0].start].strip(" ,") if after else None
        if gap and gap.rstrip(".").casefold() in ctx.lex.honorifics:
            gap = ""  # "to succeed Sir Peter Roe", "succeeding Dr Jane Roe"
        if gap is None or (gap not in ("", "the") and not _titles_only(ctx, gap)):
            continue
        predecessor = after[0].name
        if gap not in ("", "the"):  # "replacing interim CFO Y": Y's own post is the former one
            posts = {(c.role, c.org) for c in made if c.person != predecessor}
            found.roles[:] = [
                replace(r, status="former")
                if r.person == predecessor
                and (r.role, r.org) in posts
                and sentence.start <= r.evidence.start < sentence.end
                else r
                for r in found.roles
            ]
        now = [c for c in made if _held_now(ctx, people, c, sentence, m.start())]
        successor = _nearest_holder(ctx, people, made, sentence, m.start())
        for claim in made:
            if successor is not None and claim.person != successor:
                continue  # "...; and B as CFO, replacing C": B's post only, not the list's
            if claim.person == predecessor or claim.status != "current" or claim in now:
                continue  # "A, the COO, will take over as CEO from B": the COO post is A's own
            former = replace(claim, person=predecessor, status="former")
            if not _stated(
                found,
                (predecessor, former.role, former.org, "former"),
                lambda r: (r.person, r.role, r.org, r.status),
            ):
                found.roles.append(former)


def _nearest_holder(
    ctx: Context, people, made: list[RoleClaim], sentence: Span, link: int
) -> str | None:
    """The holder of a post the sentence gave who is named last before a succession link, in its
    clause (after the last semicolon): the one whose post the predecessor held ("the appointment of
    A as chairman; ... as well as B as CFO, replacing C": B). None when no such holder is named
    there."""
    clause = max(sentence.start, ctx.text.rfind(";", sentence.start, link) + 1)
    holders = {c.person for c in made}
    named = [p.name for p in people.starting_in(clause, link) if p.name in holders]
    return named[-1] if named else None


def _held_now(ctx: Context, people, claim: RoleClaim, sentence: Span, link: int) -> bool:
    """Whether the claim's title is printed before `link` only in an apposition right after its
    holder's name, the post the holder has now ("A, who is now lead director, will take over
    from B"; "A, the chief operating officer, will take over as chief executive from B")."""
    names = [p.end for p in people.starting_in(sentence.start, link) if p.name == claim.person]
    spots = [
        m.start() for m in re.finditer(re.escape(claim.title), ctx.text[sentence.start : link])
    ]
    return bool(names and spots) and all(
        any(_HELD_NOW.fullmatch(ctx.text, end, sentence.start + at) for end in names)
        for at in spots
    )


_HELD_NOW = re.compile(
    r"\s*,\s*(?:who\s+(?:is|(?:now\s+|currently\s+|also\s+|already\s+)?serves\s+as|has\s+"
    r"(?:been|served\s+as))\s+(?:now\s+|currently\s+|also\s+|already\s+)?"
    r"(?:the\s+|an?\s+|its\s+|our\s+)?|(?:the|its|our)\s+)(?:current\s+)?"
)
_TAKES_OVER_AS = re.compile(r"\b(?:takes|took|take|taking|taken)\s+over\s+as\s")
_FROM = re.compile(r"\bfrom\b")


def _titles_only(ctx: Context, gap: str) -> bool:
    """Whether `gap` is a title and nothing else ("interim CFO", "the outgoing chairman")."""
    words = gap.removeprefix("the ").strip()
    m = ctx.lex.title_re.search(words)
    if m is None or words[m.end() :].strip():
        return False
    before = words[: m.start()].split()
    mods = ctx.lex.folded("title_modifiers") | ctx.lex.folded("former_words")
    return all(w.casefold() in mods for w in before)


_REPLACED_AS = re.compile(REPLACE_VERB)
_AS_TITLE = re.compile(r"\s+as\s+(?:the\s+|its\s+|their\s+)?(?:(?:[a-z]+)['’]s\s+)?(?:new\s+)?")


def _replaced_as(article: Article, found: Extraction, ctx: Context, people, sentence: Span) -> None:
    """ "X replaced Y as the bank's president": X holds the post now, Y held it before; the
    organisation is the one named last in the sentence before "as", else the article's."""
    for x in people.starting_in(sentence.start, sentence.end):
        verb = _REPLACED_AS.match(ctx.text, x.end) or _after_apposition(ctx, x.end, sentence)
        if not verb:
            continue
        after = people.starting_in(verb.end(), sentence.end)
        if not after or after[0].start != verb.end():
            continue
        y = after[0]
        as_title = _AS_TITLE.match(ctx.text, y.end)
        titles = parse_titles(ctx, as_title.end(), sentence.end) if as_title else None
        if titles is None or not titles.items:
            continue
        named = [o.name for s0, o in sorted(ctx.org_at.items()) if sentence.start <= s0 < y.start]
        org = _org_for(titles, 0) or (named[-1] if named else found.main_org)
        if org is None or org is MAIN:
            org = found.main_org
        if org is None:
            continue
        for item in titles.items:
            claim = _claim(ctx, found, item, org, sentence)
            if claim is None:
                continue
            role, org_name = claim
            _ensure_org(article, found, org_name, sentence)
            proof = evidence(article, sentence)
            found.roles[:] = [  # "Y as chief executive": Y's post is the former one here
                r
                for r in found.roles
                if not (
                    r.person == y.name and (r.role, r.org, r.status) == (role, org_name, "current")
                )
            ]
            for person, status in ((x.name, "current"), (y.name, "former")):
                made = RoleClaim(person, role, item.title, org_name, proof, status)
                if made not in found.roles:
                    found.roles.append(made)


def _succeeds_earlier(
    article: Article,
    found: Extraction,
    ctx: Context,
    people,
    sentence: Span,
    recent: list[list[RoleClaim]],
) -> None:
    """ "A was appointed chief financial officer. She succeeds Y, who retires": with no post
    printed after Y, Y held the posts A was given in this sentence or the one before (former)."""
    for x in people.starting_in(sentence.start, sentence.end):
        verb = _REPLACED_AS.match(ctx.text, x.end)
        aside = ""
        if not verb:
            verb = _after_apposition(ctx, x.end, sentence)
            aside = ctx.text[x.end : verb.start()] if verb else ""
        if not verb:
            continue
        after = people.starting_in(verb.end(), sentence.end)
        if not after or after[0].start != verb.end() or after[0].name == x.name:
            continue
        if _AS_TITLE.match(ctx.text, after[0].end):
            continue  # "X replaced Y as president": _replaced_as reads it
        posts = [c for group in recent for c in group if c.person == x.name]
        for claim in posts:
            if claim.status != "current":
                continue
            if aside and claim.title in aside and sentence.start <= claim.evidence.start:
                continue  # "A, who is now lead director, will take over from Y": A's own post
            former = replace(claim, person=after[0].name, status="former")
            if not _stated(
                found, (former.person, former.role, former.org), lambda r: (r.person, r.role, r.org)
            ):
                found.roles.append(former)


def _career_as(
    article: Article,
    found: Extraction,
    ctx: Context,
    people,
    sentence: Span,
    families: dict[str, str],
    before: list[list[RoleClaim]],
) -> None:
    """ "Ms Roe brings 25 years of experience, most recently as chief risk officer at X": a post
    held before, of the one person the sentence names before it (or opens with: a courtesy title
    and a family name, or a pronoun for the one person the sentence before gave posts to), at the
    organisation the text names with the title; none named, no post."""
    for m in ctx.lex.made(_career_as_re).finditer(ctx.text, sentence.start, sentence.end):
        named = {p.name for p in people.starting_in(sentence.start, m.start())}
        holder = named.pop() if len(named) == 1 else None
        if not named and holder is None:
            holder = _sentence_subject(ctx, sentence, families, before)
        titles = parse_titles(ctx, m.end(), sentence.end) if holder else None
        if holder is None or titles is None:
            continue
        for index, item in enumerate(titles.items):
            org = _org_for(titles, index)
            claim = _claim(ctx, found, item, org, sentence) if org and org is not MAIN else None
            if claim is None:
                continue
            role, org_name = claim
            _ensure_org(article, found, org_name, sentence)
            made = RoleClaim(
                holder, role, item.title, org_name, evidence(article, sentence), "former"
            )
            if not _stated(found, (holder, role, org_name), lambda r: (r.person, r.role, r.org)):
                found.roles.append(made)


def _sentence_subject(
    ctx: Context, sentence: Span, families: dict[str, str], before: list[list[RoleClaim]]
) -> str | None:
    """The person a sentence opens with when it names nobody in full: "Ms Roe", "Roe" (a family
    name one person has), or "She" for the one person the sentence before gave posts to."""
    m = _SUBJECT_WORD.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return None
    if m.group(2) in families:
        return families[m.group(2)]
    if m.group(1) is None and m.group(2).casefold() in ctx.lex.folded("subject_pronouns"):
        holders = {c.person for group in before for c in group}
        return holders.pop() if len(holders) == 1 else None
    return None


def _career_as_re(lex: Lexicon) -> re.Pattern:
    """ "most recently as", "previously serving as" (`career_as_openers` of kg/vocab/en.yml)."""
    openers = "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(lex.words("career_as_openers"), key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?:{openers})\s*,?\s+"
        r"(?:as|serving\s+as|having\s+served\s+as|where\s+(?:he|she)\s+was)\s+(?:the\s+|an?\s+)?"
    )


_SUBJECT_WORD = re.compile(r"\s*(?:(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?([A-Za-z][\w'’-]*)\b")


def _after_apposition(ctx: Context, end: int, sentence: Span):
    """The replace verb after "X, <apposition>,": "Yi, vice president of Z, replaced Y as ..."."""
    if ctx.text[end : end + 1] != ",":
        return None
    close = ctx.text.find(",", end + 1, sentence.end)
    return _REPLACED_AS.match(ctx.text, close + 1) if close > 0 and close - end < 120 else None


def _sentence_roles(
    article: Article, found: Extraction, ctx: Context, people, sentence: Span
) -> None:
    carry: dict[str, str | None]
    pos, carry = sentence.start, {}
    carried: dict[str, TitleList] = {}  # the titles each holder's carried organisation came with
    fielded: set[str] = set()  # holders of a field's portfolio: "A and B" ministers of one body
    country_of: _CountryScope | None = None
    listed: _ListScope | None = None
    chained: tuple[int, list[str], bool] | None = None  # the last titles' end, holders, former
    for m in ctx.lex.title_re.finditer(ctx.text, sentence.start, sentence.end):
        if m.start() < pos:
            continue
        titles = parse_titles(ctx, _modifiers_start(ctx, sentence.start, m.start()), sentence.end)
        if titles is None:
            continue
        pos = titles.end
        to = _TO_TITLE.match(ctx.text, titles.end, sentence.end)
        if to:  # "Adviser to Hon'ble Prime Minister of X": past the epithet
            to = ctx.lex.made(_epithet_re).match(ctx.text, to.end(), sentence.end) or to
        inner = parse_titles(ctx, to.end(), sentence.end) if to else None
        if inner is not None:
            # "Political Secretary to Chief Minister X Name": Name holds the first titles, at
            # the organisation of the titles after "to"; those are someone else's
            pos = inner.end
            place = next((item.org for item in inner.items if item.org), None)
            if place is None or place is MAIN:
                continue  # "Special Assistant to Prime Minister Name": at no organisation given
            items = [replace(item, org=item.org or place) for item in titles.items]
            titles = replace(
                titles, items=items, end=inner.end, new_orgs=titles.new_orgs + inner.new_orgs
            )
        split = _apposition_split(ctx, people, titles)
        if split is not None:  # "A, <A's titles>, <B's titles> B": A's part first
            own, titles = split
            first = _name_before(ctx, people, own.start)
            if first is not None:
                at = _listed_with(ctx, people, own, listed)
                _add_claims(article, found, ctx, sentence, first[0], own, first[1], at)
                listed = _ListScope.after(ctx, people, own, at)
        holders, former = _holders(ctx, people, titles)
        if (
            not holders
            and chained is not None
            and not _plural(titles)  # "..., as well as members of X": other people
            and _chain_goes_on(ctx, chained[0], titles.start)
        ):
            holders, former = chained[1], chained[2]  # "A, Chairman of X and Y, and Secretary of Z"
        if (
            not holders
            and chained is not None
            and len(chained[1]) == 1
            and _APPOSED_LINK.fullmatch(ctx.text, chained[0], titles.start)
        ):
            holders, former = chained[1], False  # "A, the current CFO (who ...), will become CEO"
        if (
            not holders
            and chained is not None
            and len(chained[1]) == 1
            and _AND_NO_LONGER.fullmatch(ctx.text, chained[0], titles.start)
        ):
            holders, former = (
                chained[1],
                True,
            )  # "A was appointed X and no longer held the post of Y"
        titles = _split_levels(ctx, people, holders, titles, sentence)
        titles = _on_supervisors_board(ctx, people, titles, sentence)
        members = _plural(titles) and _MEMBERS_ARE.match(ctx.text, titles.end) is not None
        inherited = (
            _title_acronym_org(ctx, people, titles)
            or _where_org(ctx, people, titles)
            or _with_holder_org(ctx, found, people, titles, sentence, chained)
            or (None if members else _org_after_names(ctx, people, holders, titles, sentence.end))
            or _group_org(ctx, titles, sentence)
            or next(
                (
                    carry[h]
                    for h in _name_before_and(ctx, people, titles.start)
                    if h in carry
                    and (h in fielded or not _field_portfolio(ctx, titles))
                    and not _next_item(ctx, people, holders, h, titles, carried.get(h))
                ),
                None,
            )
            or _org_after_comma(ctx, people, titles)
            or _listed_with(ctx, people, titles, listed)
        )
        if inherited == UNREAD:
            continue  # better no role than one at an organisation the text does not give it
        if inherited and not _heads_fit(ctx, titles, inherited):
            inherited = None  # "Academy Chief Executive A, Councillor B": no academy's councillor
        listed = _ListScope.after(ctx, people, titles, inherited)
        appoints = _appointer(ctx, people, titles)
        country = _country_before(ctx, titles.start) or _listed_after(ctx, country_of, titles)
        country_of = (
            _CountryScope(country, _holder_end(ctx, people, titles), _titles_key(titles))
            if country
            else None
        )
        seats = any(item.notation in _SEAT_NOTATIONS for item in titles.items)
        chained = (titles.end, holders, former) if holders else None
        for name in holders:
            own = None if seats else _bracketed_org(ctx, people, name, titles.end, sentence.end)
            at = own or inherited
            carry[name] = titles.prefix_org or at
            carried[name] = titles
            if _field_portfolio(ctx, replace(titles, prefix_org=None)):
                fielded.add(name)
            _add_claims(article, found, ctx, sentence, name, titles, former, at, appoints, country)


def _group_org(ctx: Context, titles: TitleList, sentence: Span) -> str | None:
    """The body of the nearest group of its own people printed before these titles
    ("officials of X, including <titled names>", "the board of X led by chairman A"), when
    only the list's entries stand between them: each list keeps its own body ("officials of X,
    including A, and officials of Y, including B": B is Y's). The words in `own_people_groups`."""
    last = None
    for m in ctx.lex.made(_group_re).finditer(ctx.text, sentence.start, titles.start):
        last = m
    if last is None:
        return None
    org = ctx.org_at.get(last.end("org"))
    if org is None:
        return None
    link = _GROUP_LINK.match(ctx.text, org.end, titles.start)
    if link is None:
        return None
    gap = ctx.text[link.end() : titles.start]
    if any(w not in _GROUP_GAP_WORDS for w in re.findall(r"\b[a-z][\w'’-]*", gap)):
        return None  # "officials of X, including A, met B, chairman": B's body is not X
    return org.name


def _group_re(lex: Lexicon) -> re.Pattern[str]:
    words = longest_first(lex.words("own_people_groups"))
    return re.compile(rf"\b(?:{words})\s+(?:of|from)\s+(?:the\s+)?(?P<org>)", re.IGNORECASE)


# the group's org, then its list: "X (XA), including", "X, led by"
_GROUP_LINK = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:including|namely|led\s+by|headed\s+by|chaired\s+by)"
    r"\s*:?\s*(?:the\s+|its\s+)?"
)
_GROUP_GAP_WORDS = frozenset(("and", "of", "the", "its", "their", "to", "cum"))


def _on_supervisors_board(ctx: Context, people, titles: TitleList, sentence: Span) -> TitleList:
    """ "Chairman A, Vice Chairman B and Supervisors C and D from the Board of Supervisors": the
    titled names listed before "from/of the <board of supervisors>" (en.yml `supervisors_boards`)
    chair that board, not the company's board of directors: their chairman is "other", titled as
    printed with the board's name (as "Chairman of the Board of Supervisors" is read)."""
    if not any(item.notation in _BOARD_CHAIRS for item in titles.items):
        return titles
    m = ctx.lex.made(_supervisors_tail).search(ctx.text, titles.end, sentence.end)
    if m is None or m.start() - titles.end > 300:
        return titles
    gap = ctx.text[titles.end : m.start()]
    for p in reversed(people.starting_in(titles.end, m.start())):
        gap = gap[: p.start - titles.end] + gap[p.end - titles.end :]
    if not _TITLED_LIST_GAP.fullmatch(gap):
        return titles  # a verb or lower-case words between: the board is not the list's
    board = " ".join(m.group("board").split())
    items = [
        replace(item, notation="other", title=f"{item.title} of the {board}")
        if item.notation in _BOARD_CHAIRS
        else item
        for item in titles.items
    ]
    return replace(titles, items=items)


def _supervisors_tail(lex: Lexicon) -> re.Pattern[str]:
    boards = "|".join(
        r"\s+".join(map(re.escape, b.split()))
        for b in sorted(lex.words("supervisors_boards"), key=len, reverse=True)
    )
    links = "|".join(map(re.escape, lex.words("supervisors_board_links")))
    return re.compile(rf"\s+(?:{links})\s+the\s+(?P<board>{boards})\b", re.IGNORECASE)


_BOARD_CHAIRS = frozenset({"chairman", "vice-chairman"})
# Names (taken out), list commas and "and", and capitalised titles only
_TITLED_LIST_GAP = re.compile(r"(?:[\s,、]|\band\b|[A-Z][\w'’.-]*)*")


def _with_holder_org(
    ctx: Context,
    found: Extraction,
    people,
    titles: TitleList,
    sentence: Span,
    chained: tuple[int, list[str], bool] | None,
) -> str | None:
    """The organisation of the post stated just before in the sentence, for a holder named after
    "with" right after those titles or their organisation ("A was appointed managing director of
    X with B as the executive director": X's); not for a group's title."""
    before = people.ending_by(titles.start)
    if chained is None or not before or before[-1].start < sentence.start:
        return None
    if not _AS_GAP.fullmatch(ctx.text, before[-1].end, titles.start):
        return None
    with_at = _WITH_BEFORE.search(
        ctx.text, max(sentence.start, before[-1].start - 8), before[-1].start
    )
    if with_at is None or "group" in ctx.text[titles.start : titles.end].casefold():
        return None  # "with B as the group chief executive": the group's
    if not _TITLES_TAIL.fullmatch(ctx.text, chained[0], with_at.start()):
        return None  # "..., sharing the leadership with B as ...": another clause
    return next(
        (r.org for r in reversed(found.roles) if sentence.start <= r.evidence.start < sentence.end),
        None,
    )


_AS_GAP = re.compile(r"\s+as\s+(?:the\s+|its\s+|an?\s+)?")
# what may stand between titles and "with": their organisation after "of" or "at"
_TITLES_TAIL = re.compile(
    r"(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})?\s*"
)
_WITH_BEFORE = re.compile(r"\bwith\s+$")


# The rest of an apposition after a holder's titles (a relative clause, no sentence's end), then
# the verb that gives the holder new titles: "A, the current CFO who has served ..., will become"
_APPOSED_LINK = re.compile(
    r"[^.;]{0,160}?,\s+(?:will\s+become|becomes|has\s+become|will\s+take\s+over\s+as"
    r"|(?:has\s+been|will\s+be|is|was)\s+(?:appointed|named|elected|promoted)(?:\s+(?:as|to))?)"
    r"\s+(?:the\s+|its\s+|an?\s+)?(?:new\s+)?"
)


_AND_NO_LONGER = re.compile(
    r"[;,]?\s+and\s+(?:(?:is|was)\s+)?no\s+longer\s+(?:holds|held|hold|serves\s+as|served\s+as)"
    r"(?:\s+the\s+(?:post|position|role)\s+of)?\s+(?:the\s+)?"
)


def _chain_goes_on(ctx: Context, end: int, start: int) -> bool:
    """Whether titles at `start` go on from titles ending at `end` with ", and" or a comma, maybe
    after " and <organisation>" closing the earlier ones ("Chairman of X and Y, and Secretary of
    the CPC Committee of X"): the same holder's."""
    pos = end
    more = _AND_ORG.match(ctx.text, pos, start)
    if more:
        hit = ctx.org_at.get(more.end())
        name = _AND_NAME.match(ctx.text, pos, start)
        pos = hit.end if hit is not None else name.end() if name else pos
    if _CHAIN_GAP.fullmatch(ctx.text, pos, start) is not None:
        return True
    # "member of X and Ruritanian foreign minister": a country's post, the same holder's
    people_of = _AND_DEMONYM.fullmatch(ctx.text, end, start)
    return people_of is not None and _country_post(ctx, people_of.group(1), start)


def _country_post(ctx: Context, adjective: str, start: int) -> bool:
    """Whether a people's adjective before the titles at `start` makes them a post the country
    holds abroad or for its foreign affairs ("Ruritanian ambassador", "Ruritanian foreign
    minister"; `demonym_apposed_heads`), not a head of state's or a premier's (no body named)."""
    if adjective not in (ctx.lex.data.get("demonyms") or {}):
        return False
    heads = ctx.lex.folded("demonym_apposed_heads")
    words = _HEAD_WORDS.match(ctx.text, start)
    return words is not None and any(w.casefold() in heads for w in words.group().split())


_HEAD_WORDS = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+){0,2}")  # the first words of the titles


_AND_DEMONYM = re.compile(
    r",?\s+and\s+(?:also\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2,3})\s+"
)
_AND_ORG = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z])")
# " and China X": a second name the titles before belong to, capitalised words
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}")
_CHAIN_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s*,?\s+as\s+well\s+as\s+")


# Seats on a board: a holder's bracket names the firm a member comes from ("directors A (X
# Securities), B (Y Capital)" elected to an exchange's board), not the board's organisation.
_SEAT_NOTATIONS = frozenset({"director", "outside-director", "independent-director"})


def _bracketed_org(ctx: Context, people, name: str, start: int, end: int) -> str | None:
    """The organisation printed in brackets right after a holder named after the titles ("Town
    Mayors A (Municipality of X), B (Municipality of Y)"): that holder's, whatever the titles'
    default would be; None when no such bracket follows."""
    mention = next(
        (p for p in people.starting_from(start) if p.name == name and p.end <= end), None
    )
    if mention is None:
        return None
    m = _OPEN_BRACKET.match(ctx.text, mention.end, end)
    hit = ctx.org_at.get(m.end()) if m else None
    if hit is None or not ctx.text.startswith(")", _after_spaces(ctx.text, hit.end)):
        return None
    if not has_word(hit.name, ctx.lex.folded("government_org_words")):
        return None  # "Vice Chairmen A (Beta Holdings Ltd)": the member's firm, not the post's body
    return hit.name


def _after_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


_OPEN_BRACKET = re.compile(r" ?\(\s*(?:the\s+)?")


_TO_TITLE = re.compile(r"\s+to\s+(?:the\s+)?(?=[A-Z])")


def _epithet_re(lex: Lexicon) -> re.Pattern[str]:
    """Epithets printed before a title (`title_epithets`: "Hon'ble Prime Minister")."""
    words = sorted(lex.words("title_epithets"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?=[A-Z])")


@dataclass(frozen=True)
class _ListScope:
    """The organisation of the last entry of a list of people with their titles ("A, chairman
    of X, B, general manager and deputy secretary, ..."), and where that entry ends: the next
    entry, right after a comma and naming no organisation, is at the same one."""

    org: str
    end: int

    @staticmethod
    def after(ctx: Context, people, titles: TitleList, inherited: str | None) -> _ListScope | None:
        named = next((i.org for i in titles.items if i.org and i.org is not MAIN), None)
        org = titles.prefix_org or inherited or named
        if not org or org is MAIN:
            return None
        end = titles.end
        of = _OF_THEN.match(ctx.text, end) if named and not inherited else None
        if of is not None and named and ctx.text.startswith(named, of.end()):
            end = of.end() + len(named)  # "A, Secretary of X, Dean B, and Vice Dean C": past X
        comma = _COMMA_THEN.match(ctx.text, end) if inherited else None
        named_after = ctx.org_at.get(comma.end()) if comma else None
        if named_after is not None and named_after.name == inherited:
            end = named_after.end  # "A, Joint Secretary, Ministry of X, B, Deputy Secretary"
        after = people.starting_from(end)
        if after and _holder_follows(ctx, end, after[0].start):
            end = after[0].end
        return _ListScope(org, end)


def _heads_fit(ctx: Context, titles: TitleList, org: str) -> bool:
    """Whether an organisation taken from elsewhere in the sentence may hold these titles: a
    title that heads or sits on a government (`government_head_titles`: a mayor, a councillor)
    not at an organisation whose name ends in a word of another kind of body ("... Academy",
    "... Group"); a place's name ("Qingdao City", "Mandaluyong"), a government's or a Party
    committee's (its place's government holds the post: see `_government_of`) may."""
    if org is MAIN:
        return True
    heads = ctx.lex.data.get("government_head_titles") or {}
    words = org.split()
    last = words[-1].casefold() if words else ""
    if last not in ctx.lex.org_suffixes or last in ctx.lex.folded("government_body_words"):
        return True
    if _party_org(ctx.lex, org, ctx.text):
        return True  # "member of the X Party committee and vice mayor": the place's government
    for item in titles.items:
        kinds = heads.get(fold_phrase(item.title))
        if kinds and not any(org.casefold().endswith(k.casefold()) for k in kinds):
            return False
    return True


def _listed_with(ctx: Context, people, titles: TitleList, scope: _ListScope | None) -> str | None:
    """The organisation of the entry before, when these titles name none and only a comma stands
    between that entry and this one ("A, chairman of X, B, general manager": B is X's)."""
    if scope is None or titles.prefix_org or any(item.org for item in titles.items):
        return None
    if any(_OWN_OF.match(ctx.text, item.end) for item in titles.items):
        return None  # "A, President of X, B, Minister of Cabinet Affairs": B's own portfolio
    if _field_portfolio(ctx, titles):
        return None  # "Province Governor A, Transport Minister B": B's own portfolio, as above
    if _own_body_after(ctx, people, titles):
        return None
    start = titles.start
    before = people.ending_by(titles.start)
    if before and _APPOSITION.fullmatch(ctx.text[before[-1].end : titles.start]):
        start = before[-1].start
    gap = _ENTRY_GAP.match(ctx.text, scope.end, start)
    if gap is None:
        return None
    rest = ctx.text[gap.end() : start].split()  # ", Shri B, Joint Secretary": an honorific
    if not all(w.casefold() in ctx.lex.honorifics for w in rest):
        return None
    return scope.org


def _own_body_after(ctx: Context, people, titles: TitleList) -> bool:
    """Whether the entry of these titles names a body of its own after them or after their
    holder ("Director of[the] X", "Ambassador B, the new ambassador of Y"): not the list's."""
    end = titles.end
    after = people.starting_from(end)
    holder = after[0] if after and _holder_follows(ctx, end, after[0].start) else None
    if _BODY_AFTER.match(ctx.text, holder.end if holder else end):
        return True
    if holder is None:
        return False  # "A, Director, B, Dean": the titles after are the next entry's
    end = holder.end
    apposed = _APPOSED_TITLE.match(ctx.text, end)
    title = ctx.lex.title_re.match(ctx.text, apposed.end()) if apposed else None
    if title is None:
        return False
    nxt = people.starting_from(title.end())
    return not (nxt and _holder_follows(ctx, title.end(), nxt[0].start))  # not ", Dean C"


_BODY_AFTER = re.compile(r"\s+(?:of|at|for|from)\s*(?:the\s+)?[A-Z]")  # not "of the hospital"
_APPOSED_TITLE = re.compile(r"\s*,\s*(?:the\s+|an?\s+)?(?:new\s+|newly[- ]appointed\s+)?", re.I)


def _field_portfolio(ctx: Context, titles: TitleList) -> bool:
    """Titles with no organisation, one a portfolio printed after its field ("Transport
    Minister", "Health Secretary"): the field is the post's own, so the post is not at the body
    of the list entry before ("Province Governor A, Transport Minister B": B's is no province's)."""
    fields = ctx.lex.industry | ctx.lex.folded("field_words")
    return not titles.prefix_org and any(
        not item.org
        and len(item.title.split()) > 1
        and portfolio_title(ctx.lex, item.title)
        and item.title.split()[-2].casefold() in fields
        for item in titles.items
    )


_ENTRY_GAP = re.compile(r"\s*,\s*(?:and\s+)?")  # the list's last entry after ", and"
# " of [the] [Owner's] ": before the organisation a title names ("of X's College of Y")
_OF_THEN = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w&.-]*['’]s\s+)?")
# "of/for <Capitalised words>" right after a title: a portfolio or a body of its own
_OWN_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


@dataclass(frozen=True)
class _CountryScope:
    """A country named before a list of its officials ("X's Prime Minister A, Foreign Minister
    B and ..."): the country, and where the last official named so far ends."""

    country: str
    end: int | None
    titles: tuple[str, ...] = ()


def _counterparts(
    article: Article, found: Extraction, ctx: Context, people, sentence: Span, made: list[RoleClaim]
) -> None:
    """ "Foreign Minister A met her Chilean counterpart B": B holds A's post at the country the
    adjective names, when A's post is a country's (its organisation is that country)."""
    countries = ctx.lex.folded("countries")
    for m in _COUNTERPART.finditer(ctx.text, sentence.start, sentence.end):
        country = _country_named(ctx, m.group(1))
        after = people.starting_from(m.end())
        if country is None or not after or after[0].start != m.end():
            continue
        model = next(
            (
                c
                for c in reversed(made)
                if c.evidence.start <= m.start()
                and c.org.casefold() in countries
                and c.status == "current"
            ),
            None,
        )
        if model is None or model.person == after[0].name:
            continue
        _ensure_org(article, found, country, sentence)
        claim = replace(model, person=after[0].name, org=country)
        if claim not in found.roles:
            found.roles.append(claim)


# "his Peru counterpart, ", "her Chilean counterpart ": the country of the person named next
_COUNTERPART_OF = r"\b(?:his|her|their)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+counterparts?,?\s+"
_COUNTERPART = re.compile(_COUNTERPART_OF)


def _country_named(ctx: Context, words: str) -> str | None:
    """The country `words` name, as a country ("Peru") or a people's adjective ("Chilean")."""
    if words.casefold() in ctx.lex.folded("countries"):
        return words
    return (ctx.lex.data.get("demonyms") or {}).get(words)


def _country_before(ctx: Context, start: int) -> str | None:
    """The country of "Country's Title Name" (`countries` of the lexicon) or "Malaysian Title Name"
    (`demonyms`), printed right before the titles at `start`; or "his Peru counterpart, Title
    Name"."""
    counterpart = _COUNTERPART_BEFORE.search(ctx.text, max(0, start - 60), start)
    if counterpart and (country := _country_named(ctx, counterpart.group(1))):
        return country
    m = _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 40), start)
    if m and m.group(1).casefold() in ctx.lex.folded("countries"):
        return m.group(1)
    m = _POSSESSIVE_FIELD_BEFORE.search(ctx.text, max(0, start - 80), start)
    fields = ctx.lex.folded("field_words")
    if (
        m
        and m.group(1).casefold() in ctx.lex.folded("countries")
        and all(w.casefold() in fields for w in re.findall(r"[A-Z][a-z]+", m.group(2)))
    ):
        return m.group(1)  # "Country's Natural Resources Minister Name"
    adjective = _ADJECTIVE_BEFORE.search(ctx.text, max(0, start - 30), start)
    demonyms = ctx.lex.data.get("demonyms") or {}
    return demonyms.get(adjective.group(1)) if adjective else None


def _listed_after(ctx: Context, scope: _CountryScope | None, titles: TitleList) -> str | None:
    """The country of the list the titles continue: the previous official's name ends right
    before them, with only a comma or "and" between."""
    if scope is None or scope.end is None or scope.titles == _titles_key(titles):
        return None  # "X's Premier A, Premier B ...": one post, two holders: B's is another's
    return scope.country if _LIST_GAP.fullmatch(ctx.text, scope.end, titles.start) else None


def _titles_key(titles: TitleList) -> tuple[str, ...]:
    return tuple(fold_phrase(item.title) for item in titles.items)


def _ministry_read(ctx: Context, titles: TitleList) -> bool:
    """Whether the titles are one minister's title printed with its portfolio and no
    organisation ("the Trade Minister") and the text reads that portfolio's ministry: the
    holder after a comma and an honorific ("the Trade Minister, Dr A") is that ministry's."""
    if len(titles.items) != 1 or titles.prefix_org is not None:
        return False
    item = titles.items[0]
    if item.org or not portfolio_title(ctx.lex, item.title):
        return False
    portfolio = portfolio_at(ctx.text, item.start, item.end, ctx.lex)
    if portfolio is None or len(countries_of(ctx.text, portfolio, ctx.lex)) > 1:
        return False
    return ministry_for(portfolio, set(ctx.org_end.values())) is not None


def _parent_after(ctx: Context, titles: TitleList, end: int, start: int) -> int:
    """Past " at <organisation>" (and " in <place>") printed after titles ending at `end` that
    name their own unit, before a comma and the name at `start` ("Head of the X Department at
    the Y Ministry in Z, A"): where the unit stands; else `end`."""
    if not titles.items[-1].org or titles.items[-1].org is MAIN:
        return end
    at = _AT_PARENT.match(ctx.text, end, start)
    known = ctx.org_at.get(at.end()) if at else None
    if known is None or known.end > start:
        return end
    located = _IN_PLACE_AFTER.match(ctx.text, known.end, start)
    places = ctx.lex.places | ctx.lex.folded("countries")
    if located and located.group(1).casefold() in places:
        return located.end()
    return known.end


_AT_PARENT = re.compile(r"\s+at\s+(?:the\s+)?")


def _holder_end(ctx: Context, people, titles: TitleList) -> int | None:
    after = people.starting_from(titles.end)
    if not after or not _holder_follows(ctx, titles.end, after[0].start):
        return None
    return after[0].end


def _unread_name_after(ctx: Context, end: int) -> bool:
    """Whether a capitalised word no reader took follows titles at `end` right after a space
    (the name of their holder, not read), before a comma or the sentence's end."""
    m = _NAME_LIKE_AFTER.match(ctx.text, end)
    if m is None or end + 1 in ctx.org_at:
        return False
    word = m.group(1).casefold()
    lex = ctx.lex
    return not (
        word in lex.not_name_words
        or word in lex.places
        or word in lex.title_words()
        or word in lex.folded("title_tails")
    )


_NAME_LIKE_AFTER = re.compile(r" ([A-Z][a-z]{2,})(?=\s*[,.;])")


def _unit_titled(ctx: Context, titles: TitleList) -> bool:
    """Whether the titles end with an office unit's ("Head of X Office"), not a company's post."""
    org = titles.items[-1].org
    words = org.split() if isinstance(org, str) else []
    return bool(words) and words[-1].casefold() in ctx.lex.folded("generic_unit_words")


def _titled_holder_after(ctx: Context, end: int, start: int) -> bool:
    """Whether one more title, printed capitalised, stands between the titles ending at `end` and
    the name at `start`, with nothing else ("Head of X Office Consul B")."""
    gap = ctx.text[end:start]
    titled = ctx.lex.title_re.fullmatch(gap.strip()) is not None
    ranked = gap.strip().casefold() in ctx.lex.folded("diplomatic_ranks")  # "Consul"
    return (
        (titled or ranked) and gap.startswith(" ") and gap.strip()[:1].isupper() and "\n" not in gap
    )


def _posted_to(ctx: Context, words: list[str]) -> bool:
    """Whether `words` are "to" and a country or a place, all capitalised ("to Sudan", "to the
    United States"), or "in" and one ("Consul General of X in Mumbai A"): where an envoy is
    posted, between the title and its holder."""
    while words and words[-1].casefold() in ctx.lex.honorifics:
        words = words[:-1]  # "to Oman Al-Sheikh A": a one-word honorific of the holder
    if len(words) < 2 or words[0] not in ("to", "in"):
        return False
    rest = words[2:] if words[1] == "the" else words[1:]
    if len(rest) > 2 and rest[0] in _STATE_FORMS and rest[1] == "of":
        rest = rest[2:]  # "to the Sultanate of Oman"
    named = " ".join(rest).casefold()
    return (
        bool(rest)
        and all(w[:1].isupper() for w in rest)
        and (named in ctx.lex.folded("countries") or named in ctx.lex.places)
    )


_STATE_FORMS = frozenset(("Republic", "Kingdom", "Sultanate", "State", "Emirate", "Federation"))


def _orgs_then_holder(ctx: Context, end: int, start: int) -> bool:
    """Whether only organisations the text names, each after a comma, then a comma and
    honorifics stand between a title ending at `end` and a name at `start` ("Secretary,
    Ministry of X, Government of Y, Dr A")."""
    pos, named = end, 0
    while (comma := _COMMA_THEN.match(ctx.text, pos, start)) and comma.end() < start:
        known = ctx.org_at.get(comma.end())
        if known is None:
            break
        pos, named = known.end, named + 1
    if not named or "\n" in ctx.text[end:start]:
        return False
    comma = _COMMA_THEN.match(ctx.text, pos, start)
    if comma is None:
        return False
    words = ctx.text[comma.end() : start].split()
    return all(w.casefold().rstrip(".") in ctx.lex.honorifics for w in words)


def _holder_follows(ctx: Context, end: int, start: int) -> bool:
    """Whether only spaces, honorifics and a place's lower-case ending stand between offsets `end`
    and `start` ("Foreign Minister Sayyid A", "deputy governor of X province A": the title and
    the name)."""
    if "\n" in ctx.text[end:start]:
        return False  # a headline's title and the first name of the text: two sentences
    bracket = _BRACKETED_FIELD.match(ctx.text, end, start)
    words = re.findall(r"[A-Za-z]+", bracket.group()) if bracket else []
    short = len(words) == 1 and (
        words[0] in ctx.text[max(0, end - 40) : end]
        or (words[0].isupper() and end in ctx.org_end)  # "of Harlow Foods Ltd (HFL) A": its acronym
        or _acronym_of(ctx, words[0], end)
        or _title_short(ctx, words[0], end)
    )
    if bracket and (
        short  # "of Saudi Kestrel (Kestrel) A": the short name of the organisation just named
        or all(
            w.casefold() in ctx.lex.folded("field_words") or w.casefold() in ctx.lex.connectors
            for w in words
        )
    ):
        end = bracket.end()  # "Principal Secretary (Industries) Mr A": a portfolio, not "(Rtd)"
    acronym = _title_acronym(ctx, end, start)
    if acronym is not None:
        end = acronym.end()  # "CEO KIEDC A", "Managing Director KVML, A": the title's body
    words = _without_honorific_pairs(ctx.lex, ctx.text[end:start]).split()
    if _posted_to(ctx, words):
        return True  # "Ambassador to Sudan A": the country an envoy is posted to
    if _field_between(ctx, words):
        return True  # "General Manager Human Resources A", "Advisor Corporate - Public Affairs B"
    if _of_field(ctx, words):
        return True  # "vice-president of corporate development A"
    endings = [w for w in words if w.islower() and w in ctx.lex.place_suffixes]
    return len(endings) <= 1 and all(
        w.casefold().rstrip(".") in ctx.lex.honorifics
        or w.casefold() in ctx.lex.honorifics
        or w in endings
        for w in words
    )


def _title_acronym(ctx: Context, end: int, start: int) -> re.Match[str] | None:
    """The acronym of an organisation the text reads, written alone between a title and the
    name after it ("CEO KIEDC A", "Managing Director KVML, A", "CMD, HMDC Shri A"): group 1,
    the body whose title it is."""
    m = _ACRONYM_GAP.match(ctx.text, end, start)
    if m is None or m.end(1) not in ctx.org_end or "\n" in ctx.text[end:start]:
        return None
    return m


# a title's end, an optional comma, an acronym of capitals and an optional comma before a name
_ACRONYM_GAP = re.compile(r",?[ ]+([A-Z][A-Z&]{1,7})(?=[, ])(?:,)?")


def _titled_org_between(ctx: Context, titles: TitleList, start: int) -> str | None:
    """The organisation the text reads standing alone, after single spaces, between titles naming
    none and the name at `start` ("Chairman Kestrel Insurance B", "CEO Vale Fund B"): the body
    whose title it is, the name after it the holder."""
    if titles.prefix_org is not None or any(item.org for item in titles.items):
        return None
    if ctx.text[titles.end : titles.end + 1] != " ":
        return None
    known = ctx.org_at.get(titles.end + 1)
    if known is None or ctx.text[known.end : start] != " ":
        return None
    return known.name


def _org_titled_name(ctx: Context, start: int) -> bool:
    """Whether the name at `start` is printed after its own title and organisation alone
    ("Chairman Kestrel Insurance |A"): a list of such items, a title after A is no apposition."""
    floor = max(0, start - 120)
    for m in ctx.lex.title_re.finditer(ctx.text, floor, start):
        if ctx.text[m.end() : m.end() + 1] != " ":
            continue
        known = ctx.org_at.get(m.end() + 1)
        if known is not None and known.end + 1 == start and ctx.text[known.end] == " ":
            return True
    return False


def _title_acronym_org(ctx: Context, people, titles: TitleList) -> str | None:
    """The organisation whose acronym stands between titles naming none and their holder."""
    if titles.prefix_org is not None or any(item.org for item in titles.items):
        return None
    after = people.starting_from(titles.end)
    if after and (between := _titled_org_between(ctx, titles, after[0].start)) is not None:
        return between  # "Chairman Kestrel Insurance B"
    m = _title_acronym(ctx, titles.end, after[0].start) if after else None
    if m is None or not _holder_follows(ctx, titles.end, after[0].start):
        return None
    return ctx.org_end.get(m.end(1))


def _acronym_of(ctx: Context, word: str, end: int) -> bool:
    """Whether `word` is the initials of capitalised words printed right before offset `end`
    ("of the Vestal Building Company (VBC) A": the short name of the organisation just named)."""
    if not (2 <= len(word) <= 6 and word.isupper()) or word.casefold() in ctx.lex.title_words():
        return False
    initials = "".join(
        w[0] for w in re.findall(r"[A-Z][\w&'’-]*", ctx.text[max(0, end - 80) : end])
    )
    return word in initials  # "Borland Petrol Co., Ltd. (BPC)": the legal form left out


def _title_short(ctx: Context, word: str, end: int) -> bool:
    """Whether `word` is a title's short form and the initials of the title printed right before
    offset `end` ("Chief Financial Officer (CFO) A": the title repeated short)."""
    if not (2 <= len(word) <= 5 and word.isupper()) or word.casefold() not in ctx.lex.title_words():
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", ctx.text[max(0, end - 60) : end])[-len(word) :]
    return len(words) == len(word) and "".join(w[0] for w in words).upper() == word


# a portfolio in brackets right after a title: "(Industries)", "(Finance & Planning)"
_BRACKETED_FIELD = re.compile(r"\s*\([A-Z][A-Za-z&,' -]{1,40}\)")


_PRESENT_BEFORE = re.compile(
    r"\b(?:in\s+attendance|attended\s+by|presided\s+over\s+by|present\s+were|also\s+present"
    r"|were\s+present|among\s+those\s+present)\b",
    re.IGNORECASE,
)


def _courtesy_held(ctx: Context, start: int) -> bool:
    """Whether a title, a comma and a courtesy title stand right before the name at `start`
    ("the Managing Director, Mr |A"): the name holds that title, no apposition after it."""
    m = _COURTESY_BEFORE.search(ctx.text, max(0, start - 16), start)
    if m is None or m.group(1).casefold() not in ctx.lex.folded("courtesy_titles"):
        return False
    floor = max(0, m.start() - 60)
    before = ctx.text[floor : m.start()]
    return any(
        t.end() == len(before) and not _name_then_comma(ctx, floor + t.start())
        for t in ctx.lex.title_re.finditer(before)
    )


def _name_then_comma(ctx: Context, start: int) -> bool:
    """Whether a name and a comma stand right before `start` ("A, Deputy |Dean, Professor B"),
    that name not itself held by a title before it: the title there is that name's, in a list
    of names each followed by their titles."""
    return any(
        _COMMA_THEN_TITLE.fullmatch(ctx.text, e, start) and not _courtesy_held(ctx, s)
        for s, e in ctx.people
        if e <= start
    )  # (not "the MD, Mr A, |Company Secretary, Mr B": A holds a title printed before him)


_COMMA_THEN_TITLE = re.compile(r",\s*(?:the\s+)?(?:[A-Z][a-z]+\s+)?")


def _titled_item_before(ctx: Context, start: int) -> bool:
    """Whether the name at `start` closes a list item that opens with its own title, in a list
    that opens with a title: back through "<title> of <organisation>, <name>" items, each set off
    by commas, to one that opens its clause ("The dean of X, A, the head of Y, |B"). A list that
    opens with a name ("A, dean of X, |B, head of Y") is of names each followed by their titles."""
    for _ in range(12):
        comma = _COMMA_BEFORE_NAME.search(ctx.text, max(0, start - 4), start)
        if comma is None:
            return False
        floor = max(0, comma.start() - 160)
        cut = max(ctx.text.rfind(c, floor, comma.start()) for c in ",;:.\n")
        if cut < floor:
            return False
        item = _ITEM_ARTICLE.match(ctx.text, cut + 1)
        at = item.end() if item else cut + 1
        if ctx.lex.title_re.match(ctx.text, at) is None or any(
            at <= s < comma.start() for s, _ in ctx.people
        ):
            return False
        if ctx.text[cut] != ",":
            return True  # the first item opens its clause with its title
        named = [s for s, e in ctx.people if _COMMA_BEFORE_NAME.fullmatch(ctx.text, e, cut + 1)]
        if not named:
            return False
        start = named[0]  # the item before: its own "<title>, <name>"
    return False


def _own_title_after(ctx: Context, people, end: int) -> bool:
    """Whether a title follows the name ending at `end` after a comma and no other name follows
    that title in its clause ("..., B, vice president of X, and heads of ..."): B's own, so the
    list ends as names each followed by their titles and its pairing is not clear."""
    comma = _COMMA.match(ctx.text, end)
    if comma is None:
        return False
    item = _ITEM_ARTICLE.match(ctx.text, comma.end())
    at = item.end() if item else comma.end()
    if ctx.lex.title_re.match(ctx.text, at) is None:
        return False
    nxt = people.starting_from(at)
    stop = min((i for i in (ctx.text.find(c, at) for c in ";.\n") if i >= 0), default=len(ctx.text))
    return not (
        nxt
        and nxt[0].start < stop
        and _COMMA_BEFORE_NAME.search(ctx.text, max(0, nxt[0].start - 4), nxt[0].start)
    )


_COMMA_BEFORE_NAME = re.compile(r",\s*$")
_ITEM_ARTICLE = re.compile(r"\s*(?:and\s+)?(?:the\s+)?", re.I)


def _courtesy_holder_after(ctx: Context, end: int, holder: Mention) -> bool:
    """Whether ", Mr " alone stands between a title ending at `end` and the holder's name, and a
    comma or a sentence's end closes the name."""
    m = _COURTESY_GAP.fullmatch(ctx.text, end, holder.start)
    return (
        m is not None
        and m.group(1).casefold() in ctx.lex.folded("courtesy_titles")
        and ctx.text[holder.end : holder.end + 1] in (",", ".", ";", "")
    )


_COURTESY_GAP = re.compile(r",\s+([A-Z][a-z]+)\.?\s+")
_COURTESY_BEFORE = re.compile(r",\s+([A-Z][a-z]+)\.?\s+$")


def _without_honorific_pairs(lex: Lexicon, text: str) -> str:
    """`text` with each two-word honorific (`honorific_pairs`: "Tan Sri", "Datuk Seri") blanked:
    between a title and its holder such a pair stands for one honorific."""
    for pair in lex.words("honorific_pairs"):
        text = text.replace(pair, " ")
    return text


def _field_between(ctx: Context, words: list[str]) -> bool:
    """Whether `words` are a post's field printed between its title and its holder: up to six
    capitalised field words (`field_words`, `field_openers`) joined by "&", "and" or a dash,
    maybe an honorific last."""
    if words and words[-1].casefold().rstrip(".") in ctx.lex.honorifics:
        words = words[:-1]
    fields = ctx.lex.folded("field_words") | ctx.lex.folded("field_openers")
    named = [w for w in words if w not in ("&", "and", "-", "–")]
    return (
        0 < len(named) <= 6
        and words[0] not in ("&", "and", "-", "–")
        and all(w[:1].isupper() and w.casefold() in fields for w in named)
    )


def _of_field(ctx: Context, words: list[str]) -> bool:
    """Whether `words` are "of" and a function's field in any case, up to four field words joined
    by "and" or "&" ("of operations", "of corporate development")."""
    fields = ctx.lex.folded("field_words")
    named = [w for w in words[1:] if w not in ("&", "and")]
    return (
        len(words) > 1
        and words[0] in ("of", "for")
        and words[1] not in ("&", "and")
        and words[-1] not in ("&", "and")  # "a director of operations and A will remain": not A's
        and 0 < len(named) <= 4
        and all(w.casefold() in fields for w in named)
    )


_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})['’]s\s+$")
_COUNTERPART_BEFORE = re.compile(_COUNTERPART_OF + r"(?:(?:First|Second|Third|Senior)\s+)?$")
_POSSESSIVE_FIELD_BEFORE = re.compile(
    r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})['’]s\s+((?:[A-Z][a-z]+(?:,?\s+(?:and|&))?\s+){1,4})$"
)
# a people's adjective, or a country's dotted initials ("U.S."), right before the titles
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2,3})\s+$")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+")


_COMMA_ORG = re.compile(
    r",[ \t]+((?:The[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|for|the|on|in))*)"
    r"(?=[ \t]*(?:[;,.]|[ \t]+and\s|$|\n))"  # a name on one line
)


_LIST_END = re.compile(r"\s*(?:[;,.]|\s+and\s|$)")
_PLACE_COMMA = re.compile(
    r"([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+"
)  # "Canada, " before the organisation
_VERB_AFTER = re.compile(r"\s+(?:was|were|has|have|had|is|are|will)\s")


def _org_after_comma(ctx: Context, people, titles: TitleList) -> str | None:
    """The organisation of "Name, Director General, National Gallery of Arts; ...": a capitalised
    name right after the titles and a comma, ending in an organisation word, no person's name."""
    if titles.prefix_org or any(item.org for item in titles.items):
        return None
    if _bracket_after_name(ctx, people, titles.start):
        return _bracketed_comma_org(ctx, people, titles)
    comma = _COMMA_THEN.match(ctx.text, titles.end)
    known = ctx.org_at.get(comma.end()) if comma and comma.end() > titles.end else None
    if known and _LIST_END.match(ctx.text, known.end):
        return known.name  # "Name, Director General, Council for Arts; ...": a found organisation
    placed = _PLACE_COMMA.match(ctx.text, comma.end()) if comma and known is None else None
    if placed and placed.group(1).casefold() in ctx.lex.places | ctx.lex.folded("countries"):
        known = ctx.org_at.get(placed.end())  # "Name, Managing Director, Canada, X was elected"
        if known and (
            _LIST_END.match(ctx.text, known.end) or _VERB_AFTER.match(ctx.text, known.end)
        ):
            return known.name
    m = _COMMA_ORG.match(ctx.text, titles.end)
    return _org_by_its_words(ctx, people, m) if m else None


def _bracket_after_name(ctx: Context, people, start: int) -> bool:
    """Whether the titles at `start` open a bracket printed right after a person's name
    ("Name (Title, Org)", "Name (Title of Org)")."""
    held = people.ending_by(start)
    return bool(held) and _NAME_BRACKET.fullmatch(ctx.text, held[-1].end, start) is not None


_NAME_BRACKET = re.compile(r"\s*[(（]\s*")
# the rest of a bracket after its titles: ", <words>)", ", <words>; <other titles>)"
_BRACKET_REST = re.compile(r"\s*,\s*(?:the\s+)?([A-Z][^()（）,;；\n]*?)\s*[)）;；]")


def _bracketed_comma_org(ctx: Context, people, titles: TitleList) -> str | None:
    """The organisation of "Name (Title, Org)": the bracket's words after the comma when read as
    an organisation or ending in an organisation word; UNREAD when they are some other name, so
    that the post is not given the page's organisation; None for no such words or a field's
    ("Name (Director, Planning)")."""
    rest = _BRACKET_REST.match(ctx.text, titles.end)
    if rest is None:
        return None
    known = ctx.org_at.get(rest.start(1))
    if known is not None and known.end == rest.end(1):
        return known.name
    fields = ctx.lex.folded("field_words") | {"and", "&"}
    if all(w.casefold() in fields for w in rest.group(1).split()):
        return None
    return _org_by_its_words(ctx, people, rest) or UNREAD


def _org_by_its_words(ctx: Context, people, m: re.Match[str]) -> str | None:
    """The words of group 1 of `m` as an organisation's name: two words or more, an organisation
    word after the first ("National Gallery of Arts"), no person's name starting in them."""
    name = m.group(1)
    words = name.split()
    if people.starting_in(m.start(1), m.end(1)) or len(words) < 2:
        return None
    return name if any(w.casefold() in ctx.lex.org_suffixes for w in words[1:]) else None


def _split_levels(
    ctx: Context, people, holders: list[str], titles: TitleList, sentence: Span
) -> TitleList:
    """Give the group-level titles of "Group, Name, <party group titles>, <party committee titles> of
    the company" to the organisation named before the person (see group_level_words in en.yml)."""
    folded = [fold_phrase(item.title) for item in titles.items]
    company = next((i for i, t in enumerate(folded) if _has(ctx, t, "company_level_words")), None)
    if (
        len(holders) != 1
        or not company
        or not any(_has(ctx, t, "group_level_words") for t in folded[:company])
    ):
        return titles
    name = next((p for p in people if p.name == holders[0] and p.end <= titles.start), None)
    if name is None:
        return titles
    gap = name.start  # the organisation must end where the spaces and commas before the name start
    while gap > sentence.start and (ctx.text[gap - 1].isspace() or ctx.text[gap - 1] == ","):
        gap -= 1
    # org_end is in text order: the first organisation ending in the gap
    org = next((ctx.org_end[e] for e in range(gap, name.start + 1) if e in ctx.org_end), None)
    if org is None:
        return titles
    items = [
        replace(item, org=item.org or org) if i < company else item
        for i, item in enumerate(titles.items)
    ]
    return replace(titles, items=items)


def _has(ctx: Context, title: str, key: str) -> bool:
    return any(w in title for w in ctx.lex.words(key))


def _modifiers_start(ctx: Context, floor: int, start: int) -> int:
    words = ctx.lex.words("former_words") + ctx.lex.words("title_modifiers")
    if MINISTER_AT.match(ctx.text, start):
        words = words + ctx.lex.words("minister_levels")  # "A, Federal Minister for Commerce"
    alt = longest_first(words)
    m = re.search(rf"(?:(?<![\w-])(?:{alt})[\s-]+)+$", ctx.text[floor:start], re.IGNORECASE)
    start = floor + m.start() if m else start
    start = group_modifier_start(ctx, floor, start)  # "A, Group Finance Director"
    e = _EPITHET_BEFORE.search(ctx.text, max(floor, start - 12), start)
    if e and e.group(1) in ctx.lex.words("title_epithets"):
        return e.start(1)  # "A, Honourable Minister of Commerce": the epithet opens the title
    return start


_EPITHET_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’]*\.?)\s+$")


def _holders(ctx: Context, people, titles: TitleList) -> tuple[list[str], bool]:
    """Who holds the titles, and whether the wording makes them former ones."""
    after = people.starting_from(titles.end)
    taken = _TAKEN_UP_BY.match(ctx.text, titles.end)
    if taken and after and after[0].start == taken.end():
        return [after[0].name], False  # "A's chief operating officer role will be taken up by B"
    if after and _holder_follows(ctx, titles.end, after[0].start):
        return _name_list(ctx, after, _plural(titles)), False
    if after and _titled_org_between(ctx, titles, after[0].start) is not None:
        return [after[0].name], False  # "A, Chairman Kestrel Insurance B": B's post, not A's
    held = people.ending_by(titles.start)
    if (
        after
        and held
        and _COMMA_THEN.fullmatch(ctx.text, held[-1].end, titles.start)
        and _courtesy_held(ctx, held[-1].start)
        and _courtesy_holder_after(ctx, titles.end, after[0])
    ):
        return [after[0].name], False  # "the MD, Mr A, Company Secretary, Mr B,": B's title
    before = _name_before(ctx, people, titles.start, titles.end)
    if (
        before is None
        and after
        and not titles.prefix_org
        and not any(item.org for item in titles.items)
        and _orgs_then_holder(ctx, titles.end, after[0].start)
    ):
        return [after[0].name], False  # "led by Secretary, Ministry of X, Dr A": A's post at X
    if (
        before
        and after
        and _unit_titled(ctx, titles)
        and _titled_holder_after(ctx, titles.end, after[0].start)
    ):
        return [after[0].name], False  # "A, Head of X Office Consul B": B's post, not A's
    if (
        before
        and after
        and held
        and _COMMA_THEN.fullmatch(ctx.text, titles.end, after[0].start)
        and ctx.text[after[0].end : after[0].end + 1] in (",", ";", ".", "")
        and _titled_item_before(ctx, held[-1].start)
        and not _own_title_after(ctx, people, after[0].end)
    ):
        return [after[0].name], False  # "the dean of X, A, the secretary of Y, B,": B's post
    if before and _unread_name_after(ctx, titles.end):
        return [], False  # "A, Vice-President Zhaoyan, ...": the title of a name not read
    if before and _org_titled_name(ctx, people.ending_by(titles.start)[-1].start):
        return [], False  # "Chairman X Insurance A, Special Secretary Finance and ...": not A's
    if before:
        name, was = before
        gap = ctx.text[people.ending_by(titles.start)[-1].end : titles.start]
        if _APPOSITION.fullmatch(gap) and not _plural(titles):
            return [name], was  # "A, and B, vice president of X": B alone
        return _names_listed_before(ctx, people, name, titles.start), was
    prev = people.ending_by(titles.start)
    first = titles.items[0]
    if (
        prev
        and ctx.text[prev[-1].end : titles.start] == " "
        and ctx.text[titles.start : titles.start + 1].isupper()
        and first.org
        and first.org is not MAIN
        and first.org[:1].isupper()
        and first.org in ctx.text[first.end : first.end + len(first.org) + 12]  # printed so
        and not ctx.text[prev[-1].start - 1 : prev[-1].start].isalpha()
    ):
        return [prev[-1].name], False  # "John Roe Chief Executive of X County Council": no comma
    if after:  # "<titles>, Mr Name", "the Secretary for Education and Culture, Ms Name"
        portfolio = _FOR_PORTFOLIO.match(ctx.text, titles.end, after[0].start)
        fields = portfolio_after(ctx.text, titles.end, ctx.lex)
        if fields and fields[0] <= after[0].start:
            portfolio_end = fields[0]  # "for Tourism, Arts and Culture"
        else:
            portfolio_end = portfolio.end() if portfolio else titles.end
        portfolio_end = _parent_after(ctx, titles, portfolio_end, after[0].start)
        located = _IN_PLACE_AFTER.match(ctx.text, portfolio_end, after[0].start)
        owner = (titles.items[-1].org or "").casefold()
        places = ctx.lex.places | ctx.lex.folded("countries")
        if (
            located
            and located.group(1).casefold() in places
            and owner not in places
            and ctx.text.startswith(",", after[0].end)  # ", Dr A," closed: an apposition
            and not _OPENER_BEFORE.search(ctx.text, max(0, titles.start - 80), titles.start)
        ):
            # "President of X University in the United States, Dr A" (not "Ambassador of
            # Egypt in Cairo, A": whose envoy is not told)
            portfolio_end = located.end()
        posted = _TO_PLACE_AFTER.match(ctx.text, portfolio_end, after[0].start)
        if posted and _posted_to(ctx, posted.group().split()):
            portfolio_end = posted.end()  # "Ambassador of X to Malaysia, A": where X's envoy serves
        if fields and _holder_follows(ctx, portfolio_end, after[0].start):
            return [after[0].name], False  # "Minister for Foreign Affairs Name"
        comma = _COMMA_THEN.match(ctx.text, portfolio_end, after[0].start)
        gap = ctx.text[comma.end() : after[0].start] if comma else ""
        named = any(item.org for item in titles.items) or titles.prefix_org is not None
        prev = people.ending_by(titles.start)
        apposed = (
            bool(prev)
            and _COMMA_THEN.fullmatch(ctx.text, prev[-1].end, titles.start) is not None
            and not _courtesy_held(ctx, prev[-1].start)
        )  # "the MD, Mr A, Company Secretary, Mr B": A held the title before; this one is B's
        between = ctx.text[comma.end() : after[0].start] if comma else ""
        paired = _without_honorific_pairs(ctx.lex, between) != between
        # ", Tan Sri A, to ...": a two-word honorific of a title's holder set off by commas
        closed = paired and ctx.text.startswith(",", after[0].end) and not apposed
        # "had in attendance the Managing Director, Mr A, ...": a courtesy title, the name closed
        # by a comma, in a list of those present (not "said the chairman, Mr A,": whose chairman
        # is not told)
        courtesy = (
            ctx.text.startswith(",", after[0].end)
            and _PRESENT_BEFORE.search(ctx.text, max(0, titles.start - 80), titles.start)
            is not None
            and not apposed
            and bool(gap.split())
            and all(
                w.casefold().rstrip(".") in ctx.lex.folded("courtesy_titles") for w in gap.split()
            )
        )
        if comma and (
            not gap.strip()
            or (
                (portfolio or fields or named or closed or courtesy or _ministry_read(ctx, titles))
                and _holder_follows(ctx, comma.end(), after[0].start)
            )
        ):
            # an honorific only after a portfolio's comma or an organisation the titles name;
            # a plural title's names all ("the two independent directors, A and B")
            if _plural(titles) and not gap.strip():
                names = _name_list(ctx, after, True)
                last = next(m for m in reversed(after) if m.name == names[-1])
                if not _LIST_CLOSED.match(ctx.text, last.end):
                    return [], False  # "..., A and B joined the board": the list is a subject
                return names, False
            return [after[0].name], False
    if _plural(titles):  # "four non-executive directors were re-elected, including Mrs A, Mr B"
        listed = _INCLUDING.match(ctx.text, titles.end)
        if listed:
            after = people.starting_from(listed.end())
            if after and _holder_follows(ctx, listed.end(), after[0].start):
                return _name_list_loose(ctx, after), False
        members = _MEMBERS_ARE.match(ctx.text, titles.end)
        if members:  # "The new directors are A (chair), B and C"
            after = people.starting_from(members.end())
            if after and _short_lead(ctx, ctx.text[members.end() : after[0].start]):
                return _members_listed(ctx, after), False
        after = people.starting_from(titles.end)
        if after and _short_lead(ctx, ctx.text[titles.end : after[0].start]):
            # "... are non-executive directors former banker A, lawyer B and C": each item
            # described, at least two of them
            described = _members_listed(ctx, after)
            if len(described) >= 2:
                return described, False
    return [], False


# "<title> role will be taken up by": the holder named next takes the post
_TAKEN_UP_BY = re.compile(
    r"\s+(?:role|post|position|seat)\s+(?:will\s+be|was|has\s+been|is\s+to\s+be|is\s+being|is)\s+"
    r"(?:taken\s+(?:up|over)|filled|assumed)\s+by\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
)


# "<plural titles> are/were/include:" — or after a short clause: "directors, representing the
# large brokers, were" — then the holders, listed
_MEMBERS_ARE = re.compile(
    r"(?:\s+of\s+the\s+board)?(?:,[^,.;:\n]{1,60},?)?\s+(?:are|were|include|includes|included)"
    r"(?:\s+now)?\s*:?\s+"
)


def _short_lead(ctx: Context, gap: str) -> bool:
    """Whether what stands before a list's first name is a short description of it ("former
    Customs Commissioner", "Mrs"): a few words, each capitalised, an honorific, a title's or a
    person's descriptor ("lawyer"), no clause break."""
    words = gap.split()
    lex = ctx.lex
    allowed = (
        lex.title_words()
        | lex.folded("former_words")
        | lex.folded("title_modifiers")
        | lex.folded("person_descriptors")
        | lex.honorifics
    )
    return (
        len(words) <= 6
        and not re.search(r"[.;:\n]", gap)
        and all(w[:1].isupper() or w.casefold().strip(",") in allowed for w in words)
    )


def _members_listed(ctx: Context, after) -> list[str]:
    """The names of a list of members after "are"/"were": each item may carry its own firm or
    aside ("A of X Securities, B (Y Partners)") and its own short description before the name
    ("former banker B, ... and lawyer C"); a clause break or a verb ends the list."""
    names = [after[0].name]
    for prev, nxt in itertools.pairwise(after):
        gap = ctx.text[prev.end : nxt.start]
        if len(gap) > 90 or _LIST_BREAK.search(gap) or not _ITEM_JOIN.search(gap):
            break
        names.append(nxt.name)
    return names


_ITEM_JOIN = re.compile(r",|\band\b")
# a clause of its own between two names: a sentence's end (not a legal form's dot), ";", a verb
_LIST_BREAK = re.compile(
    r";|(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bJr)(?<!\bSr)\.\s|\n"
    r"|\b(?:is|are|was|were|said|says|will|would|has|have|had|who|which)\b"
)


# "<plural titles> (of the board) were re-elected, including": the titles' holders are listed
_INCLUDING = re.compile(
    r"(?:\s+of\s+the\s+board)?\s+(?:were|are|have\s+been|had\s+been)\s+[a-z-]+(?:ed|en)\b"
    r"[^.;:,]{0,40}?,?\s*(?:including|namely)\s*:?\s*"
)


def _name_list_loose(ctx: Context, after) -> list[str]:
    """ "Mrs A, Mr B, and Mr C": names listed with honorifics between them."""
    names = [after[0].name]
    for prev, nxt in itertools.pairwise(after):
        gap = ctx.text[prev.end : nxt.start]
        m = LIST_SEP.match(gap)
        if not m or not _holder_follows(ctx, prev.end + m.end(), nxt.start):
            break
        names.append(nxt.name)
    return names


def _plural(titles: TitleList) -> bool:
    """Whether the first title is a plural ("vice presidents", "deputy general managers")."""
    head = fold_phrase(titles.items[0].title).split(" of ")[0] if titles.items else ""
    return head.endswith(("s", "men")) and not head.endswith(("ss", "us"))


def _names_listed_before(ctx: Context, people, last: str, start: int) -> list[str]:
    """ "A, B and C were appointed as <titles>": the names listed before the one nearest the titles."""
    before = people.ending_by(start)
    names = [last]
    for prev, nxt in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        gap = ctx.text[prev.end : nxt.start]
        courtesy = _courtesy_before(ctx.lex).search(gap)
        if courtesy is not None:  # "Mr. A and Ms. B, deputy mayors": a courtesy title each
            gap = gap[: courtesy.start()]
        if not LIST_SEP.fullmatch(gap) or _own_titles(ctx, prev.end):
            break
        names.insert(0, prev.name)
    return names


def _name_list(ctx: Context, after, plural: bool) -> list[str]:
    """ "Title A, B and C": the names listed after the titles, up to one with titles of its own
    ("deputy general manager A, and B, general manager of Y"). After a plural title an item may
    carry its own aside or portfolio ("directors A (North) and B (South)", "MECs A for Health,
    B for Transport")."""
    names = [after[0].name]
    for prev, nxt in itertools.pairwise(after):
        end = prev.end
        if plural:
            end = past_portfolio(ctx.text, end, ctx.lex)
            aside = _ASIDE.match(ctx.text, end, nxt.start)
            end = aside.end() if aside else end
        if not LIST_SEP.fullmatch(ctx.text[end : nxt.start]) or _own_titles(ctx, nxt.end):
            break
        if (
            not plural
            and len(names) == 1
            and _AND_ONLY.fullmatch(ctx.text, end, nxt.start)
            and not _listed_on(ctx, after, nxt)
            and not _titled_item_next(ctx, nxt.end)
        ):
            break  # "Vice Governor A and B signed": B is not said to be one; a list of three is
        names.append(nxt.name)
    return names


_AND_ONLY = re.compile(r"\s+and\s+")
# ", and Y's " or ", and " before the next item of a list: "X's Vice President A and B, and Y's
# Deputy Mayor C"
_NEXT_ITEM = re.compile(r",\s+(?:and\s+)?(?:(?:[A-Z][\w-]*\s+){0,4}?[A-Z][\w-]*(?:'s|’s)\s+)?")


def _titled_item_next(ctx: Context, end: int) -> bool:
    """Whether the list goes on after the name ending at `end` with an item that opens with its
    title ("A and B, and Y's Deputy Mayor C"): "A and B" is then one item, both the title's."""
    m = _NEXT_ITEM.match(ctx.text, end)
    if m is None:
        return False
    at = m.end()
    modifiers = ctx.lex.folded("title_modifiers")
    while (word := _WORD.match(ctx.text, at)) and word.group(1).casefold() in modifiers:
        at = word.end()  # "Executive Deputy Mayor"
    return ctx.lex.title_re.match(ctx.text, at) is not None


_WORD = re.compile(r"([A-Za-z-]+)\s+")


def _listed_on(ctx: Context, after, mention) -> bool:
    """Whether another name follows `mention` in its list ("A and B, C"): a list of three."""
    i = after.index(mention)
    return (
        i + 1 < len(after)
        and LIST_SEP.fullmatch(ctx.text, mention.end, after[i + 1].start) is not None
    )


_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")


def _own_titles(ctx: Context, end: int) -> bool:
    """Whether ", <title>" follows a name ending at `end`."""
    comma = _COMMA.match(ctx.text, end)
    return comma is not None and ctx.lex.title_re.match(ctx.text, comma.end()) is not None


def _apposition_split(ctx: Context, people, titles: TitleList):
    """(the titles of the person named before, the titles of the one named after) of a title list
    between two names, "A, member of X and secretary-general of X, Deputy Mayor B": the last
    comma between two titles ends A's apposition; None for any other list."""
    after = people.starting_from(titles.end)
    if not after or not _holder_follows(ctx, titles.end, after[0].start):
        return None
    before = people.ending_by(titles.start)
    if not before or not _APPOSITION.fullmatch(ctx.text[before[-1].end : titles.start]):
        return None
    items = titles.items
    cut = next(
        (
            k
            for k in range(len(items) - 1, 0, -1)
            if _COMMA_ONLY.fullmatch(ctx.text, items[k - 1].end, items[k].start)
        ),
        None,
    )
    if cut is None:
        return None
    own = TitleList(
        items[:cut],
        titles.start,
        items[cut - 1].end,
        titles.prefix_org,
        [span for span in titles.new_orgs if span.end <= items[cut - 1].end],
    )
    rest = TitleList(
        items[cut:],
        items[cut].start,
        titles.end,
        None,
        [span for span in titles.new_orgs if span.start >= items[cut].start],
    )
    return own, rest


# Between two titles of a list: nothing but the first one's "of <organisation>" and a comma (", and
# Governor B": the last title is the next name's).
_COMMA_ONLY = re.compile(r"(?:\s+(?:of|at)\s+(?:(?!\band\b)[^,;])+)?\s*,\s*(?:and\s+)?")


def _name_before(
    ctx: Context, people, start: int, end: int | None = None
) -> tuple[str, bool] | None:
    """The person named just before the titles ("Name, ..."/"Name serves as ..."); an aside
    opened by a dash holds the titles only when a dash closes it right after them (`end`)."""
    before = people.ending_by(start)
    if not before:
        return None
    gap = ctx.text[before[-1].end : start]
    owned = _OWNER_END.search(ctx.text, max(0, start - 4), start)
    if owned and owned.start() in ctx.org_end:
        # "A to take up the post of NWU Party Secretary", "A is stepping down as X's chief
        # executive": the organisation opening the titles
        owner = [s for s, m in ctx.org_at.items() if m.end == owned.start() and s > before[-1].end]
        gap = ctx.text[before[-1].end : owner[0]] if owner else gap
    aside = DASH_ASIDE.match(gap)  # "Name – who has served 11 years on the board – held ..."
    gap = " " + gap[aside.end() :] if aside else gap
    dashed = bool(re.search(r"[—–]", gap))
    if dashed and (end is None or not _DASH_CLOSE.match(ctx.text, end)):
        return None  # "A — the chief executive had opposed her — at the meeting": no aside
    if _APPOSITION.fullmatch(gap) or _AND_OTHER.fullmatch(gap):
        return before[-1].name, False  # "A, B and other members of X": the list before
    described = _DESCRIBED_GAP.fullmatch(gap)
    if described and described.group(1).casefold() in ctx.lex.folded("apposed_descriptors"):
        return before[-1].name, False  # "A, representative of the alumni, Chairman of X": A's
    people_of = _DEMONYM_GAP.fullmatch(gap)  # "Name, Ruritanian ambassador to X": a country's
    if people_of and _country_post(ctx, people_of.group(1), start):
        return before[-1].name, False
    formerly = phrase_regex(ctx.lex.words("former_apposition"))
    lead = _COMMA.match(gap)
    if lead and formerly.fullmatch(gap, lead.end(), len(gap.rstrip())):  # "Name, formerly <titles>"
        return before[-1].name, True
    links = ctx.lex.data["title_links"]
    titled = _TITLED_GAP.fullmatch(gap)  # "Name, <titles>, was appointed as <title>"
    bare = None
    if titled is None:  # "Name, <title> of <organisation> was elected <title>": no comma
        titled = bare = _TITLED_ORG_GAP.fullmatch(gap)
    if titled:
        inner = before[-1].end + titled.start(1)
        # "Name, formerly <titles>, was appointed as ...": the titles start after "formerly"
        skip = re.compile(rf"(?:{formerly.pattern})\s+", formerly.flags).match(ctx.text, inner)
        inner = skip.end() if skip else inner
        article = _ARTICLE_START.match(ctx.text, inner)  # "Name, a Torvane director for ..."
        inner = article.end() if article else inner
        known = ctx.org_at.get(inner)
        if known is not None and ctx.text.startswith(" ", known.end):
            inner = known.end + 1  # "a |Torvane |Director": the organisation before the title
        if ctx.lex.title_re.match(ctx.text, inner) and (
            bare is None or _apposed_titles(ctx, inner, before[-1].end + bare.end(1))
        ):
            gap = " " + titled.group(2)
    if _ITS_GAP.fullmatch(gap) and _APPOINTED_BEFORE.search(
        ctx.text, max(0, before[-1].start - 24), before[-1].start
    ):
        return before[-1].name, False  # "X has named Name its new <title>"
    if _PROMOTED_TO_GAP.fullmatch(gap) and _PROMOTED_BEFORE.search(
        ctx.text, max(0, before[-1].start - 24), before[-1].start
    ):
        return before[-1].name, False  # "X has promoted Name to <title>"
    if _BOARD_GAP.fullmatch(gap):
        return before[-1].name, False  # "Name has been appointed to the board as a <title>"
    to_board = _TO_BOARD_AS_GAP.fullmatch(gap)
    if to_board and (
        _APPOINTED_TO_BOARD_BEFORE if not to_board.group(1) else _APPOINTED_APPOSED
    ).search(ctx.text, max(0, before[-1].start - 90), before[-1].start):
        # "X has appointed Name to the board as <title>"; "the appointment of its chief executive,
        # Dr Name, to the board as <title>"
        return before[-1].name, False
    then = _AND_THEN_LINK.fullmatch(gap)
    if (
        then
        and _opens_sentence(ctx.text, before[-1].start)
        and not _REPORTED.search(gap)
        and (then.group("passive") or _PASSIVE_LINK.search(gap, 0, then.start("verb")))
    ):
        # "Name joined the company in 2009 and was appointed chairman in 2017", "Name was
        # appointed to the board in 2009 and appointed chairman in 2017": the subject's (not
        # "Name said the board had met and appointed a chief executive")
        return before[-1].name, False
    org_gap = _ORG_APPOSITION.fullmatch(gap)  # "Name, Westmark chief executive"
    if org_gap and before[-1].end + org_gap.start(1) in ctx.org_at:
        known = ctx.org_at[before[-1].end + org_gap.start(1)]
        if known.end == before[-1].end + org_gap.end(1):
            return before[-1].name, False
    joined = _JOINED_GAP.fullmatch(gap)  # "Name joined X as its <title>"
    if joined and before[-1].end + joined.start(1) in ctx.org_at:
        known = ctx.org_at[before[-1].end + joined.start(1)]
        if known.end == before[-1].end + joined.end(1):
            return before[-1].name, False
    closed = _WHO_CLOSED.match(gap) or _DESCRIBED_CLOSED.match(gap)
    gap = " " + gap[closed.end() :] if closed else gap  # "Name, who is .../a former banker, was"
    who = _WHO.match(gap) or _AGE.match(gap)  # "Name, who has been <title>", "Name, 54, was"
    if who:
        gap = " " + gap[who.end() :]
        who = _WHO.match(gap)  # "Name, 78, who has resigned as <title>"
        gap = " " + gap[who.end() :] if who else gap
    ended = _ENDED_SPAN.search(gap) is not None  # "served from 2001 to 2005 as"
    gap = ctx.lex.made(_link_fillers).sub("", gap)  # "has also served for five years as"
    linked = _ARTICLE_AFTER.sub("", gap.strip())  # "was appointed as the <title>"
    linked = _company_possessive(ctx.lex).sub("", linked)  # "has resigned as the group's <title>"
    for status in ("former", "current"):
        if gap[:1].isspace() and any(
            phrase_regex(links[status]).fullmatch(g) for g in (gap.strip(), linked)
        ):
            return before[-1].name, status == "former" or ended
    return None


def _apposed_titles(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] is titles and their organisation, closed with no comma before the
    verb: it ends with a name the article knows as an organisation ("Managing Director, Canada,
    X"), else the titles read at `start` end at an organisation printed after them ("chief
    executive of X"), maybe with a noun of its part after it ("X's coal business")."""
    if end in ctx.org_end:
        return True
    if "," in ctx.text[start:end]:
        return False
    titles = parse_titles(ctx, start, end)
    if titles is None or titles.items[-1].org in (None, MAIN) or titles.items[-1].end >= end:
        return False
    tail = _PART_TAIL.fullmatch(ctx.text, titles.end, end)
    return tail is not None and (
        not tail.group(1) or tail.group(1).casefold() in ctx.lex.folded("org_part_nouns")
    )


# what may follow the organisation of apposed titles: a noun of its part ("X's coal business")
_PART_TAIL = re.compile(r"(?:(?:['’]s)?(?:\s+[a-z]+)?\s+([a-z]+))?")
# ", the <people's adjective> " between a name and its titles ("Name, Ruritanian foreign minister")
_DESCRIBED_GAP = re.compile(r"\s*,\s*(?:an?\s+|the\s+)?([a-z]+)(?:\s+[a-z]+){0,6}\s*,\s*")
_DEMONYM_GAP = re.compile(
    r"\s*,\s*(?:also\s+)?(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2,3})\s+"
)


# the end of an organisation's name opening titles: " " or a possessive ("X |Party Secretary",
# "X|'s chief executive", "X Holdings|' chairman")
_OWNER_END = re.compile(r"(?:['’]s|(?<=s)['’])? $")
# a subordinate opener before the titles ("After meeting the chief executive of X in Y, A said")
_OPENER_BEFORE = re.compile(r"(?:^|[.;]\s+|\n)(?:After|Following|When|While|Before)\b[^.;,]*$")
# what closes a list of names set off after a plural title: a comma, the sentence's end
_LIST_CLOSED = re.compile(r"\s*(?:[.,;:)]|$)")
# "in <a place or a country>" after an organisation's titles, before a comma
_TO_PLACE_AFTER = re.compile(
    r"\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}(?=\s*,)"
)
_IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s*,)")
# A first clause of the subject's, then "and" and a link to the titles: "joined the company in 2009
# and was appointed", ", 62, was appointed to the board in 2009 and appointed"
_AND_THEN_LINK = re.compile(
    r"(?:,\s*\d{2},)?\s+[^.;()]{3,120}?\s+and\s+"
    r"(?P<passive>(?:later\s+)?(?:was|has\s+been|had\s+been)\s+|(?=became))?(?:later\s+)?"
    r"(?P<verb>appointed|named|elected|promoted|became)(?:\s+(?:as|to))?\s+(?:the\s+|its\s+|an?\s+)?"
)
_PASSIVE_LINK = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+[a-z]+ed\b")
_REPORTED = re.compile(r"\b(?:said|says|told|tells|that|reported|announced)\b")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a name at `start` opens its sentence or paragraph."""
    head = text[max(0, start - 3) : start]
    return start == 0 or head.endswith(("\n", ". ", ".\n")) or not head.strip()


# the dash closing an aside after its titles ("A — currently a director on the Board — as")
_DASH_CLOSE = re.compile(
    r"(?:\s+(?:on|of|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?\s*[—–]"
)
# ", who", "(Rtd) who": a short bracketed note after the name ("(Rtd)", "(retd.)") may come first
_WHO = re.compile(r"\s*(?:\([A-Za-z.]{2,8}\)\s*)?,?\s*who(?=\s)")
# a relative clause closed by a comma before the sentence's own verb
_WHO_CLOSED = re.compile(
    r"\s*,\s*who\s+[^;()]{1,120}?,\s+(?=(?:has|have|had|was|were|is|are|will)\s)"
)
# "Name, a former banker, was named ...": a description in lower case, no post of its own
_DESCRIBED_CLOSED = re.compile(
    r"\s*,\s*an?\s+[a-z][a-z'’ -]{1,60},\s+(?=(?:has|have|had|was|were|is|are|will)\s)"
)
_AGE = re.compile(r"\s*,\s*\d{2}\s*,(?=\s)")


def _link_fillers(lex: Lexicon) -> re.Pattern[str]:
    """Words inside a link that change nothing of it: an adverb of `link_adverbs` ("also",
    "recently"), a span of time ("for five years", "since 2010", "was last year appointed")."""
    adverbs = longest_first(lex.words("link_adverbs"))
    return re.compile(
        rf"(?<=\s)(?:{adverbs})\s+(?!\d)"
        r"|\s+(?:for\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:\w+\s+)?(?:years?|months?|decades?)"
        r"|since\s+(?:\w+\s+)?\d{4}|(?:from|between)\s+\d{4}\s+(?:to|and|until)\s+\d{4}"
        r"|in\s+\d{4}|(?:earlier\s+)?(?:last|this)\s+(?:year|month|week))(?=\s)"
    )


_ENDED_SPAN = re.compile(r"\s(?:from|between)\s+\d{4}\s+(?:to|and|until)\s+\d{4}\s")


_COMMA_THEN = re.compile(r"\s*,\s*")
_AND_OTHER = re.compile(r",?\s+and\s+other\s+(?:standing\s+|senior\s+|leading\s+)?")
_FOR_PORTFOLIO = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|&|[A-Z][\w'’-]*))*")
_ARTICLE_START = re.compile(r"(?:(?:currently|presently|now)\s+)?(?:a|an|the)\s+")
_ORG_APPOSITION = re.compile(r"\s*,\s+(?:the\s+|an?\s+)?(\S.*?)\s+")  # ", <organisation> <titles>"
_JOINED_GAP = re.compile(
    r"\s+(?:joined|joins|rejoined|has\s+joined|will\s+join|(?:now\s+)?heads|will\s+head)"
    r"\s+(?:the\s+)?(.+?)"
    r"\s+as\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+)?"
)
# "X has named Name its new <title>", "X named Name chief executive", "appointed Name as the new"
_ITS_GAP = re.compile(
    r"\s+(?:as\s+)?(?:(?:its|their|the\s+company['’]s|the\s+group['’]s|the)\s+)?(?:new\s+)?"
)
_PROMOTED_TO_GAP = re.compile(r"\s+to\s+(?:the\s+(?:post|position|role)\s+of\s+)?(?:the\s+)?")
_PROMOTED_BEFORE = re.compile(r"\b(?:promoted|promotes|promoting|elevated|elevates)\s+$")
_APPOINTED_BEFORE = re.compile(r"\b(?:named|appointed|elected|promoted|made|hired)\s+$")
# "... the X board as (a|its|the)": a board seat's title follows (the board's owner's name between)
_BOARD_AS = (
    r"(?:[A-Z][\w&'’-]*\s+){0,4}[Bb]oard(?:\s+of\s+[Dd]irectors)?\s+as\s+(?:an?\s+|its\s+|the\s+)?"
)
# "Name has been appointed to the board as a", "Name will join the X board as an": a board seat
_BOARD_GAP = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|will\s+be)\s+(?:appointed|elected|co-opted|named)"
    rf"\s+to\s+(?:the|its|our)\s+{_BOARD_AS}"
    r"|\s+(?:joins|joined|will\s+join|has\s+joined|is\s+to\s+join|is\s+joining)\s+(?:the|its)\s+"
    + _BOARD_AS
)
# "X has appointed Name to the Board as Managing Director", "the appointment of Name to the board
# as an independent director": the title after the board is Name's
_TO_BOARD_AS_GAP = re.compile(rf"(,)?\s+to\s+(?:the|its|our|their)\s+{_BOARD_AS}(?:new\s+)?")
_APPOINTING = r"appointed|appoints|appointing|elected|named|appointment\s+of"
_APPOINTED_TO_BOARD_BEFORE = re.compile(rf"\b(?:{_APPOINTING}|co-opted)\s+$")
_APPOINTED_APPOSED = re.compile(
    rf"\b(?:{_APPOINTING})\s+[^,;.()]{{3,60}},\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$"
)
_ARTICLE_AFTER = re.compile(r"\s+(?:the|its|a|an|their|his|her)(?:\s+new)?$")


def _company_possessive(lex: Lexicon) -> re.Pattern[str]:
    """ "the group's", "the company's" ending a link ("who has resigned as the group's")."""
    return lex.made(_company_possessive_re)


def _company_possessive_re(lex: Lexicon) -> re.Pattern[str]:
    owned = lex.company_nouns() | lex.folded("own_kind_words")  # "as the bank's", "the trust's"
    words = "|".join(re.escape(w) for w in sorted(owned))
    return re.compile(rf"\s+the\s+(?:{words})['’]s$", re.IGNORECASE)


def _where_org(ctx: Context, people, titles: TitleList) -> str | None:
    """ "X PLC, where Roe also is a non-executive director, said ...": the organisation named
    right before ", where" and the holder of titles that name none."""
    before = people.ending_by(titles.start)
    if not before:
        return None
    where = _WHERE_BEFORE.search(ctx.text, max(0, before[-1].start - 12), before[-1].start)
    return ctx.org_end.get(where.start()) if where else None


# A sentence's opening phrase ending in a date, then a comma: "With effect from 1 June 2022, |Roe"
_DATED_OPENING = re.compile(r"(?:\b\d{4}|\b\d{1,2}(?:st|nd|rd|th)?)\s*,\s*$")
_WHERE_BEFORE = re.compile(r",\s+where\s+$")


def _name_before_and(ctx: Context, people, start: int) -> list[str]:
    """The name in "Name and <titles>" / "Name, <titles>" (the titles may share that name's organisation)."""
    # fullmatch with pos/endpos: no copy of the text between each person and the titles. Only
    # the last names before `start` can match: an earlier one has a name in its gap, and the gap
    # must be spaces, commas and "and" (the scan stops at a name with another letter).
    found = []
    for p in reversed(people.ending_by(start)):
        if _AND_GAP.fullmatch(ctx.text, p.end, start):
            found.append(p.name)
        if _NOT_GAP.search(ctx.text, p.start, p.end):
            break
    return found[::-1]


def _next_item(
    ctx: Context, people, holders: list[str], name: str, titles: TitleList, own: TitleList | None
) -> bool:
    """Whether titles after "<name>, " are the next list item's, printed before its own holder,
    and A's item printed its own body before A ("Governor X Bank A, Ambassador B"; "X Academy
    Chief Executive A, Principal Advisor B"): B's title, no share in A's organisation. A
    deputy's rank of A's own title ("X Principal A, Vice Principals B, C") shares it, and so
    does an item after a possessive heading the list ("X's president A, deputy secretary B")."""
    before = people.ending_by(titles.start)
    if not before or before[-1].name != name or not holders or name in holders:
        return False
    if _COMMA.fullmatch(ctx.text, before[-1].end, titles.start) is None:
        return False
    if own is None or _POSSESSIVE_END.search(ctx.text, max(0, own.start - 40), own.start):
        return False
    if own.end > before[-1].start:
        return False  # "A, Secretary of X, Dean B, Deputy Secretary C": the list's body, X
    between = ctx.org_at.get(_after_spaces(ctx.text, own.end))  # "Governor X Bank A"
    if not (own.prefix_org or any(i.org for i in own.items) or between):
        return False  # "..., Dean B, Deputy Secretary C": B's body was the list's, so is C's
    return not any(
        _deputy_of(ctx.lex, item.title, mine.title) for item in titles.items for mine in own.items
    )


_POSSESSIVE_END = re.compile(r"['’]s\s+$")


def _deputy_of(lex: Lexicon, title: str, other: str) -> bool:
    """Whether `title` is a deputy's rank of `other` (`hyphen_prefixes`: "Vice Principals" of
    "Principal", "Deputy Secretary" of "Secretary")."""
    words = title.casefold().replace("-", " ").split()
    base = " ".join(other.casefold().replace("-", " ").split())
    if len(words) < 2 or words[0] not in lex.folded("hyphen_prefixes"):
        return False
    rest = " ".join(words[1:])
    return rest in (base, plural_title(base))


def _unread_body(lex: Lexicon) -> re.Pattern[str]:
    """Capitalised words ending in a body's word (`body_words`), then "of": the name of a body of
    an organisation ("Discipline Inspection Committee of X", "Second Organization Division of the
    Department")."""
    return _body_pattern(tuple(lex.words("body_words")))


@lru_cache(maxsize=4)
def _body_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = longest_first(words)
    return re.compile(rf"(?:[A-Z][\w'’&-]*\s+){{0,5}}(?:{alternatives})\s+of\s")


def _org_after_names(
    ctx: Context, people, holders: list[str], titles: TitleList, limit: int
) -> str | None:
    """The organisation of "Chairman Name of Org" (titles right before the names): one the text
    reads there, a place, or a body printed there as after a title ("Speaker A of the X
    Congress"); UNREAD when capitalised words follow "of" and none of these is read there (the
    post is that body's, never the page's)."""
    after = people.starting_from(titles.end)
    # the first holder named after the titles must be the first name after them (else a name
    # stands between), and the last is the last mention of a holder's name
    if not after or after[0].name not in holders or ctx.text[titles.end : after[0].start].strip():
        return None
    last = after[0]  # the holders listed right after the titles ("Chairman A and B of Org")
    for nxt in after[1:]:
        if nxt.name not in holders or not LIST_SEP.fullmatch(ctx.text[last.end : nxt.start]):
            break
        last = nxt
    m = _OF_ORG.match(ctx.text, last.end)
    hit = ctx.org_at.get(m.end()) if m else None
    if hit and _NAME_GOES_ON.match(ctx.text, hit.end):
        return UNREAD  # "Speaker A of the X Congress" where only "X" is read: a longer body's
    if hit:
        return hit.name
    if m and _unread_body(ctx.lex).match(ctx.text, m.end()):
        return UNREAD  # "Secretary Name of Discipline Inspection Committee of X": a body not read
    words = _PLACE.match(ctx.text, m.end()) if m else None
    printed = words.group().split() if words else []
    for size in (2, 1):  # "Mayor Name of Place (City)": as "mayor of Place"
        place = " ".join(printed[:size])
        if len(place.split()) == size and place.casefold() in ctx.lex.places:
            ending = printed[size : size + 1]
            if ending and ending[0].casefold() in ctx.lex.folded("state_words"):
                return f"{place} {ending[0]}"  # "Governor Name of Lagos State"
            return place
    if (
        words
        and len(printed) == 2
        and printed[1].casefold() in ctx.lex.folded("state_words")
        and not _NAME_GOES_ON.match(ctx.text, words.end())
    ):
        return words.group()  # "Governor Name of Kwara State": a state the lexicon lacks
    # "Party Secretary A and Mayor B of Org": a second title and name share the "of Org"
    joined = _AND_TITLE.match(ctx.text, last.end)
    nxt = people.starting_from(joined.end()) if joined else []
    gap = ctx.text[joined.end() : nxt[0].start] if joined and nxt else ""
    if gap and len(gap) <= 40 and _CAPITALISED.fullmatch(gap) and ctx.lex.title_re.search(gap):
        return _org_after_names(
            ctx, people, [nxt[0].name], replace(titles, end=nxt[0].start), limit
        )
    if m is None or any(item.org for item in titles.items) or titles.prefix_org is not None:
        return None
    if not _CAPITALISED_AFTER.match(ctx.text, m.end()):
        return None
    printed_after = org_named_after(ctx, last.end, limit)
    if printed_after is not None and not _ABBREVIATION_END.search(
        ctx.text, max(0, printed_after[1] - 4), printed_after[1] + 3
    ):
        name, end = printed_after
        state = _LOWER_WORD_AFTER.match(ctx.text, end)
        if state and state.group(1) in ctx.lex.folded("state_words"):
            return f"{name} {state.group(1).title()}"  # "Governor A of Kwara state": Kwara State
        return name  # "Speaker A of the X Congress": as "Speaker of the X Congress"
    return UNREAD  # "Chairman A of the X Y": that body's, its name not read


_OF_ORG = re.compile(r"\s+of\s+(?:the\s+)?")
UNREAD = "\0unread"  # the title's organisation is named but was not read: claim nothing
_AND_TITLE = re.compile(r"\s+and\s+")
_PLACE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z&]|[\w'’-]")  # "Kestrel State Grid": a longer name
_CAPITALISED = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}")
_CAPITALISED_AFTER = re.compile(r"[A-Z][\w'’&-]*")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# "of St. Louis": a short word with a dot, the name going on past it
_ABBREVIATION_END = re.compile(r"(?<![\w'’-])[A-Z][a-z]{0,2}\.[ \t]+[A-Z]")


def _add_claims(
    article,
    found,
    ctx,
    sentence,
    name,
    titles: TitleList,
    former: bool,
    inherited,
    appoints=False,
    country=None,
) -> None:
    for span in titles.new_orgs:
        new = ctx.text[span.start : span.end]
        if _bare_org_word(ctx.lex, new):
            continue
        if _placed_committee(ctx.lex, titles, new) == new:  # not "municipal Party committee"
            _ensure_org(article, found, new, sentence)
    national = _demonym_before(ctx, titles.start) and not _country_before(ctx, titles.start)
    for index, item in enumerate(titles.items):
        if national and not _org_for(titles, index):
            continue  # "Gabonese President X": a country's post, and the text names no organisation
        if not _org_for(titles, index) and appoints:
            continue  # "President X has appointed Y as chairman of Z": X is not Z's
        own = _org_for(titles, index)
        if (
            own
            and own is not MAIN
            and item.org is None
            and _level_committee(item.title) is None  # "Secretary of the Municipal Committee"
            and _shares_later(titles, index, own)
        ):
            own = _shared_fit(ctx, found, titles, index, own, sentence)
            if own is None:
                continue  # "Council Member and Ruler of X": no body of the member's kind printed
        if country and index == 0 and item.org is None and not titles.prefix_org:
            own = None  # "Ruritanian President and chairman of X": the country's, not X's
        if own and _bare_org_word(ctx.lex, own):
            continue  # "Minister of Organization": a department of a body not named, no guess
        org = _placed_committee(ctx.lex, titles, own) or _ministry(ctx, found, item) or country
        if org is None and (ministry := _lower_case_ministry(ctx, item)) is not None:
            org = ministry[0]  # "vice minister of civil affairs": that ministry
            _ensure_org(article, found, org, sentence, (ministry[1],))
        if own and org is None:
            continue  # "deputy secretary of the municipal Party committee": of no place named
        if (
            org is None
            and item.notation in ("other", "head", "?party")
            and portfolio_title(ctx.lex, item.title)
            and (portfolio := _FOR_PORTFOLIO.match(ctx.text, _portfolio_from(titles, item)))
        ):
            # "the X Government ... the Secretary for Y, Mr Z"; a minister or secretary for a
            # portfolio of no named body is not the article's company's
            org = _sentence_government(ctx, sentence)
            if org is None or not _government_of_place(ctx, org, portfolio.end()):
                continue  # "Minister for Y of Ruritania and B, ..., Government of X": not X's
        if org is None or org is MAIN:  # "X appointed Y as its chief executive": X's
            org = _appointing_org(ctx, sentence, titles.start) or org
            other = _appointing_subject(ctx, sentence, titles.start) if org is None else None
            if other is not None and other != ctx.main_org:
                continue  # "X named Y as managing director": X's post or another's, not the page's
        if (
            (org is None or org is MAIN or org == found.main_org)
            and not inherited
            and _other_of_possessed_kind(ctx, found, titles.start)
        ):
            continue  # "the bank's MD A" where another bank than the page's is named: which one?
        if org is None and inherited and _OF_UNREAD.match(ctx.text, item.end):
            continue  # "A, director of X, B, chairman of the municipal Y": not X's, Y unread
        if org is None and _of_adjective_org(ctx, found, item.end):
            continue  # "chairman of troubled Y Bank": Y's, not the page's (not "of operations A")
        org = org or inherited
        if org is None or org is MAIN:
            lead = _lead_org(ctx, found, sentence)
            if lead == UNREAD:
                continue  # "At Y, the board led by chairman Z": not the page's company's
            org = lead or org
        if (
            org in (None, MAIN)
            and item.org is None
            and _local_unit_before(ctx, found, titles.start, item.title)
        ):
            continue  # "township administrator A": the township's, a body of no name
        if org is None and not _main_org_near(ctx, found, titles, sentence):
            continue  # "proposed by President X" in a company's article: not the company's
        if org is None and _unread_owner_before(ctx, titles.start, sentence):
            continue  # "Kavo power Chairman X": an owner the text names but no reader read
        if (
            org in (None, MAIN)
            and item.org is None
            and _its_unread_subject(ctx, found, sentence, titles.start)
        ):
            continue  # "Kavo said its CEO and director, A": each title Kavo's, Kavo not read
        alone = not any(t.org for t in titles.items)
        claim = _claim(ctx, found, item, org, sentence, alone)
        if claim is None:
            continue
        role, org_name = claim
        if org is None and item.org is None and _titled_elsewhere(found, name, item, org_name):
            continue  # "A, Chairman of X, visited Y. Chairman A thanked Y": X's chairman, not Y's
        if org_name == country and role != "other" and not _org_for(titles, index):
            continue  # "the Chinese chairman X": a nationality, not a post of the country
        _ensure_org(article, found, org_name, sentence)
        status = "former" if former or item.former or _ended(ctx, titles, sentence) else "current"
        made = RoleClaim(name, role, item.title, org_name, evidence(article, sentence), status)
        if not _stated(
            found, (name, role, org_name, status), lambda r: (r.person, r.role, r.org, r.status)
        ):
            found.roles.append(made)


def _portfolio_from(titles: TitleList, item: TitleItem) -> int:
    """Where a portfolio after the titles would start: the last title's end when the list was
    read past its portfolio to the holder ("Secretary for Y Mr Z"), else the list's end."""
    return item.end if item is titles.items[-1] and item.org is None else titles.end


def _shares_later(titles: TitleList, index: int, org: str) -> bool:
    """Whether the title at `index`, printed with no organisation, takes `org` from a later title
    of the list ("Party Secretary and Chairman of X": the chairman's X)."""
    return any(i.org == org and not i.own_org for i in titles.items[index + 1 :])


def _shared_fit(
    ctx: Context, found: Extraction, titles: TitleList, index: int, org: str, sentence: Span
) -> str | None:
    """The organisation of a title that shares a later title's "of X" when X is of a kind the
    title cannot be held at: the body printed right before the list ("Supreme Council Member and
    Ruler of X": the council's), the body "its" stands for ("its Chairman and Governor of X"), the
    place X names for a Party or a government post at a congress or a consultative body ("Party
    Secretary and Chairman of the Standing Committee of X Province": X Province's), none for a
    member's title at a place; else `org`."""
    lex = ctx.lex
    item = titles.items[index]
    prefix = titles.prefix_org
    if prefix and prefix is not MAIN:
        return prefix
    if _ITS_TITLE.search(ctx.text, max(sentence.start, titles.start - 40), titles.start):
        return _its_owner(ctx, sentence, titles.start)
    folded = fold_phrase(item.title)
    heads = lex.data.get("government_head_titles") or {}
    if item.notation in (*_PARTY_POSTS, "?party", *lex.words("government_roles")) or (
        folded in heads
    ):
        if _legislature_named(lex, org) and not _party_body(lex, org):
            return _place_within(lex, found, org)
        return org
    if folded in lex.folded("body_member_titles") and _place(lex, org):
        return None
    return org


def _legislature_named(lex: Lexicon, org: str) -> bool:
    """Whether `org` is a congress's, a consultative body's or a standing committee's name
    (`no_party_post_bodies`), wherever the word stands ("X Committee of the CPPCC")."""
    words = tuple(lex.words("no_party_post_bodies"))
    return phrase_regex(words).search(org.replace("’", "'")) is not None


def _place_within(lex: Lexicon, found: Extraction, org: str) -> str | None:
    """The place a body's name prints ("the Standing Committee of X Province", "X CPPCC"): the
    article's organisation of that place (its government, "X Province") or the place; None when
    the name prints no place the vocabulary knows."""
    words = org.replace("’", "'").split()
    for size in range(len(words), 0, -1):
        for at in range(len(words) - size + 1):
            place = " ".join(words[at : at + size])
            if place.casefold() in lex.places:
                after = words[at + size : at + size + 1]
                if after and after[0].casefold() in lex.place_suffixes:
                    return f"{place} {after[0]}"  # "X Province" as printed
                return _government_of(lex, found, place)
    return None


def _titled_elsewhere(found: Extraction, name: str, item: TitleItem, org: str) -> bool:
    """Whether a title printed with no organisation, given to the article's organisation by
    default, is one the text gave that person at another organisation before: that one's."""
    if org != found.main_org:
        return False
    title = fold_phrase(item.title)
    names = {org, *(a for o in found.orgs if o.name == org for a in o.aliases)}
    folded = {n.casefold() for n in names}

    def other(body: str) -> bool:  # not the page's body by a longer or a shorter name
        b = body.casefold()
        return not any(b.startswith(n) or n.startswith(b) for n in folded)

    return any(
        r.person == name and other(r.org) and fold_phrase(r.title) == title for r in found.roles
    )


# "of <words>" right after a title that named no organisation: its own, not read
_OF_UNREAD = re.compile(r"\s+of\s+(?:the\s+)?(?!the\s)(?:[a-z]+\s+){1,2}[A-Z]")
# "of <adjective> <Name>" with no "the" ("chairman of troubled Y Bank")
_OF_ADJECTIVE = re.compile(r"\s+of\s+(?!the\s|its\s|his\s|her\s|their\s)[a-z][a-z-]+\s+(?=[A-Z])")


def _of_adjective_org(ctx: Context, found: Extraction, at: int) -> bool:
    """A title followed by "of", an adjective and an organisation the page reads ("chairman of
    troubled Y Bank"): the post is Y's, never the page's company's by default."""
    m = _OF_ADJECTIVE.match(ctx.text, at)
    return m is not None and any(ctx.text.startswith(o.name, m.end()) for o in found.orgs)


def _ministry(ctx: Context, found: Extraction, item) -> str | None:
    """The ministry the article names for the portfolio of a minister's title printed with no
    organisation ("External Affairs Minister X" and "the Ministry of External Affairs")."""
    if item.org or not portfolio_title(ctx.lex, item.title):
        return None
    names = [n for o in found.orgs for n in (o.name, *o.aliases)]
    # the words up to a comma first ("A, Minister of Petroleum & Mineral Resources,"), then the
    # known field words ("Minister of Petroleum A B,": the first holds a name and names no ministry)
    for portfolio in (
        closed_portfolio_after(ctx.text, item.end),
        portfolio_at(ctx.text, item.start, item.end, ctx.lex),
    ):
        if portfolio is None or len(countries_of(ctx.text, portfolio, ctx.lex)) > 1:
            continue
        if ministry := ministry_for(portfolio, names):
            return ministry
    return None


def _other_of_possessed_kind(ctx: Context, found: Extraction, start: int) -> bool:
    """Whether "the <kind>'s" (`own_kind_words`, `company_possessive_nouns`) stands right before
    the titles at `start` while the text before names an organisation of that kind other than
    the page's ("Regulator Bank fined X Bank ... the bank's managing director A": X Bank's)."""
    m = _POSSESSED_KIND.search(ctx.text, max(0, start - 60), start)
    kinds = ctx.lex.folded("own_kind_words") | ctx.lex.folded("company_possessive_nouns")
    if m is None or m.group(1).casefold() not in kinds or not found.main_org:
        return False
    main = found.main_org
    word = re.compile(rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-])", re.IGNORECASE)
    return any(
        word.search(name) and not main.startswith(name) and not name.startswith(main)
        for end, name in ctx.org_end.items()
        if end <= m.start()
    )


# "the bank's", with up to two lower-case words before the title ("the bank's sponsor director")
_POSSESSED_KIND = re.compile(r"(?<![\w-])the\s+([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")


def _lead_org(ctx: Context, found: Extraction, sentence: Span) -> str | None:
    """The organisation a sentence is set at ("Meanwhile at Y, the board ...", "For Y, A was
    appointed as the managing director": `_for_lead`): the one the article names so, by a longer
    name ("Y Metals") or by an abbreviation it defines for it ("X University (XU) ... At XU,"),
    else UNREAD; None without such a lead."""
    m = _AT_LEAD.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return (
            _for_lead(ctx, sentence)
            or _reporting_org(ctx, sentence)
            or _lead_carried(ctx, found, sentence)
        )
    short = " ".join(m.group(1).split())
    names = [o.name for o in found.orgs]
    whole = [o.name for o in found.orgs if short == o.name or short in o.aliases]
    longer = [n for n in names if n.startswith(short + " ")]
    if whole or len(longer) == 1:
        return (whole or longer)[0]
    return UNREAD


def _lead_carried(ctx: Context, found: Extraction, sentence: Span) -> str | None:
    """The organisation of the sentence before when it was set at one ("Meanwhile at Y, ...")
    and this one opens with "The company" ("The company adds that ..."): Y's, not the page's."""
    if not _COMPANY_OPENS.match(ctx.text, sentence.start, sentence.end):
        return None
    before = sentence_before(split_sentences(ctx.text), sentence.start)
    if before is None or _AT_LEAD.match(ctx.text, before.start, before.end) is None:
        return None
    return _lead_org(ctx, found, before)


_COMPANY_OPENS = re.compile(r"\s*The\s+(?:company|group|firm)\b")


def _for_lead(ctx: Context, sentence: Span) -> str | None:
    """The organisation of "For Y, A was appointed as the managing director": Y, an organisation
    the text reads, right before a comma and the name of a person; None otherwise ("For Y, which
    sold its stake, ..." and "For A, ..." set nothing)."""
    m = _FOR_LEAD.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return None
    mention = ctx.org_at.get(m.end())
    unread = _FOR_NAME.match(ctx.text, m.end(), sentence.end) if mention is None else None
    if mention is None and (unread is None or any(s == m.end() for s, _ in ctx.people)):
        return None  # "For A, who ...": a person, no organisation
    after = mention.end if mention is not None else unread.end() if unread else m.end()
    comma = _COMMA_THEN.match(ctx.text, after, sentence.end)
    if comma is None or not any(start == comma.end() for start, _ in ctx.people):
        return None
    return mention.name if mention is not None else UNREAD  # an unread name: no guess


_FOR_LEAD = re.compile(r"\s*For\s+(?:the\s+)?")
_FOR_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}")


def _reporting_org(ctx: Context, sentence: Span) -> str | None:
    """The organisation a sentence opens with as the one that says or announces it ("Separately,
    Y said its chief executive Z would retire": Y's), unless it is a news agency; None else."""
    m = _REPORT_LEAD.match(ctx.text, sentence.start, sentence.end)
    mention = ctx.org_at.get(m.end()) if m else None
    if mention is None or not ctx.lex.made(_reports_re).match(ctx.text, mention.end, sentence.end):
        return None
    return None if mention.name.casefold() in ctx.lex.folded("news_agencies") else mention.name


_REPORT_LEAD = re.compile(
    r"\s*(?:(?:Meanwhile|Separately|Elsewhere|Also|In addition|Earlier|Later|Earlier this \w+),?\s+)?"
    r"(?:[Tt]he\s+)?"
)


def _reports_re(lex: Lexicon) -> re.Pattern:
    """An organisation's reporting verb after its name (`reporting_verbs` of kg/vocab/en.yml)."""
    verbs = longest_first(lex.words("reporting_verbs"))
    return re.compile(
        rf"(?:\s*\([^()]{{1,40}}\))?,?\s+(?:also\s+|on\s+\w+\s+|today\s+|\w+ly\s+)?(?:{verbs})\b"
    )


_AT_LEAD = re.compile(
    r"\s*(?:(?:Meanwhile|Separately|Elsewhere|Over),?\s+)?(?:at|At)\s+((?:[A-Z][\w&'’.-]*\s+){0,3}"
    r"[A-Z][\w&'’.-]*),\s"
)


_ENDED_BEFORE = re.compile(
    r"\s*(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till)\s+(?:19|20)\d\d\s*,",
    re.IGNORECASE,
)
_ENDED = re.compile(
    r"[^.;]{0,80}?\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till)\s+(?:19|20)\d\d\b"
    r"|[^.;]{0,80}?\buntil\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)


def _appointing_org(ctx: Context, sentence: Span, start: int) -> str | None:
    """The organisation that appoints, in "X [on Thursday] appointed Y as its <title>": "its" is
    X's when X, named right before the appointing verb, is the sentence's subject; the one joined,
    in "Y joined X as (its) <title>" (or "Y now heads X as <title>")."""
    for org_start, mention in ctx.org_at.items():  # "Y joined X as (its) <title>"
        if (
            sentence.start <= org_start < start
            and _JOINED.search(ctx.text, max(sentence.start, org_start - 16), org_start)
            and _AS_ITS.fullmatch(ctx.text, mention.end, start)
        ):
            return mention.name
    if not _ITS_BEFORE.search(ctx.text, max(sentence.start, start - 28), start):
        return None
    return _appointing_subject(ctx, sentence, start)


def _appointing_subject(ctx: Context, sentence: Span, start: int) -> str | None:
    """X of "X [on Thursday] appointed Y as <title>": the organisation named right before the
    last appointing verb before `start`."""
    verbs = phrase_regex(ctx.lex.words("appointer_verbs"), flags=0)
    hits = list(verbs.finditer(ctx.text, sentence.start, start))
    if not hits:
        return None
    verb = hits[-1].start()
    days = "|".join(ctx.lex.words("weekdays"))
    gap = re.compile(rf"\s+(?:(?:on\s+)?(?:{days})\s+)?(?:also\s+)?")
    for end, name in ctx.org_end.items():
        if sentence.start < end <= verb and gap.fullmatch(ctx.text, end, verb):
            return name
    return None


_ITS_BEFORE = re.compile(r"(?<![\w-])(?:its|the\s+(?:company|group)['’]s)\s+(?:new\s+)?$")
_JOINED = re.compile(
    r"(?<![\w-])(?:joined|joins|rejoined|has\s+joined|will\s+join|heads|will\s+head)\s+(?:the\s+)?$"
)
_AS_ITS = re.compile(r"\s+as\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+)?")


def _appointer(ctx: Context, people, titles: TitleList) -> bool:
    """Whether the holder of titles that also name heads of state (`ambiguous_default_titles`,
    "President"), named right after them, appoints or dismisses ("President X has appointed Y as
    chairman of Z"): then the organisation the sentence names is not theirs."""
    ambiguous = ctx.lex.folded("ambiguous_default_titles")
    if any(fold_phrase(item.title) not in ambiguous for item in titles.items):
        return False
    after = people.starting_from(titles.end)
    if not after or not _holder_follows(ctx, titles.end, after[0].start):
        return False
    verbs = phrase_regex(ctx.lex.words("appointer_verbs"), flags=0)
    end = after[0].end
    return ctx.text[end : end + 1] == " " and verbs.match(ctx.text, end + 1) is not None


def _sentence_government(ctx: Context, sentence: Span) -> str | None:
    """The one government the sentence names ("The delegation of the X Government will include
    the Secretary for Y, Mr Z; ..."), for a portfolio's holder named with no organisation."""
    names = {
        mention.name
        for start, mention in ctx.org_at.items()
        if sentence.start <= start < sentence.end and _GOVERNMENT.search(_head(mention.name))
    }
    return names.pop() if len(names) == 1 else None


def _head(name: str) -> str:
    """The words of a name before its first "of" ("Liaison Office" of "Liaison Office of the
    Central Government"), the whole name when it opens with "Government of"."""
    return name if _GOVERNMENT_OF.match(name) else re.split(r"\s+of\s+", name, maxsplit=1)[0]


# A government's own name: "Government" as its head ("the X Government", "Government of X"), not
# a body whose name only holds the word ("Liaison Office of the Central Government in X")
_GOVERNMENT = re.compile(r"\bGovernment\b")
_GOVERNMENT_OF = re.compile(r"(?:The\s+)?Government\s+of\s")


def _government_of_place(ctx: Context, government: str, end: int) -> bool:
    """Whether a portfolio ending at `end` may be the post of `government`: false when the
    portfolio names a country or place after "of" that the government's name does not hold
    ("Minister for Y of Ruritania" is not a post of the Government of Xland)."""
    m = OF_PLACE.match(ctx.text, end)
    if m is None:
        return True
    place = m.group(1)
    known = ctx.lex.places | ctx.lex.folded("countries")
    if place.casefold() not in known:
        return True
    return place.casefold() in government.casefold()


_PLACE_POSTS = frozenset({"mayor", "governor", "vice-governor"})  # posts whose "of X" is a place


def _placed_committee(lex: Lexicon, titles: TitleList, org: str | None) -> str | None:
    """ "deputy secretary of the municipal Party committee and mayor of X": the committee of the
    place another title of the list names ("X Municipal Party Committee"); a committee of no
    place named gives nothing (no guess)."""
    if not org or not org[:1].islower():
        return org
    words = org.split()
    levels = {k.casefold(): k for k in (lex.data.get("government_levels") or {})}
    if words[0].casefold() not in levels or not _party_body(lex, org):
        return org
    places = [
        item.org
        for item in titles.items
        if item.org
        and (
            item.org.casefold() in lex.places
            or item.org in lex.words("countries")
            or (item.notation in _PLACE_POSTS and len(item.org.split()) == 1)  # "mayor of X"
        )
    ]
    if not places:
        return None
    return f"{places[0]} {levels[words[0].casefold()]} Party Committee"


def _ended(ctx: Context, titles: TitleList, sentence: Span) -> bool:
    """ "X was CEO of Y from 2008 to 2015", "From 2008 to 2015, he was CEO of Y": a post held over
    years that ended."""
    opening = _ENDED_BEFORE.match(ctx.text, sentence.start, titles.start)
    return (
        opening is not None
        or _ENDED.match(ctx.text, titles.end, sentence.end) is not None
        or ctx.lex.made(_career_opening_re).match(ctx.text, sentence.start, titles.start)
        is not None
        or _LEAVING_OF.search(ctx.text, max(sentence.start, titles.start - 60), titles.start)
        is not None  # "announced the resignation of its chief financial officer, A"
        or _LEAVING_OF_LIST.search(ctx.text, max(sentence.start, titles.start - 160), titles.start)
        is not None  # "the resignation of A as chairman and B as director": B's post left too
        or (
            _WAS_BEFORE.search(ctx.text, sentence.start, titles.start) is not None
            and _BEFORE_JOINING.match(ctx.text, titles.end, sentence.end) is not None
        )  # "A was CEO of Y before joining X" (not "A, CEO of Y, met B before joining ...")
        or _leaving_holder_after(ctx, titles, sentence)
        or _leaving_holder_before(ctx, titles, sentence)
    )


def _leaving_holder_before(ctx: Context, titles: TitleList, sentence: Span) -> bool:
    """ "A, chairman of Y, has resigned", "A, chairman of Y, and two other directors have
    resigned": the holder named right before the apposed titles, the sentence's subject, leaves."""
    people, start = ctx.people_spans, titles.start
    i = bisect.bisect_left(people.starts, start) - 1
    if i < 0 or people.starts[i] < sentence.start:
        return False
    if not _APPOSED_COMMA.fullmatch(ctx.text, people.ends[i], start):
        return False
    return _LEFT_AFTER_APPOSED.match(ctx.text, titles.end, sentence.end) is not None


_APPOSED_COMMA = re.compile(r"\s*,\s*(?:the\s+|its\s+)?")


def _leaving_holder_after(ctx: Context, titles: TitleList, sentence: Span) -> bool:
    """ "with its Chairman A resigning", "Chairman A resigned on Monday": the holder named right
    after the titles is leaving the post (a participle only after "with": "Chief Executive A,
    retiring next year, will stay" has not left)."""
    people, end = ctx.people_spans, titles.end
    i = bisect.bisect_left(people.starts, end)
    if i == len(people.starts) or people.starts[i] > end + 6 or people.ends[i] > sentence.end:
        return False
    if _LEFT_AFTER.match(ctx.text, people.ends[i], sentence.end):
        return True
    with_before = _WITH_ITS.search(ctx.text, max(sentence.start, titles.start - 12), titles.start)
    return (
        bool(with_before)
        and _LEAVING_AFTER.match(ctx.text, people.ends[i], sentence.end) is not None
    )


_WITH_ITS = re.compile(r"\bwith\s+(?:its|their|the)\s+$")
_LEAVING_AFTER = re.compile(
    r"\s+(?:resigning|retiring|stepping\s+down|standing\s+down|quitting|departing)\b"
)
# "and three other directors (of the bank)" between the holder and the verb
_AND_OTHERS = (
    r"(?:,?\s*and\s+(?:(?:two|three|four|five|six|several|\d{1,2})\s+)?(?:other\s+)?"
    r"(?:directors|members(?:\s+of\s+the\s+board)?|board\s+members|officers)"
    r"(?:\s+of\s+the\s+(?:bank|company|group|board|firm))?)?"
)
_LEFT_VERB = (
    r"\s+(?:has\s+|have\s+|had\s+)?(?:resigned|retired|stepped\s+down|stood\s+down|quit)"
    r"(?:\s+from\s+the\s+board(?!\s+of\b))?"
    r"(?=\s*[.,;]|\s+(?:on|last|this|with|effective|in\s+(?:19|20)\d\d|in\s+[A-Z][a-z]+\b))"
)
# ", has resigned", ", and three other directors have resigned" (closed as in `_LEFT_AFTER`)
_LEFT_AFTER_APPOSED = re.compile(r"\s*," + _AND_OTHERS + _LEFT_VERB)
# "Chairman A resigned on Monday": not "resigned as CEO", "resigned from the board of Y" (another
# post left), only "resigned" closed by a time, the sentence's end or "from the board"
_LEFT_AFTER = re.compile(_AND_OTHERS + _LEFT_VERB)


def _career_opening_re(lex: Lexicon) -> re.Pattern:
    """A sentence set before the post the page is about: "Previously, A was ...", "Before that,
    ...", "Before joining X, A was ...", "Prior to his appointment, ..." (`career_as_openers`)."""
    openers = "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(lex.words("career_as_openers"), key=len, reverse=True)
    )
    return re.compile(
        rf"\s*(?:(?:{openers})\s*,|(?:before|prior\s+to)\s+(?:joining\s+[A-Z]|moving\s+to"
        r"|(?:his|her|their)\s+(?:appointment|arrival|move|election))[^.;,]{0,60},)",
        re.IGNORECASE,
    )


_LEAVING_OF = re.compile(
    r"\b(?:resignation|retirement|departure|exit|dismissal|removal|sacking|ouster)\s+of\s+"
    r"(?:its\s+|their\s+|the\s+(?:company|group|bank|firm)['’]s\s+|the\s+)?"
    r"(?:(?:two|three|four|five|six|\d{1,2})\s+)?"  # "the exit of the two independent directors"
    r"(?:(?:long-serving|longtime|long-time|veteran)\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*\s+){1,4}as\s+(?:the\s+|its\s+|their\s+)?)?$"  # "... of A as chairman"
)
_LEAVING_OF_LIST = re.compile(
    r"\b(?:resignations?|retirements?|departures?|exits?|removals?)\s+of\s+"
    r"(?:(?!\b(?:appoint|nam|elect|join|succeed|replac)\w*)[^;]){1,150}?\s+as\s+[^;]{1,80}?"
    r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:[A-Z][\w'’.-]*\s+){1,4}as\s+(?:the\s+|its\s+|their\s+)?$"
)
_WAS_BEFORE = re.compile(r"\b(?:was|had\s+been|served\s+as|worked\s+as)\s+(?:the\s+|an?\s+)?$")
_BEFORE_JOINING = re.compile(
    r"[^.;]{0,80}?\b(?:before|prior\s+to)\s+(?:joining|moving\s+to|being\s+(?:appointed|named))\b"
)


_SEEN: dict = {}  # key function's code -> (the roles list, how many of it were read, their keys)


def _stated(found: Extraction, key: tuple, key_of) -> bool:
    """Whether a claim of found.roles has `key` (by `key_of`): a set kept beside the list, which
    only grows while roles are read, instead of a scan of every claim for each new one."""
    roles, done, keys = _SEEN.get(key_of.__code__, (None, 0, set()))
    if roles is not found.roles:
        roles, done, keys = found.roles, 0, set()
    keys.update(key_of(r) for r in roles[done:])
    _SEEN[key_of.__code__] = (roles, len(roles), keys)
    return key in keys


def _demonym_before(ctx: Context, start: int) -> bool:
    """Whether a people's adjective stands right before the titles ("Gabonese", "Indian")."""
    m = re.search(r"([A-Z][a-z]+)\s+$", ctx.text[max(0, start - 30) : start])
    if not m:
        return False
    return ctx.lex.peoples_adjective(m.group(1)) or ctx.lex.people_ending(m.group(1))


def _org_for(titles: TitleList, index: int) -> str | None:
    items = titles.items
    for at, item in enumerate(list(items[index:]) + list(reversed(items[:index]))):
        if item.org and (at == 0 or not item.own_org):
            return item.org
    return titles.prefix_org


def _main_org_near(ctx: Context, found: Extraction, titles: TitleList, sentence: Span) -> bool:
    """Whether titles with no organisation of their own may be the article's organisation's: a
    lone title that also names heads of state and associations ("President", see
    `ambiguous_default_titles`) needs the article's organisation, or "the company", in its
    sentence; with a company title beside it ("Vice Chairman and President X") it is the company's."""
    ambiguous = ctx.lex.folded("ambiguous_default_titles")
    if any(fold_phrase(item.title) not in ambiguous for item in titles.items):
        return True
    if _MET_BEFORE.search(ctx.text, max(sentence.start, titles.start - 40), titles.start):
        return False  # "A met with President B": the one met is the company's guest
    text = ctx.text[sentence.start : sentence.end]
    names = [found.main_org or "", *ctx.lex.words("main_org_refs")]
    if phrase_regex([n for n in names if n]).search(
        text
    ):  # whole words: not "our group" in "tour group"
        return True
    return (
        _president_page(ctx, found, sentence)
        and not _possessive_after(ctx, titles.end)
        and not _cited_before(ctx, sentence.start, titles.start)
    )


_MET_BEFORE = re.compile(
    r"(?<![\w-])(?:met|meets|meet|meeting|called\s+on|calls\s+on|talks\s+with|courtesy\s+call\s+on"
    r"|hosted\s+by|received\s+by|welcomed\s+by)(?:\s+with)?\s+(?:the\s+)?$"
)


def _unread_owner_before(ctx: Context, start: int, sentence: Span) -> bool:
    """Whether a capitalised word no reader took, maybe with a lower-case industry word after it,
        stands right before titles of no organisation ("ReNew power Chairman A", "Kavo Chairman A",
    "eKavo Chairman A"):
        the titles' owner is named, only not read (not in headline-style lines, where every word is
        capitalised)."""
    m = _OWNER_WORDS_BEFORE.search(ctx.text, max(sentence.start, start - 40), start)
    if m is None or title_case(ctx.text, sentence):
        return False
    word, lower = m.group(1), m.group(2)
    if word.endswith(("'s", "’s", "'", "’")):
        return False  # "Kavo's chairman": a possessive owner, read where the claim is made
    lex = ctx.lex
    if lower and lower.strip().casefold() not in lex.industry:
        return False
    folded = word.casefold().rstrip(".")
    known = (
        lex.not_name_words
        | lex.title_words()
        | lex.honorifics
        | lex.company_nouns()
        | lex.folded("title_modifiers")
        | lex.folded("former_words")
        | {"board"}
        | lex.folded("brand_stop")
        | lex.folded("field_words")
        | lex.folded("months")
        | lex.folded("weekdays")
    )
    return (
        folded not in known
        and folded not in lex.places
        and m.start(1) not in ctx.org_at
        and not any(s <= m.start(1) < e for s, e in ctx.people)
    )


def _local_unit_before(ctx: Context, found: Extraction, start: int, title: str) -> bool:
    """Whether a lower-case word of a local unit (`local_unit_words`: "township", "district",
    "village") stands right before a title of no organisation, or opens it ("township
    administrator A", "the district collector, B"): the post is that unit's, named nowhere; not
    the page's body unless its name has that word."""
    units = ctx.lex.folded("local_unit_words")
    m = _LOWER_WORD_BEFORE.search(ctx.text, max(0, start - 20), start)
    first = title.split()[0] if len(title.split()) > 1 else ""  # as printed: "district collector"
    word = m.group(1) if m is not None and m.group(1) in units else first
    main = found.main_org or ""
    if word not in units or word in main.casefold().split():
        return False
    # "Riverton district" printed on the page of "Riverton": the page's body is that unit
    return not main or not re.search(
        rf"\b{re.escape(main)}\s+{word}\b", found.article.body, re.IGNORECASE
    )


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")


# a capitalised word, or a brand written in mixed case ("iNDEXTb", "eBay"), before the titles
_OWNER_WORDS_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w&'’.-]*|[a-z]{1,2}[A-Z][\w&'’.-]*)(\s+[a-z]+)?\s+$"
)


def _cited_before(ctx: Context, floor: int, start: int) -> bool:
    """Whether the words before a title cite a leader's words ("the instructions given by
    President A", "the speech of President A": `leader_citation_nouns`): a head of state's, not
    the page's own president's."""
    before = ctx.text[max(floor, start - 48) : start].casefold()
    return any(
        re.search(rf"\b{re.escape(w)}\b", before) for w in ctx.lex.folded("leader_citation_nouns")
    )


def _president_page(ctx: Context, found: Extraction, sentence: Span) -> bool:
    """Whether the article's organisation is a kind headed by a president (a university, a
    hospital: `president_kind_words`) and this sentence names it, or the sentence before names it
    as the place of a visit or a meeting ("visited X Hospital. President A, ..."; "the school held
    a meeting. President A attended"; not "X's choir sang at State House. President A ...")."""
    main = found.main_org
    if not main:
        return False
    lex = ctx.lex
    kinds = lex.folded("president_kind_words")
    acronym = _ACRONYM.fullmatch(main) and _UNIVERSITY_WORD.search(found.article.body)
    if not kinds & set(main.casefold().split()) and not acronym:
        return False  # "NCWU" on a page that speaks of universities is one
    aliases = [a for o in found.orgs if o.name == main for a in o.aliases]
    refs = [f"{d} {k}" for d in lex.words("own_determiners") for k in kinds]
    named = phrase_regex([n for n in (main, *aliases, *refs) if n])
    if named.search(ctx.text, sentence.start, sentence.end):
        return True
    para = ctx.text.rfind("\n", 0, sentence.start) + 1
    before = max(para, ctx.text.rfind(". ", para, max(para, sentence.start - 2)) + 2)
    return (
        named.search(ctx.text, before, sentence.start) is not None
        and phrase_regex(lex.words("place_of_meeting_verbs")).search(
            ctx.text, before, sentence.start
        )
        is not None
    )


def _org_of_item_before(ctx: Context, found: Extraction, title_start: int) -> str | None:
    """The organisation that ends the list item before a bare "B, <title>" ("A, director of X,
    and B, deputy director"; "..., X Co., Ltd., B, deputy director"), else None."""
    holder = _ITEM_HOLDER_GAP.search(ctx.text, max(0, title_start - 4), title_start)
    if holder is None:
        return None
    spans = ctx.people_spans
    i = bisect.bisect_right(spans.ends, holder.start()) - 1
    if i < 0 or spans.ends[i] != holder.start():
        return None
    before = _ITEM_ORG_GAP.search(ctx.text, max(0, spans.starts[i] - 8), spans.starts[i])
    name = ctx.org_end.get(before.start()) if before else None
    if before is None or name is None:
        return None
    k = bisect.bisect_right(spans.ends, before.start()) - 1  # the item's own holder ("A")
    if k < 0 or k == i:
        return name
    item = ctx.text[spans.ends[k] : before.start()]
    entry = ctx.text[spans.starts[k] : spans.ends[k]]
    for r in found.roles:  # "A, secretary of the School of X at Y University, and B, deputy
        # secretary": A's post is the school's, and so is B's
        if r.person == entry and r.org and r.org != name:
            unit = re.escape(r.org) + r"\s+at\s+(?:the\s+)?" + re.escape(name) + "$"
            if re.search(unit, item):
                return r.org
    return name


_ITEM_HOLDER_GAP = re.compile(r"\s*,\s*$")  # "B|, |deputy director"
_BARE_TITLE_END = re.compile(r"\s*(?:[,;.]|and\s|$)")  # the bare title's item ends there
_ITEM_ORG_GAP = re.compile(r"\.?\s*[,;]\s*(?:and\s+)?$")  # "X|, and |B", "X Co., Ltd.|, |B"


def _field_before(ctx: Context, item: TitleItem) -> bool:
    """Whether the capitalised words right before a title (up to four, "and" between them) hold a
    field of work ("Water Resources Secretary A", "Revenue and Disaster Secretary B")."""
    m = _CAPITALS_BEFORE.search(ctx.text, max(0, item.start - 60), item.start)
    if m is None:
        return False
    fields = ctx.lex.folded("field_words")
    return any(w.casefold() in fields for w in m.group(1).split())


_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,4})$")


def _possessive_after(ctx: Context, end: int) -> bool:
    """Whether the name right after a title at `end` is a possessive ("President A's speech"):
    the way heads of state are cited on an institution's page, never its own president."""
    spans = ctx.people_spans
    i = bisect.bisect_left(spans.starts, end)
    if i == len(spans.starts) or spans.starts[i] > end + 2:
        return False
    return ctx.text.startswith(("'s", "’s"), spans.ends[i])


def _claim(
    ctx: Context,
    found: Extraction,
    item: TitleItem,
    org: str | None,
    sentence: Span,
    alone: bool = True,
) -> tuple[str, str] | None:
    """(notation, organisation name) for a title, or None when no organisation can be named;
    `alone`: no title of the holder's names an organisation (else the item before's is not his)."""
    lex = ctx.lex
    folded = fold_phrase(item.title)
    notation = item.notation
    if item.org is None and (org in (None, MAIN) or org == found.main_org):
        its = _its_owner(ctx, sentence, item.start)
        if its is None and _its_unread_subject(ctx, found, sentence, item.start):
            return None  # "Kavo announced that its CFO, A, ...", Kavo not read: not the page's
        org = its or org  # "X said its CFO A": X's
    if (
        item.org is None
        and (level := _level_committee(item.title) or _level_before(ctx, item))
        and (
            org in (None, MAIN)
            or (notation in _PARTY_POSTS and not _party_org(lex, org, "") and not _place(lex, org))
        )
    ):
        if _level_committee(item.title) is None:
            return None  # "Municipal Party Committee Secretary A": of no place named, no guess
        org = level  # "Secretary of the Provincial Party Committee": that committee's, never a company's
        # (nor the next title's: "... Party Committee and Director of the X Standing Committee")
    if org is None and folded in {w.casefold() for w in lex.words("needs_org_prefix")}:
        return None
    if (
        item.org is None
        and org not in (None, MAIN)
        and folded in lex.folded("place_head_titles")
        and not _place_or_public(lex, org, found.article.body)
        and org.casefold() not in lex.folded("countries")
        and not re.sub(
            r"(?:'s|’s)?\s*$", "", ctx.text[max(0, item.start - 80) : item.start]
        ).endswith(org)
    ):
        return None  # "X Bhd said Chief Minister A opened its mill": a state's head, not X's
        # (but "Pahang Menteri Besar A": the place printed before the title)
    if org in (None, MAIN) and item.org is None and _unread_of(ctx, found, item.end):
        return None  # "general secretary of the Awami League", the league not read: no guess
    if org in (None, MAIN) and item.org is None and _unread_body_after(ctx, found, item.end):
        return None  # "Secretary Finance Division and officials", the division not read: no guess
    if (
        org is MAIN
        and found.main_org
        and (
            _place_or_public(lex, found.main_org, found.article.body)
            or _governed(lex, found, found.main_org)
        )
    ):
        return None  # "our company's President X" on a page whose own body is a city: unknown
    if (
        org is MAIN
        and found.main_org
        and notation not in _PARTY_POSTS
        and _party_org(lex, found.main_org, found.article.body)
    ):
        return None  # "the chairman of the company, X" on a page whose own body is a Party
        # committee: a company's post, not the committee's
    if org in (None, MAIN) and item.org is None and _other_body_before(ctx, item.start):
        return None  # "the ministry's Executive Director, X": not the page company's
    if (
        org in (None, MAIN)
        and item.org is None
        and _unread_owner_possessive(ctx, found, item.start)
    ):
        return None  # "Kavo's new CEO, X", Kavo not read: Kavo's post, not the page company's
    kinds = (lex.data.get("kind_titles") or {}).get(folded)
    if kinds and item.org and _state_for_mission(lex, item.org, kinds):
        return None  # "Consul-General of Hungary in X": the consulate's post, unread; no Hungary's
    if (
        kinds
        and item.org is None
        and (org in (None, MAIN) or not _named_of_kind(lex, found, org, kinds))
    ):
        org = _of_kind(lex, found, kinds)  # "school leaders A, B": the article's school, if one
    elif org in (None, MAIN) and (own := _own_government(lex, found, folded)):
        org = own  # "Premier X" on the page of a provincial government: that government's
    elif org in (None, MAIN) and item.org is None and (home := _home_place(ctx, found, item)):
        org = home  # "Premier X" on a page that names one province: that province's premier
    elif (
        org is None
        and item.org is None
        and alone  # not "B, member of the committee and Minister of Y": B's own body is named
        and _BARE_TITLE_END.match(ctx.text, item.end)
        and (listed := _org_of_item_before(ctx, found, item.start))
    ):
        org = listed  # "A, director of X, and B, deputy director": X's deputy director
    elif org in (None, MAIN):
        if folded in _no_default_titles(lex):
            return None  # "Vice Mayor X" with no organisation named is not the company's
        if org is None and folded in lex.folded("portfolio_titles") and _field_before(ctx, item):
            return None  # "Revenue Secretary X" (`portfolio_titles`): a portfolio's, not the page's
        if folded == "president" and _head_of_state_shape(ctx, item):
            return None  # "approved by President Jane Roe": a country's, not the company's
        visited = _visited_before(ctx, found, sentence, item.start) if org is None else None
        if visited == "":
            return None  # "A led a team to visit Y and talked with B, chairman": Y unread
        if visited is None and _visits_own_after(ctx, found, item.end, sentence):
            return None  # "A, Deputy Dean, and B visited our school": the guests' posts, unread
        if (
            org is None
            and visited is None
            and found.main_org
            and _default_org(lex, found, notation, folded) == found.main_org
            and lower_case_page(found.article.body)
        ):
            return None  # "acme chief financial officer a" on a page printed in lower case: its
            # organisations' names mostly not read, the post's own may be one; no guess
        org = visited or _default_org(lex, found, notation, folded)
        if org and visited is None and _visits_org(ctx, item.end, org):
            return None  # "Chairman A led a team to visit X": A's own body, not X
        if (
            org
            and folded in lex.folded("no_public_body_titles")
            and _public_body(lex, org)
            and (folded in lex.folded("ambiguous_default_titles") or not _party_body(lex, org))
        ):
            return None  # "President X" on a foreign ministry's page: a head of state, not its
        if org and notation in _PARTY_POSTS and _legislature(lex, org):
            return None  # "Deputy Party Secretary X" on a congress's page: no congress's post
    if org is None:
        return None
    heads = lex.data.get("government_head_titles") or {}
    party_place = re.fullmatch(r"(.+?)\s+(?:CPC|CCP)", org)
    if (
        party_place
        and notation in lex.words("government_roles")
        and party_place.group(1).casefold() in lex.places
    ):
        org = party_place.group(1)  # "Governor and Deputy Secretary of Hunan CPC": Hunan's governor
    if item.org is None and (notation in lex.words("government_roles") or folded in heads):
        org = _government_of(lex, found, org)  # "X Municipal Committee and vice mayor": X's
        if not org and folded in heads:
            # "standing member of the district Party committee and deputy district governor":
            # the one district government the article names
            org = _own_government(lex, found, folded) or ""
        if not org:
            return None
    final = _final_notation(lex, folded, notation, org, found.article.body)
    if final == "other" and notation == "?party":
        org = _committee_in_title(ctx, found, item) or org
    if final in _PRESIDENT_POSTS and "president" in folded and _school_page(lex, found, org):
        final = "other"  # a university's president or vice president ("our university")
    if final == "general-secretary" and (owner := _party_body_of(lex, found, org)):
        return "party-secretary", owner  # "General Secretary of the Party Committee of X": X's
    if final not in _PARTY_POSTS:
        org = _owner_of_party_body(lex, found, org)
    elif owner := _party_body_of(lex, found, org):
        org = owner  # "Party Secretary of the Party Committee of X University": the university's
    return final, org


def _committee_in_title(ctx: Context, found: Extraction, item: TitleItem) -> str | None:
    """ "member of the Standing Committee of the Political Bureau of X", no Party committee's post:
    the organisation whose name the title's last words begin ("Standing Committee of the Political
    Bureau of X"), the longest the article names there; None if none."""
    words = ctx.text[item.start : item.end]
    at = words.casefold().rfind("committee")
    head = re.search(r"(?:[A-Z][\w'’-]*\s+)*Committee$", words[: at + len("committee")])
    if at < 0 or head is None:
        return None
    start = item.start + head.start()
    names = [o.name for o in found.orgs if ctx.text.startswith(o.name, start) and " of " in o.name]
    return max(names, key=len, default=None)


def _other_body_before(ctx: Context, start: int) -> bool:
    """Whether "the <body>'s" right before a title names a body that is no company ("the
    ministry's", "the council's"; not "the company's", "the group's", "the bank's")."""
    m = _BODY_POSSESSIVE.search(ctx.text, max(0, start - 40), start)
    if m is None:
        return False
    own = ctx.lex.company_nouns()
    kind = m.group(1).casefold()
    if kind in ctx.lex.folded("own_kind_words") and kind not in own:
        # "the trust's chairman" on the page of X NHS Trust, the one trust it names: its own
        return (
            ctx.main_org is None
            or only_of_kind(ctx, kind) != ctx.main_org
            or unnamed_of_kind_before(ctx.text, kind, start)
        )
    return kind not in own


def _unread_owner_possessive(ctx: Context, found: Extraction, start: int) -> bool:
    """Whether capitalised words no reader took, with a possessive, stand right before a title
    (maybe past `possessive_title_adjectives`: "Kavo's first CEO"): the post is that owner's, not
    the article's organisation's (unless the words name it, or a place or a person)."""
    lex = ctx.lex
    words = longest_first(lex.words("possessive_title_adjectives"))
    m = re.search(
        rf"(?<![\w'’&-])([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){{0,3}})(?:['’]s|(?<=s)['’])\s+"
        rf"(?:(?:{words})\s+){{0,2}}$",
        ctx.text[max(0, start - 80) : start],
    )
    if m is None:
        return False
    at = max(0, start - 80)
    s, e = at + m.start(1), at + m.end(1)
    if e in ctx.org_end or any(p < e and s < q for p, q in ctx.people):
        return False
    name = m.group(1).casefold()
    if any(c in ctx.text[s:e] for c in "\n"):
        return False
    own = {w.casefold() for w in lex.words("main_org_refs")} | lex.company_nouns()
    if name in own or name in lex.places or name in lex.folded("countries"):
        return False
    first = name.split()[0]
    if first in lex.not_name_words or first in lex.title_words() or first in lex.honorifics:
        return False
    parts = {w.casefold() for p in found.persons for w in p.name.split()}
    if any(w in parts for w in name.split()):
        return False  # "Roe's lead director role will be taken by B": a person's, read elsewhere
    return not _names_main_org(found, name)


def _names_main_org(found: Extraction, name: str) -> bool:
    """Whether `name` (case-folded) opens or is inside the article's organisation's name or one
    of its aliases: the page's own organisation, not another owner."""
    names = [
        (found.main_org or "").casefold(),
        *(a.casefold() for o in found.orgs if o.name == found.main_org for a in o.aliases),
    ]
    return any(n and (n.startswith(name) or name in n) for n in names)


_BODY_POSSESSIVE = re.compile(r"\b[Tt]he\s+([a-z]+)['’]s\s+(?:[A-Za-z-]+\s+){0,2}$")


def _level_committee(title: str) -> str | None:
    """The Party committee of a level a title names inside it ("Secretary of the Municipal Party
    Committee", "County Party Secretary": "Municipal Party Committee", "County Party Committee"),
    capitalised; None for other titles."""
    m = _LEVEL_COMMITTEE.search(title)
    if m is None:
        return None
    words = [w for w in m.group().split() if w.casefold() not in ("deputy", "committee")]
    words.append("Committee")  # "County Party Secretary": its committee's
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _level_before(ctx: Context, item: TitleItem) -> str | None:
    """The level's Party committee when its level word is printed right before a Party title
    ("Municipal Party Committee Secretary A": the title read from "Party"), else None."""
    if item.notation not in _PARTY_POSTS:
        return None
    m = _WORD_BEFORE.search(ctx.text, max(0, item.start - 20), item.start)
    return _level_committee(m.group(1) + " " + item.title) if m else None


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


_LEVEL_COMMITTEE = re.compile(
    rf"\b(?:{LEVEL_WORDS})\s+(?:deputy\s+)?"
    r"(?:party|cpc|ccp)\s+(?:committee\b|(?=(?:secretary|chief)\b))",
    re.IGNORECASE,
)


def _visited_before(ctx: Context, found: Extraction, sentence: Span, pos: int) -> str | None:
    """The organisation a visit printed earlier in the sentence went to ("A of X led a team to
    visit Y, and talked with B, chairman": Y's chairman), when it is not the article's own:
    its name, "" when the visit's object was read as no organisation, None for no such visit."""
    last = None
    for m in _VISIT_OBJECT.finditer(ctx.text, sentence.start, pos):
        last = m
    if last is None:
        return None
    hit = ctx.org_at.get(last.end())
    name = hit.name if hit is not None else ""
    if hit is None and not ctx.text[last.end() : last.end() + 1].isupper():
        return None  # "visited the plant": no organisation's name
    return None if name and name == found.main_org else name


def _visits_org(ctx: Context, end: int, org: str) -> bool:
    """Whether the name after a bare title ending at `end` visits `org` anywhere in the text
    ("Chairman A led a team to visit X. ... met with Chairman A": A is not X's chairman;
    `visiting_subject_verbs`)."""
    name = _VISITOR_NAME.match(ctx.text, end)
    if name is None:
        return False
    tail = _visiting_subject_re(tuple(ctx.lex.words("visiting_subject_verbs")))
    met = _meeting_subject_re(tuple(ctx.lex.words("meeting_subject_verbs")))
    words = name.group(1).split()
    names = [" ".join(words[:k]) for k in range(len(words), 0, -1)]  # "A B Visits X": "A B"
    return any(_name_visits(ctx, tail, n, org) for n in names) or any(
        _name_meets(ctx, met, n, org) for n in names
    )


def _name_meets(ctx: Context, met: re.Pattern[str], name: str, org: str) -> bool:
    """Whether `name` meets someone of `org` in the sentence that names it ("Vice President A
    met with the head of X": X is the guest's, not A's own)."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text):
        meets = met.match(ctx.text, m.end())
        hit = ctx.org_at.get(meets.end()) if meets else None
        if hit is not None and (hit.name == org or _unit_of(hit.name, org)):
            return True
    return False


@lru_cache(maxsize=4)
def _meeting_subject_re(words: tuple[str, ...]) -> re.Pattern[str]:
    verbs = longest_first(words)
    return re.compile(
        rf"\s+(?:(?:also|warmly|cordially)\s+)?(?:{verbs})\s+(?:the\s+)?"
        r"(?:[A-Za-z-]+\s+){1,4}?(?:of|from)\s+(?:the\s+)?"  # "the head of", "a delegation from"
    )


def _name_visits(ctx: Context, tail: re.Pattern[str], name: str, org: str) -> bool:
    for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text):
        visit = tail.match(ctx.text, m.end())
        hit = ctx.org_at.get(visit.end()) if visit else None
        if hit is not None and (hit.name == org or _unit_of(hit.name, org)):
            return True  # "President A visited the X Branch of Y": no more Y's than X's
        if visit and _unit_before(org).match(ctx.text, visit.end()):
            return True  # "President A Visits X Branch of Y" (a headline): the same
    return False


def _unit_of(name: str, org: str) -> bool:
    """Whether `name` is a unit printed with its parent `org` ("X Branch of the Y")."""
    return re.search(rf"\sof\s+(?:the\s+)?{re.escape(org)}$", name) is not None


@lru_cache(maxsize=16)
def _unit_before(org: str) -> re.Pattern[str]:
    """A unit's capitalised name printed before its parent `org` ("X Branch of Y")."""
    return re.compile(rf"(?:[A-Z][\w'’&-]*\s+){{1,4}}of\s+(?:the\s+)?{re.escape(org)}\b")


_VISITOR_NAME = re.compile(r"\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})")


@lru_cache(maxsize=4)
def _visiting_subject_re(words: tuple[str, ...]) -> re.Pattern[str]:
    verbs = longest_first(words)
    return re.compile(
        rf"\s+(?:and\s+(?:his|her)\s+(?:party|delegation)\s+)?(?:{verbs})\s+(?:the\s+)?",
        re.IGNORECASE,  # "Chairman A Visits X" in a headline
    )


def _its_owner(ctx: Context, sentence: Span, pos: int) -> str | None:
    """The organisation "its" before a title stands for ("X announced that its CFO, A, will
    leave": X's): the organisation that opens the sentence (after a date or a place at most), or
    the only one the sentence names before the title; None when neither is so."""
    if _ITS_TITLE.search(ctx.text, max(sentence.start, pos - 40), pos) is None:
        return None
    named = [m for at, m in ctx.org_at.items() if sentence.start <= at and m.end <= pos]
    if not named:
        return None
    first = min(named, key=lambda m: m.start)
    lead = ctx.text[sentence.start : first.start]
    if _SENTENCE_LEAD.fullmatch(lead) or len({m.name for m in named}) == 1:
        return first.name
    return None


# "its" right before a title ("its CFO", "its new chief executive", "its group president")
_ITS_TITLE = re.compile(
    r"\bits\s+(?:(?:new|former|current|outgoing|incoming|interim|acting|founding|first|group)\s+)?$"
)


def _its_unread_subject(ctx: Context, found: Extraction, sentence: Span, pos: int) -> bool:
    """Whether "its" before a title stands for a subject no reader took, which reports the news
    ("In May, Kavo announced that its CEO, A, ..."): capitalised words, not the article's
    organisation nor a person, then a verb of saying."""
    if _ITS_TITLE.search(ctx.text, max(sentence.start, pos - 40), pos) is None:
        return False
    m = _SAYING_SUBJECT.match(ctx.text, sentence.start, pos)
    if m is None or m.start(1) in ctx.org_at or m.end(1) in ctx.org_end:
        return False
    s, e = m.start(1), m.end(1)
    if any(p < e and s < q for p, q in ctx.people):
        return False
    name = m.group(1).casefold()
    lex = ctx.lex
    own = {w.casefold() for w in lex.words("main_org_refs")} | lex.company_nouns()
    if name in own or name in lex.places or name.split()[0] in lex.not_name_words:
        return False
    return not _names_main_org(found, name)


# a sentence's subject (after a date or a place) and a verb of saying ("In August, Kavo announced")
_SAYING_SUBJECT = re.compile(
    r"\s*(?:(?:In|On|By)\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s*\d{4})?,\s*)?(?:The\s+)?"
    r"([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})\s+(?:has\s+|had\s+)?"
    r"(?:said|says|announced|announces|confirmed|stated|reported|disclosed|revealed)\b"
)
# what may come before the subject of a sentence: nothing, "The", a date or a place and a comma
_SENTENCE_LEAD = re.compile(
    r"\s*(?:(?:On\s+)?[A-Z][\w.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?,\s*)?(?:The\s+)?"
)


_VISIT_OBJECT = re.compile(r"\bvisit(?:ed|s|ing)?\s+(?:to\s+|in\s+|at\s+)?(?:the\s+)?")


def _own_government(lex: Lexicon, found: Extraction, folded: str) -> str | None:
    """The government that title heads (`government_head_titles`): the article's own organisation
    when it is one ("premier" on the page of "X Provincial Government"), else the one such
    government the article names ("Governor X" beside "Y Provincial People's Government");
    None when it names none or several."""
    heads = lex.data.get("government_head_titles") or {}
    kinds = heads.get(folded) or next(  # "the vice mayors A, B and C": each a vice mayor
        (v for k, v in heads.items() if plural_title(k.casefold()) == folded), None
    )
    if not kinds:
        return None

    def of_kind(name: str) -> bool:
        return any(
            name.casefold().endswith(" " + k.casefold()) or name.casefold() == k.casefold()
            for k in kinds
        )

    main = found.main_org
    if main and of_kind(main):
        return main
    named = {
        o.name
        for o in found.orgs
        if of_kind(o.name) and not any(o.name.casefold() == k.casefold() for k in kinds)
    }
    return named.pop() if len(named) == 1 else None


def _home_place(ctx: Context, found: Extraction, item: TitleItem) -> str | None:
    """The page's one place of the level of a government title printed without its place
    (`place_level_titles`, see kg.extract.en.home_places: "Premier A" on a page that names one
    province), as the article's government of it; None for a guest's title ("the visiting Prime
    Minister A") or one after a capitalised word no reader took for its place ("Xland Chief
    Minister A": Xland's, unread)."""
    if title_level(ctx.lex, item.title) is None:
        return None
    before = ctx.text[max(0, item.start - 40) : item.start]
    if _GUEST_BEFORE.search(before):
        return None
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).casefold() not in _title_lead_words(ctx.lex):
        return None
    place = sole_place(ctx.lex, found, item.title)
    return _government_of(ctx.lex, found, place) if place else None


_GUEST_BEFORE = re.compile(r"\bvisiting\s+$", re.I)
_WORD_BEFORE = re.compile(r"([A-Z][\w-]*(?:['’]s?)?)\s+$")  # "Xland Chief Minister", "Xland's"


def _title_lead_words(lex: Lexicon) -> frozenset[str]:
    """Capitalised words that may open a sentence or a title before a government title ("The",
    "Former", "Caretaker", `title_modifiers`, `honorifics`)."""
    return lex.made(_lead_word_set)


def _lead_word_set(lex: Lexicon) -> frozenset[str]:
    return lex.folded("title_modifiers") | lex.honorifics | lex.folded("place_title_lead_words")


def _of_kind(lex: Lexicon, found: Extraction, kinds: list[str]) -> str | None:
    """The organisation a title of a kind means ("school leaders", "county leaders"): the
    article's own when its name has one of `kinds` in it, else the one organisation of the
    article that has; none when there is none or several. A legislature is of no such kind
    ("city leaders" on a page of "the Bureau of the Municipal People's Congress" are the city's)."""
    missions = _missions_named(lex, found.article.body, kinds)
    if missions > 1:
        return None  # "the Embassy in X ... the Embassy in Y": whose counsellor is unknown
    partners = _partners_of_ours(found, kinds)
    main = found.main_org
    if (
        main
        and main not in partners
        and _named_of_kind(lex, found, main, kinds)
        and not _legislature(lex, main)
    ):
        return main
    named = {
        o.name
        for o in found.orgs
        if _named_of_kind(lex, found, o.name, kinds)
        and o.name not in partners
        and not _legislature(lex, o.name)
        and not (missions and _unit_of_bare(o.name, kinds))
    }
    return named.pop() if len(named) == 1 else None


def _partners_of_ours(found: Extraction, kinds: list[str]) -> set[str]:
    """The organisations the text pairs with "our <kind>" ("our university and X signed", "X
    and our school"): the page's partners, never the page's own body of that kind."""
    body = found.article.body
    if not re.search(r"\bour\s", body, re.IGNORECASE):
        return set()  # no "our": no pattern to build per organisation
    ours = longest_first(kinds)
    partners = set()
    for o in found.orgs:
        name = re.escape(o.name)
        if re.search(
            rf"\bour\s+(?:{ours})\s+and\s+(?:the\s+)?{name}(?![\w-])"
            rf"|(?<![\w-]){name}\s+and\s+our\s+(?:{ours})\b",
            body,
            re.IGNORECASE,
        ):
            partners.add(o.name)
    return partners


def _state_for_mission(lex: Lexicon, org: str, kinds: list[str]) -> bool:
    """Whether a mission's title (`kinds` with a `located_heads` word) names a state or a place
    as its organisation ("Consul General of the Republic of X in Y"), not the mission itself."""
    heads = lex.folded("located_heads")
    if not any(k.casefold() in heads for k in kinds):
        return False
    name = re.sub(r"^the\s+", "", org, flags=re.IGNORECASE).casefold()
    if any(w in heads for w in name.split()):
        return False  # "Embassy of the Republic of X": the mission's own name
    return name in lex.folded("countries") or name in lex.places or _is_state_form(lex, name)


def _is_state_form(lex: Lexicon, name: str) -> bool:
    """ "People's Republic of China", "Kingdom of X": a state's long form (`state_forms`)."""
    forms = "|".join(re.escape(f.casefold()) for f in lex.words("state_forms"))
    return re.match(rf"(?:\S+\s+){{0,2}}(?:{forms}) of\b", name) is not None


def _unit_of_bare(name: str, kinds: list[str]) -> bool:
    """ "Education Office of the Embassy": a unit of the mission named elsewhere, no other one."""
    return any(name.endswith(f" of the {k}") for k in kinds)


def _missions_named(lex: Lexicon, body: str, kinds: list[str]) -> int:
    """How many missions (`located_heads`: "Embassy", "Consulate") the text names differently,
    by the capitalised word before and the place after (the one after "in": "the Chinese Embassy
    in X", "the Embassy of the PRC in X"; else "of Y"; a bare "the Embassy" is whichever one is
    named), counted for a title of a mission's kind (a vice consul may sit in an embassy too);
    else 0."""
    heads = lex.folded("located_heads")
    if not any(k.casefold() in heads for k in kinds):
        return 0
    missions = sorted(lex.words("located_heads"), key=len, reverse=True)
    alt = "|".join(re.escape(k[0]) + f"(?i:{re.escape(k[1:])})" for k in missions)  # "-general"
    named = set()
    for m in re.finditer(rf"(?:(\S+)\s+)?\b(?:{alt})(?![\w-])({_MISSION_PLACE})", body):
        before = m.group(1) or ""
        before = before if before[:1].isupper() and before not in ("The", "This") else ""
        place = " ".join(m.group(2).split())
        place = f" {place}".rpartition(" in ")[2] if " in " in f" {place}" else place  # the city
        if before or place:
            named.add((before, place))
    return len(named)


# "of the People's Republic of China in Osaka", "in Nepal": the places a mission's name goes on with
_MISSION_PLACE = r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)*"


def _named_of_kind(lex: Lexicon, found: Extraction, name: str | None, kinds: list[str]) -> bool:
    """Whether the name has one of the kinds' words, or the text prints one after it ("X
    district"; not "X Co., Ltd. County leaders", where the name ends a sentence). A
    kind's word that another body's head follows (`kind_other_heads`: "Municipal Party
    Committee", "College Working Committee of X") does not make the name of that kind."""
    body = found.article.body
    others = lex.made(_kind_other_heads_re)
    return name is not None and any(
        any(not others.match(name, m.end()) for m in re.finditer(rf"\b{k}\b", name))
        or (
            not name.endswith(".")
            and re.search(rf"(?<![\w-]){re.escape(name)}\s+{k}\b", body, re.IGNORECASE)
        )
        for k in kinds
    )


def _kind_other_heads_re(lex: Lexicon) -> re.Pattern[str]:
    """The words after a kind's word, up to "of", that head another body (`kind_other_heads`)."""
    heads = longest_first(lex.words("kind_other_heads"))
    return re.compile(rf"(?:\s+(?!of\b)[\w’'-]+)*?\s+(?:{heads})\b")


def _no_default_titles(lex: Lexicon) -> frozenset[str]:
    """`no_company_default_titles` and their plurals ("Vice Principals A, B"), kept per lexicon
    (a Lexicon holds dicts: no key of an lru_cache)."""
    return lex.made(_no_default_set)


def _no_default_set(lex: Lexicon) -> frozenset[str]:
    titles = lex.folded("no_company_default_titles")
    return frozenset(titles) | {plural_title(t) for t in titles}


def _unread_of(ctx: Context, found: Extraction, end: int) -> bool:
    """Whether "of <a capitalised name>" follows a title at `end` naming no organisation that was
    read, other than the article's own ("of the Company", "of the Board") and the short form of
    one the article names ("of Jinchuan Chemical" beside "Jinchuan Chemical Co., Ltd.")."""
    described = ctx.lex.made(_of_described_re).match(ctx.text, end)
    if described and (
        described.group(1) or described.group(2) not in ctx.lex.folded("own_org_words")
    ):
        return True  # "chairman of the national carrier": a body described, not named: no guess
    ref = _OF_MAIN_REF.match(ctx.text, end)
    if ref and ref.group(1).casefold() not in ctx.lex.folded("own_kind_words"):
        ref = phrase_regex(ctx.lex.words("main_org_refs")).match(ctx.text, ref.start(1))
        if ref and noncompany_main(ctx):
            return True  # "general manager of the company" on a school's page: another body's
    own = _OF_OWN_KIND.match(ctx.text, end)
    if own and own.group(1).casefold() in ctx.lex.folded("own_kind_words"):
        # "President of our hospital" on a page whose organisation read is no hospital
        return bool(found.main_org) and not name_has_kind(found.main_org, own.group(1))
    m = _OF_NAME.match(ctx.text, end)
    if m is None or m.group(2).casefold() in ctx.lex.folded("own_org_words"):
        return False
    owner = m.group(1)[:-2].casefold() if m.group(1).endswith(("'s", "’s")) else None
    if owner and (owner in ctx.lex.folded("countries") or owner in ctx.lex.places):
        return True  # "of Nigeria's largest oil firm": a firm the text does not name here
    if overlaps(ctx.people_spans, m.start(1), m.start(1) + 1):
        return False  # "vice-president of operations Bob Roe": the holder, named after a field
    printed = m.group(1).casefold()
    return not any(
        o.name.casefold().startswith(printed) or printed.startswith(o.name.casefold())
        for o in found.orgs
    )


def _unread_body_after(ctx: Context, found: Extraction, end: int) -> bool:
    """Whether capitalised words ending in a kind of body (`org_suffixes`, `institution_words`)
    follow a title at `end` with no "of" ("Secretary Finance Division"), naming a body no reader
    took: that body's title, not the article's organisation's."""
    m = _BARE_BODY_AFTER.match(ctx.text, end)
    last = m.group(2).casefold() if m else ""
    if m is None or not (
        last in ctx.lex.org_suffixes or last in ctx.lex.folded("institution_words")
    ):
        return False
    if overlaps(ctx.people_spans, m.start(1), m.end(1)):
        return False
    printed = m.group(1).casefold()
    return not any(o.name.casefold() == printed for o in found.orgs)


# " Finance Division": up to five capitalised words after a title, the last a kind of body
_BARE_BODY_AFTER = re.compile(r" ((?:[A-Z][\w&'’-]*\s){0,4}([A-Z][a-z]+))\b(?!\s+[A-Z])")


_OF_OWN_KIND = re.compile(r"\s+of\s+our\s+([a-z]+)\b")
_OF_MAIN_REF = re.compile(r"\s+of\s+((?:the|this|our)\s+[a-z]+)\b")


def _of_described_re(lex: Lexicon) -> re.Pattern:
    """ "of the national carrier", "of the state oil firm": up to three lower-case words and a trade
    noun (`trade_nouns`), the end of the description; "of the company" alone is the page's own."""
    return re.compile(
        rf"\s+of\s+the\s+((?:[a-z][\w-]*\s+){{0,3}}?)({trade_nouns(lex)})(?![\w-])(?!\s+[A-Z])"
    )


# "of the X", "of the new X", "of junior gold developer X": up to three lower-case words before
# the capitalised name
_OF_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(([A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){0,4})"
)


_PRESIDENT_POSTS = frozenset(
    {"general-manager", "deputy-general-manager", "assistant-general-manager"}
)


def _school_page(lex: Lexicon, found: Extraction, org: str) -> bool:
    """Whether `org` is a university though its name does not say so: an acronym with a U on a
    page that speaks of universities, colleges or a campus ("NCWU", "KLUT"), or the page's own organisation where the page
    calls it a university or a school ("our university", "the college": `school_refs`)."""
    body = found.article.body
    if _ACRONYM.fullmatch(org) and _UNIVERSITY_WORD.search(body):
        return True  # "President of HWU" on a page that speaks of universities
    if org != found.main_org:
        return False
    return phrase_regex(lex.words("school_refs")).search(body) is not None


# a university's acronym has its U: at the end ("HWU"), before a field's letters ("KLUT", "HNUFS")
# or first ("UKST"); two to seven capitals
_ACRONYM = re.compile(r"(?=[A-Z]{2,7}$)[A-Z]{0,6}U[A-Z]{0,4}")
_UNIVERSITY_WORD = re.compile(r"\b(?:[Uu]niversit(?:y|ies)|[Cc]olleges?|[Cc]ampus)\b")


_PARTY_POSTS = frozenset(
    {"party-secretary", "deputy-party-secretary", "party-committee-member", "discipline-secretary"}
)


def _party_body_of(lex: Lexicon, found: Extraction, org: str) -> str | None:
    """X of "Party Committee of X" / "CPC Committee of X" / "Leading Party Group of X" when the
    article names X and X is no place (a place's committee is an organisation of its own)."""
    m = _PARTY_BODY_OF.fullmatch(org)
    if m is None:
        return None
    owner = m.group(1)
    names = {n for o in found.orgs for n in (o.name, *o.aliases)}
    return owner if owner in names and owner.casefold() not in lex.places else None


_PARTY_BODY_OF = re.compile(
    r"(?:(?:Standing\s+)?(?:CPC|Communist\s+Party|Party)\s+Committee|(?:Leading\s+)?Party\s+Group|"
    r"Party\s+Leadership\s+Group)\s+of\s+(?:the\s+)?(.+)",
    re.IGNORECASE,
)

# "CPC X Committee": the Party committee of X printed around X's name; X's own posts (a chairman's)
# are X's when the article names X otherwise (a place's committee is an organisation of its own)
_CPC_BODY_OF = re.compile(r"(?:the\s+)?(?:CPC|CCP)\s+(.+?)\s+Committee", re.IGNORECASE)


def _owner_of_party_body(lex: Lexicon, found: Extraction, org: str) -> str:
    """The company a company post belongs to when the title list's organisation is that
    company's party body ("member of the X Group Party Committee and deputy general manager":
    X Group's deputy general manager; "Secretary of the CPC X Committee and Chairman": X's
    chairman), where the article names the company; else `org`."""
    owners = [
        org[: -len(ending)].strip()
        for ending in lex.party_bodies()
        if org.casefold().endswith(" " + ending.casefold())
    ]
    if (m := _CPC_BODY_OF.fullmatch(org)) is not None:
        owners.append(m.group(1))
    names = {n for o in found.orgs for n in (o.name, *o.aliases)}
    return next((o for o in owners if o in names and o.casefold() not in lex.places), org)


def _party_body(lex: Lexicon, org: str) -> bool:
    return any(w.casefold() in org.casefold() for w in lex.words("party_org_words"))


def _party_org(lex: Lexicon, org: str, body: str) -> bool:
    """Whether `org` is a Party body: named so (`party_org_words`), or a place's committee named
    by its level alone ("X Municipal Committee", `party_committee_levels`), printed nowhere as
    another body's ("X Provincial Committee of the Communist Youth League",
    `not_party_committee_words`)."""
    if _party_body(lex, org):
        return True
    if not any(w.casefold() in org.casefold() for w in lex.words("party_committee_levels")):
        return False
    others = lex.words("not_party_committee_words")
    for m in re.finditer(re.escape(org), body):
        after = body[m.start() : m.end() + 60].replace("’", "'").casefold()
        if any(w.casefold() in after for w in others):
            return False
    return True


def _party_leadership(org: str) -> bool:
    """A party itself or its central committee ("Communist Party of China", "CPC Central
    Committee"): whose general secretary is 总书记; a local party committee's secretary-general
    is its 秘书长."""
    folded = org.casefold()
    return "central committee" in folded or (
        re.search(r"\bparty\b", folded) is not None and "committee" not in folded
    )


def _government_of(lex: Lexicon, found: Extraction, org: str) -> str:
    """The government a government post belongs to, when the titles name a party committee
    ("X Provincial Party Committee") or a bare place ("X"): an organisation of the article named
    after the place with a government word (no Party committee), else "X Province" for the
    committee, else `org`; "" for a committee of no place ("the municipal party committee")."""
    levels = lex.data.get("government_levels") or {}
    words = org.split()
    if _party_org(lex, org, found.article.body):
        cut = next((i for i, w in enumerate(words) if w in levels), None)
        if not cut:
            return ""  # "the municipal party committee and mayor": no place, no government
        place = " ".join(words[:cut])
        for party in lex.words("party_name_tails"):  # "CPC X Provincial Committee": X's
            place = place.removeprefix(party + " ")
        fallback = f"{place} {levels[words[cut]]}" if levels[words[cut]] else place
    elif org.casefold() in lex.places:
        place, fallback = org, org
    else:
        return org
    government = phrase_regex(lex.words("government_org_words"), flags=0)
    for other in found.orgs:
        if (
            other.name.startswith(place + " ")
            and not _party_body(lex, other.name)
            and not _party_org(lex, other.name, found.article.body)
            and government.search(other.name)
        ):
            return other.name
    return next((o.name for o in found.orgs if o.name == place), fallback)


def _place_or_public(lex: Lexicon, name: str, body: str) -> bool:
    """Whether `name` is a place ("Kelby City", or "Kelby" where the text prints "Kelby city")
    or a government body: no company."""
    last = name.split()[-1].casefold() if name.split() else ""
    if name.casefold() in lex.places or last in lex.place_suffixes or _public_body(lex, name):
        return True
    suffixes = "|".join(re.escape(s) for s in lex.words("place_suffixes"))
    found = re.search(rf"(?<![\w-]){re.escape(name)}\s+(?i:{suffixes})\b", body)
    return found is not None


def _governed(lex: Lexicon, found: Extraction, name: str) -> bool:
    """Whether the article gave a government's post (a mayor's, a governor's) at `name`: a city
    or a province, whatever its name looks like ("deputy mayor of Rizhao")."""
    heads = lex.data.get("government_head_titles") or {}
    return any(
        r.org == name and (r.role in lex.words("government_roles") or fold_phrase(r.title) in heads)
        for r in found.roles
    )


_PARTY_POSTS = frozenset({"party-secretary", "deputy-party-secretary", "party-committee-member"})


def _legislature(lex: Lexicon, name: str) -> bool:
    """Whether `name` is a legislature's or a consultative body's (`legislature_endings`), which
    holds no Party post of its own."""
    folded = name.replace("’", "'").casefold()
    return folded.endswith(tuple(lex.folded("legislature_endings")))


def _public_body(lex: Lexicon, name: str) -> bool:
    """Whether `name` is a government body's (`public_body_words`: a ministry, a department, an
    embassy), which has no president of its own."""
    return has_word(name, lex.folded("public_body_words"))


def _head_of_state_shape(ctx: Context, item) -> bool:
    """Whether a capitalised "President" stands right before a name whose first word is no
    Chinese family name ("President Jane Roe", "President Muhammadu Buhari"): with no organisation
    printed, a head of state's title ("President Wang Li" on a Chinese company's page is its
    president)."""
    if not ctx.text[item.start : item.end].istitle():
        return False
    m = _NAME_AFTER.match(ctx.text, item.end)
    return (
        m is not None
        and overlaps(ctx.people_spans, m.start(1), m.start(1) + 1)
        and not is_surname(m.group(1), ctx.lex)
    )


_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]+)")


def _visits_own_after(ctx: Context, found: Extraction, end: int, sentence: Span) -> bool:
    """Whether the sentence goes on, after a title ending at `end`, to say its subject visited
    the article's own body ("A, Deputy Dean, and B visited our school": guests, not its staff;
    `visiting_subject_verbs`, `main_org_refs`)."""
    verbs = ctx.lex.words("visiting_subject_verbs")
    own = [found.main_org or "", *ctx.lex.words("main_org_refs")]
    pattern = _visits_own_re(tuple(verbs), tuple(n for n in own if n))
    return pattern.search(ctx.text, end, sentence.end) is not None


@lru_cache(maxsize=8)
def _visits_own_re(verbs: tuple[str, ...], own: tuple[str, ...]) -> re.Pattern[str]:
    said = longest_first(verbs)
    body = longest_first(own)
    return re.compile(rf"(?i:\b(?:{said})\s+(?:{body}))\b(?!\s*(?:'s|’s))")


def _default_org(lex: Lexicon, found: Extraction, notation: str, folded: str) -> str | None:
    """The organisation of a title printed with none: the one its notation implies
    (`implicit_orgs`), unless the title is printed as a secretary-general's, whose body could be
    any (`government_secretary_general`: "Secretary-General X" of a congress or a government is
    no party's general secretary); none for `no_company_default`; else the page's own."""
    implicit = lex.data.get("implicit_orgs") or {}
    if notation in implicit and folded not in lex.words("government_secretary_general"):
        return implicit[notation]
    if notation in lex.words("no_company_default"):
        return None
    return found.main_org


def _final_notation(lex: Lexicon, folded: str, notation: str, org: str, body: str = "") -> str:
    if notation == "?party":
        if _headed_by(lex, org, "not_party_committee_heads"):
            return "other"  # "member of the Political Bureau of the CPC Central Committee"
        return lex.party_titles[folded] if _party_org(lex, org, body) else "other"
    if folded in lex.words("government_secretary_general") and not _party_leadership(org):
        return "other"  # secretary-general of a government, an association or a local committee
    if folded == "director" and notation != "other":  # "Director of Finance at X": a field's
        head = org.split(" of ")[0].split()  # "Organization Department of X": a department
        last = head[-1].casefold().rstrip(".") if head else ""
        return (lex.data.get("director_of") or {}).get(last, notation)
    if folded == "minister":
        head = org.split(" of ")[0].split()  # 部长 put in English: "Minister of the X Department"
        last = head[-1].casefold() if head else ""
        return "head" if last in lex.folded("minister_heads") else notation
    if (
        notation in ("general-manager", "deputy-general-manager", "assistant-general-manager")
        and "president" in folded
        and (
            _headed_by(lex, org, "president_other_org_words")
            or org.casefold() in lex.folded("countries")
            or org.casefold() in lex.places
        )
    ):
        return "other"  # the president of an association, a country or a place
    if notation in ("general-manager", "deputy-general-manager") and _public_body(lex, org):
        return "other"  # the chief executive of a county council, a ministry's director general
    if notation in ("governor", "vice-governor") and has_word(
        org, lex.folded("governor_other_org_words")
    ):
        return "other"  # a central bank's governor or deputy governor: no province's
    if notation in ("chairman", "vice-chairman"):
        political = _political_chair(lex, notation, org)
        if political == notation and _headed_by(lex, org, "chair_other_org_words"):
            return "other"  # the chair of an association or a chamber of commerce: no board's
        return political
    return notation


def _place(lex: Lexicon, name: str) -> bool:
    """A place by its name ("Kelby") or its level word ("Kelby City"): its committee's post."""
    words = name.split()
    return bool(words) and (
        name.casefold() in lex.places or words[-1].casefold() in lex.place_suffixes
    )


def _bare_org_word(lex: Lexicon, org: str) -> bool:
    """An organisation word alone ("Organization", "Department"): no organisation's name."""
    return " " not in org.strip() and org.strip().casefold() in lex.org_suffixes


def _headed_by(lex: Lexicon, org: str, key: str) -> bool:
    """Whether the head of `org`'s name is one of the words listed under `key`: "X Association",
    "Federation of X", "Association for X"; not "Alliance Atlantis"."""
    return any(
        re.search(rf"\b{re.escape(w)}\b(?=\s+(?:[Oo]f|[Ff]or)\b|\s*$)", org, re.IGNORECASE)
        for w in lex.words(key)
    )


def _political_chair(lex: Lexicon, notation: str, org: str) -> str:
    """A chair of a legislature or a political consultative body is no board's chairman (the
    vocabulary's chairman is 董事长): "other"; the chairman of a People's Congress standing
    committee is its head (主任 put in English)."""
    bodies = lex.data.get("political_chair_bodies") or {}
    plain = org.replace("’", "'")
    name = plain.casefold()
    for ending, chairman in bodies.items():
        folded = str(ending).casefold()
        if (
            name.endswith(folded)
            or f"{folded} of " in name  # "CPPCC of X County"
            or re.search(rf"(?i:{re.escape(str(ending))})\s+\([A-Z][A-Z&]{{1,7}}\)\s", plain)
        ):  # "X Political Consultative Conference (CPPCC) National Committee": an organ of it
            return chairman if notation == "chairman" else "other"
    return notation


def _ensure_org(
    article: Article, found: Extraction, name: str, sentence: Span, aliases: tuple[str, ...] = ()
) -> None:
    if not any(o.name == name or name in o.aliases for o in found.orgs):
        branch = branch_of(name)  # "X Bank, Guangzhou Sub-Branch": the branch alone, an alias
        aliases = aliases or ((branch,) if branch else ())
        found.orgs.append(OrgMention(name, evidence(article, sentence), aliases))


def _lower_case_ministry(ctx: Context, item) -> tuple[str, str] | None:
    """ "vice minister of civil affairs", "assistant minister of finance": a minister's
    portfolio printed in lower case, which names the ministry ("Ministry of Civil Affairs", its
    printed words an alias of it); None for anything else."""
    if item.org or not item.title.casefold().endswith("minister"):
        return None
    m = _LOWER_PORTFOLIO.match(ctx.text, item.end)
    fields = ctx.lex.folded("field_words")
    if m is None or not all(w in fields or w == "and" for w in m.group(1).split()):
        return None
    words = " ".join(m.group(1).split())
    name = "Ministry of " + " ".join(w if w == "and" else w.capitalize() for w in words.split())
    return name, words


# "of (the) civil affairs", "of commerce": one to four lower-case words, then no more of them
_LOWER_PORTFOLIO = re.compile(r"\s+of\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+){0,3})(?![\w-])")
