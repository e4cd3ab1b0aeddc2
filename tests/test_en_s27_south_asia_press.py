"""Session 27 (track 5): South Asian press-release wording: "Govt." inside an appositive does not
end the sentence (the visitor before it keeps the visit), and "Honourable"/"Hon'ble" before a
title is an epithet, never the first word of an organisation ("Honourable Union")."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en


def test_govt_abbreviation_does_not_cut_the_visitor_from_the_visit():
    found = extract_en(
        "Shri Arvind Kolte, Minister of State for Mines, Govt. of Ruritania, made his maiden "
        "visit today to Varuna Metals Limited Corporate Office at Pune."
    )
    visits = [e for e in found.events if e.kind == "visit"]
    assert visits
    assert attendees(visits[0]).get("Arvind Kolte") == "visitor"


def test_honourable_before_a_title_is_no_organisation():
    found = extract_en(
        "Shri Arvind Kolte, Honourable Union Minister of Mines, visited the head office of "
        "Varuna Metals Limited in Pune on Thursday along with Shri Rohan Mehra, Hon'ble Union "
        "Minister of State for Mines."
    )
    names = {o.name for o in found.orgs}
    assert not any(n.startswith(("Honourable", "Hon'ble")) for n in names)
    assert not any(r.org and r.org.startswith("Honourable") for r in found.roles)


def test_portfolio_secretaries_in_an_attendance_list_are_not_the_pages_body():
    found = extract_en(
        "Chief Minister Ravi Kumar chaired a review meeting on Tuesday. The meeting was attended "
        "by Rural Development and Panchayat Secretary Anil Mehta, Pune Corporation Commissioner "
        "Sunil Rao, Public Secretary K. Dev, Water Resources Secretary Arjun Nair and Revenue "
        "Secretary Vikram Joshi."
    )
    holders = {r.person for r in found.roles}
    for name in ("K. Dev", "Arjun Nair", "Vikram Joshi"):
        assert name not in holders
    meeting = next(e for e in found.events if e.kind == "meeting")
    assert attendees(meeting).get("Arjun Nair") == "attendee"
