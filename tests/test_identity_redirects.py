"""owl:sameAs from a person IRI an earlier build published to the node now holding its mentions."""

from __future__ import annotations

from pathlib import Path

from kg.assemble.redirects import PersonState, redirects
from kg.cli import main
from rdflib import Graph, URIRef

P = "https://kg.invalid/id/person/"
SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")
TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PERSON = URIRef("https://schema.org/Person")
A = "https://kg.invalid/id/article/"

FIRST = """Harbour works hold annual meeting

Qinghe Harbour Works held its annual meeting in Ningbo on 3 March 2024. Zhao Lin, general manager of Qinghe Harbour Works, presented the work report.
"""
SECOND = """Lakeside group signs supply deal

Lakeside Shipping Group signed a supply agreement on 5 April 2024. Zhao Lin, chairman of Lakeside Shipping Group, attended the signing.
"""
CAREER = """Lakeside group chairman visits Ningbo

Zhao Lin, chairman of Lakeside Shipping Group and former general manager of Qinghe Harbour Works, visited Ningbo on 9 May 2024.
"""


def persons(out: Path) -> set[str]:
    graph = Graph().parse(out / "graph.ttl")
    return {str(s) for s in graph.subjects(TYPE, PERSON) if str(s).startswith(P + "zhaolin")}


def same_as(out: Path) -> dict[str, str]:
    graph = Graph().parse(out / "graph.ttl")
    return {str(s): str(o) for s, o in graph.subject_objects(SAME_AS)}


def build(src: Path, out: Path) -> None:
    assert main(["build", str(src), "--out", str(out), "--no-html", "--quiet"]) == 0


def test_an_iri_that_leaves_because_two_nodes_are_proved_one_points_to_the_joined_node(
    tmp_path: Path, capsys
) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(FIRST, encoding="utf-8")
    (src / "b.txt").write_text(SECOND, encoding="utf-8")
    build(src, out)
    two = persons(out)
    assert len(two) == 2 and same_as(out) == {}
    (src / "c.txt").write_text(CAREER, encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    assert (
        "-> 1 person, 2 organisations, 2 memberships, 3 events, 1 earlier person IRI redirected;"
        in (capsys.readouterr().out)
    )
    (one,) = persons(out)
    (gone,) = two - {one}
    assert same_as(out) == {gone: one}
    build(src, out)  # nothing changed: the redirect stays
    assert same_as(out) == {gone: one}
    (src / "c.txt").unlink()  # the proof is gone: the person is two again, no redirect
    build(src, out)
    assert persons(out) == two and same_as(out) == {}


def test_a_fresh_folder_has_no_redirects_and_the_same_bytes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", CAREER)):
        (src / name).write_text(text, encoding="utf-8")
    build(src, tmp_path / "one")
    build(src, tmp_path / "two")
    assert same_as(tmp_path / "one") == {}
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (
        tmp_path / "two" / "graph.ttl"
    ).read_bytes()


def test_no_redirect_when_the_mentions_went_to_two_nodes() -> None:
    before = PersonState({P + "x": {(A + "1", "x"), (A + "2", "x")}})
    split = {P + "x~a": {(A + "1", "x")}, P + "x~b": {(A + "2", "x")}}
    assert redirects(before, split) == {}
    lost = {P + "y": {(A + "1", "x")}}  # article 2 no longer mentions anyone of that name
    assert redirects(before, lost) == {}
    joined = {P + "y": {(A + "1", "x"), (A + "2", "x"), (A + "3", "x")}}
    assert redirects(before, joined) == {P + "x": P + "y"}


def test_earlier_redirects_are_kept_and_follow_their_target() -> None:
    after = {P + "z": {(A + "1", "x"), (A + "2", "x")}}
    kept = PersonState({P + "z": {(A + "1", "x")}}, {P + "old": P + "z"})
    assert redirects(kept, after) == {P + "old": P + "z"}
    moved = PersonState({P + "y": {(A + "1", "x")}}, {P + "old": P + "y"})
    assert redirects(moved, after) == {P + "old": P + "z", P + "y": P + "z"}
    retired = PersonState({P + "y": {(A + "9", "x")}}, {P + "old": P + "y"})
    assert redirects(retired, after) == {}
    back = PersonState({}, {P + "z": P + "y"})  # an IRI that came back is no redirect
    assert redirects(back, after) == {}
