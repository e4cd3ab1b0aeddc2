"""Datelines in capitals before a company's name (sentences written for these tests): the place is
furniture, the company's name keeps its first letter and is read whole."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import blank_furniture, make_article


def found(body: str):
    return extract_article(
        make_article("x.txt", f"Company chairman meets the minister\n\n{body}\n")
    )


def test_a_date_stamp_and_a_place_in_capitals_blank_only_whole_words():
    line = "date 2022-10-07 LONDON Kavo Sons chairman Anil Mehta met the minister."
    kept = blank_furniture(line)
    assert kept.endswith("Kavo Sons chairman Anil Mehta met the minister.")
    assert "LONDON" not in kept


def test_the_company_after_a_dateline_place_is_read_whole():
    for body in (
        "date 2022-10-07 LONDON Kavo Sons chairman Anil Mehta met the minister.",
        "LUCKNOW Kavo Sons chairman Anil Mehta met the chief minister.",
    ):
        got = found(body)
        assert ("Anil Mehta", "chairman", "Kavo Sons") in {
            (r.person, r.role, r.org) for r in got.roles
        }
        assert not {o.name for o in got.orgs} & {"Sons", "LUCKNOW", "LONDON"}


def test_a_name_in_capitals_that_is_no_place_opens_its_company():
    got = found("KESTRELPOWER International Group Ltd. and Kavo Sons signed the deal.")
    assert "KESTRELPOWER International Group Ltd." in {o.name for o in got.orgs}


def test_a_dateline_with_its_date_before_a_colon_is_furniture():
    for line in (
        "NEW DELHI, March 3, 2023: Trade Minister Ravi Menon met the governor on Tuesday.",
        "PORT LOUIS, Oct. 3 -- Trade Minister Ravi Menon met the governor on Tuesday.",
    ):
        kept = blank_furniture(line)
        assert kept.lstrip().startswith("Trade Minister Ravi Menon")
        got = found(line)
        assert not {o.name for o in got.orgs} & {"NEW", "PORT", "NEW DELHI", "PORT LOUIS"}
        assert "Ravi Menon" in {p.name for p in got.persons}
