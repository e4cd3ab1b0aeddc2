"""English shapes of appointments announced by a third party (sentences written for these tests):
a regulator naming heads of several banks, "For X, A was appointed ...", "A now heads X as ...",
"... with B as the <title>", and a headline whose subject was not read."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Regulator names new bank heads"):
    return extract_article(make_article("x.txt", f"{headline}\n date 2024-01-11 {body}\n"))


def roles(got) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in got.roles}


OPENING = (
    "The Central Bank of Ruritania (CBR), on Wednesday, appointed new executives to oversee the "
    "three banks. "
)


def test_for_an_organisation_opening_the_sentence_sets_its_posts():
    got = found(
        OPENING + "For Wexley Bank, Peter Lawson was appointed as the Managing Director with "
        "Chris Moran as the Executive Director."
    )
    assert {
        ("Peter Lawson", "general-manager", "Wexley Bank"),
        ("Chris Moran", "director", "Wexley Bank"),
    } <= roles(got)
    assert not {r for r in roles(got) if r[2] == "Central Bank of Ruritania"}


def test_heads_an_organisation_as_a_title_and_a_second_holder_with():
    got = found(
        OPENING + "John Harris now heads Arden Bank as the Managing Director with Mary Cole as "
        "the Executive Director."
    )
    assert {
        ("John Harris", "general-manager", "Arden Bank"),
        ("Mary Cole", "director", "Arden Bank"),
    } <= roles(got)
    assert not {r for r in roles(got) if r[2] == "Central Bank of Ruritania"}


def test_a_for_lead_that_names_no_organisation_read_gives_no_post_at_the_page():
    got = found(
        OPENING + "For Wexley Trustco, Peter Lawson was appointed as the Managing Director."
    )
    assert ("Peter Lawson", "general-manager", "Central Bank of Ruritania") not in roles(got)


def test_a_headline_about_an_unread_name_leaves_the_page_without_a_company():
    got = found(
        "Metals Q has announced a board restructure, with Oakden Resources nominee Brett Hall "
        "joining. Recently appointed director Patrick Lane has been elected non-executive "
        "chairman. Oakden Resources, which has a 15 per cent stake, nominated Mr Hall as a "
        "director.",
        headline="Metals Q gets new chairman, managing director to leave",
    )
    assert got.main_org is None
    assert not {r for r in roles(got) if r[0] == "Patrick Lane" and r[2] == "Oakden Resources"}
    assert "Recently" not in {o.name for o in got.orgs}


def test_a_headline_about_a_read_company_keeps_it():
    got = found(
        "Oakden Resources has announced a board restructure. Recently appointed director Patrick "
        "Lane has been elected non-executive chairman.",
        headline="Oakden Resources gets new chairman",
    )
    assert got.main_org == "Oakden Resources"
    assert ("Patrick Lane", "chairman", "Oakden Resources") in roles(got)


def test_a_countrys_firm_is_the_firm_named_after_it_never_the_country():
    got = found(
        "The delegation was led by Ben Okafor, Founder and Chief Executive Officer of Nigeria’s "
        "largest oil production firm— Kavo Group. It was received by Ann Price, Chief Executive "
        "Officer of Nigeria's largest bank.",
        headline="Oil firm delegation visits the regulator",
    )
    assert {
        ("Ben Okafor", "general-manager", "Kavo Group"),
    } <= roles(got)
    assert not {r for r in roles(got) if r[2] == "Nigeria"}
    assert not {r for r in roles(got) if r[0] == "Ann Price"}


def test_a_companys_board_is_still_the_companys():
    got = found("Ann Moss, chairman of Kavo Group's board, spoke.", headline="Board news")
    assert ("Ann Moss", "chairman", "Kavo Group") in roles(got)


def test_a_headline_opening_with_a_kind_of_body_keeps_the_texts_company():
    got = found(
        "Oakden Resources has announced a board restructure. Recently appointed director Patrick "
        "Lane has been elected non-executive chairman.",
        headline="Board names new chairman",
    )
    assert got.main_org == "Oakden Resources"


def test_the_banks_director_is_the_bank_just_named_in_the_sentence():
    got = found(
        OPENING + "It named Yetunde Oni as the Managing Director of Arden Bank while Mannir "
        "Ringim was appointed as the bank's Executive Director."
    )
    assert {
        ("Yetunde Oni", "general-manager", "Arden Bank"),
        ("Mannir Ringim", "director", "Arden Bank"),
    } <= roles(got)
    assert not {r for r in roles(got) if r[2] == "Central Bank of Ruritania"}


def test_the_company_after_a_sentence_set_at_another_is_that_one():
    got = found(
        "Orvane Mining is picking up a new president in Chris Stone, who is leaving Treasury "
        "Metals. Meanwhile at Treasury Metals, the board has appointed Greg Fenton as interim CEO. "
        "The company adds that vice-president of operations Bob Hanley will continue in his role. "
        "The company said vice president Ted Marr will stay.",
        headline="Orvane Mining names a president",
    )
    assert ("Bob Hanley", "deputy-general-manager", "Treasury Metals") in roles(got)
    assert ("Bob Hanley", "deputy-general-manager", "Orvane Mining") not in roles(got)
    assert ("Ted Marr", "deputy-general-manager", "Orvane Mining") in roles(got)
