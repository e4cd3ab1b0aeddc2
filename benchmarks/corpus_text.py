"""Shared machinery of the article templates: dates, names, titles, filler.

A :class:`Writer` holds the random source, the world and the :class:`Gold`
of the article being written; its helpers print a person or a title phrase
and record, in the same call, what the phrase states.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus_gold import Gold
from benchmarks.corpus_world import Org, Person, World

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def join_en(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class Writer:
    """Writes one article and its gold together."""

    def __init__(self, rng: random.Random, world: World, gold: Gold):
        self.rng, self.world, self.gold = rng, world, gold
        self.words = world.words
        self.printed: dict[Person, str] = {}

    # names ------------------------------------------------------------
    def name(self, person: Person) -> str:
        """The person's name as this article prints it (recorded in the gold)."""
        if person not in self.printed:
            printed = None
            if self.gold.language == "en":
                printed = person.shouted if self.rng.random() < 0.05 else person.pinyin
            self.printed[person] = self.gold.person(person, printed)
        return self.printed[person]

    def org(self, org: Org, form: str = "short") -> str:
        """The organisation's name in `form` (full | short | abbr), recorded in the gold."""
        zh = self.gold.language == "zh"
        name = {
            "full": org.zh if zh else org.en,
            "short": org.zh_short if zh else org.en_short,
            "abbr": org.abbr or org.en_short,
        }[form]
        return self.gold.org(org, name)

    # titles -----------------------------------------------------------
    def titles(self, roles, lang: str | None = None) -> list[str]:
        table = self.words["zh_titles" if (lang or self.gold.language) == "zh" else "en_titles"]
        return [self.rng.choice(table[r]) for r in roles]

    def after(self, person: Person, org: Org, roles, org_name: str | None = None) -> str:
        """'Name, t1 and t2 of Org' (or '... of the company'), roles recorded."""
        titles = join_en(self.titles(roles))
        text = f"{self.name(person)}, {titles} of {org_name or 'the company'}"
        self.claim(person, org, roles, text)
        return text

    def before(self, person: Person, org: Org, roles, org_name: str = "") -> str:
        """'Org Chairman & Party Secretary Name', roles recorded."""
        titles = [t[0].upper() + t[1:] for t in self.titles(roles)]
        joiner = self.rng.choice((" & ", " and "))
        text = f"{org_name} {joiner.join(titles)} {self.name(person)}".strip()
        self.claim(person, org, roles, text)
        return text

    def zh_title(self, person: Person, org: Org, roles, org_name: str) -> str:
        """'某公司党委书记、董事长某某', roles recorded."""
        text = f"{org_name}{'、'.join(self.titles(roles))}{self.name(person)}"
        self.claim(person, org, roles, text)
        return text

    def claim(self, person: Person, org: Org, roles, text: str) -> None:
        self.name(person)
        for notation in roles:
            self.gold.role(person, notation, org, text)

    # dates ------------------------------------------------------------
    def en_day(self, day: date) -> str:
        month = MONTHS[day.month - 1]
        return self.rng.choice(
            (
                f"{day.month} month{day.day} day",
                f"On {month} {day.day}",
                f"On {month} {ordinal(day.day)}",
                f"On the morning of {month} {day.day}",
                f"On the afternoon of {month} {day.day}",
            )
        )

    def en_span(self, start: date, end: date) -> str:
        if start.month == end.month:
            return f"from {MONTHS[start.month - 1]} {start.day} to {end.day}"
        return f"from {MONTHS[start.month - 1]} {start.day} to {MONTHS[end.month - 1]} {end.day}"

    @staticmethod
    def zh_day(day: date) -> str:
        return f"{day.month}月{day.day}日"

    @staticmethod
    def zh_span(start: date, end: date) -> str:
        tail = f"{end.day}日" if start.month == end.month else f"{end.month}月{end.day}日"
        return f"{start.month}月{start.day}日至{tail}"

    # filler -----------------------------------------------------------
    def filler(self, key: str, year: int, count: int) -> list[str]:
        """Paragraphs of `count` distinct sentences from the word list `key`, numbers filled in."""
        pool = self.words[key]
        picked = [
            s.format(year=year, pct=self.rng.randint(2, 30))
            for s in self.rng.sample(pool, min(count, len(pool)))
        ]
        paras: list[str] = []
        sep = "" if self.gold.language == "zh" else " "
        while picked:
            size = 1 if len(picked[0]) < 40 else self.rng.randint(1, 3)
            chunk = [picked.pop(0)]
            while picked and len(chunk) < size and len(picked[0]) >= 40:
                chunk.append(picked.pop(0))
            paras.append(sep.join(chunk))
        return paras

    def said(self, person: Person, key: str, year: int) -> str:
        """'Name pointed out that ...' (a mention, no new fact)."""
        sep = "" if self.gold.language == "zh" else " "
        return f"{self.name(person)}{sep}{self.rng.choice(self.words[key]).format(year=year)}"
