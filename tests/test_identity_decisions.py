"""Identity decisions a user can read and overrule (issue 11): DIR/identity.tsv, `kg identity`,
`kg build --judgements`, and IRIs that stay put when a namesake arrives.

All names, organisations and sentences are invented for the tests.
"""

from __future__ import annotations

from kg.assemble.identity import ArticleContext, Sighting, resolve_identities
from kg.assemble.judgements import Judgement, JudgementError, PersonRef, load_judgements
from kg.cli import main
from kg.export.identity_report import read_identity_tsv
from kg.vocab import load_vocab

VOCAB = load_vocab()


def sight(article, block, native="", orgs=(), name=""):
    return ArticleContext(
        article, (Sighting(article, block, native, frozenset(orgs), name or native or block),)
    )


def test_each_join_has_its_evidence_and_each_refused_pair_its_reason():
    contexts = [
        sight("a.txt", "wangwei", "王伟", {"qinghepetro"}),
        sight("b.txt", "wangwei", "王伟", {"qinghepetro"}),
        sight("c.txt", "wangwei", "汪伟", {"beiyuangrid"}),
        sight("d.txt", "wangwei", "王伟", {"lanshanbank"}),
    ]
    rows = resolve_identities(contexts, VOCAB).rows
    same = [r for r in rows if r.verdict == "same"]
    assert [(r.first, r.second, r.reason) for r in same] == [
        ("b.txt#王伟", "a.txt#王伟", "a role at qinghepetro")
    ]
    apart = {(r.first, r.second): r.reason for r in rows if r.verdict == "different"}
    assert len(apart) == 3
    assert "different Han names (王伟 and 汪伟)" in apart.values()
    assert "roles at unrelated organisations (qinghepetro | lanshanbank)" in apart.values()


def test_a_namesake_arriving_later_does_not_rename_the_person_seen_most():
    first = [
        sight("a.txt", "wangwei", "王伟", {"qinghepetro"}),
        sight("b.txt", "wangwei", "王伟", {"qinghepetro"}),
    ]
    before = resolve_identities(first, VOCAB)
    assert before.keys == {}  # one person: the plain key, the IRI a name gives
    later = [*first, sight("c.txt", "wangwei", "王伟", {"lanshanbank"})]
    after = resolve_identities(later, VOCAB)
    assert after.keys[("a.txt", "wangwei", "王伟")] == "wangwei"  # kept
    assert after.keys[("c.txt", "wangwei", "王伟")] == "wangwei~王伟/lanshanbank"
    third = [*later, sight("d.txt", "wangwei", "汪伟", {"beiyuangrid"})]
    again = resolve_identities(third, VOCAB)
    for article in ("a.txt", "c.txt"):
        key = ("wangwei", "王伟")
        assert again.keys[(article, *key)] == after.keys[(article, *key)]


def test_judgements_override_the_resolver_both_ways():
    contexts = [
        sight("a.txt", "wangwei", "王伟", {"qinghepetro"}),
        sight("b.txt", "wangwei", "王伟", {"qinghepetro"}),
        sight("c.txt", "wangwei", "王伟", {"lanshanbank"}),
    ]
    a, b, c = (PersonRef(x, "wangwei", "王伟") for x in ("a.txt", "b.txt", "c.txt"))
    judged = resolve_identities(
        contexts, VOCAB, [Judgement(False, a, b, 1), Judgement(True, a, c, 2)]
    )
    keys = judged.keys
    assert keys[("a.txt", "wangwei", "王伟")] == keys[("c.txt", "wangwei", "王伟")]
    assert keys[("a.txt", "wangwei", "王伟")] != keys[("b.txt", "wangwei", "王伟")]
    reasons = {r.reason for r in judged.rows}
    assert "judged the same (judgements line 2)" in reasons
    assert "judged different (judgements file)" in reasons
    # a `different` verdict wins over a `same` one that would join the pair through a third
    both = resolve_identities(
        contexts,
        VOCAB,
        [Judgement(False, a, c, 1), Judgement(True, a, c, 2)],
    )
    assert both.keys[("a.txt", "wangwei", "王伟")] != both.keys[("c.txt", "wangwei", "王伟")]


def test_a_judgement_naming_a_node_by_its_iri(tmp_path):
    contexts = [
        sight("a.txt", "wangwei", "王伟", {"qinghepetro"}),
        sight("c.txt", "wangwei", "王伟", {"lanshanbank"}),
    ]
    keys = resolve_identities(contexts, VOCAB).keys
    other = keys[("c.txt", "wangwei", "王伟")]
    file = tmp_path / "j.tsv"
    file.write_text(
        f"# my verdicts\nsame\thttps://kg.invalid/id/person/{other}\ta.txt#王伟\n",
        encoding="utf-8",
    )
    joined = resolve_identities(contexts, VOCAB, load_judgements(file))
    assert joined.keys == {}  # one person again


