"""A dated meeting sentence that turns to another day ("met A on 19 April, and on 20 April B")
does not give the second day's people the first day."""

from datetime import date

from tests.helpers_en import attendees, extract_en


def test_people_of_the_second_day_are_not_dated_the_first() -> None:
    found = extract_en(
        "The visiting Northland delegation met and held talks on 2 May with Mr. Oren Falk, "
        "Minister of Trade of Southland, and on 3 May with Mr. Ivo Brandt, Vice President of "
        "Southland, on bilateral relations."
    )
    first = [e for e in found.events if e.start == date(2023, 5, 2)]
    assert first
    parts = attendees(first[0])
    assert "Oren Falk" in parts
    assert "Ivo Brandt" not in parts


def test_one_day_sentence_keeps_everyone() -> None:
    found = extract_en(
        "On 2 May, Minister Oren Falk met Mr. Ivo Brandt and Ms. Lena Voss in Ruritania City."
    )
    dated = [e for e in found.events if e.start == date(2023, 5, 2)]
    assert dated
    parts = attendees(dated[0])
    assert {"Oren Falk", "Ivo Brandt", "Lena Voss"} <= set(parts)
