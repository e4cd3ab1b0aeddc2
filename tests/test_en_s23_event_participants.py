"""Who takes part in an event: a subject named by its title only ("The Governor attended ..."),
people only witnessing a signing, a host who only invited, and places that look like names
(sentences invented for these tests)."""

from __future__ import annotations

from datetime import date

from tests.helpers_en import attendees, extract_en


def _events(body: str, published: str = "2022-07-27"):
    return extract_en(body, published=published).events


def _on(events, day: date) -> dict[str, str]:
    found = [e for e in events if e.start == day]
    assert found, f"no event on {day}"
    return attendees(found[0])


def test_the_title_alone_names_the_one_person_who_bears_it_else_nobody():
    events = _events(
        "Governor Harlan Voss called on President Mirela Dravin at the State House on Tuesday."
        " The Governor attended the swearing-in ceremony of the new cabinet on Monday."
    )
    assert "Harlan Voss" in _on(events, date(2022, 7, 25))
    events = _events(
        "Governor Harlan Voss and Governor Petra Lind met President Mirela Dravin on Tuesday."
        " The Governor attended the swearing-in ceremony of the new cabinet on Monday."
    )
    got = _on(events, date(2022, 7, 25))
    assert "Harlan Voss" not in got and "Petra Lind" not in got  # two may be meant: nobody


def test_the_title_with_a_weekday_before_its_verb():
    events = _events(
        "Chief Minister Orrin Calder on Tuesday held a meeting with Speaker Tamsin Reeve."
        " Moreover, the Chief Minister on Tuesday visited the old harbour market.",
        published="2023-01-18",
    )
    visits = [e for e in events if e.kind == "visit"]
    assert visits and "Orrin Calder" in attendees(visits[0])


def test_witnessed_by_makes_attendees_of_a_signing():
    events = _events(
        "On July 12, the regional investment forum was held in Kestrel City. The signing of the"
        " framework agreement was witnessed by Wen Haolin, Du Minghe, Qiao Rensheng, chairman of"
        " Northwind Materials Group, and other guests."
    )
    got = _on(events, date(2022, 7, 12))
    assert {"Wen Haolin", "Du Minghe", "Qiao Rensheng"} <= set(got)


def test_the_host_who_only_invited_takes_no_part():
    events = _events(
        "President Alvar Rusk arrived in Lisbon on a two-day official visit on Tuesday, at the"
        " invitation of Prime Minister Corin Vale."
    )
    got = _on(events, date(2022, 7, 26))
    assert "Alvar Rusk" in got and "Corin Vale" not in got


def test_a_residence_or_an_airport_is_no_participant():
    found = extract_en(
        "Lieutenant Governor Anil Dorai met a delegation of the chamber at Raj Bhavan on"
        " Thursday. The delegation arrived at Kiran Mehra International Airport on Wednesday.",
        published="2022-08-04",
    )
    names = {p.name for p in found.persons}
    assert "Raj Bhavan" not in names
    assert not any("Airport" in n for n in names)


def test_amongst_the_delegates_are_visitors():
    events = _events(
        "Mr. Bo Renhai, Mayor of Kestrel City, visited Northwind Materials Group with six other"
        " officials on 22 July 2011. Amongst the delegates are Vice Mayor Tang Yuelin, Deputy"
        " Secretary-general Lu Haoran and Secretary to Mayor Wu Dingbo.",
        published="2011-07-25",
    )
    got = _on(events, date(2011, 7, 22))
    assert {"Bo Renhai", "Tang Yuelin", "Lu Haoran", "Wu Dingbo"} <= set(got)


def test_people_listed_after_including_attend_this_initial_meeting():
    events = _events(
        "Officials of the two branches held their first meeting in Conference Room 2 on July 5."
        " More than 40 people attended this initial meeting, including Tan Weidong, Yang Jinhao,"
        " Ma Xiaoli, and Han Aijia, members of the branch."
    )
    assert {"Tan Weidong", "Yang Jinhao", "Ma Xiaoli", "Han Aijia"} <= set(
        _on(events, date(2022, 7, 5))
    )


def test_researched_translating_diaoyan_is_a_visit():
    events = _events(
        "On July 21, Han Weiguo, general manager of Tongda Engineering, researched the Phase II"
        " project of the Kestrel water plant."
    )
    assert _on(events, date(2022, 7, 21)).get("Han Weiguo") == "visitor"
