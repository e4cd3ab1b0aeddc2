"""Date finding and resolution (kg/extract/dates.py): English, machine-translated and Chinese forms."""

from datetime import date

import pytest
from kg.extract.dates import (
    day_by_publication,
    find_dates,
    find_year,
    resolve,
    resolve_day,
    resolve_month_day,
)

REF = date(2022, 7, 28)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("3 month14 day, the group held2022 annual safety meeting", date(2022, 3, 14), None),
        ("On July 7, the group held its work conference", date(2022, 7, 7), None),
        ("On April 23rd, the delegation arrived", date(2022, 4, 23), None),
        ("On the morning of May 19, they went to the plant", date(2022, 5, 19), None),
        ("from May 11 to 14, he investigated three plants", date(2022, 5, 11), date(2022, 5, 14)),
        ("From June 30 to July 2, the team toured the mines", date(2022, 6, 30), date(2022, 7, 2)),
        ("7 month 20 day to 22 day, the training was held", date(2022, 7, 20), date(2022, 7, 22)),
        (
            "6 month 30 day to 7 month 2 day, the team inspected",
            date(2022, 6, 30),
            date(2022, 7, 2),
        ),
        ("The forum opened on 12 May 2019 in the capital", date(2019, 5, 12), None),
        ("The fair ran from 7 to 9 July in the city", date(2022, 7, 7), date(2022, 7, 9)),
        ("2020-11-05 posted", date(2020, 11, 5), None),
        ("July 9, 2020, the board met", date(2020, 7, 9), None),
        ("2月2日，公司召开会议", date(2022, 2, 2), None),
        ("2021年11月3日，公司召开会议", date(2021, 11, 3), None),
    ],
)
def test_dates_resolve_against_publication(text, start, end):
    mention = find_dates(text)[0]
    assert resolve(mention, REF) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "the spirit of the 19th National Congress",
        "on the 15th Five-Year Plan",
        "we may 5 times review",
        "the XNUMXth Five-Year Plan period",
        "2 million tons of alumina",
    ],
)
def test_dates_ignore_non_dates(text):
    assert find_dates(text) == []


def test_month_day_after_publication_belongs_to_previous_year():
    assert resolve_month_day(12, 28, date(2022, 1, 5)) == date(2021, 12, 28)


def test_month_day_shortly_after_publication_is_an_announcement():
    assert resolve_month_day(8, 3, date(2022, 7, 28)) == date(2022, 8, 3)


def test_year_hint_used_without_publication_date():
    assert resolve_month_day(7, 26, None, 2019) == date(2019, 7, 26)


def test_old_year_hint_beats_publication_year():
    assert resolve_month_day(7, 7, date(2023, 1, 5), 2020) == date(2020, 7, 7)


def test_no_guess_without_year():
    assert resolve_month_day(7, 26, None, None) is None
    assert resolve(find_dates("On July 7, the group met")[0], None) is None


def test_day_only_needs_a_previous_date():
    mention = find_dates("he also met the mayor on the 15th, and")[0]
    assert mention.month is None
    assert resolve(mention, REF, None, None) is None
    assert resolve(mention, REF, None, date(2020, 6, 17)) == (date(2020, 6, 15), None)
    assert resolve_day(31, date(2021, 6, 1)) == date(2021, 5, 31)
    assert resolve_day(20, date(2021, 6, 17)) == date(2021, 6, 20)
    assert resolve_day(31, date(2021, 9, 1), date(2021, 8, 30)) == date(2021, 8, 31)
    assert resolve_day(1, date(2021, 9, 1), date(2021, 8, 30)) == date(2021, 9, 1)


def test_a_day_after_publication_is_of_the_month_before_only():
    assert day_by_publication(29, date(2023, 4, 10)) == date(2023, 3, 29)
    assert day_by_publication(29, date(2023, 3, 28)) is None  # February 2023 has no 29th
    assert day_by_publication(31, date(2021, 5, 2)) is None  # nor April a 31st


