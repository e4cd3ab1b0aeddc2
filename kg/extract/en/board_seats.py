"""Seats on boards stated with a verb, not a title: "X has served on the board of Y", "X joined
the board of Y", "X holds directorships at A, B and C": X is a director of each (`board_seat_verbs`
and `directorship_nouns` in kg/vocab/en.yml).

The holder is the person named last before the verb in the sentence with nothing but linking
words between ("has", "also", ", who"), else the sentence's subject when no other person is named
before the verb ("X is a director and has served on..."); a courtesy title and the family name of
exactly one person of the article ("Dr Roe") name that person; the organisations are those the article names right after the
verb phrase, a list of them joined by commas and "and".
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.en.board_organs import plain_board_owner
from kg.extract.en.lexicon import Lexicon, get_lexicon, phrase_regex
from kg.extract.en.orgs import org_occurrences
from kg.extract.en.pronouns import pronoun_mentions
from kg.extract.en.roles import family_names, with_short_forms
from kg.extract.en.successors import successors_in
from kg.extract.en.text import (
    LIST_SEP,
    Mention,
    Mentions,
    Span,
    evidence,
    occurrences,
    post_nominals_end,
    sentence_at,
    split_sentences,
)
from kg.model import Article, Extraction, RoleClaim
from kg.vocab import Vocab

_BETWEEN = re.compile(
    r"(?:\s*\((?:pictured|left|right|centre|center|inset|above|below)\))?"  # a photo's note
    r"(?:\s*,?\s*(?:who|has|have|had|also|previously|currently|now|holds|hold|held|still)\b)*\s*$"
)


def extract_board_seats(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a director role for each board seat stated with a verb, a chairman role for each chair
    (see the module)."""
    lex = get_lexicon(vocab)
    body = article.body
    sentences = split_sentences(body)
    people = _people(body, lex, found)
    people = sorted([*people, *_pronouns(body, lex, found, sentences, people)])
    orgs = {m.start: m for m in org_occurrences(body, found)}
    posts = _verb_posts(lex)
    for m in phrase_regex(list(posts)).finditer(body):
        sentence = sentence_at(sentences, m.start())
        if sentence is None:
            continue
        holder = _verb_subject(body, people, sentence, m.start())
        if holder is None:
            continue
        role, status = posts[" ".join(m.group().casefold().split())]
        ev = evidence(article, Span(sentence.start, sentence.end))
        start = m.end() + len(body[m.end() :]) - len(body[m.end() :].lstrip(" "))
        if start not in orgs and body.startswith("the ", start):
            start += 4  # "previously chaired the Office of X"
        for org in _orgs_from(body, start, orgs):
            claim = RoleClaim(holder, role, role, org, ev, status)
            if not any((r.person, r.role, r.org) == (holder, role, org) for r in found.roles):
                found.roles.append(claim)
    _named_boards(article, lex, found, sentences, people, orgs)
    _board_exits(article, lex, found, sentences, people, orgs)
    _also_from_board(article, found, sentences)
    _own_board_joins(article, found, sentences, people, orgs)
    _board_chairs(article, lex, found, sentences, people, orgs)


def _verb_subject(body: str, people, sentence: Span, at: int) -> str | None:
    """The person whose verb phrase starts at `at`: the name right before it (past "who",
    "has", "also"...), else the one person the sentence names before it when it opens the
    sentence ("X, 62, a lawyer, has served on ...")."""
    holder = next(
        (
            name
            for s, e, name in reversed(people)
            if sentence.start <= s and e <= at and _BETWEEN.match(body[e:at])
        ),
        None,
    )
    if holder is None:  # "X is a director and has served on the board of Y": the subject
        inside = [p for p in people if sentence.start <= p[0] and p[1] <= at]
        if len({name for _, _, name in inside}) == 1 and inside[0][0] == sentence.start:
            holder = inside[0][2]
    return holder


