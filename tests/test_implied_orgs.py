"""An organisation a title implies ("General Secretary X", "X总书记") is the article's only where
the text names it; else neither it nor the role given to it is kept. Sentences written here."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def zh(body: str):
    return extract_article(make_article("x.txt", f"虚构新闻标题用于测试\n2024年3月2日\n{body}\n"))


def en(body: str):
    return extract_article(
        make_article("x.txt", f"Plant holds safety meeting\n date 2024-03-02 {body}\n")
    )


def test_a_general_secretary_quoted_on_a_page_that_names_no_party_adds_no_party():
    got = zh("会议强调，要深入学习习近平总书记重要讲话精神。")
    assert "Xi Jinping" in {p.name for p in got.persons}
    assert not got.orgs
    assert not got.roles
    got = en("The meeting studied General Secretary Xi Jinping's important speech.")
    assert not [o for o in got.orgs if "Communist" in o.name]
    assert not [r for r in got.roles if r.role == "general-secretary"]


def test_a_page_that_names_the_party_keeps_the_party_and_the_post():
    got = zh("会议强调，要深入学习党的二十大精神和习近平总书记重要讲话精神。")
    assert ("Xi Jinping", "general-secretary") in {(r.person, r.role) for r in got.roles}
    got = en(
        "The meeting studied General Secretary Xi Jinping's speech on the centenary of the "
        "Communist Party of China."
    )
    assert ("Xi Jinping", "general-secretary") in {(r.person, r.role) for r in got.roles}


def test_a_page_that_names_the_central_committee_gives_the_post_to_the_committee():
    got = zh("会议要求，认真落实习近平总书记重要指示和党中央决策部署，推进安全生产。")
    assert {(r.person, r.role, r.org) for r in got.roles} == {
        ("Xi Jinping", "general-secretary", "党中央")
    }
    assert {o.name for o in got.orgs} == {"党中央"}
    got = en(
        "The plant studied General Secretary Xi Jinping's instructions and the decisions of the "
        "CPC Central Committee on work safety."
    )
    posts = {(r.person, r.role, r.org) for r in got.roles if r.role == "general-secretary"}
    assert posts == {("Xi Jinping", "general-secretary", "CPC Central Committee")}
    assert not [o for o in got.orgs if o.name in ("Communist Party of China", "CPC")]


def test_the_party_named_besides_its_central_committee_stays_an_organisation():
    got = zh("会议学习了党的二十大精神和习近平总书记重要讲话，落实党中央部署。")
    assert ("Xi Jinping", "general-secretary", "党中央") in {
        (r.person, r.role, r.org) for r in got.roles
    }
    assert "中国共产党" in {o.name for o in got.orgs}


def test_the_committee_named_after_the_party_s_acronym_takes_the_post():
    got = en(
        "The plant studied General Secretary Xi Jinping's instructions and the decisions of the "
        "Communist Party of China (CPC) Central Committee on work safety."
    )
    committee = "Communist Party of China (CPC) Central Committee"
    posts = {(r.person, r.role, r.org) for r in got.roles if r.role == "general-secretary"}
    assert posts == {("Xi Jinping", "general-secretary", committee)}
    assert "CPC Central Committee" in next(o for o in got.orgs if o.name == committee).aliases
