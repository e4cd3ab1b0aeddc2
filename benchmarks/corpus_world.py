"""The invented world a generated corpus reports on: people, organisations, teams.

Everything is drawn from `corpus_words.yml` with one `random.Random`, so a seed
gives the same world. By default names are unique in Han script and in pinyin, so
that "the same name" in two articles always means the same person. With
`collisions` > 0, that share of new people take the name of someone already in the
world (as common names recur in real news): the very same characters, or other
characters read the same in pinyin. Each person has an `ident`; the gold gives it
as the person's `id`, so the scorer can tell namesakes apart.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).with_name("corpus_words.yml")


@lru_cache(maxsize=1)
def load_words() -> dict:
    """The generator's word lists (never the extractors' vocabularies)."""
    return yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Person:
    """A person with a Han name and its pinyin (family name first)."""

    han: str
    family: str
    given: str
    ident: int = 0  # tells namesakes apart (the gold's person `id`)

    @property
    def pinyin(self) -> str:
        return f"{self.family} {self.given}"

    @property
    def shouted(self) -> str:
        """The family name in capitals, as some translated pages print it."""
        return f"{self.family.upper()} {self.given}"


@dataclass
class Org:
    """An organisation and the names it goes by in each language."""

    key: str
    en: str
    en_short: str
    zh: str
    zh_short: str
    kind: str  # group | listed | subsidiary | city | committee
    abbr: str | None = None
    parent: str | None = None
    city: tuple[str, str] | None = None  # (Han, English)
    province: tuple[str, str] | None = None
    team: list[tuple[Person, tuple[str, ...]]] = field(default_factory=list)
    subs: list[str] = field(default_factory=list)

    def holder(self, notation: str) -> Person | None:
        """The team member holding `notation`, if any."""
        return next((p for p, roles in self.team if notation in roles), None)

    def roles_of(self, person: Person) -> tuple[str, ...]:
        return next((roles for p, roles in self.team if p == person), ())

    def seat(self) -> tuple[str, str]:
        """(Han, English) name of the city the organisation sits in, else of its province."""
        place = self.city or self.province
        if place is None:
            raise ValueError(f"{self.key} has no city and no province")
        return place

    def in_province(self) -> tuple[str, str]:
        """(Han, English) name of the organisation's province (companies and cities have one)."""
        if self.province is None:
            raise ValueError(f"{self.key} has no province")
        return self.province


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