def _named_boards(
    article: Article, lex: Lexicon, found: Extraction, sentences, people, orgs
) -> None:
    """ "X was appointed to the Kestrel Group board", "X joined Kestrel's board": a director of
    the organisation named before "board" (`named_board_verbs`)."""
    body = article.body
    for m in phrase_regex(lex.words("named_board_verbs")).finditer(body):
        sentence = sentence_at(sentences, m.start())
        start = m.end() + len(body[m.end() :]) - len(body[m.end() :].lstrip(" "))
        the = _THE_BOARD_OWNER.match(body, start)
        org = orgs.get(the.end() if the else start)
        board = _BOARD_AFTER.match(body, org.end) if org is not None else None
        owner = org.name if org is not None else None
        if org is not None and board is None:  # "has been on the KCB Board": a board read whole
            owner = plain_board_owner(org.name, found)
            board = _AT_END.match(body, org.end) if owner else None
        if sentence is None or board is None or not _SEAT_CLOSED.match(body, board.end()):
            continue  # "joined the X board in rejecting the offer": no seat
        holder = _verb_subject(body, people, sentence, m.start())
        if holder is None or owner is None:
            continue
        if not any((r.person, r.role, r.org) == (holder, "director", owner) for r in found.roles):
            ev = evidence(article, Span(sentence.start, sentence.end))
            found.roles.append(RoleClaim(holder, "director", "director", owner, ev))


_THE_BOARD_OWNER = re.compile(r"the\s+")
_AT_END = re.compile(r"")
# what follows a seat taken: the clause's end, "as", a year or a date
_SEAT_CLOSED = re.compile(
    r"\s*[.,;]|\s+(?:as|in\s+(?:19|20)\d\d|in\s+[A-Z][a-z]+|on|last|this|from|since|effective"
    r"|with\s+effect)\b"
)
# "board" right after the organisation's name (or its possessive), not "board of", "board meeting"
_BOARD_AFTER = re.compile(
    r"(?:['’]s?)?\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?\b(?!\s+(?:of|meeting|committee)\b|['’])"
)


def _board_chairs(
    article: Article, lex: Lexicon, found: Extraction, sentences, people, orgs
) -> None:
    """ "X, who chaired the board since 2011, ...", "X has chaired the Kavo board": X is chairman
    of the organisation named before "board", else of the article's company (none: no guess);
    "since" or "has chaired" keep the post current, a bare past ("chaired the board") has ended."""
    body = article.body
    for m in _CHAIRS_BOARD.finditer(body):
        sentence = sentence_at(sentences, m.start())
        holder = _holder(body, people, sentence, m.start()) if sentence else None
        if holder is None or sentence is None:
            continue
        named = orgs.get(m.start("org")) if m.group("org") else None
        if m.group("org") and (named is None or named.end != m.end("org")):
            continue  # "the audit board", an unread name: no guess
        org = named.name if named else found.main_org
        if org is None:
            continue
        current = (
            m.group("verb") != "chaired" or bool(_SINCE.match(body, m.end(), sentence.end))
        ) and not _LEAVES.search(body, m.end(), sentence.end)  # "..., is standing down"
        claim = RoleClaim(
            holder,
            "chairman",
            "chairman",
            org,
            evidence(article, Span(sentence.start, sentence.end)),
            "current" if current else "former",
        )
        if not any((r.person, r.role, r.org) == (holder, "chairman", org) for r in found.roles):
            found.roles.append(claim)
        if not current:  # "..., is standing down and will be succeeded by B": B's post now
            mentions = Mentions([Mention(s, e, n) for s, e, n in people])
            for name, _ in successors_in(lex, body, mentions, sentence):
                if name != holder and not any(
                    (r.person, r.role, r.org) == (name, "chairman", org) for r in found.roles
                ):
                    found.roles.append(replace(claim, person=name, status="current"))


_CHAIRS_BOARD = re.compile(
    r"(?P<verb>chairs|has\s+chaired|chaired)\s+(?:the|its)\s+"
    r"(?:(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+)?board\b(?!['’]s|\s+(?:of|at|in|committee|meeting)\b)"
)
_LEAVES = re.compile(
    r",\s+(?:is|will\s+be)\s+(?:standing|stepping)\s+down\b|,\s+(?:will|is\s+to)\s+"
    r"(?:step|stand)\s+down\b|,\s+(?:will|is\s+to)\s+retire\b|,\s+(?:is\s+retiring|has\s+retired"
    r"|has\s+resigned|is\s+leaving)\b"
)
_SINCE = re.compile(r"[^.;,]{0,20}?\bsince\b")


def _verb_posts(lex: Lexicon) -> dict[str, tuple[str, str]]:
    """Folded phrase -> (role, status): a board seat or a chair stated with a verb or a noun."""
    posts = {
        p.casefold(): ("director", "current")
        for p in [*lex.words("board_seat_verbs"), *lex.words("directorship_nouns")]
    }
    chairs = lex.data.get("chair_verbs") or {}
    for status in ("current", "former"):
        posts.update({p.casefold(): ("chairman", status) for p in chairs.get(status) or []})
    return posts


