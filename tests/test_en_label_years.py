"""A year used as a label ("a 1994 alumnus", "the 2035 goals", "Vision 2030", a plan's period in
brackets) or a day of an earlier year told in passing is not the time of the sentence: the
sentence's people still attend the event, while a sentence about another year adds none
(sentences invented for these tests)."""

from __future__ import annotations

from datetime import date

from tests.helpers_en import attendees, extract_en


def _on(body: str, day: date, published: str = "2023-10-12") -> dict[str, str]:
    events = [e for e in extract_en(body, published=published).events if e.start == day]
    assert events, f"no event on {day}"
    return attendees(events[0])


def test_an_alumnus_year_in_the_list_of_attendees():
    got = _on(
        "On the morning of October 9th, the graduation ceremony was held at the Ridgeway campus."
        " Attending the ceremony were Marta Ellison, president of Ridgeway College, Edwin Farrow,"
        " the 1994 alumnus of the School of Law, and other guests.",
        date(2023, 10, 9),
    )
    assert {"Marta Ellison", "Edwin Farrow"} <= set(got)


def test_a_graduating_class_in_a_later_sentence():
    got = _on(
        "On October 9, Ridgeway College held its opening ceremony for new students."
        " Jonas Pereira, a member of the class of 2005, attended the ceremony.",
        date(2023, 10, 9),
    )
    assert "Jonas Pereira" in got


def test_a_programme_named_with_its_year():
    got = _on(
        "On October 10, Governor Ilse Marwick visited the Brackenfield wind farm."
        " Paolo Venn and Rhea Sandoval accompanied her and briefed her on the province's"
        " Vision 2040 and its 2035 goals for clean power.",
        date(2023, 10, 10),
    )
    assert {"Paolo Venn", "Rhea Sandoval"} <= set(got)


def test_a_plans_period_in_brackets():
    got = _on(
        "On October 10, the provincial planning symposium was held in Dunmore."
        " Nadia Koster and Felix Armand attended the symposium, which reviewed the Seventh"
        " Development Plan (2026-2030).",
        date(2023, 10, 10),
    )
    assert {"Nadia Koster", "Felix Armand"} <= set(got)


def test_a_day_of_an_earlier_year_told_in_passing_does_not_end_the_event():
    got = _on(
        "On the afternoon of October 11th 2023, Minister Carla Voss visited Eastbrook General"
        " Hospital. Minister Voss praised the response the hospital made to the March 3rd"
        " Eastbrook Ferry Fire in 2017. The visit was also attended by Deputy Mayor Victor Hale and"
        " Dr. Amara Quist.",
        date(2023, 10, 11),
    )
    assert {"Carla Voss", "Victor Hale", "Amara Quist"} <= set(got)
    # the sentences about another time still add no one
    got = _on(
        "On October 11, Minister Carla Voss visited Eastbrook General Hospital."
        " Deputy Mayor Victor Hale had attended the opening of its new wing in 2019."
        " Voss praised the work of Dr. Amara Quist after the March 3rd ferry fire in 2017.",
        date(2023, 10, 11),
    )
    assert "Carla Voss" in got
    assert "Victor Hale" not in got and "Amara Quist" not in got
