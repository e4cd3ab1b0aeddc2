"""The stored queries of issue 2 on the seeds' graph, with the rows a reader of the seeds expects."""

import pytest
from kg.queries import QueryError, run_query
from rdflib import Literal
from tests.conftest import ROOT


def rows(graph, query, **params):
    return [
        tuple("" if v is None else str(v) for v in row) for row in run_query(graph, query, params)
    ]


@pytest.mark.parametrize("name", ["何文建", "He Wenjian", "he wenjian"])
def test_roles_of_person_by_any_of_their_names(seeds_graph, name):
    found = {(r[1], r[2], r[3]) for r in rows(seeds_graph, "roles_of_person", person=name)}
    assert found == {
        ("chairman", "Aluminum Corporation of China Limited", "current"),
        ("party-secretary", "Aluminum Corporation of China Limited", "current"),
    }


def test_people_with_role_across_articles_and_names_of_the_org(seeds_graph):
    by_short = rows(seeds_graph, "people_with_role", role="chairman", org="Chalco")
    by_chinese = rows(seeds_graph, "people_with_role", role="chairman", org="中铝股份")
    assert by_short == by_chinese
    assert [(r[0], r[3]) for r in by_short] == [
        ("Ge Honglin", "2017-03-29"),
        ("He Wenjian", "2026-02-03"),
        ("Liu Jianping", "2022-07-28"),
    ]


def test_leadership_of_org_lists_each_person_once_with_all_roles(seeds_graph):
    found = {
        r[0]: set(r[1].split(", "))
        for r in rows(seeds_graph, "leadership_of_org", org="China Minmetals")
    }
    assert found["He Wenbo"] == {"chairman", "party-secretary"}
    assert found["Guo Wenqing"] == {"general-manager", "deputy-party-secretary"}
    assert {p for p, roles in found.items() if roles == {"leadership-member"}} == {
        "Dong Mingjun",
        "Shen Ling",
        "Li Lianhua",
        "Li Fuli",
        "Feng Guiquan",
        "Lu Weidong",
    }


def test_attendees_in_range_with_their_parts(seeds_graph):
    found = {
        (r[0], r[2], r[3])
        for r in rows(seeds_graph, "attendees_in_range", start="2022-01-01", end="2022-12-31")
    }
    assert found == {
        ("2022-07-26", "Liu Jianping", "speaker"),
        ("2022-07-26", "Zhu Runzhou", "reporter"),
        ("2022-07-26", "Ou Xiaowu", "chair"),
        ("2022-07-26", "GE Xiaolei", "reporter"),
    }


def test_attendees_in_range_excludes_events_outside_it(seeds_graph):
    assert rows(seeds_graph, "attendees_in_range", start="2018-01-01", end="2019-12-31") == []


def test_co_attendees_pairs_people_of_the_same_meetings(seeds_graph):
    found = {(r[0], r[1]): int(r[2]) for r in rows(seeds_graph, "co_attendees")}
    assert found[("Liu Jianping", "Ou Xiaowu")] == 2  # the 2017 exchange and the 2022 meeting
    assert ("Cheng Yuncai", "Sun Yuhe") in found
    assert ("He Wenjian", "Yao Lin") not in found and ("Yao Lin", "He Wenjian") not in found


def test_multi_org_people_are_those_with_roles_at_two_organisations(seeds_graph):
    found = {r[0]: int(r[1]) for r in rows(seeds_graph, "multi_org_people")}
    assert (
        found.get("Zhu Runzhou") == 2
    )  # general manager of the listed company, vice president of the group
    assert "He Wenjian" not in found


def test_a_missing_parameter_is_a_clear_error(seeds_graph):
    with pytest.raises(QueryError, match="needs --param person"):
        run_query(seeds_graph, "roles_of_person", {})


def test_parameter_values_are_bound_not_pasted(seeds_graph):
    hostile = 'x" } UNION { ?p ?q ?r } #'
    assert rows(seeds_graph, "roles_of_person", person=hostile) == []


