"""English shapes met on real news pages (sentences written for the tests, names invented):
honorific styles that are no names, long names with several particles, rulers, audiences
("received"), and "Present also at the meeting were".
"""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article

GULF = """Crown prince receives ruler

MUSCAT, 3 May 2031 (WAM) - His Highness Sheikh Rashid bin Saeed Al Qasimi, Crown Prince of Ras
Kharima, today received His Highness Sheikh Khalid bin Humaid Al Mualla, Ruler of Umm Sahra, at
Qasr Al Waha.

The meeting was attended by H.H. Sheikh Hamad bin Rashid bin Saeed Al Qasimi, Deputy Ruler of Ras
Kharima; and Sheikh Sultan bin Hamad bin Rashid Al Qasimi, Chairman of the Ras Kharima Ports Company.
""".replace("\n", " ").replace("  ", "\n\n")


def _extract(text: str):
    return extract_article(make_article("x.txt", text))


def test_styles_of_address_are_no_names_and_particles_do_not_cut_long_names():
    names = {p.name for p in _extract(GULF).persons}
    assert "His Highness" not in names
    assert {
        "Rashid bin Saeed Al Qasimi",
        "Khalid bin Humaid Al Mualla",
        "Hamad bin Rashid bin Saeed Al Qasimi",
        "Sultan bin Hamad bin Rashid Al Qasimi",  # Sultan is a given name here, not a title
    } <= names


def test_rulers_and_an_audience_make_roles_and_talks():
    found = _extract(GULF)
    roles = {(r.person, r.org) for r in found.roles}
    assert ("Khalid bin Humaid Al Mualla", "Umm Sahra") in roles
    assert ("Hamad bin Rashid bin Saeed Al Qasimi", "Ras Kharima") in roles
    (talks,) = [e for e in found.events if e.kind == "talks"]
    assert str(talks.start) == "2031-05-03"
    parts = {p.person: p.part for p in talks.participants}
    assert parts["Rashid bin Saeed Al Qasimi"] == "host"
    assert parts["Hamad bin Rashid bin Saeed Al Qasimi"] == "attendee"


def test_present_also_at_the_meeting_were():
    found = _extract(
        "Governor meets chairman\n\n2031-06-16\n\nOn June 14, Westland governor Hu Deming met with "
        "Larkspur Group board chairman Tan Weiguo. Present also at the meeting were Eastport mayor "
        "Qiu Lin and secretary general Mo Tianhe.\n"
    )
    (talks,) = found.events
    parts = {p.person: p.part for p in talks.participants}
    assert parts["Qiu Lin"] == parts["Mo Tianhe"] == "attendee"
    assert parts["Hu Deming"] == "met"
