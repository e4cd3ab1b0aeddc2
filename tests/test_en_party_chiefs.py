"""Party chiefs and governors of a place named after "in" (sentences written for these tests)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str) -> set[tuple[str, str, str, str]]:
    got = extract_article(make_article("x.txt", f"Regional reshuffle\n\n{body}\n"))
    return {(r.person, r.role, r.org, r.status) for r in got.roles}


def test_a_party_chief_in_a_province():
    got = roles("Zhao Ming, Party secretary in Jiangxi, visited the plant.")
    assert ("Zhao Ming", "party-secretary", "Jiangxi", "current") in got
    got = roles("Zhao Ming replaced Qian Wei as Party chief in Hunan province.")
    assert ("Zhao Ming", "party-secretary", "Hunan", "current") in got
    assert ("Qian Wei", "party-secretary", "Hunan", "former") in got


def test_replaced_as_new_after_an_apposition():
    got = roles(
        "Zhao Ming, former Party chief of Hubei province, replaced Qian Wei as new Party chief"
        " in Hunan province."
    )
    assert ("Zhao Ming", "party-secretary", "Hubei", "former") in got
    assert ("Zhao Ming", "party-secretary", "Hunan", "current") in got
    assert ("Qian Wei", "party-secretary", "Hunan", "former") in got


def test_top_party_official():
    got = roles("Zhao Ming was named top Party official in Hunan, replacing Qian Wei.")
    assert ("Zhao Ming", "party-secretary", "Hunan", "current") in got


def test_in_a_word_that_is_no_place_gives_nothing():
    got = roles("Zhao Ming, Party secretary in the company, spoke.")
    assert not {r for r in got if r[0] == "Zhao Ming"}


def test_a_title_after_and_closing_an_apposition_is_the_next_name_s():
    got = roles(
        "The delegation headed by Zhao Ming, Party Chief of CPC Hunan Provincial Committee, and"
        " Governor Qian Wei, visited the plant on July 10."
    )
    assert ("Zhao Ming", "party-secretary", "CPC Hunan Provincial Committee", "current") in got
    assert not {r for r in got if r[0] == "Qian Wei" and r[1] == "party-secretary"}
    assert not {r for r in got if r[0] == "Zhao Ming" and r[1] == "governor"}
