"""Organisation names cut at their edges: a compass word before a region ("X South Africa CEO")
and a place printed before a one-word brand that the text never prints alone (sentences
invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_country_of_a_compass_word_stays_in_the_company_name():
    found = extract_en("Kestrel South Africa CEO Wim Berg said the plant would reopen in May.")
    assert any(r.person == "Wim Berg" and r.org == "Kestrel South Africa" for r in found.roles)
    assert not any(r.org == "Kestrel South" for r in found.roles)


def test_compass_region_stays_in_the_company_name():
    found = extract_en(
        "Nordlux Southwest Asia president and CEO Ken Pak called on the Chief Minister on Tuesday."
    )
    assert any(r.person == "Ken Pak" and r.org == "Nordlux Southwest Asia" for r in found.roles)


def test_place_before_a_brand_never_printed_alone_is_part_of_its_name():
    found = extract_en(
        "China Lotus has also appointed Tan Wei Ming as joint company secretary. China Lotus "
        "also appointed Lee Kah Po as its new financial controller."
    )
    roles = role_set(found)
    assert ("Tan Wei Ming", "board-secretary", "China Lotus", "current") in roles
    assert not any(r.org == "Lotus" for r in found.roles)