@pytest.mark.parametrize(
    "text, year",
    [
        ("the group held2022 annual safety meeting", 2022),
        ("Annual Safety Meeting in 2021", 2021),
        ("the 12 annual work conference", None),
    ],
)
def test_find_year(text, year):
    assert find_year(text) == year


def test_invalid_calendar_dates_are_dropped():
    assert resolve(find_dates("On February 30, the board met")[0], REF) is None


def test_day_first_dates_with_dashes_or_dots_are_read_and_slashes_are_not_guessed():
    from kg.read.dateline import parse_dates

    assert [d.isoformat() for _, d in parse_dates("28-06-2031 Orvanta Power")] == ["2031-06-28"]
    assert [d.isoformat() for _, d in parse_dates("Posted 05.11.2031")] == ["2031-11-05"]
    assert parse_dates("06/07/2031") == []  # June 7 or 6 July: not guessed
    assert parse_dates("version 10.12.2031.5") == []
    assert parse_dates("31-02-2031") == []


def test_month_first_dates_are_read_where_the_day_cannot_be_a_month():
    from kg.read.dateline import find_published, parse_dates

    assert [d.isoformat() for _, d in parse_dates("Posted Date:09-14-2031")] == ["2031-09-14"]
    assert [d.isoformat() for _, d in parse_dates("11/23/2031 Orvanta Power")] == ["2031-11-23"]
    assert parse_dates("11/12/2031") == []  # either could be the month: not guessed
    text = "Home > News\nOrvanta Power opens a plant\nSource: Posted Date:10-21-2031\n\nThe plant opened.\n"
    assert find_published(text, "Orvanta Power opens a plant") == date(2031, 10, 21)


def test_a_day_with_a_dot_before_the_month_is_read():
    from kg.read.dateline import parse_dates

    assert [d.isoformat() for _, d in parse_dates("Friday 27. February 2031 - X")] == ["2031-02-27"]


def test_a_date_line_under_a_headline_that_names_a_date_is_the_publication_date():
    from kg.read.dateline import find_published

    headline = "Orvanta Power renews its president's term from 1 January 2033"
    text = f"{headline}\n2031-04-27\n\nThe board met yesterday (26th) and renewed the term.\n"
    assert find_published(text, headline) == date(2031, 4, 27)
    headline = "Tuesday, December 23, 2031"  # a date line taken for the headline stays the date
    text = f"{headline}\n\nOrvanta Power names its chief, effective January 13, 2032.\n"
    assert find_published(text, headline) == date(2031, 12, 23)


def test_a_slashed_dateline_of_a_chinese_page_comes_before_a_later_date_in_the_text():
    from kg.read.dateline import find_published

    headline = "里斯本某大学访问本会"
    text = f"{headline}\n03/02/2031\n\n该校校长一行于2031年1月17日来访本会，并与本会主席会晤。\n"
    assert find_published(text, headline) == date(2031, 2, 3)


def test_a_dateline_with_the_month_between_hyphens_is_the_publication_date():
    from kg.read.dateline import find_published

    text = "Change at the top of the board\n\n25-Sep-2017 Ann Lee resigns. She would resign on September 24, 2017.\n"
    assert find_published(text, "Change at the top of the board") == date(2017, 9, 25)


def test_an_ordinal_day_glued_to_its_month_in_a_dateline_is_read():
    from kg.read.dateline import find_published

    text = "Lakeport,4thMarch,2031 (Coastal Wire):Minister Ada Lind today opened the depot.\n"
    assert find_published(text, text.strip()) == date(2031, 3, 4)


def test_a_date_labelled_update_with_a_clock_is_the_publication_date_when_no_other_is_given():
    from kg.read.dateline import find_published

    headline = "Minister meets the heads of three shipping lines"
    text = f"{headline}\n\nUpdate: 2031-03-04 22:26 GMT\nThe minister on Tuesday met them.\n"
    assert find_published(text, headline) == date(2031, 3, 4)
