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
        "Mayor Rosa Dimaculangan welcomed the visitors at the City Hall flag ceremony on Monday. "
        "The delegation was led by Hon. Dr. Lorna B. Villaflor, Vice Governor of Cebu and "
        "included Town Mayors Ramon D. Cruz (Municipality of Alpha), Jose Q. Santos Jr. "
        "(Municipality of Beta) and Arnel P. Reyes (Municipality of Gamma)."
    )
    assert got.get("Rosa Dimaculangan") == "host"
    for name in ("Lorna B. Villaflor", "Ramon D. Cruz", "Jose Q. Santos Jr.", "Arnel P. Reyes"):
        assert got.get(name) == "visitor"


def test_names_after_other_words_of_a_delegation_sentence_are_not_members():
    got = parts(
        "Mayor Rosa Dimaculangan welcomed the visitors at the City Hall flag ceremony on Monday. "
        "The delegation included farmers who had written to Governor Ramon D. Cruz."
    )
    assert got.get("Ramon D. Cruz") != "visitor"


def test_a_meeting_chaired_in_the_present_tense_has_its_chair():
    found = extract_en(
        "On June 30, the hospital held its annual staff meeting. The meeting is chaired by the "
        "deputy secretary of party committee and the hospital director Wang Dahai.",
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
        "The ministry welcomed the new ambassadors at a dinner after their presentation of "
        "credentials to President Ramon D. Cruz in the morning of 19 March 2025.",
        published="2025-03-25",
        headline="Ministry welcomes new ambassadors",
    )
    assert [str(e.start) for e in found.events] == ["2025-03-19"]


def test_a_sentence_that_opens_with_present_were_lists_attendees_past_long_titles():
    found = extract_en(
        "The Ministry of Fisheries met the delegation on June 21. Present at the meeting were the "
        "Chief Director of the Ministry, Mr Kwame Asante, the Directors in charge of Human "
        "Resources and Finance in the persons Mr Kofi Mensah, Mrs Ama Owusu and Mr Yaw Boateng "
        "and other staff of the Ministry.",
        published="2023-06-22",
        headline="Ministry meets delegation",
    )
    parts = {p.person: p.part for e in found.events for p in e.participants}
    for name in ("Kwame Asante", "Kofi Mensah", "Ama Owusu", "Yaw Boateng"):
        assert parts.get(name) == "attendee"