class World:
    """People and organisations of one generated corpus."""

    def __init__(self, rng: random.Random, n_groups: int, collisions: float = 0.0):
        self.rng = rng
        self.words = load_words()
        self.collisions = collisions
        self.people: list[Person] = []
        self.orgs: dict[str, Org] = {}
        self.groups: list[Org] = []
        self.cities: list[Org] = []
        self._names: set[str] = set()
        self._make_groups(n_groups)

    # people -----------------------------------------------------------
    def new_person(self) -> Person:
        """A new person: with probability `collisions` a namesake of someone already in the world,
        else one whose Han name and pinyin are both new to it."""
        if self.collisions and self.people and self.rng.random() < self.collisions:
            model = self.rng.choice(self.people)
            han = model.han if self.rng.random() < 0.5 else self._homophone(model.han)
            person = Person(han, model.family, model.given, len(self.people) + 1)
        else:
            person = self._unique_person()
        self.people.append(person)
        return person

    def _homophone(self, han: str) -> str:
        """Other characters read as `han` in pinyin, where the word lists have some."""
        readings: dict[str, list[str]] = {}
        for table in (self.words["surnames"], self.words["given"]):
            for char, reading in table.items():
                readings.setdefault(reading.casefold(), []).append(char)
        table = {**self.words["given"], **self.words["surnames"]}
        out = []
        for char in han:
            others = [c for c in readings.get(str(table.get(char, "")).casefold(), []) if c != char]
            out.append(self.rng.choice(sorted(others)) if others else char)
        return "".join(out)

    def _unique_person(self) -> Person:
        surnames = list(self.words["surnames"].items())
        given = list(self.words["given"].items())
        while True:
            sur_han, sur_py = self.rng.choice(surnames)
            parts = self.rng.sample(given, self.rng.choice((1, 2, 2, 2)))
            han = sur_han + "".join(h for h, _ in parts)
            py = "".join(p for _, p in parts).capitalize()
            person = Person(han, sur_py, py, len(self.people) + 1)
            if han not in self._names and person.pinyin.casefold() not in self._names:
                self._names.update((han, person.pinyin.casefold()))
                return person

    def family(self, org: Org) -> list[Org]:
        """`org`, its parent and the parent's other subsidiaries (a group and its companies)."""
        top = self.orgs.get(org.parent) if org.parent else None
        if top is None:
            return [org]
        return [org, top, *(self.orgs[k] for k in top.subs if k in self.orgs and k != org.key)]

    def staff(self, org: Org, size: int) -> None:
        """Give `org` a leadership team of `size` people from the team template.

        No two people of one organisation family (a group, its listed company and subsidiaries)
        share a name: a name at two related organisations is one person (decision 008), as it
        nearly always is in real news; namesakes work for unrelated organisations."""
        for roles in self.words["team"][:size]:
            person = self.new_person()
            kin = [p for member in self.family(org) for p, _ in member.team]
            if any(p.pinyin == person.pinyin for p in kin):
                self.people.remove(person)
                person = self._unique_person()
                self.people.append(person)
            org.team.append((person, tuple(roles)))

    # organisations ----------------------------------------------------
    def _add(self, org: Org) -> Org:
        if org.abbr and org.abbr in self._names:
            org.abbr = None  # an abbreviation stands for one organisation only
        self._names.add(org.abbr or "")
        self.orgs[org.key] = org
        return org

    def _make_groups(self, n: int) -> None:
        brands = list(self.words["brands"].items())
        industries = list(self.words["industries"].items())
        combos = [(b, i) for b in brands for i in industries]
        self.rng.shuffle(combos)
        for brand, industry in combos[:n]:
            self._make_group(brand, industry)

    def _make_group(self, brand, industry) -> None:
        (b_zh, b_en), (i_zh, i_ens) = brand, industry
        i_en = self.rng.choice(i_ens)
        place = self.rng.choice(self.words["places"])
        group = self._add(
            Org(
                key=slug(f"{b_en} {i_en} group"),
                en=f"{b_en} {i_en} Group Co., Ltd.",
                en_short=f"{b_en} {i_en} Group",
                zh=f"{b_zh}{i_zh}集团有限公司",
                zh_short=f"{b_zh}{i_zh}集团",
                kind="group",
                abbr=_initials(f"{b_en} {i_en} Group"),
                province=tuple(place["province"]),
            )
        )
        self.staff(group, 10)
        listed = self._add(
            Org(
                key=slug(f"{b_en} {i_en}"),
                en=f"{b_en} {i_en} Co., Ltd.",
                en_short=f"{b_en} {i_en}",
                zh=f"{b_zh}{i_zh}股份有限公司",
                zh_short=f"{b_zh}{i_zh}股份",
                kind="listed",
                abbr=_initials(f"{b_en} {i_en} Company"),
                parent=group.key,
                province=group.province,
            )
        )
        self.staff(listed, 9)
        group.subs.append(listed.key)
        for _ in range(self.rng.randint(2, 3)):
            self._make_subsidiary(group, b_zh, b_en, i_zh, i_en)
        self.groups.append(group)

    def _make_subsidiary(self, group: Org, b_zh, b_en, i_zh, i_en) -> None:
        place = self.rng.choice(self.words["places"])
        city_zh, city_en = self.rng.choice(list(place["cities"].items()))
        key = slug(f"{b_en} {city_en} {i_en}")
        if key in self.orgs:
            return
        sub = self._add(
            Org(
                key=key,
                en=f"{b_en} {city_en} {i_en} Co., Ltd.",
                en_short=f"{b_en} {city_en} {i_en}",
                zh=f"{b_zh}{city_zh}{i_zh}有限公司",
                zh_short=f"{b_zh}{city_zh}{i_zh}",
                kind="subsidiary",
                parent=group.key,
                city=(city_zh, city_en),
                province=tuple(place["province"]),
            )
        )
        self.staff(sub, self.rng.randint(4, 6))
        group.subs.append(sub.key)
        self.city_of(sub)

    def city_of(self, org: Org) -> tuple[Org, Org]:
        """The city government and city Party committee where `org` sits (made on first use)."""
        if org.city is None:
            raise ValueError(f"{org.key} is in no city")
        city_zh, city_en = org.city
        key = slug(city_en)
        if key not in self.orgs:
            city = self._add(
                Org(
                    key=key,
                    en=city_en,
                    en_short=city_en,
                    zh=f"{city_zh}市",
                    zh_short=city_zh,
                    kind="city",
                    city=org.city,
                    province=org.province,
                )
            )
            committee = self._add(
                Org(
                    key=f"{key}-cpc-committee",
                    en=f"{city_en} Municipal CPC Committee",
                    en_short=f"{city_en} Municipal Party Committee",
                    zh=f"中共{city_zh}市委",
                    zh_short=f"{city_zh}市委",
                    kind="committee",
                    city=org.city,
                    parent=key,
                )
            )
            committee.team.append((self.new_person(), ("party-secretary",)))
            city.team.append((self.new_person(), ("mayor",)))
            self.cities.append(city)
        return self.orgs[key], self.orgs[f"{key}-cpc-committee"]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())
