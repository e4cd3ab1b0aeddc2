"""Domain knowledge as data: the role vocabulary and the organisation alias table.

`load_vocab()` reads `roles.yml` and `org_aliases.yml` (beside this module, or
other files a user passes), checks them, and returns a :class:`Vocab`. Bad data
raises :class:`InvalidVocab` naming the file and the problem.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
# LibYAML's loader when PyYAML was built with it: the same data, read ~15x faster (the word
# lists take 0.5 s with the pure-Python loader, in every process that extracts).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ROLES_FILE = HERE / "roles.yml"
ORGS_FILE = HERE / "org_aliases.yml"


class InvalidVocab(ValueError):
    """A vocabulary file is missing, unreadable or inconsistent."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The key a name is compared by: NFKC, case-folded, spaces/hyphens/dots/apostrophes dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\-‐‑–—'’.·•,()（）]", "", text)


@dataclass(frozen=True)
class Role:
    notation: str
    en: str
    zh: tuple[str, ...]
    variants: tuple[str, ...]
    head_of: bool = False


@dataclass(frozen=True)
class OrgEntry:
    key: str
    label: str
    names: tuple[str, ...]
    parent: str | None = None


@dataclass
class Vocab:
    roles: dict[str, Role]
    orgs: dict[str, OrgEntry]
    org_by_name: dict[str, str] = field(default_factory=dict)  # fold(name) -> key

    def role(self, notation: str) -> Role:
        return self.roles[notation]

    def org_key(self, name: str) -> str | None:
        """The canonical key of a known organisation name, else None."""
        return self.org_by_name.get(fold(name))

    # The derived tables below are computed once per Vocab (extractors ask for them per sentence);
    # a Vocab is not changed after load_vocab() builds it.

    def en_role_variants(self) -> tuple[tuple[str, str], ...]:
        """(variant, notation) pairs, longest variant first."""
        return self._derived(
            "en_role_variants",
            lambda: sorted(
                ((v.casefold(), r.notation) for r in self.roles.values() for v in r.variants),
                key=lambda p: (-len(p[0]), p[0]),
            ),
        )

    def zh_role_titles(self) -> tuple[tuple[str, str], ...]:
        """(title, notation) pairs, longest title first."""
        return self._derived(
            "zh_role_titles",
            lambda: sorted(
                ((t, r.notation) for r in self.roles.values() for t in r.zh),
                key=lambda p: (-len(p[0]), p[0]),
            ),
        )

    def org_names(self) -> tuple[tuple[str, str], ...]:
        """(name, key) for every known organisation name, longest first."""
        return self._derived(
            "org_names",
            lambda: sorted(
                {(n, e.key) for e in self.orgs.values() for n in (e.label, *e.names)},
                key=lambda p: (-len(p[0]), p[0]),
            ),
        )

    def _derived(self, name: str, compute) -> tuple:
        return self.derived(name, lambda: tuple(compute()))

    def derived(self, name: str, compute):
        """A value computed from the tables once per Vocab (readers ask per article: the
        organisation table's folded names, its parents)."""
        cache = self.__dict__.setdefault("_derived_tables", {})
        if name not in cache:
            cache[name] = compute()
        return cache[name]


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InvalidVocab(path, f"cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidVocab(path, "expected a mapping at the top level")
    return data


def _load_roles(path: Path) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for i, item in enumerate(_read_yaml(path).get("roles") or []):
        try:
            role = Role(
                item["notation"],
                item["en"],
                tuple(item.get("zh") or ()),
                tuple(item.get("variants") or ()),
                bool(item.get("head_of", False)),
            )
        except (KeyError, TypeError) as exc:
            raise InvalidVocab(path, f"role #{i + 1} lacks {exc}") from exc
        if role.notation in roles:
            raise InvalidVocab(path, f"role {role.notation!r} is listed twice")
        roles[role.notation] = role
    if "other" not in roles:
        raise InvalidVocab(path, "the role 'other' is required")
    return roles


def _load_orgs(path: Path) -> tuple[dict[str, OrgEntry], dict[str, str]]:
    orgs: dict[str, OrgEntry] = {}
    by_name: dict[str, str] = {}
    for key, item in (_read_yaml(path).get("organizations") or {}).items():
        if not isinstance(item, dict) or "label" not in item:
            raise InvalidVocab(path, f"organisation {key!r} needs a label")
        entry = OrgEntry(key, item["label"], tuple(item.get("names") or ()), item.get("parent"))
        for name in (entry.label, *entry.names):
            other = by_name.setdefault(fold(name), key)
            if other != key:
                raise InvalidVocab(path, f"name {name!r} belongs to both {other!r} and {key!r}")
        orgs[key] = entry
    for entry in orgs.values():
        if entry.parent and entry.parent not in orgs:
            raise InvalidVocab(
                path, f"organisation {entry.key!r} has unknown parent {entry.parent!r}"
            )
    return orgs, by_name


@lru_cache(maxsize=8)
def load_vocab(roles_file: Path = ROLES_FILE, orgs_file: Path = ORGS_FILE) -> Vocab:
    """Load and check the vocabularies (cached per file set)."""
    roles = _load_roles(Path(roles_file))
    orgs, by_name = _load_orgs(Path(orgs_file))
    return Vocab(roles, orgs, by_name)


@lru_cache(maxsize=32)
def load_lexicon(name: str) -> dict:
    """The data file `kg/vocab/<name>.yml` (word lists of one language or concern), cached."""
    return _read_yaml(HERE / f"{name}.yml")
