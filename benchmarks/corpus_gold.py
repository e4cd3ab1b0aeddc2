"""The gold annotation of one generated article, in the format of shared/eval/README.md.

Templates write text and, at the same time, tell a :class:`Gold` what the text
states: who is named, under which names organisations appear, who holds which
role where, and which dated events took place with whom.
"""

from __future__ import annotations

from datetime import date

from benchmarks.corpus_world import Org, Person


class NameClash(Exception):
    """Two namesakes in one article: the text could not tell them apart (the article is redrawn)."""


class Gold:
    """Facts stated by one article, collected while it is written. With `ids`, each person
    carries the world's `id` for them (a world with namesakes)."""

    def __init__(self, ident: str, language: str, published: date, ids: bool = False):
        self.ident, self.language, self.published = ident, language, published
        self.ids = ids
        self.persons: dict[str, dict] = {}
        self.org_names: dict[str, list[str]] = {}
        self.roles: list[dict] = []
        self.events: list[dict] = []

    def person(self, person: Person, printed: str | None = None, optional: bool = False) -> str:
        """Record a person named in the text; returns the name as printed."""
        han = self.language == "zh" and printed is None
        name = printed or (person.han if han else person.pinyin)
        gold_name = person.pinyin if han else name
        clash = next(
            (
                e
                for e in self.persons.values()
                if self.ids
                and e.get("id") != f"p{person.ident}"
                and (
                    e["name"].casefold() == gold_name.casefold()
                    or e["name"].casefold() == person.pinyin.casefold()
                    or (e["native"] is not None and e["native"] == person.han)
                )
            ),
            None,
        )
        if clash is not None:
            raise NameClash(gold_name)
        fresh = {"name": gold_name, "native": person.han if han else None, "optional": optional}
        if self.ids:
            fresh["id"] = f"p{person.ident}"
        entry = self.persons.setdefault(gold_name, fresh)
        entry["optional"] = entry["optional"] and optional
        return name

    def org(self, org: Org, name: str) -> str:
        """Record that `org` is named `name` in the text; returns the name."""
        names = self.org_names.setdefault(org.key, [])
        if name not in names:
            names.append(name)
        return name

    def role(
        self, person: Person, notation: str, org: Org, text: str, optional: bool = False
    ) -> None:
        name = self.name_of(person)
        self.roles.append(
            {"person": name, "role": notation, "org": org.key, "text": text, "optional": optional}
        )

    def name_of(self, person: Person) -> str:
        for entry in self.persons.values():
            if self.ids and entry.get("id") != f"p{person.ident}":
                continue
            if (
                entry["native"] == person.han
                or entry["name"].casefold() == person.pinyin.casefold()
            ):
                return entry["name"]
        raise KeyError(person.pinyin)

    def event(
        self,
        kind: str,
        name: str,
        start: date,
        parts: dict[Person, str],
        *,
        end: date | None = None,
        location: str | None = None,
        organizer: Org | None = None,
        optional_attendees=(),
    ) -> None:
        """Record a dated event; `parts` maps each attendee to how they took part."""
        self.events.append(
            {
                "type": kind,
                "name": name,
                "start": start.isoformat(),
                "end": end.isoformat() if end else None,
                "location": location,
                "organizer": organizer.key if organizer else None,
                "attendees": [self.name_of(p) for p in parts],
                "optional_attendees": [self.name_of(p) for p in optional_attendees],
                "parts": {self.name_of(p): part for p, part in parts.items()},
                "optional": False,
            }
        )

    def as_json(self) -> dict:
        return {
            "article": self.ident,
            "language": self.language,
            "published": self.published.isoformat(),
            "persons": list(self.persons.values()),
            "organizations": [{"key": k, "names": v} for k, v in self.org_names.items()],
            "roles": self.roles,
            "events": self.events,
        }
