"""Session 26 (track 3): a campus page about a visit: the visitors' organisation, named first in
the headline, is not the page's own, whose officials receive them."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_visitors_met_by_the_hosts_leave_the_hosts_titles_at_the_visited_body():
    found = extract_en(
        "On May 3, a delegation led by Ferndale University Chancellor Tom Brask visited QXU. They "
        "were met by Party Secretary Li Dongming and QXU President Wu Haoran. After the meeting, "
        "Chancellor Brask gave a lecture.",
        headline="Ferndale University Chancellor Tom Brask Visits QXU",
    )
    roles = role_set(found)
    assert not any(r[0] == "Li Dongming" and r[2] == "Ferndale University" for r in roles)
    assert ("Tom Brask", "other", "Ferndale University", "current") in roles


def test_our_university_is_not_the_visitors_university():
    found = extract_en(
        "On the afternoon of May 3, a delegation including Tom Brask, Vice President of Ferndale "
        "University, visited our university. The delegation was received by Li Dongming, Vice "
        "President of our university, and the relevant staff.",
        headline="The Delegation of Ferndale University Visits Our University",
    )
    roles = role_set(found)
    assert not any(r[0] == "Li Dongming" and r[2] == "Ferndale University" for r in roles)
    assert any(r[0] == "Tom Brask" and r[2] == "Ferndale University" for r in roles)
