"""Merging across articles and languages: one node per real person or organisation, never more merged."""

import pytest
from kg.assemble.graph import build_rdf, org_iri, person_iri
from kg.assemble.merge import merge_extractions
from kg.assemble.resolve import person_key
from kg.model import Evidence, Extraction, OrgMention, PersonMention, RoleClaim
from kg.read import make_article
from kg.vocab import load_vocab
from kg.vocab.namespaces import KGV, ORG, PROV, SDO, SKOS
from rdflib import Literal

VOCAB = load_vocab()


def extraction(ident, persons=(), orgs=(), roles=(), published="2024-03-05", language="en"):
    head = (
        "Invented headline for a merge test article"
        if language == "en"
        else "虚构的合并测试文章标题用于检查"
    )
    text = f"{head}\ndate:{published}\n" + (
        "body text " * 5 if language == "en" else "正文内容" * 10
    )
    article = make_article(ident, text)
    ev = Evidence(ident, 0, len(head), head)
    return Extraction(
        article,
        persons=[PersonMention(n, ev, native) for n, native in persons],
        orgs=[OrgMention(n, ev, aliases) for n, aliases in orgs],
        roles=[RoleClaim(p, r, r, o, ev, status) for p, r, o, status in roles],
    )


def build(*extractions):
    return build_rdf(merge_extractions([(e, ()) for e in extractions], VOCAB), VOCAB)


def names(graph, node):
    return {str(n) for n in graph.objects(node, SDO.name)}


def test_han_name_and_english_pinyin_name_meet_on_one_node():
    g = build(
        extraction("a.txt", persons=[("Tang Mingyuan", "唐明远")], language="zh"),
        extraction("b.txt", persons=[("Tang Mingyuan", None)]),
    )
    assert names(g, person_iri(person_key("Tang Mingyuan"))) == {"Tang Mingyuan", "唐明远"}
    assert Literal("唐明远", lang="zh") in set(
        g.objects(person_iri(person_key("Tang Mingyuan")), SDO.name)
    )
    assert len(set(g.subjects(predicate=None, object=SDO.Person))) == 1


def test_simplified_traditional_and_english_forms_meet():
    g = build(
        extraction("a.txt", persons=[("Xu Jianlan", "许建澜")], language="zh"),
        extraction("b.txt", persons=[("Xu Jianlan", "許建瀾")], language="zh"),
        extraction("c.txt", persons=[("Xu Jianlan", None)]),
    )
    assert names(g, person_iri(person_key("Xu Jianlan"))) >= {"许建澜", "許建瀾", "Xu Jianlan"}


@pytest.mark.parametrize(
    "first,second",
    [
        ("Lu Dong", "Lu Dongliang"),
        ("He Wenbo", "He Wenjian"),
        ("Zhang Wei", "Zhang Weidong"),
        ("Li Na", "Li Nan"),
    ],
)
def test_shared_surname_or_substring_never_merges(first, second):
    g = build(
        extraction("a.txt", persons=[(first, None)]), extraction("b.txt", persons=[(second, None)])
    )
    assert person_iri(person_key(first)) != person_iri(person_key(second))
    assert names(g, person_iri(person_key(first))) == {first}
    assert names(g, person_iri(person_key(second))) == {second}


def test_case_of_the_printed_name_does_not_split_a_person():
    g = build(
        extraction("a.txt", persons=[("QIN Haoming", None)]),
        extraction("b.txt", persons=[("Qin Haoming", None)]),
    )
    node = person_iri(person_key("Qin Haoming"))
    assert names(g, node) == {"QIN Haoming", "Qin Haoming"}


def test_organisations_of_the_alias_table_meet_across_languages():
    g = build(
        extraction("a.txt", orgs=[("Chalco", ())]),
        extraction("b.txt", orgs=[("中铝股份", ())], language="zh"),
    )
    mentioned = {
        a: set(g.objects(a, SDO.mentions))
        for a in g.subjects(predicate=None, object=SDO.NewsArticle)
    }
    assert list(mentioned.values()) == [{org_iri("chalco")}] * 2


def test_an_abbreviation_defined_in_an_article_joins_its_full_name_there_and_elsewhere():
    g = build(
        extraction(
            "a.txt",
            orgs=[("Qingshan Fluorite Holdings Limited", ("QFH",))],
            roles=[("Wen Lihua", "chairman", "QFH", "current")],
        ),
        extraction("b.txt", orgs=[("Qingshan Fluorite Holdings Limited", ())]),
    )
    orgs = set(g.subjects(predicate=None, object=ORG.Organization))
    assert len(orgs) == 1
    (org,) = orgs
    assert {str(x) for x in g.objects(org, SKOS.altLabel)} == {"QFH"}
    assert (person_iri(person_key("Wen Lihua")), ORG.memberOf, org) in g


def test_spelling_variants_of_an_organisation_are_one_node():
    g = build(
        extraction("a.txt", orgs=[("Beiling Aluminium", ())]),
        extraction("b.txt", orgs=[("Beiling Aluminum", ())]),
    )
    assert len(set(g.subjects(predicate=None, object=ORG.Organization))) == 1


