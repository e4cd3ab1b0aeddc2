"""Graphs in the shape `kg build` writes, made in Python for the HTML view's tests and benchmark.

`GraphWriter` adds articles, people, organisations, memberships and events with
their evidence, following the graph shape of the team brief. `sample_graph()`
is a small invented graph; `hostile_graph()` carries names that are HTML and
script; `generated_graph()` is a large random graph of invented names.
All names, companies and dates here are invented.
"""

from __future__ import annotations

import random
from datetime import date

from kg.model.ids import make_iri
from kg.vocab import namespaces
from kg.vocab.namespaces import KGV, OA, ORG, PROV, RDF, RDFS, SDO, SKOS
from rdflib import BNode, Graph, Literal, URIRef

# Only the datatype, as in the test modules: there rdflib's XSD namespace as a module global
# makes pytest's probe for fixtures warn ("_mock_name is not defined in namespace XSD").
XSD_DATE = namespaces.XSD.date


class GraphWriter:
    """Adds nodes in the builder's shape to an rdflib graph."""

    def __init__(self) -> None:
        self.graph = Graph()
        self.graph.bind("schema", SDO)
        self.graph.bind("org", ORG)
        self.graph.bind("kgv", KGV._NS)
        self._texts: dict[URIRef, str] = {}

    def article(self, ident: str, published: str, headline: str, lang: str = "en") -> URIRef:
        iri = make_iri("article", ident)
        g = self.graph
        g.add((iri, RDF.type, SDO.NewsArticle))
        g.add((iri, SDO.identifier, Literal(ident)))
        g.add((iri, SDO.datePublished, Literal(published, datatype=XSD_DATE)))
        g.add((iri, SDO.inLanguage, Literal(lang)))
        g.add((iri, SDO.headline, Literal(headline)))
        self._texts[iri] = headline
        return iri

    def person(self, name: str, han: str | None = None, article: URIRef | None = None) -> URIRef:
        iri = make_iri("person", name)
        g = self.graph
        g.add((iri, RDF.type, SDO.Person))
        g.add((iri, RDFS.label, Literal(name)))
        g.add((iri, SDO.name, Literal(name)))
        if han:
            g.add((iri, SDO.name, Literal(han, lang="zh")))
            g.add((iri, SDO.name, Literal(name, lang="zh-Latn-pinyin")))
        self._mention(article, iri)
        return iri

    def org(
        self,
        name: str,
        *aliases: str,
        zh: str | None = None,
        parent: URIRef | None = None,
        article: URIRef | None = None,
    ) -> URIRef:
        iri = make_iri("org", name)
        g = self.graph
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, SKOS.prefLabel, Literal(name)))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))
        if zh:
            g.add((iri, SKOS.altLabel, Literal(zh, lang="zh")))
        if parent is not None:
            g.add((iri, ORG.subOrganizationOf, parent))
        self._mention(article, iri)
        return iri

    def role(self, notation: str, en: str, zh: str | None = None) -> URIRef:
        iri = make_iri("role", notation)
        g = self.graph
        g.add((iri, RDF.type, ORG.Role))
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.notation, Literal(notation)))
        g.add((iri, SKOS.prefLabel, Literal(en, lang="en")))
        if zh:
            g.add((iri, SKOS.prefLabel, Literal(zh, lang="zh")))
        return iri

    def evidence(self, article: URIRef, quote: str, start: int = 0) -> BNode | URIRef:
        iri = make_iri("evidence", str(article), str(start), quote)
        quote_sel, pos_sel = BNode(), BNode()
        g = self.graph
        g.add((iri, RDF.type, OA.SpecificResource))
        g.add((iri, RDF.type, PROV.Entity))
        g.add((iri, OA.hasSource, article))
        g.add((iri, OA.hasSelector, quote_sel))
        g.add((iri, OA.hasSelector, pos_sel))
        g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
        g.add((quote_sel, OA.exact, Literal(quote)))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(start)))
        g.add((pos_sel, OA.end, Literal(start + len(quote))))
        return iri

    def membership(
        self,
        person: URIRef,
        org: URIRef,
        role: URIRef,
        title: str,
        seen: list[tuple[URIRef, str, str]],
        status: str = "current",
    ) -> URIRef:
        """`seen` lists (article, date, quote) stating it."""
        iri = make_iri("membership", str(person), str(org), str(role))
        g = self.graph
        g.add((iri, RDF.type, ORG.Membership))
        g.add((iri, ORG.member, person))
        g.add((iri, ORG.organization, org))
        g.add((iri, ORG.role, role))
        g.add((iri, KGV.status, Literal(status)))
        g.add((iri, KGV.title, Literal(title)))
        dates = sorted(day for _, day, _ in seen)
        g.add((iri, KGV.firstSeen, Literal(dates[0], datatype=XSD_DATE)))
        g.add((iri, KGV.lastSeen, Literal(dates[-1], datatype=XSD_DATE)))
        for article, _, quote in seen:
            g.add((iri, PROV.wasDerivedFrom, article))
            g.add((iri, KGV.evidence, self.evidence(article, quote)))
        g.add((person, ORG.memberOf, org))
        return iri

    def event(
        self,
        name: str,
        kind: str,
        start: str | None,
        article: URIRef,
        quote: str,
        organizer: URIRef | None = None,
        end: str | None = None,
        location: str | None = None,
    ) -> URIRef:
        iri = make_iri("event", name, str(start))
        g = self.graph
        g.add((iri, RDF.type, SDO.Event))
        g.add((iri, SDO.name, Literal(name)))
        g.add((iri, SDO.additionalType, Literal(kind)))
        if start:
            g.add((iri, SDO.startDate, Literal(start, datatype=XSD_DATE)))
        if end:
            g.add((iri, SDO.endDate, Literal(end, datatype=XSD_DATE)))
        if location:
            g.add((iri, SDO.location, Literal(location)))
        if organizer is not None:
            g.add((iri, SDO.organizer, organizer))
        g.add((iri, PROV.wasDerivedFrom, article))
        g.add((iri, KGV.evidence, self.evidence(article, quote)))
        self._mention(article, iri)
        return iri

    def attend(self, person: URIRef, event: URIRef, part: str, article: URIRef, quote: str) -> None:
        iri = make_iri("participation", str(person), str(event))
        g = self.graph
        g.add((event, SDO.attendee, person))
        g.add((iri, RDF.type, KGV.Participation))
        g.add((iri, KGV.participant, person))
        g.add((iri, KGV.event, event))
        g.add((iri, KGV.part, Literal(part)))
        g.add((iri, KGV.evidence, self.evidence(article, quote, start=7)))

    def _mention(self, article: URIRef | None, node: URIRef) -> None:
        if article is not None:
            self.graph.add((article, SDO.mentions, node))