def _pronouns(body: str, lex: Lexicon, found: Extraction, sentences, people) -> list:
    """ "He also sits on the board of Y": the pronoun's mention (kg.extract.en.pronouns), the
    posts the sentences gave read from the roles found so far."""
    holders: list[set[str]] = [set() for _ in sentences]
    index = {sentence.start: i for i, sentence in enumerate(sentences)}
    for r in found.roles:
        at = sentence_at(sentences, r.evidence.start)
        if at is not None:
            holders[index[at.start]].add(r.person)
    mentions = [Mention(s, e, n) for s, e, n in people]
    return [
        (m.start, m.end, m.name)
        for m, _ in pronoun_mentions(
            body, lex, sentences, mentions, holders, family_names(found, lex)
        )
    ]


def _board_exits(
    article: Article, lex: Lexicon, found: Extraction, sentences, people, orgs
) -> None:
    """ "X has stepped down from the board (of Y)": X was a director of Y, or of the article's
    company when the sentence names no organisation; the board posts the sentence gave X there
    (chairman, director...) are former ones too."""
    body, board = article.body, set(lex.words("board_posts"))
    for m in phrase_regex(lex.words("board_exit_verbs")).finditer(body):
        sentence = sentence_at(sentences, m.start())
        if sentence is None:
            continue
        holder = _holder(body, people, sentence, m.start()) or _and_subject(
            body, people, sentence, m.start()
        )
        if holder is None:
            continue
        of = _OF_THE.match(body, m.end())
        named = _orgs_from(body, of.end(), orgs) if of else []
        own = _COMPANY_AFTER.match(body, m.end()) is not None or not of
        # the organisations named before the board: "The chairman of Y, X, has stepped down from
        # the board" (not "... to concentrate on his new role with Z")
        others = {o.name for s, o in orgs.items() if sentence.start <= s < m.start()}
        # only an organisation the sentence gave the holder a post at: not "A, an advocate of
        # the Y Court, replaces B, who resigned from the board of the company" (the Court is A's)
        held = {
            r.org
            for r in found.roles
            if r.person == holder and sentence.start <= r.evidence.start < sentence.end
        }
        said = of is not None and own  # "of the company" printed
        if named:
            org = named[0]
        elif own and found.main_org and others <= {found.main_org}:
            org = found.main_org  # "X stepped down from the board": the page's company's
        elif own and len(others) == 1 and (not said or others <= held):
            org = others.pop()  # "The chairman of Y, X, has stepped down from the board"
        elif said and found.main_org and not others & held:
            org = found.main_org  # "B, who resigned from the board of the company": the page's
        else:
            continue
        ev = evidence(article, Span(sentence.start, sentence.end))
        for i, r in enumerate(found.roles):
            if (
                (r.person, r.org, r.status) == (holder, org, "current")
                and r.role in board
                and sentence.start <= r.evidence.start < sentence.end
            ):
                found.roles[i] = replace(r, status="former")
        claim = RoleClaim(holder, "director", "director", org, ev, "former")
        if claim not in found.roles:
            found.roles.append(claim)


def _and_subject(body: str, people, sentence: Span, at: int) -> str | None:
    """ "X is standing down as chairman and has also stepped down from the board": the subject
    of a first clause joined by "and" to the verb at `at`, the last person named before it."""
    before = [p for p in people if sentence.start <= p[0] and p[1] <= at]
    if not before or not _AND_CLAUSE.fullmatch(body, before[-1][1], at):
        return None
    return before[-1][2]


# a first clause with its own verb, then "and" and the verb of the same subject
_AND_CLAUSE = re.compile(
    r"\s+(?:is|was|has|had|will)\s[^.;,()]{0,100}?\s+and\s+(?:has\s+|have\s+|had\s+|will\s+)?"
    r"(?:also\s+)?"
)


