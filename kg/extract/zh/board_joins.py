"""Board seats stated by joining a board, not by a title ("A与B一起进入X董事会", "A加入X公司董事会",
"X董事会成员包括A、B、C"): each person named is a director of X.

The board's owner is the organisation printed right before 董事会 (or 董事局: zh.yml
`board_join_boards`), one the organisations reader found; a board with no owner printed
("进入董事会") is nobody's here. The people are the names joined by 、/和/与/及 right before the
verb (`board_join_verbs`, past 一起/一同/同时), or listed right after `board_member_lists`.
"""

from __future__ import annotations

import re

from kg.extract.zh.lexicon import match_before
from kg.extract.zh.spans import locate, org_canon, person_names
from kg.extract.zh.text import evidence_at, sentence_spans
from kg.model import Article, Extraction, RoleClaim
from kg.vocab import Vocab, load_lexicon

_SEAT = "董事"  # the post a seat on a board is
_TOGETHER = ("一起", "一同", "同时", "均", "都", "先后")
_JOINERS = "、和与及"
_CLAUSE_END = "，,。；;！!"  # "进入X董事会，": not "董事会办公室", "董事会候选人名单"
_NOT_YET = ("提名", "推荐", "拟", "建议", "有望", "未能", "拟提名", "推选")


def extract_board_joins(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add a director RoleClaim for each person a sentence says joined a named board."""
    data = load_lexicon("zh")
    verbs = tuple(sorted(data.get("board_join_verbs") or (), key=len, reverse=True))
    listing = tuple(sorted(data.get("board_member_lists") or (), key=len, reverse=True))
    boards = tuple(sorted(data.get("board_join_boards") or (), key=len, reverse=True))
    if not verbs and not listing:
        return
    names = person_names(found)
    canon = org_canon(found)
    orgs = sorted(canon, key=len, reverse=True)
    body = article.body
    held = {(r.person, r.role, r.org) for r in found.roles}
    for start, end in sentence_spans(body):
        s = body[start:end]
        people = sorted(locate(s, list(names)), key=lambda f: f.start)
        if not people:
            continue
        for board in boards:
            for m in re.finditer(re.escape(board), s):
                owner = match_before(s, m.start(), orgs)
                if owner is None:
                    continue
                at = m.start() - len(owner)
                closed = m.end() >= len(s) or s[m.end()] in _CLAUSE_END
                joined = _joiners_before(s, at, verbs, people) if closed else []
                listed = _listed_after(s, m.end(), listing, people)
                for person in joined + listed:
                    claim = (names[person], "director", canon[owner])
                    if claim in held:
                        continue
                    held.add(claim)
                    found.roles.append(
                        RoleClaim(
                            names[person],
                            "director",
                            _SEAT,
                            canon[owner],
                            evidence_at(article, start + at),
                        )
                    )


def _joiners_before(s: str, at: int, verbs: tuple[str, ...], people) -> list[str]:
    """The names right before "<verb><owner>董事会": joined by 、/和/与/及, past 一起 and the like."""
    verb = match_before(s, at, verbs)
    if verb is None:
        return []
    pos = at - len(verb)
    pos -= len(match_before(s, pos, _TOGETHER) or "")
    out: list[str] = []
    ends = {p.end: p for p in people}
    first = pos
    while (hit := ends.get(pos)) is not None:
        out.insert(0, hit.text)
        first = hit.start
        if hit.start == 0 or s[hit.start - 1] not in _JOINERS:
            break
        pos = hit.start - 1
    if out and any(s.endswith(w, 0, first) for w in _NOT_YET):
        return []  # "提名A进入X董事会": a nominee, not a director yet
    return out


def _listed_after(s: str, pos: int, words: tuple[str, ...], people) -> list[str]:
    """The names listed right after "董事会成员包括" and the like, joined by 、/和/与/及."""
    lead = next((w for w in words if s.startswith(w, pos)), None)
    if lead is None:
        return []
    pos += len(lead)
    pos += 1 if s[pos : pos + 1] in "：:" else 0
    out: list[str] = []
    starts = {p.start: p for p in people}
    while (hit := starts.get(pos)) is not None:
        out.append(hit.text)
        if s[hit.end : hit.end + 1] not in _JOINERS:
            break
        pos = hit.end + 1
    return out
