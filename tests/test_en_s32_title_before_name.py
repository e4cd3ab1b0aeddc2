"""A title printed before its holder's name, its organisation after the name ("Speaker A of the X
Congress") or printed with the title before a comma ("Political Officer at the X Embassy in Y,
A"; "the Trade Minister, Dr A" where the text names the Ministry of Trade): the post is that
body's, never the page's organisation (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

_LEAD = "Marlow Shipping Group held talks with visiting envoys on Monday. "


def test_body_after_the_name_is_the_titles():
    found = extract_en(
        _LEAD + "The delegation met chairman U Kyaw Thet of the Northern Highland Army in the "
        "hall.",
        headline="Marlow Shipping Group hosts envoys",
    )
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("U Kyaw Thet", "chairman", "Northern Highland Army") in roles
    assert not any(r.org == "Marlow Shipping Group" for r in found.roles)


def test_body_after_the_name_only_partly_read_gives_no_post():
    found = extract_en(
        _LEAD + "The envoy paid a courtesy call on Speaker Tobin Rayne of the NHQ Congress.",
        headline="Marlow Shipping Group hosts envoys",
    )
    assert not any(r.person == "Tobin Rayne" for r in found.roles)


def test_unlisted_title_at_a_body_then_comma_and_name():
    found = extract_en(
        _LEAD + "The envoy was accompanied by Political Officer at the British Embassy in "
        "Colombo, Anwar Qasim.",
        headline="Marlow Shipping Group hosts envoys",
    )
    held = [(r.role, r.org) for r in found.roles if r.person == "Anwar Qasim"]
    assert held and all(role == "other" and org.startswith("British Embassy") for role, org in held)


def test_minister_comma_honorific_name_takes_the_named_ministry():
    found = extract_en(
        _LEAD + "At the Ministry of Trade, the envoy called on the Trade Minister, Dr. Selma "
        "Ravid.",
        headline="Marlow Shipping Group hosts envoys",
    )
    assert ("Selma Ravid", "other", "Ministry of Trade", "current") in role_set(found)
