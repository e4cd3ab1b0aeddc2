"""One person read under two names in an article: the shorter name folded into the longer."""

from __future__ import annotations

from dataclasses import replace

from kg.model import Extraction


def fold_persons(found: Extraction, folded: dict[str, str]) -> None:
    """Read each person name of `folded` as the name it maps to: its mention is dropped, and its
    roles and parts in events go to the other name (each kept once)."""
    found.persons[:] = [p for p in found.persons if p.name not in folded]
    roles, seen = [], set()
    for role in found.roles:
        role = replace(role, person=folded.get(role.person, role.person))
        key = (role.person, role.role, role.org, role.status)
        if key not in seen:
            seen.add(key)
            roles.append(role)
    found.roles[:] = roles
    found.events[:] = [
        replace(e, participants=_renamed(e.participants, folded)) for e in found.events
    ]


def _renamed(participants, folded: dict[str, str]) -> tuple:
    out, seen = [], set()
    for part in participants:
        part = replace(part, person=folded.get(part.person, part.person))
        if part.person not in seen:
            seen.add(part.person)
            out.append(part)
    return tuple(out)