def test_different_unknown_organisations_stay_apart():
    g = build(
        extraction("a.txt", orgs=[("Hexi Copper Company", ())]),
        extraction("b.txt", orgs=[("Hexi Copper Group", ())]),
    )
    assert len(set(g.subjects(predicate=None, object=ORG.Organization))) == 2


def mentioning(ident, headline, body, names):
    """An extraction of an article with this headline and body, naming the organisations `names`."""
    article = make_article(ident, f"{headline}\ndate:2024-03-05\n{body}\n")
    ev = Evidence(ident, 0, len(headline), headline)
    return Extraction(article, orgs=[OrgMention(n, ev, ()) for n in names])


def labels_of(graph):
    return sorted(
        sorted(str(x) for p in (SKOS.prefLabel, SKOS.altLabel) for x in graph.objects(o, p))
        for o in set(graph.subjects(predicate=None, object=ORG.Organization))
    )


@pytest.mark.parametrize(
    "group, bare, body",
    [
        (
            "Qinglan Tin Group",
            "Qinglan Tin",
            "Leaders of Qinglan Tin Group inspected the smelter of Qinglan Tin on Monday.",
        ),
        ("青岚锡业集团", "青岚锡业", "青岚锡业集团董事长到青岚锡业调研指导工作，并召开座谈会。"),
    ],
)
def test_a_bare_name_used_in_the_text_beside_a_group_of_its_stem_stays_apart(group, bare, body):
    """The bare name may be the group's listed company or a subsidiary its people visit: two nodes,
    and neither carries the other's name (a shared label would link them for every reader)."""
    g = build(mentioning("a.txt", "Invented headline of a merge test", body, [group, bare]))
    assert labels_of(g) == sorted([[bare], [group]])


def test_a_bare_name_joins_a_company_of_its_stem_in_one_article():
    g = build(extraction("a.txt", orgs=[("Qinglan Tin Co., Ltd.", ()), ("Qinglan Tin", ())]))
    assert len(set(g.subjects(predicate=None, object=ORG.Organization))) == 1


def test_one_membership_per_person_org_role_with_one_source_per_article_and_dates():
    role = [("Fan Qiming", "chairman", "Chalco", "current")]
    g = build(
        extraction("a.txt", roles=role, published="2019-04-01"),
        extraction("b.txt", roles=role, published="2023-11-30"),
    )
    (m,) = set(g.subjects(predicate=None, object=ORG.Membership))
    assert len(set(g.objects(m, PROV.wasDerivedFrom))) == 2
    assert (
        str(g.value(m, KGV.firstSeen)) == "2019-04-01"
        and str(g.value(m, KGV.lastSeen)) == "2023-11-30"
    )


def test_a_role_last_stated_as_former_is_former_and_not_a_shortcut():
    g = build(
        extraction(
            "a.txt", roles=[("Fan Qiming", "chairman", "Chalco", "current")], published="2019-04-01"
        ),
        extraction(
            "b.txt", roles=[("Fan Qiming", "chairman", "Chalco", "former")], published="2023-11-30"
        ),
    )
    (m,) = set(g.subjects(predicate=None, object=ORG.Membership))
    assert str(g.value(m, KGV.status)) == "former"
    assert (person_iri(person_key("Fan Qiming")), ORG.headOf, org_iri("chalco")) not in g


def test_head_roles_give_the_head_of_shortcut_and_others_only_member_of():
    g = build(
        extraction(
            "a.txt",
            roles=[
                ("Fan Qiming", "general-manager", "Chalco", "current"),
                ("Ding Rui", "board-secretary", "Chalco", "current"),
            ],
        )
    )
    chalco = org_iri("chalco")
    assert (person_iri(person_key("Fan Qiming")), ORG.headOf, chalco) in g
    assert (person_iri(person_key("Ding Rui")), ORG.headOf, chalco) not in g
    assert (person_iri(person_key("Ding Rui")), ORG.memberOf, chalco) in g


def test_known_parent_gives_sub_organization_of():
    g = build(extraction("a.txt", orgs=[("Chalco", ())]))
    assert (org_iri("chalco"), ORG.subOrganizationOf, org_iri("chinalco")) in g


def test_other_titles_keep_their_own_label():
    g = build(extraction("a.txt", roles=[("Ma Lan", "other", "Chalco", "current")]))
    (m,) = set(g.subjects(predicate=None, object=ORG.Membership))
    role = g.value(m, ORG.role)
    assert str(g.value(role, SKOS.notation)) == "other"


def test_organisations_of_several_articles_are_the_sum_of_each_articles():
    from kg.assemble.merge import sum_orgs
    from kg.extract import extract_article
    from kg.read import read_article
    from tests.conftest import SEEDS

    vocab = load_vocab()
    extractions = [
        extract_article(read_article(path), vocab) for path in sorted(SEEDS.glob("*.txt"))
    ]
    together = merge_extractions([(e, ()) for e in extractions], vocab).orgs
    alone = [merge_extractions([(e, ())], vocab).orgs for e in extractions]
    assert len(together) > 20
    assert sum_orgs(alone) == together
    chosen = sorted(together)[::3]
    assert sum_orgs(alone, keep=lambda key: key in chosen) == {k: together[k] for k in chosen}
