"""English events (kg/extract/en/events.py) and participants (participants.py)."""

from datetime import date

import pytest
from tests.helpers_en import attendees, extract_en

COMPANY_HEADLINE = "Jinling Copper Held the Annual Work Conference"


@pytest.mark.parametrize(
    "sentence, start, end, kind",
    [
        (
            "1 month16 day, the company held2023 annual work conference.",
            date(2023, 1, 16),
            None,
            "conference",
        ),
        (
            "On April 7, Tianfu Mining held the 12 mid-year work meeting.",
            date(2023, 4, 7),
            None,
            "meeting",
        ),
        (
            "On March 27th, Nordvik Metals President Erik Lindqvist visited Tianfu Mining.",
            date(2023, 3, 27),
            None,
            "visit",
        ),
        (
            "From February 22 to 25, Duan Qiming went to three plants to investigate.",
            date(2023, 2, 22),
            date(2023, 2, 25),
            "visit",
        ),
        (
            "On the afternoon of April 3, Duan Qiming held talks with Peng Lijuan.",
            date(2023, 4, 3),
            None,
            "talks",
        ),
        ("On May 2, the second congress of the union opened.", date(2023, 5, 2), None, "congress"),
        (
            "On June 10, Jiangyuan Mining and Hengfeng Bank signed a cooperation agreement.",
            date(2022, 6, 10),
            None,
            "meeting",
        ),
    ],
)
def test_events_dated(sentence, start, end, kind):
    events = extract_en(sentence, headline=COMPANY_HEADLINE).events
    assert [(e.start, e.end, e.kind) for e in events] == [(start, end, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company held its annual work conference.",  # no day
        "In 2022, the company held four board meetings.",  # only a year
        "On July 7, output rose by five percent.",  # no event word
        "Li Ming conveyed the spirit of the 2022 mid-year work conference.",
    ],
)
def test_events_need_a_day_and_an_event_word(sentence):
    assert extract_en(sentence).events == []


def test_events_never_guess_the_year():
    found = extract_en(
        "On July 7, Tianfu Mining held the mid-year work conference.",
        published=None,
        headline="Readers Roundup of the Week for Everyone",
    )
    assert found.events == []


def test_events_year_from_headline_without_publication_date():
    found = extract_en(
        "On July 7, Tianfu Mining held the mid-year work conference.",
        published=None,
        headline="Tianfu Mining convenes mid-year work conference in 2019",
    )
    assert [e.start for e in found.events] == [date(2019, 7, 7)]


def test_event_participants_and_parts():
    found = extract_en(
        "On April 7, Tianfu Mining held the mid-year work conference. Company leaders Cheng Hao, Lin Yue and "
        "Fang Zhiqiang attended the meeting. The meeting was chaired by Lin Yue. Cheng Hao delivered a speech. "
        "Fang Zhiqiang made a work report. Fang Zhiqiang conveyed the spirit of General Secretary Gao Wenming's "
        "important speech."
    )
    (event,) = found.events
    assert attendees(event) == {
        "Cheng Hao": "speaker",
        "Lin Yue": "chair",
        "Fang Zhiqiang": "reporter",
    }
    assert event.organizer == "Tianfu Mining"
    assert "Gao Wenming" in {p.name for p in found.persons}


def test_multi_day_trip_is_one_event_and_dated_talks_are_another():
    found = extract_en(
        "From June 15 to 18, Duan Qiming, chairman of Hebei Xinrui Group, went to Yunnan Fuyuan to investigate. "
        "On June 16, Duan Qiming and his entourage went to the Hongshan Iron Mine. "
        "On the morning of June 17, Duan Qiming held a forum with the staff. "
        "During the research, Duan Qiming also met with Shi Wenhao, mayor of Qujing, on the 15th. "
        "Gu Meiling, vice president of Hebei Xinrui Group, participated in the above activities.",
        published="2023-07-01",
    )
    spans = sorted((e.kind, e.start, e.end) for e in found.events)
    assert spans == [
        ("talks", date(2023, 6, 15), None),
        ("visit", date(2023, 6, 15), date(2023, 6, 18)),
    ]
    talks = next(e for e in found.events if e.kind == "talks")
    trip = next(e for e in found.events if e.kind == "visit")
    assert set(attendees(trip)) == {"Duan Qiming", "Gu Meiling"}
    assert set(attendees(talks)) == {"Duan Qiming", "Shi Wenhao"}


def test_visit_with_meeting_in_same_sentence_is_one_event():
    found = extract_en(
        "On March 27th, Nordvik Metals Chairman Erik Lindqvist visited Tianfu Mining where he met with "
        "Tianfu Mining Chairman Rong Jiahui. Before the meeting, accompanied by Tianfu Mining leaders Rong Jiahui "
        "and Bai Xuefeng, the delegation visited the exhibition hall. The meeting was attended by Tianfu Mining "
        "personnel Cen Mingzhu and Lou Tianyi."
    )
    (event,) = found.events
    assert attendees(event) == {
        "Erik Lindqvist": "visitor",
        "Rong Jiahui": "met",
        "Bai Xuefeng": "accompanier",
        "Cen Mingzhu": "attendee",
        "Lou Tianyi": "attendee",
    }


def test_a_dated_sentence_without_event_ends_the_event():
    found = extract_en(
        "On April 7, Tianfu Mining held the work meeting. On April 9, output rose. "
        "Cheng Hao stressed safety."
    )
    (event,) = found.events
    assert attendees(event) == {}


def test_event_evidence_and_keys():
    found = extract_en(
        "On April 7, Tianfu Mining held the work meeting. On April 8, Tianfu Mining held the work meeting."
    )
    assert [e.key for e in found.events] == [
        "test.txt|2023-04-07|meeting|1",
        "test.txt|2023-04-08|meeting|1",
    ]
    for event in found.events:
        ev = event.evidence
        assert found.article.text[ev.start : ev.end] == ev.quote
        assert all(
            found.article.text[p.evidence.start : p.evidence.end] == p.evidence.quote
            for p in event.participants
        )


def test_later_sentence_about_another_year_adds_nobody():
    found = extract_en(
        "On April 7, Tianfu Mining held the work meeting. Cheng Hao delivered a speech. "
        "Tang Zhiyuan had visited the mine in 2019."
    )
    (event,) = found.events
    assert attendees(event) == {"Cheng Hao": "speaker"}


def test_headline_event_and_text_event_of_one_day_are_one():
    found = extract_en(
        "On April 7, Tianfu Mining held the work meeting. Cheng Hao presided over the meeting.",
        headline="Tianfu Mining Holds Work Conference on April 7",
    )
    (event,) = found.events
    assert attendees(event) == {"Cheng Hao": "chair"}


def test_event_location_is_a_listed_place():
    found = extract_en(
        "On June 10, Jiangyuan Mining and Hengfeng Bank signed a cooperation agreement in Kunming."
    )
    assert [e.location for e in found.events] == ["Kunming"]
