"""Roles in Chinese text: who holds which title at which organisation.

Read leftwards from each name: titles joined by 、 or 兼 ("党委书记、董事长"),
then the organisation before them ("中铝股份"), a generic word meaning the
article's own organisation ("公司"), or nothing (the organisation named
last in the sentence, else the article's). A name in a 、-list takes the
titles of the list's head ("领导班子成员A、B、C"). A title right after a name
whose organisation is understood ("习近平总书记") counts too. "原..." and
"免去..." make a role former.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.zh.lexicon import match_at, match_before, titles, zh_lexicon
from kg.extract.zh.spans import locate, org_canon, person_names
from kg.extract.zh.text import evidence_at, is_han, sentence_spans, tokens
from kg.model import Article, Extraction, OrgMention, RoleClaim
from kg.vocab import Vocab

JOINERS = ("、", "兼", "和", "及")


@dataclass(frozen=True)
class Heading:
    """The titles before a name, the organisation they belong to, and whether they are former."""

    titles: tuple[tuple[str, str], ...]
    org: str | None
    former: bool
    unresolved: bool = False  # an organisation is printed but was not recognised
    place: str | None = None  # the place before titles of a place's committee or government
    generic: str | None = None  # the generic word printed for the organisation ("公司", "集团")


def _title_chain(s: str, pos: int, table) -> tuple[list[tuple[str, str]], int]:
    chain = []
    words = [t for t, _ in table]
    notation = dict(table)
    while (title := match_before(s, pos, words)):
        role = notation[title]
        pos -= len(title)
        if (modifier := match_before(s, pos, zh_lexicon().title_modifiers)):
            title, pos = modifier + title, pos - len(modifier)
        chain.insert(0, (title, role))
        if pos > 1 and s[pos - 1] in JOINERS and match_before(s, pos - 1, words):
            pos -= 1
            continue
        break
    return chain, pos


def heading_before(s: str, pos: int, table, orgs: list[str]) -> Heading | None:
    """The titles (and their organisation) printed right before offset `pos` of `s`."""
    lex = zh_lexicon()
    chain, pos = _title_chain(s, pos, table)
    if not chain:
        return None
    former = False
    if (marker := match_before(s, pos, lex.former_markers)):
        pos, former = pos - len(marker), True
    org = match_before(s, pos, sorted(orgs, key=len, reverse=True))
    if org and match_before(s, pos - len(org), lex.former_markers):
        former = True
    if any(t in lex.place_titles for t, _ in chain):
        return Heading(tuple(chain), org, former, place=place_stem(place_before(s, pos)))
    if org is None and (generic := match_before(s, pos, lex.generic_orgs)):
        org = match_before(s, pos - len(generic), sorted(orgs, key=len, reverse=True))
        if org is None:
            return Heading(tuple(chain), "", former, generic=generic)
    elif org is None and chain[0][0] in lex.no_default_org:
        org = place_before(s, pos)
    elif org is None and _noun_before(s, pos):
        return Heading(tuple(chain), None, former, unresolved=True)
    return Heading(tuple(chain), org, former)


def heading_after(s: str, pos: int, table, orgs: list[str]) -> Heading | None:
    """Titles after a name: joined by 的/为 ("免去A的公司董事长职务", "任命B为X公司总经理"),
    or by 等 after a list ("A、B等公司领导")."""
    lex = zh_lexicon()
    link = match_at(s, pos, lex.appointment_links)
    tail = None if link else match_at(s, pos, lex.list_tail_links)
    if not (link or tail):
        return None
    pos += len(link or tail)
    org = match_at(s, pos, sorted(orgs, key=len, reverse=True))
    if org is None and (generic := match_at(s, pos, lex.generic_orgs)):
        if not match_at(s, pos, [t for t, _ in table]):
            org, pos = "", pos + len(generic)
    elif org:
        pos += len(org)
    chain, pos = _title_chain_after(s, pos, table)
    closed = tail or pos >= len(s) or not is_han(s[pos]) or match_at(s, pos, lex.post_words)
    return Heading(tuple(chain), org, link in lex.dismissal_markers) if chain and closed else None


def _title_chain_after(s: str, pos: int, table) -> tuple[list[tuple[str, str]], int]:
    chain, words, notation = [], [t for t, _ in table], dict(table)
    while (title := match_at(s, pos, words)):
        chain.append((title, notation[title]))
        pos += len(title)
        if s[pos:pos + 1] not in JOINERS or not match_at(s, pos + 1, words):
            break
        pos += 1
    return chain, pos


def _former_by_event(s: str, pos: int) -> bool:
    """True when the nearest 免去-like word before `pos` is nearer than any 任命-like word."""
    lex = zh_lexicon()
    last = lambda words: max((s.rfind(w, 0, pos) for w in words), default=-1)  # noqa: E731
    dismissed = last(lex.dismissal_markers)
    return dismissed >= 0 and dismissed > last(lex.appointment_markers)


def _noun_before(s: str, pos: int) -> bool:
    """True when a noun ends at `pos`: an organisation printed there was not recognised."""
    return any(e == pos and (tag.startswith("n") or tag in ("oov", "j", "vn", "eng")) for _, e, tag in tokens(s))


def place_stem(place: str | None) -> str | None:
    """The place name without its administrative ending ("山东省" -> "山东")."""
    if not place:
        return None
    ending = next((e for e in zh_lexicon().place_suffixes if place.endswith(e) and len(place) > len(e) + 1), "")
    return place[:len(place) - len(ending)]


def place_before(s: str, pos: int) -> str | None:
    """The place name (jieba's ns word, with 省/市... after it) ending at `pos`, if any;
    a place word running into the title counts up to `pos` ("山东省|委副书记" gives 山东)."""
    toks = tokens(s)
    inner = next((t for t in toks if t[0] < pos < t[1]), None)
    if inner and inner[2] in ("ns", "nt"):
        return s[inner[0]:pos]
    ends = {e: (st, tag) for st, e, tag in toks}
    start = pos
    if start in ends and s[ends[start][0]:start] in zh_lexicon().place_suffixes:
        start = ends[start][0]
    if start in ends and ends[start][1] == "ns":
        return s[ends[start][0]:pos]
    return None


def _implied(s: str, end: int, table) -> Heading | None:
    lex = zh_lexicon()
    title = match_at(s, end, sorted(lex.implied_orgs, key=len, reverse=True))
    if not title:
        return None
    return Heading(((title, dict(table).get(title, "other")),), lex.implied_orgs[title], False)


def _org_for(heading: Heading, title: str, last_org: str | None, main: str | None,
             last_place: str | None = None, group: str | None = None) -> str | None:
    place_ending = zh_lexicon().place_titles.get(title)
    if place_ending:
        stem = heading.place or last_place
        return stem + place_ending if stem else None
    if heading.unresolved:
        return None
    if heading.org:
        return heading.org
    if heading.org == "":
        return group if heading.generic in zh_lexicon().group_words else main
    if title in zh_lexicon().no_default_org:
        return None
    return last_org or main


def _runs(s: str, names) -> list[list[tuple[int, int, str]]]:
    runs: list[list[tuple[int, int, str]]] = []
    for span in locate(s, names):
        if runs and s[runs[-1][-1][1]:span[0]] in JOINERS:
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _run_headings(s: str, run, table, orgs) -> list[Heading | None]:
    """The heading of each name of a run: its own, else the run's first, else the titles after the run."""
    own = [heading_before(s, ps, table, orgs) for ps, _, _ in run]
    shared = own[0] or heading_after(s, run[-1][1], table, orgs)
    return [h or shared or _implied(s, pe, table) for h, (_, pe, _) in zip(own, run)]


def _sentence_roles(article: Article, start: int, end: int, found: Extraction, table,
                   state: dict) -> list[RoleClaim]:
    """The roles of one sentence; `state` carries the last place named across sentences."""
    s = article.body[start:end]
    names, canon = person_names(found), org_canon(found)
    orgs, claims, last_org = list(canon), [], None
    for run in _runs(s, names):
        for (ps, pe, native), heading in zip(run, _run_headings(s, run, table, orgs)):
            if heading is None:
                continue
            state["place"] = heading.place or state.get("place")
            by_event = _former_by_event(s, ps) and not match_at(s, pe, zh_lexicon().appointment_markers)
            status = "former" if heading.former or by_event else "current"
            for title, notation in heading.titles:
                org = _org_for(heading, title, last_org, found.main_org, state.get("place"), state.get("group"))
                org = canon.get(org, org)
                if org:
                    claims.append(RoleClaim(names[native], notation, title, org, evidence_at(article, start + ps), status))
            last_org = heading.org or last_org
    return claims


def extract_roles(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a RoleClaim for each (person, title, organisation) stated."""
    table, state, seen = titles(vocab), {"group": group_org(found)}, set(found.roles)
    for start, end in sentence_spans(article.body):
        for claim in _sentence_roles(article, start, end, found, table, state):
            if claim not in seen:
                seen.add(claim)
                found.roles.append(claim)
            _ensure_org(article, found, claim)


def group_org(found: Extraction) -> str | None:
    """The group the article calls "集团(公司)": its one organisation named as a group, else the main one
    if it is one, or if no organisation is named as a group and the headline names the main one."""
    endings = zh_lexicon().group_endings
    groups = {o.name for o in found.orgs if any(n.endswith(endings) for n in (o.name, *o.aliases))}
    if len(groups) == 1:
        return groups.pop()
    if not groups and found.main_org and found.main_org in found.article.headline:
        return found.main_org
    return found.main_org if found.main_org and found.main_org.endswith(endings) else None


def _ensure_org(article: Article, found: Extraction, claim: RoleClaim) -> None:
    """An organisation understood from a title (the Party of 总书记) gets its mention."""
    if all((o.native or o.name) != claim.org and o.name != claim.org for o in found.orgs):
        found.orgs.append(OrgMention(claim.org, claim.evidence, native=claim.org))
