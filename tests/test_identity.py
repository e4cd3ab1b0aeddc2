"""Who is who: people who share a name are told apart by context, never merged by the name alone.

All names and organisations here are invented for the tests.
"""

from datetime import date

from kg.assemble.graph import build_rdf
from kg.assemble.identity import (
    ArticleContext,
    Sighting,
    block_of,
    contexts_of,
    resolve_identities,
)
from kg.assemble.merge import merge_extractions
from kg.model import (
    EventClaim,
    Evidence,
    Extraction,
    OrgMention,
    Participation,
    PersonMention,
    RoleClaim,
)
from kg.read import make_article
from kg.vocab import load_vocab
from kg.vocab.namespaces import ORG, SDO

VOCAB = load_vocab()


def article(ident, persons=(), roles=(), orgs=(), attendees=(), language="en"):
    """persons: (name, native); roles: (person, notation, org); orgs: (name, parent)."""
    head = "Invented headline of an identity test" if language == "en" else "虚构的身份测试文章标题"
    extraction_article = make_article(ident, f"{head}\ndate:2024-05-06\n" + "body text " * 5)
    ev = Evidence(ident, 0, len(head), head)
    names = {name for name, _ in persons} | {p for p, _, _ in roles} | set(attendees)
    natives = dict(persons)
    org_names = {o for _, _, o in roles} | {n for n, _ in orgs}
    parents = dict(orgs)
    events = []
    if attendees:
        events.append(
            EventClaim(
                "meeting",
                "Invented meeting",
                "meeting",
                date(2024, 5, 6),
                ev,
                participants=tuple(Participation(p, "attendee", ev) for p in attendees),
            )
        )
    return Extraction(
        extraction_article,
        persons=[PersonMention(n, ev, natives.get(n)) for n in sorted(names)],
        orgs=[OrgMention(n, ev, parent=parents.get(n)) for n in sorted(org_names)],
        roles=[RoleClaim(p, r, r, o, ev) for p, r, o in roles],
        events=events,
    )


def merged(*extractions):
    return merge_extractions([(e, ()) for e in extractions], VOCAB)


def people_named(result, block):
    return sorted(key for key in result.persons if block_of(key) == block)


def orgs_of(result, person):
    return {m.org for m in result.memberships.values() if m.person == person}


def test_different_han_characters_with_the_same_pinyin_are_different_people():
    result = merged(
        article(
            "a.txt",
            [("Wang Wei", "王伟")],
            [("Wang Wei", "chairman", "Qinghe Petrochemical Group")],
            language="zh",
        ),
        article(
            "b.txt",
            [("Wang Wei", "汪伟")],
            [("Wang Wei", "chairman", "Beiyuan Grid Corporation")],
            language="zh",
        ),
        article("c.txt", [("Wang Wei", None)], [("Wang Wei", "mayor", "Lanzhou City")]),
    )
    people = people_named(result, "wangwei")
    assert len(people) == 3
    assert all(len(orgs_of(result, p)) == 1 for p in people)


def test_no_person_links_two_unrelated_organisations_through_a_shared_name():
    graph = build_rdf(
        merged(
            article(
                "a.txt",
                [("Liu Yang", "刘洋")],
                [("Liu Yang", "general-manager", "Dongfang Textile Company")],
                language="zh",
            ),
            article(
                "b.txt",
                [("Liu Yang", "刘洋")],
                [("Liu Yang", "general-manager", "Xishan Port Company")],
                language="zh",
            ),
        ),
        VOCAB,
    )
    for person in graph.subjects(predicate=None, object=SDO.Person):
        assert len(set(graph.objects(person, ORG.memberOf))) <= 1


def test_same_name_same_organisation_across_articles_and_languages_is_one_person():
    result = merged(
        article(
            "a.txt",
            [("Zhang Wei", "张伟")],
            [("Zhang Wei", "chairman", "Huaxin Steel Group")],
            language="zh",
        ),
        article("b.txt", [("Zhang Wei", None)], [("Zhang Wei", "chairman", "Huaxin Steel Group")]),
        article(
            "c.txt",
            [("Zhang Wei", "張偉")],
            [("Zhang Wei", "director", "Huaxin Steel Group")],
            language="zh",
        ),
    )
    assert people_named(result, "zhangwei") == ["zhangwei"]


