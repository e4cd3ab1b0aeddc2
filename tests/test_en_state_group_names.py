"""English names of Chinese state groups and companies before a possessive title (sentences written
for these tests): "China <brand>" with a pinyin brand, "Kestrel's Chairman", and an event's
possessive that names no company."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Group chairman meets city leaders"):
    return extract_article(make_article("x.txt", f"{headline}\n date 2022-03-09 {body}\n"))


def roles(got) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in got.roles}


def test_a_country_word_and_a_pinyin_brand_name_a_state_group():
    got = found(
        "On March 8, Zhu Weiming, China Hengtai's Secretary of the CPC Committee and Chairman, "
        "met with Wu Dali. China Hengtai’s Vice President Huang Jinhua attended the meeting."
    )
    assert "China Hengtai" in {o.name for o in got.orgs}
    assert {
        ("Zhu Weiming", "party-secretary", "China Hengtai"),
        ("Zhu Weiming", "chairman", "China Hengtai"),
        ("Huang Jinhua", "deputy-general-manager", "China Hengtai"),
    } <= roles(got)


def test_a_country_word_before_a_place_or_a_longer_name_is_no_such_group():
    got = found("Leaders from China Zhejiang attended. He visited China Hengtai Holdings Group.")
    names = {o.name for o in got.orgs}
    assert "China Zhejiang" not in names
    assert "China Hengtai" not in names


def test_a_one_word_company_before_a_capitalised_possessive_title():
    got = found("On March 8, Zhu Weiming, Kestrel’s Chairman, met with Wu Dali.")
    assert ("Zhu Weiming", "chairman", "Kestrel") in roles(got)


def test_an_event_before_a_possessive_title_is_no_company():
    got = found(
        "On October 2, while addressing the Trade Partnership Forum's CEO Roundtable, the "
        "minister spoke."
    )
    assert "Forum" not in {o.name for o in got.orgs}


def test_a_country_word_inside_a_longer_name_is_no_state_group():
    got = found("The delegation went on to the coast of the South China Sea on March 9.")
    assert "China Sea" not in {o.name for o in got.orgs}
