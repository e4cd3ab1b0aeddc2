"""Talks a wire story reports around what was said: "She expressed these views while talking to
X" (the talks of the day the last dated sentence named), a bare weekday after the verb or its
object ("made the call Friday"), "playing host to", "had an audience with", and two callers
received by one host on one day (two talks, not one). Invented names and places only.
"""

from datetime import date

from kg.extract.dates import find_relative_day
from tests.helpers_en import extract_en


def events(text: str, published: str = "2023-03-15") -> list:
    found = extract_en(text, published=published, headline="Provincial news")
    return found.events


def people(event) -> dict[str, str]:
    return {p.person: p.part for p in event.participants}


def test_views_expressed_while_talking_to_people_are_talks_of_the_day_named_before():
    got = events(
        "WESTPORT - Acting Premier Orla Quinlan on Monday said that the province would widen "
        "its rail network.\n\n"
        "She expressed these views while talking to Harbour Commissioner Dara Feeney and "
        "Councillor Nuala Brophy at the Premier's Office. Matters of common interest were discussed."
    )
    assert [(e.kind, e.start) for e in got] == [("talks", date(2023, 3, 13))]
    assert {"Orla Quinlan", "Dara Feeney", "Nuala Brophy"} <= set(people(got[0]))


def test_views_without_anyone_talked_to_make_no_event():
    got = events(
        "WESTPORT - Acting Premier Orla Quinlan on Monday said that the province would widen "
        "its rail network.\n\n"
        "She expressed these views while talking to reporters outside the assembly."
    )
    assert got == []


def test_a_bare_weekday_after_the_object_dates_the_sentence():
    got = events(
        "Premier Orla Quinlan has called for closer ties with energy investors.\n\n"
        "She made the call Friday in Westport while playing host to the Managing Director of "
        "Corrib Power Limited, Dara Feeney, and his team on a courtesy call."
    )
    assert [(e.kind, e.start) for e in got] == [("talks", date(2023, 3, 10))]
    assert people(got[0]).get("Dara Feeney") == "visitor"
    assert "Orla Quinlan" in people(got[0])


def test_weekdays_of_habits_and_names_are_no_dates():
    ref = date(2023, 3, 15)
    assert find_relative_day("The council meets every Friday in the town hall.", ref) is None
    assert find_relative_day("Crowds gathered for Friday prayers at the mosque.", ref) is None
    assert find_relative_day("Shops opened early for Black Friday, traders said.", ref) is None
    assert find_relative_day("The minister said Friday that talks would resume.", ref) == date(
        2023, 3, 10
    )


def test_an_audience_with_a_head_of_state_is_talks():
    got = events(
        "Foreign Minister Orla Quinlan has an audience with King Dara Feeney on March 14, the "
        "ministry said."
    )
    assert [(e.kind, e.start) for e in got] == [("talks", date(2023, 3, 14))]
    assert {"Orla Quinlan"} <= set(people(got[0]))


def test_two_callers_on_one_host_the_same_day_are_two_talks():
    got = events(
        "WESTPORT - Governor Orla Quinlan on Tuesday met Harbour Commissioner Dara Feeney and "
        "Councillor Nuala Brophy at Government House.\n\n"
        "Separately, Ambassador Colm Tierney called on Governor Orla Quinlan at Government House "
        "here on Tuesday."
    )
    talks = [e for e in got if e.kind == "talks"]
    assert len(talks) == 2
    sides = sorted(sorted(people(e)) for e in talks)
    assert ["Colm Tierney", "Orla Quinlan"] in sides
    assert any({"Dara Feeney", "Nuala Brophy"} <= set(s) for s in sides)


def test_a_host_written_short_the_second_time_keeps_one_talks():
    got = events(
        "Premier Orla Quinlan met with a trade delegation on March 14.\n\n"
        "The meeting took place on March 14, when the chairman of Corrib Gas, Dara Feeney, paid a "
        "courtesy call on Ms Quinlan at the Premier's Office."
    )
    talks = [e for e in got if e.start == date(2023, 3, 14)]
    assert len(talks) == 1


MINUTES = (
    "Minutes\n\n"
    "MINUTES OF THE NINTH ANNUAL GENERAL MEETING OF LARCHFIELD PLANTATIONS BERHAD (COMPANY NO. "
    "4471-K) HELD AT THE CEDAR HALL, NO. 8, JALAN MERANTI, IPOH ON WEDNESDAY, 12 JUNE 2019 AT "
    "10.00 A.M.\n\n"
    "PRESENT\n\n"
    "Mr. Harun Ismail\nChairman\n\n"
    "Y.Bhg. Mr. Tan Wei Loon\nManaging Director\n\n"
    "Mr. Yap Kok Seng\nIndependent Non-Executive Director\n\n"
    "ABSENT WITH APOLOGIES\n\n"
    "Mr. Foo Chee Keong\nExecutive Director\n\n"
    "IN ATTENDANCE\n\n"
    "Ms. Low Mei Ling\nCompany Secretary\n\n"
    "The Chairman welcomed the members to the meeting."
)


def test_the_people_minutes_list_as_present_attend_and_the_absent_do_not():
    got = events(MINUTES, published="2019-06-20")
    assert [(e.kind, e.start) for e in got] == [("meeting", date(2019, 6, 12))]
    names = set(people(got[0]))
    assert {"Harun Ismail", "Tan Wei Loon", "Yap Kok Seng", "Low Mei Ling"} <= names
    assert "Foo Chee Keong" not in names


def test_a_malay_honorific_with_its_apostrophe_and_an_engineer_title_keep_the_whole_name():
    found = extract_en(
        "PRESENT\n\nY.Bhg. Dato' Wong Kar Lok\nChairman\n\nDato' Ir. Chan Mei Fong\nDirector",
        published="2019-06-20",
        headline="Minutes",
    )
    names = {p.name for p in found.persons}
    assert {"Wong Kar Lok", "Chan Mei Fong"} <= names


def test_a_day_alone_is_in_the_month_named_last_even_without_a_day():
    got = events(
        "On November 20, 2018, Chairman Orla Quinlan visited the Corrib Survey Bureau in Dublin.\n\n"
        "The bureau had been in talks with the county council in September. On the 14th, the two "
        "sides signed a cooperation agreement.",
        published="2018-11-25",
    )
    assert {e.start for e in got} == {date(2018, 11, 20), date(2018, 9, 14)}


def test_a_published_speech_s_heading_gives_the_event_its_speaker_and_the_people_greeted():
    got = events(
        "SPEECH BY GUEST-OF-HONOUR MR OWEN TRAYNOR, MINISTER FOR ENTERPRISE, AT THE OFFICIAL "
        "OPENING OF THE CORRIB FOODS PLANT, ON 14 MARCH 2023, 10.00AM\n\n"
        "Mr Colm Tierney, President of Corrib Foods\n\n"
        "Ladies and gentlemen\n\n"
        "Good morning.",
        published="2023-03-15",
    )
    assert [e.start for e in got] == [date(2023, 3, 14)]
    parts = people(got[0])
    assert parts.get("Colm Tierney") == "attendee"
    assert parts.get("OWEN TRAYNOR", parts.get("Owen Traynor")) == "speaker"
