"""Participation phrases of real pages: a sentence about a delegation names its members after
"led by" and "included" (its visitors); machine translation's present tense ("The meeting is
chaired by X"). Invented names only.
"""

from tests.helpers_en import extract_en

HEADLINE = "Lakeside City welcomes island delegation"


def parts(text: str) -> dict[str, str]:
    found = extract_en(text, published="2024-03-04", headline=HEADLINE)
    return {p.person: p.part for e in found.events for p in e.participants}


def test_the_members_a_delegation_sentence_lists_are_visitors():
    got = parts(
        "Mayor Rosa Dimaculangan welcomed the guests at a morning assembly at City Hall on Monday. "
        "The delegation was led by Hon. Dr. Lorna B. Villaflor, a provincial board member of Cebu, "
        "and included Town Mayors Ramon D. Cruz (Municipality of Alpha), Jose Q. Santos Jr. "
        "(Municipality of Beta) and Arnel P. Reyes (Municipality of Gamma)."
    )
    assert got.get("Rosa Dimaculangan") == "host"
    for name in ("Lorna B. Villaflor", "Ramon D. Cruz", "Jose Q. Santos Jr.", "Arnel P. Reyes"):
        assert got.get(name) == "visitor"


def test_names_after_other_words_of_a_delegation_sentence_are_not_members():
    got = parts(
        "Mayor Rosa Dimaculangan welcomed the guests at a morning assembly at City Hall on Monday. "
        "The delegation included farmers who had written to Governor Ramon D. Cruz."
    )
    assert got.get("Ramon D. Cruz") != "visitor"


def test_a_meeting_chaired_in_the_present_tense_has_its_chair():
    found = extract_en(
        "On June 30, the hospital held its annual staff meeting. The gathering is chaired by the "
        "hospital director and deputy Party secretary Wang Dahai.",
        published="2022-07-01",
        headline="Annual staff meeting held at the hospital",
    )
    assert [(p.person, p.part) for e in found.events for p in e.participants] == [
        ("Wang Dahai", "chair")
    ]


def test_a_place_named_like_a_person_after_municipality_of_is_no_person():
    found = extract_en(
        "The delegation included Town Mayors Ramon D. Cruz (Municipality of Carlos Mendoza) and "
        "Arnel P. Reyes (Municipality of San Pedro Alvarez).",
        published="2024-03-04",
        headline=HEADLINE,
    )
    names = {p.name for p in found.persons}
    assert {"Ramon D. Cruz", "Arnel P. Reyes"} <= names
    assert not names & {"Carlos Mendoza", "Pedro Alvarez", "San Pedro Alvarez"}


def test_a_presentation_of_credentials_is_an_event_on_its_day():
    found = extract_en(
        "The ministry gave a lunch for the new envoys after their presentation of credentials to "
        "President Ramon D. Cruz on the morning of 12 June 2026.",
        published="2026-06-15",
        headline="Ministry welcomes new ambassadors",
    )
    assert [str(e.start) for e in found.events] == ["2026-06-12"]


def test_a_sentence_that_opens_with_present_were_lists_attendees_past_long_titles():
    found = extract_en(
        "The Ministry of Fisheries received the delegation on June 21. Present at the meeting were "
        "the Deputy Minister, Mr Kwame Asante, the Directors in charge of Planning and Legal "
        "Services in the persons Mr Kofi Mensah, Mrs Ama Owusu and Mr Yaw Boateng, and some "
        "officials of the Ministry.",
        published="2023-06-22",
        headline="Ministry meets delegation",
    )
    parts = {p.person: p.part for e in found.events for p in e.participants}
    for name in ("Kwame Asante", "Kofi Mensah", "Ama Owusu", "Yaw Boateng"):
        assert parts.get(name) == "attendee"


def test_the_people_listed_after_including_took_part_as_the_verb_says():
    got = parts(
        "Lakeside City held its annual conference on Monday. Some 90 delegates attended "
        "the conference, including Tom Baker, deputy secretary general of the State Council, and "
        "Ann Hill, president of the Kestrel Association."
    )
    assert got.get("Tom Baker") == "attendee"
    assert got.get("Ann Hill") == "attendee"


def test_names_after_including_in_another_clause_take_no_part_from_it():
    got = parts(
        "Lakeside City held its annual conference on Monday. Tom Baker attended the conference "
        "and praised the city's parks, including the one named for Ann Hill."
    )
    assert got.get("Tom Baker") == "attendee"
    assert "Ann Hill" not in got


def test_the_person_one_spoke_with_was_met():
    got = parts(
        "On March 3, 2024, Premier Tom Baker met Kestrel Motors executives in Springfield. Baker "
        "spoke with Kestrel Motors president Ann Hill about the new plant."
    )
    assert got.get("Ann Hill") == "met"


LEAD_IN = (
    "On March 19, 2025, the Department hosted a dinner for the diplomatic corps at the Kestrel "
    "Hotel.\n\nThe following non-resident Ambassadors attended the dinner:\n\n"
    "  • H.E. Tomas Ruiz Ortega of the Republic of Panama\n"
    "  • H.E. Ingrid Solberg of the Kingdom of Norway\n\n"
    "The dinner ended with a toast by Ada Holm."
)


def test_the_lines_after_a_lead_in_that_ends_with_a_colon_attended():
    got = parts(LEAD_IN)
    assert got.get("Tomas Ruiz Ortega") == "attendee"
    assert got.get("Ingrid Solberg") == "attendee"
    assert "Ada Holm" not in got


def test_lines_after_a_colon_with_no_participation_take_no_part():
    got = parts(LEAD_IN.replace("attended the dinner:", "were accredited this year:"))
    assert "Tomas Ruiz Ortega" not in got


def test_attendees_whose_title_opens_with_deputy_and_a_level_word():
    got = parts(
        "On March 3, 2024, Kestrel Mining signed an agreement with Lakeside District. Attending "
        "the ceremony were deputy district Party chief Tom Baker and Ann Hill, chair of Kestrel "
        "Mining."
    )
    assert got.get("Tom Baker") == "attendee"
    assert got.get("Ann Hill") == "attendee"


def test_those_signing_on_behalf_of_the_two_sides_attended():
    got = parts(
        "On March 3, 2024, Kestrel Mining signed an agreement with Lakeside District. Signing on "
        "behalf of the two sides were Tom Baker, deputy district governor, and Ann Hill, vice "
        "president of Kestrel Mining."
    )
    assert got.get("Tom Baker") == "attendee"
    assert got.get("Ann Hill") == "attendee"
