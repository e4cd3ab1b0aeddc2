"""Chinese in traditional characters: read as simplified, reported as printed.

The Chinese extractors' titles, surnames, place and organisation words are
simplified. An article printed in traditional characters (Hong Kong, Taiwan,
Macau) is converted character by character, so every offset stays the same,
the pipeline runs on the converted copy, and each name it finds is given back
in the characters the article prints ("中國鋼鐵" stays "中國鋼鐵", with the
simplified form as an alias so the organisation table still knows it).
Pinyin comes from the simplified form.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.hanzi import simplified
from kg.model import (
    Article,
    EventClaim,
    Evidence,
    Extraction,
    OrgMention,
    Participation,
    PersonMention,
    RoleClaim,
)
from kg.pinyin import name_pinyin


@lru_cache(maxsize=1 << 14)
def _char(ch: str) -> str:
    out = simplified(ch)
    return out if len(out) == 1 else ch


def simplified_same_length(text: str) -> str:
    """`text` with each traditional character replaced by its simplified one (same length)."""
    return "".join(_char(ch) if "\u3400" <= ch <= "\u9fff" else ch for ch in text)


def has_traditional(text: str) -> bool:
    return simplified_same_length(text) != text


class _Printed:
    """Maps strings found in the converted body back to the characters the article prints
    (or in the whole text: a credit line the body blanks, "【X報記者Y/Z報導】")."""

    def __init__(self, original: Article, converted: Article):
        self.original = original
        self.converted = converted
        self.cache: dict[str, str] = {}

    def __call__(self, found: str | None) -> str | None:
        if not found:
            return found
        if found not in self.cache:
            printed = found
            for converted, original in (
                (self.converted.body, self.original.body),
                (self.converted.text, self.original.text),
            ):
                at = converted.find(found)
                if at >= 0:
                    printed = original[at : at + len(found)]
                    break
            self.cache[found] = printed
        return self.cache[found]

    def evidence(self, ev: Evidence) -> Evidence:
        return replace(ev, quote=self.original.text[ev.start : ev.end])


def extract_as_simplified(article: Article, run) -> Extraction:
    """`run(article)` on a simplified copy of `article`, names and quotes given back as printed."""
    converted = replace(
        article,
        text=simplified_same_length(article.text),
        body=simplified_same_length(article.body),
        headline=simplified_same_length(article.headline),
    )
    found: Extraction = run(converted)
    printed = _Printed(article, converted)
    ev = printed.evidence

    def org(m: OrgMention) -> OrgMention:
        name = printed(m.name) or m.name
        aliases = tuple(dict.fromkeys([*(printed(a) or a for a in m.aliases), *m.aliases]))
        if name != m.name:
            aliases = (*aliases, m.name)
        return replace(
            m,
            name=name,
            evidence=ev(m.evidence),
            aliases=tuple(a for a in dict.fromkeys(aliases) if a != name),
            native=printed(m.native),
            parent=printed(m.parent),
        )

    # Pinyin read from the characters as printed: the conversion may pick a character that reads
    # otherwise in a name (乾 -> 干 would turn "Qian" into "Gan").
    # A foreign name given with its original ("安東尼奧‧科斯塔(António Costa)") keeps the original.
    pinyin = {
        p.name: name_pinyin(printed(p.native) or p.native)
        for p in found.persons
        if p.native and p.name == name_pinyin(p.native)
    }

    def renamed(name: str) -> str:
        return pinyin.get(name, name)

    def event(e: EventClaim) -> EventClaim:
        return replace(
            e,
            name=printed(e.name) or e.name,
            evidence=ev(e.evidence),
            location=printed(e.location),
            organizer=printed(e.organizer),
            participants=tuple(
                Participation(renamed(p.person), p.part, ev(p.evidence)) for p in e.participants
            ),
        )

    return replace(
        found,
        article=article,
        persons=[
            PersonMention(renamed(p.name), ev(p.evidence), printed(p.native)) for p in found.persons
        ],
        orgs=[org(m) for m in found.orgs],
        roles=[
            RoleClaim(
                renamed(r.person),
                r.role,
                printed(r.title) or r.title,
                printed(r.org) or r.org,
                ev(r.evidence),
                r.status,
            )
            for r in found.roles
        ],
        events=[event(e) for e in found.events],
        main_org=printed(found.main_org),
    )
