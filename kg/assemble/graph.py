"""Turning merged nodes into RDF, in the terms of the graph model (README, "The graph").

Every IRI comes from :func:`kg.model.ids.make_iri`; every literal is an rdflib
term, so the serialisers do all escaping.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Generic, Protocol, TypeVar, cast, overload

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.assemble.merge import EventNode, MembershipNode, Merged, OrgNode, PersonNode
from kg.assemble.resolve import is_han
from kg.model import Article, Evidence
from kg.model.ids import make_iri
from kg.vocab import Vocab, fold
from kg.vocab import namespaces as ns

PREFIXES = {
    "schema": ns.SDO,
    "org": ns.ORG,
    "skos": ns.SKOS,
    "prov": ns.PROV,
    "oa": ns.OA,
    "kgv": ns.KGV._NS,
    "xsd": ns.XSD,
    "rdfs": ns.RDFS,
}


class _Terms:
    """A namespace's terms, each made once: rdflib makes a new URIRef on every attribute access,
    and the writer asks for the same few terms millions of times."""

    def __init__(self, namespace: object):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


KGV, OA, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD = map(
    _Terms, (ns.KGV, ns.OA, ns.ORG, ns.PROV, ns.RDF, ns.RDFS, ns.SDO, ns.SKOS, ns.XSD)
)


def article_iri(ident: str) -> URIRef:
    return make_iri("article", ident)


def person_iri(key: str) -> URIRef:
    return make_iri("person", key)


def org_iri(key: str) -> URIRef:
    return make_iri("org", key)


def role_iri(notation: str, title_key: str = "") -> URIRef:
    return make_iri("role", notation, title_key) if title_key else make_iri("role", notation)


def event_iri(node: EventNode) -> URIRef:
    return make_iri("event", node.article, node.claim.key)


def evidence_iri(ev: Evidence) -> URIRef:
    return make_iri("evidence", ev.article, str(ev.start), str(ev.end))


@lru_cache(maxsize=1 << 14)
def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


@lru_cache(maxsize=1 << 16)
def int_literal(value: int) -> Literal:
    return Literal(value)


class TripleSink(Protocol):
    """What a GraphWriter adds its triples to: an rdflib Graph, or the lighter TripleSet."""

    def bind(self, prefix: str, namespace: object) -> None: ...

    def add(self, triple: tuple[Node, Node, Node]) -> object: ...


Sink = TypeVar("Sink", bound=TripleSink)


class GraphWriter(Generic[Sink]):
    """Adds the nodes of a :class:`Merged` to an rdflib Graph (or a TripleSet, if given one)."""

    @overload
    def __init__(self: GraphWriter[Graph], vocab: Vocab, graph: None = None) -> None: ...
    @overload
    def __init__(self, vocab: Vocab, graph: Sink) -> None: ...
    def __init__(self, vocab: Vocab, graph: Sink | None = None) -> None:
        self.vocab = vocab
        # Without a graph the writer is a GraphWriter[Graph] (first overload), so Sink is Graph.
        self.g: Sink = graph if graph is not None else cast(Sink, Graph())
        for prefix, namespace in PREFIXES.items():
            self.g.bind(prefix, namespace)

    def write(self, merged: Merged) -> Sink:
        for ident, article in sorted(merged.articles.items()):
            for copy in [ident, *merged.copies.get(ident, [])]:
                self.article(article, copy, merged.mentions.get(ident, set()))
        for person in merged.persons.values():
            self.person(person)
        self.orgs(merged)
        for membership in merged.memberships.values():
            self.membership(membership, merged)
        self.role_concepts(used_roles(merged))
        for event in merged.events:
            self.event(event, merged)
        return self.g

    def role_concepts(self, used: set[tuple[str, str, str]]) -> None:
        """The role concepts `used` ((notation, title key, title) of memberships) and their scheme."""
        for notation, title_key, title in sorted(used):
            self.role(notation, title_key, title)
        if used:
            self.g.add((KGV.roleScheme, RDF.type, SKOS.ConceptScheme))
            self.g.add((KGV.roleScheme, SKOS.prefLabel, Literal("Roles", lang="en")))

    def article(self, article: Article, ident: str, mentions: Iterable[tuple[str, str]]) -> None:
        a = article_iri(ident)
        add = self.g.add
        add((a, RDF.type, SDO.NewsArticle))
        add((a, SDO.identifier, Literal(ident)))
        add((a, SDO.inLanguage, Literal(article.language)))
        add((a, SDO.headline, Literal(article.headline)))
        if article.published:
            add((a, SDO.datePublished, date_literal(article.published)))
        if article.sha256:
            add((a, SDO.sha256, Literal(article.sha256)))
        if article.url:  # as the input gives it: a typed literal, whatever characters it holds
            add((a, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
        iri_of = {"person": person_iri, "org": org_iri}
        for kind, key in mentions:
            if kind == "event":
                source, event_key = key.split("|", 1)
                add((a, SDO.mentions, make_iri("event", source, event_key)))
            else:
                add((a, SDO.mentions, iri_of[kind](key)))

    def person(self, node: PersonNode) -> None:
        p = person_iri(node.key)
        self.g.add((p, RDF.type, SDO.Person))
        for name in node.printed:
            self.g.add((p, SDO.name, Literal(name)))
        for name in node.native:
            self.g.add((p, SDO.name, Literal(name, lang="zh")))
        for name in node.pinyin:
            self.g.add((p, SDO.name, Literal(name, lang="zh-Latn-pinyin")))
        for key in sorted({fold(n) for n in (*node.printed, *node.native, *node.pinyin)} - {""}):
            self.g.add((p, KGV.nameKey, Literal(key)))
        self.g.add((p, RDFS.label, Literal(display_name(node))))

    def orgs(self, merged: Merged) -> None:
        """Every merged organisation (the merger adds the alias table's parents, so no edge dangles)."""
        for node in merged.orgs.values():
            self.org(node)

    def org(self, node: OrgNode) -> None:
        """Write one organisation, with its links to its parents."""
        o = org_iri(node.key)
        entry = self.vocab.orgs.get(node.key)
        label = entry.label if entry else org_label(node)
        self.g.add((o, RDF.type, ORG.Organization))
        self.g.add((o, SKOS.prefLabel, Literal(label)))
        names = (
            set(node.names)
            | node.aliases
            | {(n, "zh" if is_han(n) else "") for n in (entry.names if entry else ())}
        )
        for name, lang in names:
            if name != label:
                self.g.add((o, SKOS.altLabel, Literal(name, lang=lang or None)))
        for key in sorted({fold(n) for n in (label, *(n for n, _ in names))} - {""}):
            self.g.add((o, KGV.nameKey, Literal(key)))
        parents = set(node.parents) | ({entry.parent} if entry and entry.parent else set())
        for parent in sorted(parents - {node.key}):
            self.g.add((o, ORG.subOrganizationOf, org_iri(parent)))

    def role(self, notation: str, title_key: str, title: str) -> None:
        r = role_iri(notation, title_key)
        role = self.vocab.role(notation)
        self.g.add((r, RDF.type, ORG.Role))
        self.g.add((r, RDF.type, SKOS.Concept))
        self.g.add((r, SKOS.notation, Literal(notation)))
        self.g.add((r, SKOS.inScheme, KGV.roleScheme))
        if title_key:
            self.g.add((r, SKOS.prefLabel, Literal(title)))
            return
        self.g.add((r, SKOS.prefLabel, Literal(role.en, lang="en")))
        if role.zh:
            self.g.add((r, SKOS.prefLabel, Literal(role.zh[0], lang="zh")))

    def membership(self, node: MembershipNode, merged: Merged) -> None:
        m = make_iri("membership", node.person, node.org, node.role, node.title_key)
        p, o = person_iri(node.person), org_iri(node.org)
        add = self.g.add
        add((m, RDF.type, ORG.Membership))
        add((m, ORG.member, p))
        add((m, ORG.organization, o))
        add((m, ORG.role, role_iri(node.role, node.title_key)))
        add((m, KGV.status, Literal(node.status)))
        for title in node.titles:
            add((m, KGV.title, Literal(title)))
        for ident in node.articles:
            for copy in [ident, *merged.copies.get(ident, [])]:
                add((m, PROV.wasDerivedFrom, article_iri(copy)))
        for term, day in seen_dates(node).items():
            add((m, term, date_literal(day)))
        for ev in node.evidence:
            add((m, KGV.evidence, self.evidence(ev)))
        if node.status == "current":
            add((p, ORG.memberOf, o))
            if self.vocab.role(node.role).head_of:
                add((p, ORG.headOf, o))

    def event(self, node: EventNode, merged: Merged) -> None:
        e, claim = event_iri(node), node.claim
        add = self.g.add
        add((e, RDF.type, SDO.Event))
        add((e, SDO.name, Literal(claim.name)))
        add((e, SDO.additionalType, Literal(claim.kind)))
        add((e, SDO.startDate, date_literal(claim.start)))
        if claim.end:
            add((e, SDO.endDate, date_literal(claim.end)))
        if claim.location:
            add((e, SDO.location, Literal(claim.location)))
        if node.organizer:
            add((e, SDO.organizer, org_iri(node.organizer)))
        for copy in [node.article, *merged.copies.get(node.article, [])]:
            add((e, PROV.wasDerivedFrom, article_iri(copy)))
        add((e, KGV.evidence, self.evidence(claim.evidence)))
        for person, part, ev in node.participants:
            p = person_iri(person)
            add((e, SDO.attendee, p))
            q = make_iri("participation", node.article, node.claim.key, person, part)
            add((q, RDF.type, KGV.Participation))
            add((q, KGV.event, e))
            add((q, KGV.participant, p))
            add((q, KGV.part, Literal(part)))
            add((q, KGV.evidence, self.evidence(ev)))

    def evidence(self, ev: Evidence) -> URIRef:
        node = evidence_iri(ev)
        quote = make_iri("selector", ev.article, str(ev.start), str(ev.end), "quote")
        position = make_iri("selector", ev.article, str(ev.start), str(ev.end), "position")
        add = self.g.add
        add((node, RDF.type, OA.SpecificResource))
        add((node, RDF.type, PROV.Entity))
        add((node, OA.hasSource, article_iri(ev.article)))
        add((node, OA.hasSelector, quote))
        add((node, OA.hasSelector, position))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, Literal(ev.quote)))
        add((position, RDF.type, OA.TextPositionSelector))
        add((position, OA.start, int_literal(ev.start)))
        add((position, OA.end, int_literal(ev.end)))
        return node


