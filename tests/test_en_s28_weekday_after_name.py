"""A bare weekday that follows the met person's name or the place of the meeting, as wire copy
writes it ("met with X in Ruritania City Tuesday,"), dates the meeting; a feast day does not."""

from datetime import date

from kg.extract.dates import find_relative_day
from tests.helpers_en import attendees, extract_en

PUBLISHED = date(2023, 5, 6)  # a Saturday


def test_weekday_after_place_dates_meeting() -> None:
    found = extract_en(
        "Northland Foreign Minister Alma Quist met with Southland State Councilor Boris Teller "
        "in Geneva Tuesday, and affirmed the value of regular talks between the two countries."
    )
    dated = [e for e in found.events if e.start == date(2023, 5, 2)]
    assert dated, [(e.start, e.kind) for e in found.events]
    parts = attendees(dated[0])
    assert "Alma Quist" in parts and "Boris Teller" in parts


def test_weekday_after_name_dates_meeting() -> None:
    found = extract_en(
        "Southland President Carla Vennet met with visiting Northland Foreign Minister "
        "Alma Quist Thursday, discussing a planned state visit later this year."
    )
    dated = [e for e in found.events if e.start == date(2023, 5, 4)]
    assert dated, [(e.start, e.kind) for e in found.events]
    parts = attendees(dated[0])
    assert "Carla Vennet" in parts and "Alma Quist" in parts


def test_feast_day_is_no_weekday() -> None:
    assert (
        find_relative_day("The shops opened early on Black Friday, and Good Friday.", PUBLISHED)
        is None
    )
    assert find_relative_day("Crowds gathered for Easter Sunday in the square.", PUBLISHED) is None
    assert (
        find_relative_day("Voters went to the polls in Super Tuesday, with results.", PUBLISHED)
        is None
    )
