"""The evidence and time queries of queries/, on the invented-article fixture graph."""

from __future__ import annotations

import pytest
from kg.cli import main
from kg.queries import run_query
from rdflib.query import ResultRow
from tests import evidence_fixture as fx


@pytest.fixture(scope="module")
def graph():
    return fx.build(fx.extractions())


def rows(graph, name: str, **params) -> list[tuple[str, ...]]:
    found = []
    for row in run_query(graph, name, params):
        assert isinstance(row, ResultRow)  # the stored queries are SELECT queries
        found.append(tuple("" if v is None else str(v) for v in row))
    return found


@pytest.mark.parametrize(
    "name", ["Han Meilin", "han-meilin", "韩美林", "https://kg.invalid/id/person/hanmeilin"]
)
def test_queries_role_evidence_finds_every_sentence(graph, name):
    found = rows(graph, "role_evidence", person=name)
    assert [(r[0], r[1], r[2], r[3]) for r in found] == [
        ("chairman", "Northwind Copper Group", "former", "alpha.txt"),
        ("chairman", "Northwind Copper Group", "former", "beta.txt"),
        ("chairman", "北风铜业集团", "current", "delta.txt"),
        ("chairman", "Northwind Copper Group", "former", "gamma.txt"),
    ]
    assert found[3][7] == "Former chairman Han Meilin attended."


def test_queries_role_evidence_spans_point_into_the_text(graph):
    texts = {a.ident: a.text for a in (fx.ALPHA, fx.BETA, fx.GAMMA, fx.DELTA)}
    for row in rows(graph, "role_evidence", person="Qiao Zhenyu") + rows(
        graph, "role_evidence", person="Han Meilin"
    ):
        article, start, end, quote = row[3], int(row[5]), int(row[6]), row[7]
        assert texts[article][start:end] == quote


@pytest.mark.parametrize(
    "day, expected",
    [
        ("2018-12-31", []),
        ("2019-03-12", [("Han Meilin", "former")]),
        ("2020-07-01", [("Han Meilin", "former")]),
        ("2021-06-02", [("Han Meilin", "former")]),
        ("2022-01-01", []),
        ("2023-09-15", [("Tao Ruiqing", "current")]),
    ],
)
def test_queries_role_holders_on_date(graph, day, expected):
    found = rows(
        graph, "role_holders_on_date", role="chairman", org="northwind copper group", date=day
    )
    assert [(r[0], r[4]) for r in found] == expected


def test_queries_role_holders_other_role(graph):
    found = rows(
        graph,
        "role_holders_on_date",
        role="general-manager",
        org="Northwind Copper Group",
        date="2019-03-12",
    )
    assert [r[0] for r in found] == ["Qiao Zhenyu"]


def test_queries_person_timeline_sorted(graph):
    found = rows(graph, "person_timeline", person="Han Meilin")
    assert [(r[0], r[3], r[6]) for r in found] == [
        ("2019-03-10", "event", "chair"),
        ("2019-03-12", "role", "former"),
        ("2021-05-30", "event", "host"),
        ("2022-04-18", "event", "chair"),
        ("2022-04-20", "role", "current"),
        ("2023-09-14", "event", "attendee"),
    ]
    former = found[1]
    assert (former[1], former[2], former[4]) == ("2021-06-02", "2023-09-15", "Chairman")


def test_queries_person_timeline_of_someone_without_dates_of_roles(graph):
    found = rows(graph, "person_timeline", person="Qiao Zhenyu")
    assert [(r[0], r[3], r[6]) for r in found] == [
        ("2019-03-10", "event", "reporter"),
        ("2019-03-12", "role", "current"),
        ("2021-05-30", "event", "accompanier"),
    ]


def test_queries_meeting_chairs(graph):
    found = rows(graph, "meeting_chairs")
    assert [(r[0], r[2], r[3]) for r in found] == [
        ("2019-03-10", "Han Meilin", "alpha.txt"),
        ("2022-04-18", "Han Meilin", "delta.txt"),
        ("2023-09-14", "Tao Ruiqing", "gamma.txt"),
    ]


def test_queries_cli_runs_timeline(graph, tmp_path, capsys):
    path = tmp_path / "graph.ttl"
    graph.serialize(path, format="turtle")
    assert (
        main(
            [
                "query",
                "person_timeline",
                "--graph",
                str(path),
                "--param",
                "person=Tao Ruiqing",
                "--format",
                "csv",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "date,until,endedBefore,kind,what,organization,how"
    assert lines[1:] == [
        "2023-09-14,,,event,board meeting,,chair",
        "2023-09-15,2023-09-15,,role,Chairman,Northwind Copper Group,current",
    ]
