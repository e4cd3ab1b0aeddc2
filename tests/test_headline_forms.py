"""A headline's short form of a group's name is the group in that article, but not one of the
group's names; a bare name the text uses on its own stays an organisation of its own."""

from __future__ import annotations

import pytest
from kg.assemble import build_graph
from kg.extract import extract_article
from kg.read import make_article
from kg.vocab.namespaces import ORG, SKOS

EN_HEAD = "Qinglan Tin holds its safety work conference"
EN_BODY = (
    "On March 3, Qinglan Tin held its safety work conference. Zhou Ming, chairman of Qinglan "
    "Tin Group, presided over the meeting, and Wen Lihua, general manager of Qinglan Tin, made "
    "a report."
)
ZH_HEAD = "青岚锡业召开安全生产工作会议"
ZH_BODY = "3月3日，青岚锡业集团召开安全生产工作会议。青岚锡业集团董事长周明主持会议并讲话。"


def test_a_headline_short_form_is_read_as_the_group_in_english():
    text = f"{EN_HEAD}\nOn March 3, Qinglan Tin Group held its safety work conference. "
    text += "Zhou Ming, chairman of the group, presided over the meeting.\n"
    got = extract_article(make_article("a.txt", text))
    assert "Qinglan Tin" not in {o.name for o in got.orgs}
    assert got.main_org == "Qinglan Tin Group"
    assert ("Zhou Ming", "chairman", "Qinglan Tin Group") in {
        (r.person, r.role, r.org) for r in got.roles
    }


def test_a_headline_short_form_is_read_as_the_group_in_chinese():
    got = extract_article(make_article("a.txt", f"{ZH_HEAD}\n{ZH_BODY}\n"))
    names = {o.name for o in got.orgs}
    assert "青岚锡业集团" in names and "青岚锡业" not in names
    assert all(e.organizer in (None, "青岚锡业集团") for e in got.events)


def test_a_bare_name_the_text_uses_on_its_own_stays_apart():
    got = extract_article(make_article("a.txt", f"{EN_HEAD}\n{EN_BODY}\n"))
    by_org = {(r.person, r.org) for r in got.roles}
    assert ("Wen Lihua", "Qinglan Tin") in by_org and ("Zhou Ming", "Qinglan Tin Group") in by_org


@pytest.mark.parametrize("headline, body", [(EN_HEAD, None), (ZH_HEAD, ZH_BODY)])
def test_the_group_node_does_not_carry_the_headline_form(tmp_path, headline, body):
    body = body or "On March 3, Qinglan Tin Group held its safety work conference."
    (tmp_path / "a.txt").write_text(f"{headline}\n{body}\n", encoding="utf-8")
    graph = build_graph([tmp_path])
    labels = {
        str(x)
        for o in graph.subjects(predicate=None, object=ORG.Organization)
        for p in (SKOS.prefLabel, SKOS.altLabel)
        for x in graph.objects(o, p)
    }
    assert not labels & {"Qinglan Tin", "青岚锡业"}