def sample_graph() -> Graph:
    """A small graph of invented people, companies and a meeting, in English and Chinese."""
    w = GraphWriter()
    a1 = w.article(
        "901_sample_en.txt", "2021-03-05", "Qingshan Mining holds its annual work conference"
    )
    a2 = w.article("902_sample_zh.txt", "2023-08-11", "青山矿业召开年中工作会议", lang="zh")
    zhou = w.person("Zhou Minghai", "周明海", article=a1)
    w.graph.add((a2, SDO.mentions, zhou))
    hart = w.person("Lena Hartwell", article=a1)
    parent = w.org("Qingshan Holdings", article=a1)
    qmg = w.org("Qingshan Mining Group", "QMG", zh="青山矿业", parent=parent, article=a1)
    chair = w.role("chairman", "Chairman", "董事长")
    gm = w.role("general-manager", "General Manager (President)", "总经理")
    w.membership(
        zhou,
        qmg,
        chair,
        "chairman of the board",
        [
            (
                a1,
                "2021-03-05",
                "Zhou Minghai, chairman of the board of Qingshan Mining Group, spoke.",
            ),
            (a2, "2023-08-11", "青山矿业董事长周明海主持会议。"),
        ],
    )
    w.membership(
        hart,
        qmg,
        gm,
        "president",
        [(a1, "2021-03-05", "Lena Hartwell, president, reported.")],
        status="former",
    )
    meeting = w.event(
        "Annual work conference",
        "meeting",
        "2021-03-04",
        a1,
        "On March 4 the group held its annual work conference in Qingshan.",
        organizer=qmg,
        location="Qingshan",
    )
    w.attend(zhou, meeting, "chair", a1, "Zhou Minghai presided over the conference.")
    w.attend(hart, meeting, "reporter", a1, "Lena Hartwell made the work report.")
    return w.graph


