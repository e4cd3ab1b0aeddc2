"""Organisations named as the source of an article ("Source: X Daily", "translated by X").

These lines are page furniture, blanked from `article.body`, so this component
reads `article.text`, but only the name right after a source label (see
`source_labels` in kg/vocab/en.yml). A single generic word ("Network") is
not a name.
"""

from __future__ import annotations

import re

from kg.extract.en.lexicon import Lexicon, get_lexicon, phrase_regex
from kg.extract.en.text import Mention, Span, evidence
from kg.model import Article, Extraction, OrgMention
from kg.vocab import Vocab

_WORD = r"[A-Z][\w&'’.-]*+(?![:：])"  # a capitalised word that is not the next label ("Date:")
_NAME = re.compile(
    rf"\s*[:：]?\s*(?:(?:©|\(c\))\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?"
    rf"({_WORD}(?:[ ](?:{_WORD}|of|and|&))*)"
)


def extract_source_orgs(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add an OrgMention for each organisation a source line names."""
    lex = get_lexicon(vocab)
    known = {o.name for o in found.orgs} | {a for o in found.orgs for a in o.aliases}
    for m in phrase_regex(lex.words("source_labels")).finditer(article.text):
        name = _name_after(article.text, m.end(), lex)
        if name is None or name.name in known:
            continue
        known.add(name.name)
        line = _line(article.text, m.start())
        found.orgs.append(OrgMention(name.name, evidence(article, line)))


_AGENCY_WORD = r"[A-Z][\w&'’.-]*"
_AGENCY_NAME = rf"{_AGENCY_WORD}(?:[ ]{_AGENCY_WORD}){{0,3}}"
_DATELINE_AGENCY = re.compile(  # "BEIJING, July 23 (Xinhua) --", "(Agency) -" opening a line;
    # "CITY, (A / B / C - 4th May, 2020 ) :": up to three credits and the day inside the brackets,
    # which may run straight on into the story
    rf"^[^\n()]{{0,60}}?\(({_AGENCY_NAME})(?:[ ]*/[ ]*({_AGENCY_NAME}))?"
    rf"(?:[ ]*/[ ]*({_AGENCY_NAME}))?"
    rf"(?:(?:[ ]+[-–][ ]+[^()\n]{{0,30}}?\d[^()\n]{{0,30}}?)?\)[ \t]*(?:[-–—]{{1,2}}[ \t]|:)"
    rf"|[ ]+[-–][ ]+[^()\n]{{0,30}}?\d[^()\n]{{0,30}}?\)[ \t]+(?=[A-Z]))",
    re.M,
)
# a site's name as the head of its story: "Marketsite.com - Xyz Holdings said ..."
_SITE_LEAD = re.compile(
    r"^[ \t]*(?:date[ ]\S+[ ]+)?([A-Z][\w-]*\.(?:com|net|org))[ ]+[-–—][ ]", re.M
)
# two credits opening the story, with no place: "AGENCY/THE PAPER – Xyz said ..." (a story one
# agency took from a paper); the slash between them tells a credit from a headline's dash
_CREDITS_LEAD = re.compile(
    rf"^[ \t]*(?:date[ ]\S+[ ]+)?({_AGENCY_NAME})[ ]*/[ ]*({_AGENCY_NAME})[ ]+[-–—]{{1,2}}[ ]", re.M
)
_LEAD = 1200  # a dateline stands at the head of the story


def dateline_credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the agencies a dateline's bracket credits ("KUALA LUMPUR (THE STAR/ASIA NEWS
    NETWORK) -"), or a story's opening credits ("AGENCY/THE PAPER –"): each is one name, no word of it an acronym's organisation of its own."""
    return [
        (m.start(g), m.end(g))
        for pattern in (_DATELINE_AGENCY, _CREDITS_LEAD)
        for m in pattern.finditer(text, 0, _LEAD)
        for g in range(1, (m.re.groups or 1) + 1)
        if m.group(g)
    ]


def agency_credits(article: Article, lex: Lexicon) -> list[Mention]:
    """The news agencies a dateline or a byline of the story credits, in the order found."""
    roles = phrase_regex(lex.words("byline_roles")).pattern
    byline = re.compile(
        rf"\bBy[ ]+[A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){{0,3}},[ ]+"
        rf"({_AGENCY_WORD}(?:[ ]{_AGENCY_WORD}){{0,3}})[ ]+(?:{roles})"
    )
    out: list[Mention] = []
    found = [*_DATELINE_AGENCY.finditer(article.text, 0, _LEAD), *byline.finditer(article.text)]
    found += list(_SITE_LEAD.finditer(article.text, 0, _LEAD))
    found += list(_CREDITS_LEAD.finditer(article.text, 0, _LEAD))
    found += [m for p in _photo_credits(lex) for m in p.finditer(article.text)]
    spans = [(m, g) for m in found for g in range(1, (m.re.groups or 1) + 1) if m.group(g)]
    for m, g in spans:
        name, words = m.group(g), m.group(g).split()
        if not (
            name.upper() in lex.acronym_stop
            or any(w.casefold() in lex.folded("months") for w in words)
            or name.casefold() in lex.places  # "Site (Changsha):": where, not who
            or words[-1].casefold() in lex.place_suffixes  # "City (Xyz District):"
            or (len(words) == 1 and words[0].casefold() in lex.org_suffixes | lex.not_name_words)
        ):
            out.append(Mention(m.start(g), m.end(g), name))
    return out


def _photo_credits(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """A picture's or a story's credit to an agency or a paper: "[Photo by A/Agency]",
    "[Photo/Agency]", "... — Agency pic" closing a caption, "This report by Agency was first
    published" (the words are `photo_credit_labels`, `photo_credit_tails`, `credit_report_words`).
    The photographer before the slash is no organisation."""
    labels = phrase_regex(lex.words("photo_credit_labels")).pattern
    tails = phrase_regex(lex.words("photo_credit_tails")).pattern
    report = phrase_regex(lex.words("credit_report_words")).pattern
    return (
        re.compile(rf"\[(?i:{labels})(?:[ ]by[ ][^/\]\n]{{1,60}})?[ ]*/[ ]*({_AGENCY_NAME})\]"),
        re.compile(rf"[—–][ ]+({_AGENCY_NAME})[ ]+(?i:{tails})\.?[ \t]*$", re.M),
        re.compile(rf"\bThis[ ](?i:{report})[ ]by[ ]({_AGENCY_NAME})[ ]was[ ]"),
    )


def page_credits(article: Article, lex: Lexicon) -> set[str]:
    """Folded names a photo credit ("Photo: X", "(Photo | X)") or a desk's byline ("By X News
    Service") gives: who took the picture or wrote the story, not what the page is about (not
    organisations the page names either: only left out of the choice of its organisation)."""
    labels = phrase_regex(lex.words("photo_credit_labels")).pattern
    tails = phrase_regex(lex.words("byline_desk_tails")).pattern
    word = rf"{_AGENCY_WORD}(?:[ ]{_AGENCY_WORD}){{0,3}}"
    photo = re.compile(rf"(?i:{labels})[ \t]*[:|][ \t]*({word})")
    desk = re.compile(rf"(?<![\w-])By[ ]+({word}?)[ ]+((?i:{tails}))\b")
    names = {m.group(1) for m in photo.finditer(article.text)}
    for m in desk.finditer(article.text):  # "By X News Service": X, "X News", all of it
        tail = m.group(2).split()
        names |= {" ".join([m.group(1), *tail[:k]]) for k in range(len(tail) + 1)}
    return {n.casefold() for n in names}


def extract_agency_credits(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add an OrgMention for each news agency a dateline or a byline credits."""
    known = {o.name for o in found.orgs} | {a for o in found.orgs for a in o.aliases}
    for credit in agency_credits(article, get_lexicon(vocab)):
        if credit.name not in known:
            known.add(credit.name)
            line = _line(article.text, credit.start)
            found.orgs.append(OrgMention(credit.name, evidence(article, line)))


def _name_after(text: str, pos: int, lex: Lexicon) -> Mention | None:
    m = _NAME.match(text, pos)
    if not m:
        return None
    name = m.group(1)
    tails = lex.words("source_name_tails")
    tail = phrase_regex(tails).search(name)
    name = name[: tail.start()] if tail else name
    if any(t.casefold().startswith(name.strip().casefold()) for t in tails):
        return None  # "Copyright © All rights reserved."
    name = re.split(r"\.\s+(?=[A-Z])", name)[0]  # "X Limited. All rights reserved."
    name = re.sub(r"(?:\s+(?:of|and|&))+$", "", name.strip()).rstrip(".")
    if _LABEL_GOES_ON.match(text, m.start(1) + len(name)):
        return None  # "Article source: Reading times: ...": the next label, no source named
    words = name.split()
    generic = lex.org_suffixes | lex.not_name_words | lex.place_suffixes
    if (
        not words
        or (len(words) == 1 and words[0].casefold() in generic)
        or name.upper() in lex.acronym_stop
        or words[0].casefold() in lex.folded("source_non_names")
    ):
        return None
    return Mention(m.start(1), m.start(1) + len(name), name)


_LABEL_GOES_ON = re.compile(r"[ \t]*(?:[a-z]+[ \t]*)?[:：]")


def _line(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