def test_judgements_that_match_nothing_are_reported(tmp_path):
    file = tmp_path / "j.tsv"
    file.write_text("different\ta.txt#Jane Roe\tb.txt#John Roe\n", encoding="utf-8")
    result = resolve_identities([sight("a.txt", "janeroe")], VOCAB, load_judgements(file))
    assert result.problems == [
        "judgements line 1: a.txt#janeroe and b.txt#johnroe are not two mentions of one name "
        "in this build; not applied"
    ]


def test_a_malformed_judgements_file_is_one_line(tmp_path, capsys):
    file = tmp_path / "j.tsv"
    file.write_text("maybe\ta.txt#X\tb.txt#X\n", encoding="utf-8")
    try:
        load_judgements(file)
    except JudgementError as exc:
        assert str(exc).endswith(
            "j.tsv:1: expected 'same' or 'different' and two persons, tab-separated"
        )
    else:
        raise AssertionError("no error")
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    code = main(["build", str(src), "--out", str(tmp_path / "out"), "--judgements", str(file)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "j.tsv:1: expected" in err


ARTICLES = {
    "a.txt": "青河石化集团召开年中工作会议\n2024年5月6日\n5月5日，青河石化集团召开年中工作会议。集团董事长王伟出席会议并讲话。\n",
    "b.txt": "兰山银行召开工作会议\n2024年5月8日\n5月7日，兰山银行召开年中工作会议。兰山银行董事长王伟出席会议并讲话。\n",
}


def test_build_writes_identity_tsv_and_kg_identity_lists_the_open_pairs(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html", "--quiet"]) == 0
    rows = read_identity_tsv((out / "identity.tsv").read_text(encoding="utf-8"))
    assert [r["verdict"] for r in rows] == ["different"]
    assert rows[0]["reason"].startswith("roles at unrelated organisations (")
    capsys.readouterr()
    assert main(["identity", str(out)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].startswith("different\twangwei")
    # the user says they are one person: the next build joins them, and says why
    _verdict, first, second = listed[0].split("\t")[:3]
    (tmp_path / "j.tsv").write_text(f"same\t{first}\t{second}\n", encoding="utf-8")
    args = ["build", str(src), "--out", str(out), "--no-html", "--quiet"]
    assert main([*args, "--judgements", str(tmp_path / "j.tsv")]) == 0
    rows = read_identity_tsv((out / "identity.tsv").read_text(encoding="utf-8"))
    assert [(r["verdict"], r["reason"]) for r in rows] == [
        ("same", "judged the same (judgements line 1)")
    ]
    capsys.readouterr()
    assert main(["identity", str(out)]) == 0
    assert "no open pairs" in capsys.readouterr().out


def test_mentions_without_context_are_not_joined_when_several_people_bear_the_name():
    contexts = [
        sight("a.txt", "liulinming", orgs={"qinghepetro"}, name="Liu Linming"),
        sight("b.txt", "liulinming", orgs={"lanshanbank"}, name="Liu Linming"),
        sight("c.txt", "liulinming", name="Liu Linming"),
        sight("d.txt", "liulinming", name="Liu Linming"),
    ]
    ids = resolve_identities(contexts, VOCAB)
    keys = [ids.key(a, "Liu Linming", None) for a in ("a.txt", "b.txt", "c.txt", "d.txt")]
    assert len(set(keys)) == 4  # two people with context, and nothing to join c or d to either
    from kg.model.ids import make_iri

    assert len({make_iri("person", k) for k in keys}) == 4  # no key collapses into another's IRI


def test_mentions_without_context_join_when_one_person_bears_the_name():
    contexts = [
        sight("a.txt", "liulinming", orgs={"qinghepetro"}, name="Liu Linming"),
        sight("c.txt", "liulinming", name="Liu Linming"),
        sight("d.txt", "liulinming", name="Liu Linming"),
    ]
    ids = resolve_identities(contexts, VOCAB)
    assert len({ids.key(a, "Liu Linming", None) for a in ("a.txt", "c.txt", "d.txt")}) == 1


def test_a_person_told_apart_by_nothing_printable_has_an_iri_of_their_own():
    from kg.model.ids import make_iri

    assert make_iri("person", "liulinming~/") != make_iri("person", "liulinming")
