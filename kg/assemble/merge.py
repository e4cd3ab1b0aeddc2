"""Merging the extractions of many articles into one set of nodes.

Extractions are folded in one at a time (no pairwise comparison of names:
every mention goes straight to its key), so merging is linear in the number
of mentions. Nothing here knows RDF; :mod:`kg.assemble.graph` turns a
:class:`Merged` into triples.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from kg.assemble.identity import (
    Identities,
    contexts_of,
    no_identities,
    resolve_identities,
)
from kg.assemble.resolve import Resolver, is_han
from kg.model import Article, EventClaim, Evidence, Extraction, RoleClaim
from kg.vocab import Vocab, fold


@dataclass
class PersonNode:
    key: str
    printed: Counter[str] = field(default_factory=Counter)  # Latin names as printed
    native: set[str] = field(default_factory=set)  # Han names
    pinyin: set[str] = field(default_factory=set)  # pinyin of the Han names


@dataclass
class OrgNode:
    key: str
    names: Counter[tuple[str, str]] = field(
        default_factory=Counter
    )  # (name, language or "") -> times used
    aliases: set[tuple[str, str]] = field(default_factory=set)  # abbreviations defined in articles
    parents: set[str] = field(
        default_factory=set
    )  # keys of organisations an article says it belongs to


@dataclass
class MembershipNode:
    person: str
    org: str
    role: str  # notation
    title_key: str  # "" for vocabulary roles, the folded title for "other"
    titles: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    dates: set[date] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    statements: list[tuple[date | None, str]] = field(
        default_factory=list
    )  # (article date, status)

    @property
    def status(self) -> str:
        """The status of the latest statement ('former' wins a tie)."""
        if not self.statements:
            return "current"
        latest = max((d for d, _ in self.statements if d), default=None)
        last = [s for d, s in self.statements if d == latest]
        return "former" if "former" in last else "current"


@dataclass
class EventNode:
    article: str
    claim: EventClaim
    organizer: str | None
    participants: list[tuple[str, str, Evidence]]  # (person key, part, evidence)


@dataclass
class Merged:
    articles: dict[str, Article] = field(default_factory=dict)
    copies: dict[str, list[str]] = field(
        default_factory=dict
    )  # article ident -> duplicate file idents
    persons: dict[str, PersonNode] = field(default_factory=dict)
    orgs: dict[str, OrgNode] = field(default_factory=dict)
    memberships: dict[tuple[str, str, str, str], MembershipNode] = field(default_factory=dict)
    events: list[EventNode] = field(default_factory=list)
    mentions: dict[str, set[tuple[str, str]]] = field(
        default_factory=dict
    )  # ident -> {(kind, key)}


def sum_orgs(
    parts: Iterable[dict[str, OrgNode]], keep: Callable[[str], bool] = lambda key: True
) -> dict[str, OrgNode]:
    """The organisation nodes of several merges added up (names counted, aliases and parents joined).

    An article's organisation nodes depend on that article alone, and the
    merger only adds to them, so the nodes of many articles are the sum of
    each article's: what :class:`Merger` gives for those articles together.
    `keep(key)` chooses which nodes to add up.
    """
    total: dict[str, OrgNode] = {}
    for orgs in parts:
        for key, node in orgs.items():
            if keep(key):
                into = total.get(key) or total.setdefault(key, OrgNode(key))
                into.names.update(node.names)
                into.aliases.update(node.aliases)
                into.parents.update(node.parents)
    return total


class Merger:
    """Folds extractions into a :class:`Merged`, one article at a time.

    `identities` (:mod:`kg.assemble.identity`) say which person each mention
    is; without them every person is keyed by their folded name, which is all
    that one article alone can say.
    """

    def __init__(self, vocab: Vocab, identities: Identities | None = None):
        self.vocab = vocab
        self.resolver = Resolver(vocab)
        self.identities = identities if identities is not None else no_identities()
        self.merged = Merged()
        self._article = ""
        self._current: Extraction | None = None
        self._natives: dict[str, str] = {}

    def add(self, extraction: Extraction, copies: tuple[str, ...] = ()) -> None:
        """Merge one article's extraction; `copies` are other files with the same text."""
        article = extraction.article
        self.merged.articles[article.ident] = article
        self.merged.copies[article.ident] = list(copies)
        mentioned = self.merged.mentions.setdefault(article.ident, set())
        self._article = article.ident
        self._current = extraction
        self._natives = {}
        for mention in extraction.persons:
            self._natives.setdefault(mention.name, mention.native or "")
        org_keys = self.resolver.org_keys(extraction)
        for mention in extraction.persons:
            mentioned.add(("person", self._person(mention.name, mention.native)))
        for org in extraction.orgs:
            mentioned.add(("org", self._org(org_keys[org.name], org.name, org.aliases)))
        for org in extraction.orgs:
            if org.parent:
                self._parent(org_keys[org.name], org.parent, org_keys, mentioned)
        for claim in extraction.roles:
            self._membership(claim, article, org_keys, mentioned)
        for event in extraction.events:
            self._event(event, article, org_keys, mentioned)

    def _key(self, name: str) -> str:
        return self.identities.key(self._article, name, self._natives.get(name))

    def _person(self, name: str, native: str | None = None) -> str:
        key = self._key(name)
        node = self.merged.persons.get(key) or self.merged.persons.setdefault(key, PersonNode(key))
        if native:
            node.native.add(native)
            node.pinyin.add(name)
        else:
            node.printed[name] += 1
        return key

    def _org(self, key: str, name: str | None, aliases: Iterable[str] = ()) -> str:
        node = self.merged.orgs.get(key)
        if node is None:
            node = self.merged.orgs[key] = OrgNode(key)
            self._table_parents(key)
        if name:
            node.names[(name, "zh" if is_han(name) else "")] += 1
        node.aliases.update((a, "zh" if is_han(a) else "") for a in aliases)
        return key

    def _table_parents(self, key: str) -> None:
        """The alias table's parents of an organisation are nodes too (so no org:subOrganizationOf dangles)."""
        entry = self.vocab.orgs.get(key)
        if entry and entry.parent and entry.parent not in self.merged.orgs:
            self._org(entry.parent, None)

    def _org_used(self, name: str, org_keys: dict[str, str]) -> str:
        """The key of an organisation a role or event names; a name no mention gave is recorded."""
        key = self.resolver.org_key(name, org_keys, self._current)
        return self._org(key, None if name in org_keys else name)

    def _parent(
        self,
        key: str,
        parent_name: str,
        org_keys: dict[str, str],
        mentioned: set[tuple[str, str]],
    ) -> None:
        parent = self._org_used(parent_name, org_keys)
        mentioned.add(("org", parent))
        if parent != key:
            self.merged.orgs[key].parents.add(parent)

    def _membership(
        self,
        claim: RoleClaim,
        article: Article,
        org_keys: dict[str, str],
        mentioned: set[tuple[str, str]],
    ) -> None:
        person = self._ensure_person(claim.person)
        org = self._org_used(claim.org, org_keys)
        mentioned.update({("person", person), ("org", org)})
        title_key = fold(claim.title) if claim.role == "other" else ""
        ident = (person, org, claim.role, title_key)
        node = self.merged.memberships.get(ident) or self.merged.memberships.setdefault(
            ident, MembershipNode(person, org, claim.role, title_key)
        )
        node.titles[claim.title] += 1
        node.articles.add(article.ident)
        node.evidence.add(claim.evidence)
        node.statements.append((article.published, claim.status))
        if article.published:
            node.dates.add(article.published)

    def _ensure_person(self, name: str) -> str:
        key = self._key(name)
        return key if key in self.merged.persons else self._person(name)

    def _event(
        self,
        event: EventClaim,
        article: Article,
        org_keys: dict[str, str],
        mentioned: set[tuple[str, str]],
    ) -> None:
        organizer = None
        if event.organizer:
            organizer = self._org_used(event.organizer, org_keys)
            mentioned.add(("org", organizer))
        participants = []
        for part in event.participants:
            key = self._ensure_person(part.person)
            mentioned.add(("person", key))
            participants.append((key, part.part, part.evidence))
        self.merged.events.append(EventNode(article.ident, event, organizer, participants))
        mentioned.add(("event", f"{article.ident}|{event.key}"))


def merge_extractions(
    extractions: Iterable[tuple[Extraction, tuple[str, ...]]],
    vocab: Vocab,
    identities: Identities | None = None,
) -> Merged:
    """Merge (extraction, copies) pairs in the order given.

    Who is who is resolved over these extractions unless `identities` are given.
    """
    extractions = list(extractions)
    if identities is None:
        identities = resolve_identities(contexts_of((e for e, _ in extractions), vocab), vocab)
    merger = Merger(vocab, identities)
    for extraction, copies in extractions:
        merger.add(extraction, copies)
    return merger.merged