def _also_from_board(article: Article, found: Extraction, sentences) -> None:
    """ "X is stepping down as Y's chief executive, and from its board": the one person the
    sentence gave former posts at one organisation left its board too, a former director."""
    for m in _AND_FROM_BOARD.finditer(article.body):
        sentence = sentence_at(sentences, m.start())
        if sentence is None:
            continue
        left = {
            (r.person, r.org)
            for r in found.roles
            if r.status == "former" and sentence.start <= r.evidence.start < m.start()
        }
        if len(left) != 1:
            continue
        person, org = left.pop()
        claim = RoleClaim(
            person, "director", "director", org, evidence(article, sentence), "former"
        )
        if not any((r.person, r.role, r.org) == (person, "director", org) for r in found.roles):
            found.roles.append(claim)


# "..., and from its board (of directors)": a second thing left, after a leaving link's post
_AND_FROM_BOARD = re.compile(
    r",?\s+and\s+(?:also\s+)?from\s+(?:the|its|their)\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?\b"
    r"(?!\s+of\b(?!\s+[Dd]irectors))"
)


def _own_board_joins(article: Article, found: Extraction, sentences, people, orgs) -> None:
    """ "X has been appointed to the board", "X joins its board", "the appointment of X and Y to
    its Board of Directors", "elected X to the board": a director of the organisation the sentence
    names before (the only one it names there), else of the article's company when it names none;
    a board "of Y" is `board_seat_verbs`' and a seat "as <title>" the title's."""
    body = article.body
    starts = {s: (s, e, name) for s, e, name in people}
    for sentence in sentences:
        holders: list[
            tuple[str, int, int | None]
        ] = []  # name, end of the verb, start of the list when it has appositions
        for k, (s, e, name) in enumerate(people):
            if sentence.start <= s < sentence.end:
                m = _JOINS_BOARD.match(body, e, sentence.end)
                apposed = False
                if m is None:
                    m = _APPOSED_JOINS.match(body, e, sentence.end)
                    apposed = m is not None
                if m is not None and apposed and k + 1 < len(people) and people[k + 1][0] < m.end():
                    continue  # another name inside the apposition: not this one's
                if m is not None:
                    listed, plural = [name], _PLURAL_JOIN.search(body, e, m.end()) is not None
                    j = k  # "A, B and C were re-elected to the board": the names listed before
                    while j > 0 and sentence.start <= people[j - 1][0]:
                        between = (people[j - 1][1], people[j][0])
                        if LIST_SEP.fullmatch(body, *between):
                            listed.append(people[j - 1][2])
                        elif plural and _APPOSED_AND.fullmatch(body, *between):
                            listed.append(people[j - 1][2])  # "A, a strategist, and B, ..., have"
                            apposed = True
                        else:
                            break
                        j -= 1
                    # an apposition's organisations are not the board's: look before the names
                    before = people[j][0] if apposed else None
                    holders += [(n, m.end(), before) for n in listed]
        for lead in _NAMES_TO_BOARD.finditer(body, sentence.start, sentence.end):
            pos, named = lead.end(), []
            while (hit := starts.get(pos)) is not None:
                named.append(hit)
                gap = LIST_SEP.match(body, hit[1])
                if gap is None:
                    break
                pos = gap.end()
            if named and (to := _TO_OWN_BOARD.match(body, named[-1][1], sentence.end)):
                holders += [(name, to.end(), None) for _, _, name in named]
        for name, end, before in holders:
            if _AS_AFTER.match(body, end):
                continue  # "appointed to the board as an independent director": the title's
            org = _sentence_org(found, orgs, sentence, end if before is None else before)
            if org is None:
                continue
            claim = RoleClaim(name, "director", "director", org, evidence(article, sentence))
            if not any(
                (r.person, r.org) == (name, org) and r.role == "director" for r in found.roles
            ):
                found.roles.append(claim)


def _sentence_org(found: Extraction, orgs, sentence: Span, before: int) -> str | None:
    """The one organisation a sentence names before `before`, else the article's when it names
    none; None when it names several."""
    named = [o for s, o in sorted(orgs.items()) if sentence.start <= s < before]
    if len({o.name for o in named}) == 1 and _SUBJECT_AFTER.match(
        found.article.body, named[0].end, before
    ):
        return named[0].name  # "X Ltd said / today announced / has appointed ...": X's board
    return found.main_org if not named else None


