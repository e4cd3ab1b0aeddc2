"""Read a built graph into the plain view model the HTML page draws.

The page shows people, organisations and events as nodes; roles held,
attendance, organising and "part of" as edges; and, in its side panel, the
memberships, participations, source articles and evidence sentences behind
them. This module turns the RDF graph (the shape `kg.assemble` writes) into
lists and dicts of plain values, indexed by small integers, ready for JSON.
It reads only; it decides nothing about layout or HTML.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.export.oxterms import GraphLike
from kg.vocab.namespaces import KGV, OA, ORG, PROV, RDF, RDFS, SDO, SKOS

KINDS = (("person", SDO.Person), ("organisation", ORG.Organization), ("event", SDO.Event))


@dataclass
class View:
    """The whole page model: nodes, edges and the panel details, all index-based."""

    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    articles: list[list] = field(default_factory=list)
    evidence: list[list] = field(default_factory=list)
    memberships: list[dict] = field(default_factory=list)
    participations: list[dict] = field(default_factory=list)


def read_view(graph: GraphLike) -> View:
    """Build the view model of `graph`: every person, organisation and event, and how they relate."""
    reader = _Reader(graph)
    reader.read_nodes()
    reader.read_memberships()
    reader.read_events()
    reader.read_parents()
    reader.finish()
    return reader.view


def _text(value: Node | None) -> str:
    return str(value) if value is not None else ""


def _sorted_literals(values) -> list[Literal]:
    return sorted(
        (v for v in values if isinstance(v, Literal)), key=lambda v: (v.language or "", str(v))
    )


def _years(first: str, last: str) -> list[int]:
    """The years from date `first` to date `last` (ISO strings), [] when unknown."""
    if not first[:4].isdigit():
        return []
    end = last if last[:4].isdigit() else first
    return list(range(int(first[:4]), max(int(first[:4]), int(end[:4])) + 1))


class _Reader:
    """Walks the graph once per part of the view, keeping the integer indexes consistent."""

    def __init__(self, graph: GraphLike) -> None:
        self.g = graph
        self.view = View()
        self.index: dict[Node, int] = {}
        self.article_index: dict[Node, int] = {}
        self.evidence_index: dict[Node, int] = {}
        self.edges: dict[tuple[int, int, str], dict] = {}

    # -- nodes -------------------------------------------------------------
    def read_nodes(self) -> None:
        found = [
            (str(iri), kind)
            for kind, cls in KINDS
            for iri in set(self.g.subjects(RDF.type, cls))
            if isinstance(iri, URIRef)
        ]
        for iri, kind in sorted(set(found)):
            if URIRef(iri) in self.index:
                continue
            self.index[URIRef(iri)] = len(self.view.nodes)
            self.view.nodes.append(self._node(URIRef(iri), kind))

    def _node(self, iri: URIRef, kind: str) -> dict:
        names = self._names(iri, kind)
        label = _text(self.g.value(iri, RDFS.label)) or (
            names[0] if names else iri.rsplit("/", 1)[-1]
        )
        sources = sorted(
            {self._cite(a) for a in self.g.subjects(SDO.mentions, iri)}
            | {self._cite(a) for a in self.g.objects(iri, PROV.wasDerivedFrom)},
            key=str,
        )
        node = {
            "id": str(iri),
            "kind": kind,
            "label": label,
            "names": sorted(dict.fromkeys([label, *names])),
            "articles": sources,
            "years": sorted({y for a in sources for y in self._article_years(a)}),
        }
        if kind == "event":
            node.update(self._event_facts(iri))
        return node

    def _names(self, iri: URIRef, kind: str) -> list[str]:
        if kind == "organisation":
            preferred = _sorted_literals(self.g.objects(iri, SKOS.prefLabel))
            values = preferred + _sorted_literals(self.g.objects(iri, SKOS.altLabel))
        else:
            values = _sorted_literals(self.g.objects(iri, SDO.name))
        return list(dict.fromkeys(str(v) for v in values))

    def _event_facts(self, iri: URIRef) -> dict:
        start, end = _text(self.g.value(iri, SDO.startDate)), _text(self.g.value(iri, SDO.endDate))
        facts = {
            "type": _text(self.g.value(iri, SDO.additionalType)),
            "start": start,
            "end": end,
            "location": _text(self.g.value(iri, SDO.location)),
            "evidence": self._evidence_of(iri),
        }
        return {key: value for key, value in facts.items() if value}

    # -- articles and evidence ------------------------------------------------
    def _cite(self, iri: Node) -> Node:
        """Note that article `iri` is cited; it is numbered in finish(), in IRI order."""
        self.article_index.setdefault(iri, -1)
        return iri

    def _article_years(self, iri: Node) -> list[int]:
        day = _text(self.g.value(iri, SDO.datePublished))
        return _years(day, day)

    def _evidence_of(self, holder: Node) -> list:
        return sorted(set(self.g.objects(holder, KGV.evidence)), key=str)

    # -- relations ------------------------------------------------------------
    def read_memberships(self) -> None:
        for m in sorted(set(self.g.subjects(RDF.type, ORG.Membership)), key=str):
            person, org = self.g.value(m, ORG.member), self.g.value(m, ORG.organization)
            if person not in self.index or org not in self.index:
                continue
            role = self.g.value(m, ORG.role)
            first, last = (
                _text(self.g.value(m, KGV.firstSeen)),
                _text(self.g.value(m, KGV.lastSeen)),
            )
            entry: dict[str, Any] = {
                "person": self.index[person],
                "org": self.index[org],
                "role": self._role_label(role),
                "title": _text(self.g.value(m, KGV.title)),
                "status": _text(self.g.value(m, KGV.status)),
                "first": first,
                "last": last,
                "ended": _text(self.g.value(m, KGV.endedBefore)),
                "articles": sorted(
                    {self._cite(a) for a in self.g.objects(m, PROV.wasDerivedFrom)}, key=str
                ),
                "evidence": self._evidence_of(m),
            }
            self.view.memberships.append(entry)
            self._edge(
                entry["person"],
                entry["org"],
                "role",
                entry["role"],
                _years(first, last),
                former=entry["status"] == "former",
            )

    def _role_label(self, role: Node | None) -> str:
        labels = _sorted_literals(self.g.objects(role, SKOS.prefLabel)) if role is not None else []
        english = [v for v in labels if (v.language or "en").startswith("en")]
        chosen = english or labels
        return (
            str(chosen[0]) if chosen else _text(self.g.value(role, SKOS.notation)) if role else ""
        )

    def read_events(self) -> None:
        parts = self._parts()
        for event in sorted(set(self.g.subjects(RDF.type, SDO.Event)), key=str):
            if event not in self.index:
                continue
            e = self.index[event]
            years = _years(
                _text(self.g.value(event, SDO.startDate)), _text(self.g.value(event, SDO.endDate))
            )
            for org in sorted(set(self.g.objects(event, SDO.organizer)), key=str):
                if org in self.index:
                    self._edge(self.index[org], e, "organised", "organised", years)
            for person in sorted(set(self.g.objects(event, SDO.attendee)), key=str):
                if person in self.index:
                    p = self.index[person]
                    part = parts.get((person, event), {})
                    label = part.get("part") or "attendee"
                    self.view.participations.append(
                        {
                            "person": p,
                            "event": e,
                            "part": label,
                            "evidence": part.get("evidence", []),
                        }
                    )
                    self._edge(p, e, "attended", label, years)

    def _parts(self) -> dict[tuple[Node | None, Node | None], dict]:
        parts: dict[tuple[Node | None, Node | None], dict] = {}
        for q in self.g.subjects(RDF.type, KGV.Participation):
            key = (self.g.value(q, KGV.participant), self.g.value(q, KGV.event))
            entry = parts.setdefault(key, {"part": "", "evidence": []})
            entry["part"] = min(
                filter(None, [entry["part"], _text(self.g.value(q, KGV.part))]), default=""
            )
            entry["evidence"] = sorted(set(entry["evidence"]) | set(self._evidence_of(q)), key=str)
        return parts

    def read_parents(self) -> None:
        for child, parent in sorted(self.g.subject_objects(ORG.subOrganizationOf), key=str):
            if child in self.index and parent in self.index:
                self._edge(self.index[child], self.index[parent], "partOf", "part of", [])

    def _edge(
        self, a: int, b: int, relation: str, label: str, years: list[int], former: bool = False
    ) -> None:
        edge = self.edges.setdefault(
            (a, b, relation),
            {
                "from": a,
                "to": b,
                "relation": relation,
                "labels": [],
                "years": set(),
                "former": True,
            },
        )
        if label and label not in edge["labels"]:
            edge["labels"].append(label)
        edge["years"].update(years)
        edge["former"] = edge["former"] and former

    # -- numbering ------------------------------------------------------------
    def finish(self) -> None:
        """Number articles and evidence, replace IRIs by indexes, attach degrees and years."""
        self._number_articles()
        self._number_evidence()
        self._finish_edges()

    def _number_articles(self) -> None:
        for iri in sorted(self.article_index, key=str):
            self._add_article(iri)
        for holder in (*self.view.nodes, *self.view.memberships):
            holder["articles"] = sorted(self.article_index[a] for a in holder["articles"])

    def _number_evidence(self) -> None:
        holders = [
            h
            for h in (*self.view.nodes, *self.view.memberships, *self.view.participations)
            if h.get("evidence")
        ]
        every = sorted({ev for h in holders for ev in h["evidence"]}, key=str)
        quotes = [self._quote(ev) for ev in every]
        order = sorted(
            range(len(every)),
            key=lambda i: (quotes[i][0], quotes[i][2], quotes[i][1], str(every[i])),
        )
        for position, i in enumerate(order):
            self.evidence_index[every[i]] = position
            self.view.evidence.append(quotes[i])
        for h in holders:
            h["evidence"] = sorted(self.evidence_index[ev] for ev in h["evidence"])

    def _quote(self, ev: Node) -> list:
        """[article index, quote, start, end] of an evidence node (-1 / "" when absent)."""
        source = self.g.value(ev, OA.hasSource)
        article = self.article_index.get(source, -1) if source is not None else -1
        if source is not None and article == -1:
            article = self._add_article(source)  # cited by evidence only
        quote, start, end = "", -1, -1
        for selector in self.g.objects(ev, OA.hasSelector):
            quote = quote or _text(self.g.value(selector, OA.exact))
            first, last = self.g.value(selector, OA.start), self.g.value(selector, OA.end)
            if isinstance(first, Literal) and isinstance(last, Literal):
                start, end = int(first.toPython()), int(last.toPython())
        return [article, quote, start, end]

    def _add_article(self, iri: Node) -> int:
        """Number article `iri` next and add its [identifier, headline, date, language] row."""
        self.article_index[iri] = len(self.view.articles)
        self.view.articles.append(
            [
                _text(self.g.value(iri, SDO.identifier)) or str(iri),
                _text(self.g.value(iri, SDO.headline)),
                _text(self.g.value(iri, SDO.datePublished)),
                _text(self.g.value(iri, SDO.inLanguage)),
            ]
        )
        return self.article_index[iri]

    def _finish_edges(self) -> None:
        neighbours: dict[int, set[int]] = defaultdict(set)
        for key in sorted(self.edges):
            edge = self.edges[key]
            edge["years"] = sorted(edge["years"])
            self.view.edges.append(edge)
            neighbours[edge["from"]].add(edge["to"])
            neighbours[edge["to"]].add(edge["from"])
            for end in (edge["from"], edge["to"]):
                node = self.view.nodes[end]
                node["years"] = sorted(set(node["years"]) | set(edge["years"]))
        for i, node in enumerate(self.view.nodes):
            node["degree"] = len(neighbours[i])
