"""Session 28: government press releases of a special administrative region: a portfolio
secretary named with no body of his own is not the post of an office whose name merely holds
"Government" ("officials from the Liaison Office of the Central Government in X"), and
"Those attending the meeting included the Secretary for Y, Ms A; and ..." lists attendees even
with titles between the names."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en, role_set

HEADLINE = "Secretary hosts reception"


def test_secretary_is_not_the_liaison_offices() -> None:
    found = extract_en(
        "The Secretary for Trade and Industry, Mr Alvin Toh, today (May 3) hosted a dinner for "
        "50 guests, including officials from the Liaison Office of the Central People's "
        "Government in the Marlow Special Administrative Region.",
        headline=HEADLINE,
    )
    assert not {r for r in role_set(found) if r[0] == "Alvin Toh"}


def test_secretary_of_a_government_the_sentence_names() -> None:
    found = extract_en(
        "The delegation of the Marlow SAR Government will include the Secretary for Trade and "
        "Industry, Mr Alvin Toh; and the Secretary for Justice, Mr Dan Ho.",
        headline=HEADLINE,
    )
    assert ("Alvin Toh", "other", "Marlow SAR Government", "current") in role_set(found)


def test_those_attending_the_meeting_with_titles() -> None:
    found = extract_en(
        "The Governor, Mr Tam Lok Wing, met with Ms Yeo Hui. During the meeting held on Tuesday "
        "(2 May) at Government House, Mr Tam welcomed a delegation led by Ms Yeo.\n\n"
        "Those attending the meeting included the Secretary for Social Affairs, Ms Ng Lam; and "
        "the Chief-of-Office of the Governor's Office, Ms Chan Kak.",
        headline="Governor meets visiting delegation",
    )
    [event] = [e for e in found.events if e.start and e.start.isoformat() == "2023-05-02"]
    parts = attendees(event)
    assert parts.get("Ng Lam") == "attendee"
    assert parts.get("Chan Kak") == "attendee"