HOSTILE_NAMES = (
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    'Tom & "Jerry" <b>bold</b> \u2028 line',
)


def hostile_graph() -> Graph:
    """A graph whose names, headline, title and quotes are HTML and script."""
    w = GraphWriter()
    article = w.article("903_hostile.txt", "2022-01-02", "<script>alert('headline')</script>")
    company = w.org(HOSTILE_NAMES[1], "<svg onload=alert(2)>", article=article)
    role = w.role("other", "<i onmouseover=alert(3)>Boss</i>")
    people = [w.person(name, article=article) for name in (HOSTILE_NAMES[0], HOSTILE_NAMES[2])]
    for person in people:
        w.membership(
            person,
            company,
            role,
            "<u>title</u>",
            [(article, "2022-01-02", "<img src=y onerror=alert(4)> said it")],
        )
    event = w.event(
        "<iframe src=javascript:alert(5)>",
        "meeting",
        "2022-01-01",
        article,
        "</script><script>alert(6)</script>",
        organizer=company,
    )
    w.attend(people[0], event, "chair", article, '<a href="javascript:alert(7)">x</a>')
    return w.graph


_SYLLABLES = (
    "an",
    "bo",
    "chen",
    "da",
    "fei",
    "gang",
    "hui",
    "jun",
    "kai",
    "lan",
    "ming",
    "ning",
    "pei",
    "qing",
    "rui",
    "shan",
    "tao",
    "wei",
    "xin",
    "yang",
    "zhen",
    "zhou",
)
_ROLES = (
    ("chairman", "Chairman"),
    ("general-manager", "General Manager (President)"),
    ("director", "Director"),
    ("party-secretary", "Party Secretary"),
    ("deputy-general-manager", "Deputy General Manager (Vice President)"),
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def generated_graph(nodes: int = 5000, seed: int = 3) -> Graph:
    """A random graph of about `nodes` nodes (people, organisations, events) and 3 links per node."""
    rng = random.Random(seed)
    w = GraphWriter()
    n_org, n_event = nodes // 12, nodes * 2 // 5
    n_person = nodes - n_org - n_event
    articles = [
        w.article(f"{i:05d}_gen.txt", _day(rng), f"Generated article {i}")
        for i in range(nodes // 10)
    ]
    roles = [w.role(notation, en) for notation, en in _ROLES]
    orgs: list[URIRef] = []
    for i in range(n_org):
        parent = orgs[rng.randrange(len(orgs))] if orgs and rng.random() < 0.5 else None
        orgs.append(
            w.org(f"{_word(rng, 3)} Group {i}", parent=parent, article=rng.choice(articles))
        )
    people = [
        w.person(f"{_word(rng, 1)} {_word(rng, 2)} {i}", article=rng.choice(articles))
        for i in range(n_person)
    ]
    for person in people:
        for _ in range(rng.choice((1, 1, 2))):
            org, role = orgs[int(len(orgs) * rng.random() ** 2)], rng.choice(roles)
            article = rng.choice(articles)
            w.membership(
                person, org, role, "title", [(article, _day(rng), "A generated sentence.")]
            )
    for i in range(n_event):
        article = rng.choice(articles)
        event = w.event(
            f"Meeting {i}",
            "meeting",
            _day(rng),
            article,
            "A meeting sentence.",
            organizer=orgs[int(len(orgs) * rng.random() ** 2)],
        )
        for person in rng.sample(people, rng.randint(2, 8)):
            w.attend(person, event, "attendee", article, "An attendance sentence.")
    return w.graph


def _day(rng: random.Random) -> str:
    return date(2015 + rng.randrange(9), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