def test_an_article_naming_both_posts_joins_the_mentions_at_either_organisation():
    a = article(
        "a.txt",
        [("Li Ming", "李明")],
        [("Li Ming", "general-manager", "Tianhe Cement Company")],
        language="zh",
    )
    b = article(
        "b.txt",
        [("Li Ming", "李明")],
        [("Li Ming", "chairman", "Jinling Building Materials Group")],
        language="zh",
    )
    apart = merged(a, b)
    assert len(people_named(apart, "liming")) == 2
    career = article(
        "c.txt",
        [("Li Ming", None)],
        [
            ("Li Ming", "general-manager", "Tianhe Cement Company"),
            ("Li Ming", "chairman", "Jinling Building Materials Group"),
        ],
    )
    joined = merged(a, b, career)
    assert people_named(joined, "liming") == ["liming"]


def test_a_stated_parent_relates_a_subsidiary_to_its_group():
    result = merged(
        article(
            "a.txt",
            [("Zhou Jun", "周军")],
            [("Zhou Jun", "general-manager", "Nanhai Shipping Logistics Company")],
            orgs=[("Nanhai Shipping Logistics Company", "Nanhai Shipping Group")],
            language="zh",
        ),
        article(
            "b.txt",
            [("Zhou Jun", "周军")],
            [("Zhou Jun", "director", "Nanhai Shipping Group")],
            language="zh",
        ),
    )
    assert people_named(result, "zhoujun") == ["zhoujun"]


def test_a_latin_name_joins_the_one_candidate_its_context_supports_or_none():
    han_a = article(
        "a.txt",
        [("Chen Gang", "陈刚")],
        [("Chen Gang", "chairman", "Yuhua Power Group")],
        language="zh",
    )
    han_b = article(
        "b.txt",
        [("Chen Gang", "陈钢")],
        [("Chen Gang", "chairman", "Pingshan Mining Group")],
        language="zh",
    )
    latin = article(
        "c.txt", [("Chen Gang", None)], [("Chen Gang", "director", "Yuhua Power Group")]
    )
    result = merged(han_a, han_b, latin)
    people = people_named(result, "chengang")
    assert len(people) == 2
    (with_yuhua,) = [
        p
        for p in people
        if len(orgs_of(result, p)) == 1 and any("yuhua" in o for o in orgs_of(result, p))
    ] or [None]
    assert with_yuhua is not None
    assert set(result.persons[with_yuhua].native) == {"陈刚"}
    assert result.persons[with_yuhua].printed["Chen Gang"] == 1


def test_a_latin_name_with_one_candidate_and_no_conflict_joins_it():
    result = merged(
        article("a.txt", [("Gao Jiashu", "高嘉澍")], language="zh", attendees=["Gao Jiashu"]),
        article("b.txt", [("Gao Jiashu", None)], [("Gao Jiashu", "chairman", "Hexi Water Group")]),
    )
    assert people_named(result, "gaojiashu") == ["gaojiashu"]


def test_a_mention_without_context_joins_only_a_single_candidate():
    one = merged(
        article(
            "a.txt",
            [("Sun Liheng", "孙立恒")],
            [("Sun Liheng", "chairman", "Donghai Glass Company")],
            language="zh",
        ),
        article("b.txt", [("Sun Liheng", None)], attendees=["Sun Liheng"]),
    )
    assert people_named(one, "sunliheng") == ["sunliheng"]
    two = merged(
        article(
            "a.txt",
            [("Sun Liheng", "孙立恒")],
            [("Sun Liheng", "chairman", "Donghai Glass Company")],
            language="zh",
        ),
        article(
            "c.txt",
            [("Sun Liheng", "孙丽恒")],
            [("Sun Liheng", "head", "Beiling Health Bureau")],
            language="zh",
        ),
        article("b.txt", [("Sun Liheng", None)], attendees=["Sun Liheng"]),
    )
    people = people_named(two, "sunliheng")
    assert len(people) == 3
    bare = [p for p in people if not orgs_of(two, p)]
    assert len(bare) == 1 and not two.persons[bare[0]].native


