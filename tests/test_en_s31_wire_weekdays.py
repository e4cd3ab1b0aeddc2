"""Wire copy that drops "on" before a weekday: "The Minister, X, Monday received ..." and
"X received Sunday the ambassador ..." date the meeting (sentences invented)."""

from __future__ import annotations

from datetime import date

from tests.helpers_en import extract_en


def _dates(found) -> set[date]:
    return {e.start for e in found.events}


def test_weekday_between_an_apposition_and_the_verb_dates_the_meeting():
    found = extract_en(
        "The Minister of Foreign Affairs, Karim Odalo, Monday received at his office a "
        "delegation of the Council for Trade Relations.",
        published="2023-05-04",
    )
    assert date(2023, 5, 1) in _dates(found)


def test_weekday_right_after_the_verb_dates_the_meeting():
    found = extract_en(
        "The Foreign Minister, Prof. Karim Odalo, received Sunday the ambassador of Brazil, "
        "Pedro Lanz.",
        published="2023-05-04",
    )
    assert date(2023, 4, 30) in _dates(found)
