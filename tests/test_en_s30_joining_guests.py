"""Guests who joined a dated call: "Also joining them were A and B" after a courtesy call
(sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_also_joining_them_were_lists_attendees_of_the_call():
    found = extract_en(
        "President Harlan Moyo received the visiting Governor of Westmark, Edwin Castell, at "
        "State House today. Following the courtesy call, the President hosted a lunch for the "
        "delegation. Also joining them were Prime Minister Ruth Okoro and Mrs Dana Okoro.",
        published="2022-03-10",
    )
    parts = {p.person: p.part for e in found.events for p in e.participants}
    assert parts.get("Ruth Okoro") == "attendee"
    assert parts.get("Dana Okoro") == "attendee"