def used_roles(merged: Merged) -> set[tuple[str, str, str]]:
    """(notation, title key, most used title) of the role of each membership."""
    return {
        (node.role, node.title_key, node.titles.most_common(1)[0][0])
        for node in merged.memberships.values()
    }


def seen_dates(node: MembershipNode) -> dict[URIRef, date]:
    """The dated terms of a membership: when it was stated as held, and when first called former.

    kgv:firstSeen / kgv:lastSeen are the earliest / latest dates of articles
    that state the role as held (so "held on D" is firstSeen <= D <= lastSeen);
    a role an article calls former ("former chairman", "原董事长") was not held
    on that article's date, so such dates never widen the span. kgv:endedBefore
    is the earliest former-statement date not before lastSeen (the role had
    ended by then); it is written only when the membership's status is former.
    """
    held = sorted(d for d, status in node.statements if d and status != "former")
    former = sorted(d for d, status in node.statements if d and status == "former")
    terms = {KGV.firstSeen: held[0], KGV.lastSeen: held[-1]} if held else {}
    ended = [d for d in former if not held or d >= held[-1]]
    if ended and node.status == "former":
        terms[KGV.endedBefore] = ended[0]
    return terms


def display_name(node: PersonNode) -> str:
    """The Latin name to show: a pinyin reading of the Han name, else the most used printed form."""
    if node.pinyin:
        return sorted(node.pinyin)[0]
    ranked = sorted(
        node.printed.items(),
        key=lambda kv: (-kv[1], any(w.isupper() and len(w) > 1 for w in kv[0].split()), kv[0]),
    )
    return ranked[0][0] if ranked else node.key


def org_label(node: OrgNode) -> str:
    """The most used full name (Latin first, then longest), ties broken alphabetically."""
    ranked = sorted(
        node.names.items(), key=lambda kv: (kv[0][1] == "zh", -kv[1], -len(kv[0][0]), kv[0][0])
    )
    if ranked:
        return ranked[0][0][0]
    return sorted(node.aliases)[0][0] if node.aliases else node.key


def build_rdf(merged: Merged, vocab: Vocab) -> Graph:
    """The RDF graph of merged nodes."""
    return GraphWriter(vocab).write(merged)
