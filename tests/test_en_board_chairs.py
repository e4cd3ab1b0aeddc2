"""Chairs of a board told by a verb, and companies named by a brand and a country (sentences
written for these tests)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Veltra names a new chair"):
    return extract_article(make_article("x.txt", f"{headline}\n\n{body}\n"))


def roles(got) -> set[tuple[str, str, str, str]]:
    return {(r.person, r.role, r.org, r.status) for r in got.roles}


def test_who_chaired_the_board_and_is_standing_down_has_a_successor():
    got = found(
        "Veltra announced on Monday that Omar Tillet (pictured), who chaired the board since"
        " 2011, is standing down and will be succeeded by Helen Varga. Veltra said the board"
        " thanked him."
    )
    assert ("Omar Tillet", "chairman", "Veltra", "former") in roles(got)
    assert ("Helen Varga", "chairman", "Veltra", "current") in roles(got)


def test_who_has_chaired_the_board_since_is_current():
    got = found(
        "Veltra Holdings said Omar Tillet, who has chaired the board since 2011, will speak at"
        " its meeting."
    )
    assert ("Omar Tillet", "chairman", "Veltra Holdings", "current") in roles(got)


def test_an_unread_board_name_gives_no_chair():
    got = found("Veltra Holdings said Omar Tillet, who chaired the Audit Risk board, will speak.")
    assert not {r for r in roles(got) if r[1] == "chairman"}


def test_a_brand_and_a_country_are_no_person_and_the_country_no_company():
    got = found(
        "Veltra New Zealand announced Omar Tillet will retire. Veltra said its focus remains on"
        " the New Zealand market. Veltra's board thanked him.",
        headline="Veltra chair to retire",
    )
    assert "Veltra New Zealand" not in {p.name for p in got.persons}
    assert "Zealand" not in {o.name for o in got.orgs}
