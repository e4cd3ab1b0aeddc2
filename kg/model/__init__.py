"""Plain data passed between the stages of `kg`.

An :class:`Article` is read from a file; extractors turn it into mentions and
claims (:class:`PersonMention`, :class:`OrgMention`, :class:`RoleClaim`,
:class:`EventClaim`), each carrying the :class:`Evidence` it was read from.
Extractors never merge entities: the builder resolves names to nodes later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Evidence:
    """Where a claim was read: a span of the article text (0-based, end exclusive, code points)."""

    article: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Article:
    """One input document, decoded.

    `text` is the whole decoded text (evidence offsets point into it); `body` is
    the same text with page furniture (breadcrumbs, footers, bylines) blanked
    out with spaces, so it has the same length and offsets, and is what
    extractors read.
    """

    ident: str
    text: str
    body: str
    language: str
    headline: str
    published: date | None = None
    source: str = ""
    sha256: str = ""
    url: str = ""  # where the article was published, when the input says (a record's `url`)


@dataclass(frozen=True)
class PersonMention:
    """A person named in the article. `name` is Latin script (pinyin for Han names)."""

    name: str
    evidence: Evidence
    native: str | None = None


@dataclass(frozen=True)
class OrgMention:
    """An organisation named in the article, with abbreviations the article defines for it.

    `parent` is set when the article states that this organisation belongs to
    another ("X, a subsidiary of Y", "Y旗下X"): the parent's name as the article
    uses it (any name of an OrgMention of the same article, or a name the
    organisation table knows). `evidence` then covers that statement too. The
    graph records it as `org:subOrganizationOf`.
    """

    name: str
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    native: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class RoleClaim:
    """`person` holds `role` (a notation of the role vocabulary) at `org`.

    `person` and `org` are names as given in a PersonMention / OrgMention of the
    same article. `title` is the title as printed. `status` is "current" or
    "former".
    """

    person: str
    role: str
    title: str
    org: str
    evidence: Evidence
    status: str = "current"


@dataclass(frozen=True)
class Participation:
    """`person` took part in an event; `part` says how (see PARTS)."""

    person: str
    part: str
    evidence: Evidence


PARTS = (
    "attendee",
    "chair",
    "speaker",
    "reporter",
    "host",
    "visitor",
    "met",
    "accompanier",
    "organizer",
)


@dataclass(frozen=True)
class EventClaim:
    """A dated meeting, conference, congress, visit, inspection or talk."""

    key: str
    name: str
    kind: str
    start: date
    evidence: Evidence
    end: date | None = None
    location: str | None = None
    organizer: str | None = None
    participants: tuple[Participation, ...] = ()


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    persons: list[PersonMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    roles: list[RoleClaim] = field(default_factory=list)
    events: list[EventClaim] = field(default_factory=list)
    main_org: str | None = None
    # Keys the page's own text decides for some organisation names (kg.assemble.resolve): "" (the
    # article's own) for a name of the alias table that is here another place's namesake.
    page_keys: tuple[tuple[str, str], ...] = ()

    def summary(self) -> dict[str, int]:
        return {
            "persons": len({p.name for p in self.persons}),
            "organisations": len({o.name for o in self.orgs}),
            "roles": len({(r.person, r.role, r.org) for r in self.roles}),
            "events": len(self.events),
        }