_OWN_BOARD = (
    r"(?:its|the|our|their)\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?"
    r"(?:\s+of\s+(?:the\s+)?(?:[Cc]ompany|[Gg]roup|[Bb]ank|[Ff]irm))?\b(?!\s+of\b|\s+meeting)"
)
# What follows an organisation that is the sentence's subject, before the holder's name.
_SUBJECT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:today\s+|on\s+\w+\s+|also\s+)?"
    r"(?:said|says|announced|announces|has|have|appointed|elected|named|welcomed|added|confirmed)\b"
)
_TO_OWN_BOARD = re.compile(r"\s+to\s+" + _OWN_BOARD)
_JOINS_BOARD = re.compile(
    r"(?:\s*,\s*\d{2}\s*,|\s*,\s*who)?\s+(?:(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|are\s+"
    r"|will\s+be\s+|to\s+be\s+)(?:appointed|elected|re-elected|reelected|reappointed|re-appointed|named|added|co-opted)\s+to\s+"
    + _OWN_BOARD
    + r"|(?:\s*,\s*\d{2}\s*,|\s*,\s*who)?\s+(?:has\s+|have\s+|will\s+)?(?:joined|joins|join)\s+"
    + _OWN_BOARD
)
# "Name, retired principal of X, has been elected to the board": an apposition closed by a comma
# (no ", and" inside: "A, who retired, and B, a lawyer, has been elected" is B's alone)
_APPOSITION_GAP = r",\s+[^;()]{1,120}?,"  # another name inside it is checked where it is used
_APPOSED_JOINS = re.compile(_APPOSITION_GAP + r"(?:" + _JOINS_BOARD.pattern + r")")
_APPOSED_AND = re.compile(_APPOSITION_GAP + r"\s+and\s+")
_PLURAL_JOIN = re.compile(r"\s(?:have|were|are)\s")
_NAMES_TO_BOARD = re.compile(
    r"\b(?:(?:appointment|appointments|election)\s+of|appointed|elected|named|welcomed|added)\s+"
)
_AS_AFTER = re.compile(r"\s*,?\s+as\s+")


def _holder(body: str, people, sentence: Span, at: int) -> str | None:
    """The person named last before offset `at` with only linking words (or an apposition closed
    by a comma: "The chairman of X, Y, has stepped down") between."""
    for s, e, name in reversed(people):
        if sentence.start <= s and e <= at:
            gap = body[e:at]
            if (
                _BETWEEN.match(gap)
                or _CLOSED_APPOSITION.fullmatch(gap)
                or _WHO_CLAUSE.fullmatch(gap)
            ):
                return name
            return None
    return None


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_COMPANY_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|its)\s+(?:company|group|bank|firm)|directors)\b"
)  # "the board of the company", "the board of directors": the board of the company in question
_CLOSED_APPOSITION = re.compile(r",\s+(?:has|had|will|would)?\s*")
# "Name, who chairs the audit committee, will retire from the board": a relative clause closed
# or a noun apposition ("Name, an independent director of the bank, has resigned from the board")
_WHO_CLAUSE = re.compile(r",\s+(?:who|an?|the|its)\s+[^,;()]{1,80},\s+(?:has|had|will|would)?\s*")


def _people(body: str, lex: Lexicon, found: Extraction) -> list[tuple[int, int, str]]:
    """The persons' mentions, and "Dr Roe" / "Ms Roe" for the one person of that family name."""
    names = [p.name for p in found.persons]
    by_family: dict[str, list[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            by_family.setdefault(name.split()[-1], []).append(name)
    titled = {
        f"{title} {family}": owners[0]
        for family, owners in by_family.items()
        if len(owners) == 1
        for title in lex.words("courtesy_titles")
    }
    full = [
        (s, post_nominals_end(body, e, lex.post_nominals), n)
        for s, e, n in occurrences(body, names)
    ]
    short = [
        (s, post_nominals_end(body, e, lex.post_nominals), titled[n])
        for s, e, n in occurrences(body, list(titled))
    ]
    taken = {s for s, _, _ in full + short}
    family = [  # "Roe, 62, a lawyer, joined ...": a family name opening a clause
        (s, e, n) for s, e, n in with_short_forms(body, lex, found) if s not in taken
    ]
    return sorted(full + short + family)


def _orgs_from(body: str, pos: int, orgs: dict) -> list[str]:
    """The organisations named from `pos` on, one or a list joined by commas and "and"."""
    out: list[str] = []
    while (hit := orgs.get(pos)) is not None:
        out.append(hit.name)
        gap = LIST_SEP.match(body, hit.end)
        if gap is None:
            break
        pos = gap.end()
    return out