def test_role_evidence_quotes_the_sentence_with_its_offsets(seeds_graph):
    found = rows(seeds_graph, "role_evidence", person="何文建")
    assert {r[0] for r in found} == {"chairman", "party-secretary"}
    for _role, _org, _status, article, published, start, end, quote in found:
        assert article.startswith("003_") and published == "2026-02-03"
        text = (ROOT / "seeds" / article).read_text(encoding="utf-8")
        assert text[int(start) : int(end)] == quote and "何文建" in quote


def test_role_holders_on_date_only_while_seen_holding_it(seeds_graph):
    on_the_day = rows(
        seeds_graph,
        "role_holders_on_date",
        org="China Minmetals",
        role="chairman",
        date="2017-03-29",
    )
    assert [r[0] for r in on_the_day] == ["He Wenbo"]
    assert (
        rows(
            seeds_graph,
            "role_holders_on_date",
            org="China Minmetals",
            role="chairman",
            date="2021-01-01",
        )
        == []
    )


def test_person_timeline_orders_roles_and_events_by_date(seeds_graph):
    found = rows(seeds_graph, "person_timeline", person="Liu Jianping")
    dates = [r[0] for r in found]
    assert dates == sorted(dates)
    assert ("2017-03-27", "event") in {(r[0], r[3]) for r in found}
    assert {"role", "event"} == {r[3] for r in found}


def test_meeting_chairs_names_who_chaired_each_meeting(seeds_graph):
    found = {(r[0], r[2]) for r in rows(seeds_graph, "meeting_chairs")}
    assert found == {
        ("2021-07-07", "Sun Yuhe"),
        ("2022-07-26", "Ou Xiaowu"),
        ("2026-02-02", "Mao Shiqing"),
    }


def test_every_person_and_organisation_has_the_key_of_each_of_its_names(seeds_graph):
    from kg.vocab import fold
    from kg.vocab.namespaces import KGV, ORG, RDF, SDO, SKOS

    for kind, names in (
        (SDO.Person, [SDO.name]),
        (ORG.Organization, [SKOS.prefLabel, SKOS.altLabel]),
    ):
        nodes = set(seeds_graph.subjects(RDF.type, kind))
        assert nodes
        for node in nodes:
            keys = {str(k) for k in seeds_graph.objects(node, KGV.nameKey)}
            assert keys == {fold(str(n)) for prop in names for n in seeds_graph.objects(node, prop)}


@pytest.mark.parametrize("query", ["person_timeline", "role_evidence", "roles_of_person"])
@pytest.mark.parametrize("name", ["ZHU RUNZHOU", "zhu-runzhou", "Zhu  Run-zhou."])
def test_person_queries_find_a_person_by_any_spelling_of_a_name_or_the_iri(
    seeds_graph, query, name
):
    from rdflib import RDFS

    iri = next(seeds_graph.subjects(RDFS.label, Literal("Zhu Runzhou")))
    by_iri = rows(seeds_graph, query, person=str(iri))
    assert by_iri and rows(seeds_graph, query, person=name) == by_iri


@pytest.mark.parametrize(
    "query, params",
    [
        ("leadership_of_org", {}),
        ("people_with_role", {"role": "chairman"}),
        ("role_holders_on_date", {"role": "chairman", "date": "2017-03-29"}),
    ],
)
@pytest.mark.parametrize("name", ["CHINA MINMETALS", "china-minmetals", "China Minmetals."])
def test_org_queries_find_an_organisation_by_any_spelling_of_a_name_or_the_iri(
    seeds_graph, query, params, name
):
    from kg.vocab.namespaces import KGV

    iri = next(seeds_graph.subjects(KGV.nameKey, Literal("chinaminmetals")))
    by_iri = rows(seeds_graph, query, org=str(iri), **params)
    assert by_iri and rows(seeds_graph, query, org=name, **params) == by_iri
