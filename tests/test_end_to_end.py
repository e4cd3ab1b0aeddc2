"""Articles written for the tests (invented people, companies and dates; see fixtures/README.md),
built end to end: the exact facts a careful reader finds, no more, no less."""

import pytest
from kg.assemble import build
from rdflib import Graph, Literal
from tests.conftest import FIXTURES

EN = "en_invented_safety_conference.txt"
ZH = "zh_invented_party_building_meeting.txt"
PREFIXES = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX kgv: <https://kg.invalid/vocab#>
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("invented")
    build([FIXTURES / "articles"], out)
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return g


def select(graph, query, **bindings):
    return {
        tuple(str(v) for v in row)
        for row in graph.query(
            PREFIXES + query, initBindings={k: Literal(v) for k, v in bindings.items()}
        )
    }


def memberships(graph, ident):
    return select(
        graph,
        """SELECT ?person ?role ?org WHERE { ?m org:member/rdfs:label ?person ;
        org:role/skos:notation ?role ; org:organization/skos:prefLabel ?org ;
        prov:wasDerivedFrom/schema:identifier ?id }""",
        id=ident,
    )


def participants(graph, ident):
    return select(
        graph,
        """SELECT ?start ?person ?part WHERE { ?e a schema:Event ; schema:startDate ?start ;
        prov:wasDerivedFrom/schema:identifier ?id . ?q kgv:event ?e ; kgv:participant/rdfs:label ?person ;
        kgv:part ?part }""",
        id=ident,
    )


def persons(graph, ident):
    return {
        row[0]
        for row in select(
            graph,
            """SELECT ?name WHERE { ?a schema:identifier ?id ;
        schema:mentions ?p . ?p a schema:Person ; rdfs:label ?name }""",
            id=ident,
        )
    }


def test_english_article_persons(graph):
    assert persons(graph, EN) == {
        "Qian Weiming",
        "Deng Xiaoqing",
        "Fang Lirong",
        "Kong Dejun",
        "Yan Shufen",
        "Bai Haitao",
    }


def test_english_article_roles_bind_the_company_to_the_organisation_that_held_the_meeting(graph):
    org = "Hengda Copper Group"
    assert memberships(graph, EN) == {
        ("Qian Weiming", "party-secretary", org),
        ("Qian Weiming", "chairman", org),
        ("Deng Xiaoqing", "deputy-party-secretary", org),
        ("Deng Xiaoqing", "general-manager", org),
        ("Fang Lirong", "chief-financial-officer", org),
        ("Kong Dejun", "leadership-member", org),
        ("Yan Shufen", "leadership-member", org),
        ("Bai Haitao", "leadership-member", org),
    }


def test_english_article_event_from_the_garbled_date_with_parts(graph):
    assert participants(graph, EN) == {
        ("2023-04-10", "Qian Weiming", "speaker"),
        ("2023-04-10", "Deng Xiaoqing", "reporter"),
        ("2023-04-10", "Fang Lirong", "chair"),
        ("2023-04-10", "Kong Dejun", "attendee"),
        ("2023-04-10", "Yan Shufen", "attendee"),
        ("2023-04-10", "Bai Haitao", "attendee"),
    }


def test_headline_short_name_and_full_name_are_one_organisation(graph):
    orgs = select(
        graph,
        """SELECT ?o WHERE { ?a schema:identifier ?id ; schema:mentions ?o .
        ?o a org:Organization }""",
        id=EN,
    )
    assert len(orgs) == 1


def test_chinese_article_persons_with_han_and_pinyin_names(graph):
    assert persons(graph, ZH) == {"Deng Guodong", "Liu Chunlin", "Wei Jianxin", "Ran Li"}
    names = select(
        graph, """SELECT ?n WHERE { ?p rdfs:label ?label ; schema:name ?n }""", label="Deng Guodong"
    )
    assert names == {("邓国栋",), ("Deng Guodong",)}
    tagged = {
        (str(n), n.language)
        for n in graph.objects(
            next(graph.subjects(predicate=None, object=Literal("Deng Guodong"))), None
        )
        if isinstance(n, Literal) and n.language
    }
    assert ("邓国栋", "zh") in tagged and ("Deng Guodong", "zh-latn-pinyin") in {
        (a, b.lower()) for a, b in tagged
    }


def test_chinese_article_roles(graph):
    org = "华岳矿业"
    assert memberships(graph, ZH) == {
        ("Deng Guodong", "party-secretary", org),
        ("Deng Guodong", "chairman", org),
        ("Liu Chunlin", "deputy-party-secretary", org),
        ("Liu Chunlin", "general-manager", org),
        ("Wei Jianxin", "leadership-member", org),
        ("Ran Li", "leadership-member", org),
    }


def test_chinese_article_event_date_location_and_parts(graph):
    assert participants(graph, ZH) == {
        ("2024-03-14", "Deng Guodong", "speaker"),
        ("2024-03-14", "Liu Chunlin", "reporter"),
        ("2024-03-14", "Wei Jianxin", "attendee"),
        ("2024-03-14", "Ran Li", "attendee"),
    }
    assert select(
        graph,
        """SELECT ?loc WHERE { ?e schema:location ?loc ; prov:wasDerivedFrom/schema:identifier ?id }""",
        id=ZH,
    ) == {("甘肃兰州",)}