def test_events_and_mentions_point_at_the_resolved_person():
    result = merged(
        article(
            "a.txt",
            [("Wang Wei", "王伟")],
            [("Wang Wei", "chairman", "Qinghe Petrochemical Group")],
            attendees=["Wang Wei"],
            language="zh",
        ),
        article(
            "b.txt",
            [("Wang Wei", "汪伟")],
            [("Wang Wei", "chairman", "Beiyuan Grid Corporation")],
            attendees=["Wang Wei"],
            language="zh",
        ),
    )
    for event in result.events:
        (person,) = {key for key, _, _ in event.participants}
        assert ("person", person) in result.mentions[event.article]
        assert person in result.persons
        members = {m.person for m in result.memberships.values() if event.article in m.articles}
        assert members == {person}


def test_resolution_does_not_depend_on_the_order_of_articles():
    items = [
        article(
            "a.txt",
            [("Wang Wei", "王伟")],
            [("Wang Wei", "chairman", "Qinghe Petrochemical Group")],
            language="zh",
        ),
        article(
            "b.txt",
            [("Wang Wei", "汪伟")],
            [("Wang Wei", "chairman", "Beiyuan Grid Corporation")],
            language="zh",
        ),
        article(
            "c.txt", [("Wang Wei", None)], [("Wang Wei", "director", "Beiyuan Grid Corporation")]
        ),
    ]
    first = resolve_identities(contexts_of(items, VOCAB), VOCAB)
    second = resolve_identities(contexts_of(items[::-1], VOCAB), VOCAB)
    assert first.keys == second.keys
    assert first.keys[("c.txt", "wangwei", "")] == first.keys[("b.txt", "wangwei", "汪伟")]


def test_a_block_of_one_person_keeps_the_plain_key():
    contexts = [
        ArticleContext("a.txt", (Sighting("a.txt", "hepingyuan", "何平远", frozenset({"x"})),)),
        ArticleContext("b.txt", (Sighting("b.txt", "hepingyuan", "", frozenset()),)),
    ]
    identities = resolve_identities(contexts, VOCAB)
    assert identities.keys == {}
    assert not identities.touches("a.txt")


ARTICLES = {
    "a.txt": "青河石化集团召开年中工作会议\n2024年5月6日\n5月5日，青河石化集团召开年中工作会议。集团董事长王伟出席会议并讲话。\n",
    "b.txt": "北源电网公司召开工作会议\n2024年5月8日\n5月7日，北源电网公司召开年中工作会议。公司董事长汪伟出席会议并讲话。\n",
    "c.txt": "青河石化集团召开安全生产会议\n2024年6月3日\n6月2日，青河石化集团召开安全生产会议。集团董事长王伟主持会议。\n",
}


def test_the_parallel_cached_build_tells_people_apart_like_the_in_process_one(tmp_path):
    from kg.assemble.pipeline import build_graph
    from kg.cli import main
    from rdflib import Graph, Literal

    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    built = Graph().parse(out / "graph.ttl")
    wang = set(built.subjects(SDO.name, Literal("王伟", lang="zh")))
    wang2 = set(built.subjects(SDO.name, Literal("汪伟", lang="zh")))
    assert len(wang) == 1 and len(wang2) == 1 and wang != wang2
    (first,) = wang
    assert len(set(built.subjects(SDO.attendee, first))) == 2  # both meetings of the first group
    assert set(built) == set(build_graph([src]))
    before = (out / "graph.ttl").read_bytes()
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0  # from the cache
    assert (out / "graph.ttl").read_bytes() == before


def test_one_organisation_name_with_and_without_more_words_relates_the_mentions():
    result = merged(
        article(
            "a.txt",
            [("Qu Lin", "曲林")],
            [("Qu Lin", "chairman", "Dongrun Shipping")],
            language="zh",
        ),
        article("b.txt", [("Qu Lin", None)], [("Qu Lin", "chairman", "Dongrun Shipping Group")]),
        article(
            "c.txt",
            [("Qu Lin", "曲林")],
            [("Qu Lin", "director", "Dongrun Shipping Group")],
            language="zh",
        ),
    )
    assert people_named(result, "qulin") == ["qulin"]


def test_an_english_and_a_chinese_organisation_name_the_table_does_not_know_are_no_evidence():
    result = merged(
        article(
            "a.txt", [("Ren Hao", "任浩")], [("Ren Hao", "chairman", "北岭铜业集团")], language="zh"
        ),
        article("b.txt", [("Ren Hao", None)], [("Ren Hao", "chairman", "Beiling Copper Group")]),
    )
    assert people_named(result, "renhao") == ["renhao"]
    apart = merged(
        article(
            "a.txt", [("Ren Hao", "任浩")], [("Ren Hao", "chairman", "北岭铜业集团")], language="zh"
        ),
        article("c.txt", [("Ren Hao", None)], [("Ren Hao", "chairman", "Dongshan Glass Company")]),
        article("b.txt", [("Ren Hao", None)], [("Ren Hao", "chairman", "Beiling Copper Group")]),
    )
    assert len(people_named(apart, "renhao")) >= 2  # two English contexts conflict: no guess


