"""Translated city news: the page's reporter named in brackets before the lead takes no part in
the meeting, and "city leaders" on a people's congress page are no posts of the congress
(invented text)."""

from __future__ import annotations

from tests.helpers_en import extract_en

TEXT = (
    "All Media News from Qinghe Daily (Reporter Tan Yu) On the morning of December 28, the "
    "Bureau of the Municipal People's Congress held its fourth meeting. Ren Kai presided over "
    "the meeting, city leaders Lu Bo and Bo Lin attended the meeting."
)


def test_the_reporter_in_brackets_takes_no_part():
    found = extract_en(TEXT)
    (event,) = [e for e in found.events if e.kind == "meeting"]
    people = {p.person for p in event.participants}
    assert "Tan Yu" not in people
    assert {"Ren Kai", "Lu Bo", "Bo Lin"} <= people


def test_city_leaders_are_not_the_congress_leaders():
    found = extract_en(TEXT)
    assert not [r for r in found.roles if "Congress" in r.org]
