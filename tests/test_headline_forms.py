"""A headline's short form of a group's name is the group in that article, but not one of the
group's names; so is a bare name the text uses on its own beside a listed group ("X Group PLC").
Beside a plain group ("X Group") a bare name the text uses on its own stays an organisation of
its own. (Chinese folds "X集团" into the X the article uses, kg.extract.zh.org_mentions: one organisation.)"""

from __future__ import annotations

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


def test_a_headline_short_form_is_read_as_the_group_in_english():
    text = f"{EN_HEAD}\nOn March 3, Qinglan Tin Group held its safety work conference. "
    text += "Zhou Ming, chairman of the group, presided over the meeting.\n"
    got = extract_article(make_article("a.txt", text))
    assert "Qinglan Tin" not in {o.name for o in got.orgs}
    assert got.main_org == "Qinglan Tin Group"
    assert ("Zhou Ming", "chairman", "Qinglan Tin Group") in {
        (r.person, r.role, r.org) for r in got.roles
    }


def test_a_bare_name_the_text_uses_on_its_own_stays_apart_from_a_plain_group():
    got = extract_article(make_article("a.txt", f"{EN_HEAD}\n{EN_BODY}\n"))
    by_org = {(r.person, r.org) for r in got.roles}
    assert ("Wen Lihua", "Qinglan Tin") in by_org and ("Zhou Ming", "Qinglan Tin Group") in by_org


def test_a_bare_name_beside_a_group_plc_is_that_group():
    body = (
        "Shares of Harlow Fenton Group PLC rose on Tuesday. Harlow Fenton said its chief "
        "executive, Ada Pryce, would step down in June."
    )
    got = extract_article(make_article("a.txt", f"Harlow Fenton chief to step down\n{body}\n"))
    assert "Harlow Fenton" not in {o.name for o in got.orgs}
    assert "Harlow Fenton Group PLC" in {o.name for o in got.orgs}


def test_the_group_node_does_not_carry_the_headline_form(tmp_path):
    headline, body = EN_HEAD, "On March 3, Qinglan Tin Group held its safety work conference."
    (tmp_path / "a.txt").write_text(f"{headline}\n{body}\n", encoding="utf-8")
    graph = build_graph([tmp_path])
    labels = {
        str(x)
        for o in graph.subjects(predicate=None, object=ORG.Organization)
        for p in (SKOS.prefLabel, SKOS.altLabel)
        for x in graph.objects(o, p)
    }
    assert "Qinglan Tin" not in labels and "Qinglan Tin Group" in labels