def test_a_generic_organisation_name_is_its_articles_own():
    from kg.assemble.resolve import is_generic

    assert is_generic("Ministry of Finance") and is_generic("市政协") and is_generic("组织部")
    assert not is_generic("Ministry of Finance of Arland") and not is_generic("青川市政协")
    result = merged(
        article("a.txt", [("Tom Ashby", None)], [("Tom Ashby", "head", "Ministry of Finance")]),
        article("b.txt", [("Ines Varga", None)], [("Ines Varga", "head", "Ministry of Finance")]),
    )
    assert len({m.org for m in result.memberships.values()}) == 2


def test_an_english_unit_named_by_any_field_is_its_articles_own():
    from kg.assemble.resolve import is_generic

    assert is_generic("Department of Strategic Development") and is_generic(
        "Office of the President"
    )
    assert not is_generic("Department of Health of Arland") and not is_generic("Office of SASAC")
    assert not is_generic("Board of Directors of Kestrel Mining")
    result = merged(
        article(
            "a.txt", [("Tom Ashby", None)], [("Tom Ashby", "head", "Office of Planning Affairs")]
        ),
        article(
            "b.txt", [("Ines Varga", None)], [("Ines Varga", "head", "Office of Planning Affairs")]
        ),
    )
    assert len({m.org for m in result.memberships.values()}) == 2


def test_a_unit_named_only_by_its_field_is_its_articles_own():
    from kg.assemble.resolve import is_generic

    assert is_generic("国际教育学院") and is_generic("科研处") and is_generic("马克思主义学院")
    assert (
        not is_generic("青川音乐学院") and not is_generic("化生学院") and not is_generic("北岭大学")
    )
    result = merged(
        article("a.txt", [("Tom Ashby", None)], [("Tom Ashby", "head", "国际教育学院")]),
        article("b.txt", [("Ines Varga", None)], [("Ines Varga", "head", "国际教育学院")]),
    )
    assert len({m.org for m in result.memberships.values()}) == 2


def test_a_unit_named_by_its_field_in_traditional_characters_is_its_articles_own():
    from kg.assemble.resolve import is_generic

    assert is_generic("國際處") and is_generic("人事處") and is_generic("校長辦公室")
    result = merged(
        article("a.txt", [("Tom Ashby", None)], [("Tom Ashby", "head", "國際處")]),
        article("b.txt", [("Ines Varga", None)], [("Ines Varga", "head", "國際處")]),
    )
    assert len({m.org for m in result.memberships.values()}) == 2


def test_an_english_name_that_renders_a_chinese_one_relates_the_mentions():
    from kg.assemble.resolve import latin_forms

    assert "beilingcopper" in latin_forms("北岭铜业集团有限公司")
    result = merged(
        article(
            "a.txt", [("Ren Hao", "任浩")], [("Ren Hao", "chairman", "北岭铜业集团")], language="zh"
        ),
        article(
            "b.txt", [("Ren Hao", "任皓")], [("Ren Hao", "chairman", "东山玻璃公司")], language="zh"
        ),
        article("c.txt", [("Ren Hao", None)], [("Ren Hao", "chairman", "Beiling Copper Group")]),
    )
    people = people_named(result, "renhao")
    assert len(people) == 2  # 任浩 (with the English mention) and 任皓
    assert {frozenset(orgs_of(result, key)) for key in people} == {
        frozenset({"beilingcoppergroup", "北岭铜业集团"}),
        frozenset({"东山玻璃公司"}),
    }


def test_a_latin_name_and_the_only_han_person_of_it_need_the_same_post_to_be_joined():
    han = article(
        "a.txt", [("Ren Hao", "任浩")], [("Ren Hao", "party-secretary", "北岭市委")], language="zh"
    )
    latin = article(
        "b.txt", [("Ren Hao", None)], [("Ren Hao", "head", "Office of Glass Standards")]
    )
    assert len(people_named(merged(han, latin), "renhao")) == 2  # nothing but the name: apart
