"""English: "X, a subsidiary of Y" (kg/extract/en/subsidiaries.py), copyright footers as sources,
event places not in the place list, and who takes part ("made a statement", a report about another
year, "the spirit of the speech delivered by X"). Invented names only.
"""

import pytest
from kg.extract import EXTRACTORS
from kg.model import Article, Extraction
from kg.read import make_article
from kg.vocab import load_vocab
from tests.helpers_en import attendees, extract_en

HEAD = "Longxin Grid Held a Work Meeting"


def parents(found):
    return {o.name: o.parent for o in found.orgs if o.parent}


@pytest.mark.parametrize(
    "text, child, parent",
    [
        (
            "Mo Ling, general manager of Tongda Energy Transport, a subsidiary of Solvik Freight, spoke.",
            "Tongda Energy Transport",
            "Solvik Freight",
        ),
        (
            "They visited Qinghe Copper, a wholly-owned subsidiary of the Longxin Grid Company, on the way.",
            "Qinghe Copper",
            "Longxin Grid Company",
        ),
        (
            "On May 2, Longxin Grid held a meeting. They went to the Linxia thermal power plant, a subsidiary of "
            "the group.",
            "Linxia thermal power plant",
            "Longxin Grid",
        ),
        (
            "They went to Huarong Cable Company, which belongs to Longxin Grid, and to Tianfu Mining.",
            "Huarong Cable Company",
            "Longxin Grid",
        ),
    ],
)
def test_subsidiary_gets_its_parent(text, child, parent):
    found = extract_en(text, headline=HEAD)
    assert parents(found).get(child) == parent
    proof = next(o for o in found.orgs if o.name == child).evidence
    assert "subsidiary" in proof.quote or "belongs" in proof.quote


@pytest.mark.parametrize(
    "text",
    [
        "Tongda Energy Transport and Solvik Freight signed an agreement.",
        "Solvik Freight, Tongda Energy Transport and Qinghe Copper attended.",
    ],
)
def test_no_parent_without_a_link(text):
    assert parents(extract_en(text, headline=HEAD)) == {}


def _extract_page(text: str) -> Extraction:
    article: Article = make_article("page.txt", text)
    found = Extraction(article)
    for component in EXTRACTORS["en"]:
        component(article, load_vocab(), found)
    return found


@pytest.mark.parametrize(
    "footer, name",
    [
        ("Copyright © 2024 Harbour Freight Net All Rights Reserved", "Harbour Freight Net"),
        (
            "Copyright © Longxin Grid Company Limited. All rights reserved.",
            "Longxin Grid Company Limited",
        ),
        ("Copyright: Qinghe Copper Holdings", "Qinghe Copper Holdings"),
        ("Copyright © All rights reserved.", None),
    ],
)
def test_copyright_footer_names_an_organisation(footer, name):
    page = f"{HEAD}\n\ndate:2023-05-06\n\nOn May 2, Longxin Grid held a work meeting.\n\n{footer}\n"
    names = {o.name for o in _extract_page(page).orgs}
    assert name in names if name else names == {"Longxin Grid"}


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("On May 2, Longxin Grid held a work meeting in Yuxi.", "Yuxi"),
        ("On May 2, Longxin Grid held a work meeting in Kunming.", "Kunming"),
        ("On May 2, Longxin Grid held a work meeting in June.", None),
        ("On May 2, Longxin Grid held a work meeting in Human Resources Department.", None),
        ("On May 2, Longxin Grid held a work meeting in China.", None),
    ],
)
def test_event_place_from_pinyin_word(sentence, place):
    assert [e.location for e in extract_en(sentence).events] == [place]


@pytest.mark.parametrize(
    "later, person, part",
    [
        ("Pan Yue and Shi Lei made statements respectively.", "Shi Lei", "speaker"),
        ("Shi Lei, Party Secretary of the Wuwei branch, made a statement.", "Shi Lei", "speaker"),
        (
            "Deputy general manager Shi Lei made a report on the safety production in 2022.",
            "Shi Lei",
            "reporter",
        ),
    ],
)
def test_later_sentence_participation(later, person, part):
    found = extract_en(f"On May 2, Longxin Grid held the 2023 work meeting. {later}")
    assert attendees(found.events[0]).get(person) == part


@pytest.mark.parametrize(
    "later",
    [
        "Shi Lei had visited the substation in 2019.",
        "The meeting conveyed the spirit of the speech delivered by Shi Lei, and summarized the work in 2022.",
    ],
)
def test_later_sentence_mention_is_no_participation(later):
    found = extract_en(f"On May 2, Longxin Grid held the 2023 work meeting. {later}")
    assert "Shi Lei" not in attendees(found.events[0])


def test_semicolon_list_of_people_shares_the_verb():
    found = extract_en(
        "On May 2, Longxin Grid held the work meeting. Bai Lin, Director of Longxin Grid; Wu Fan, "
        "Secretary-General of the Gansu Provincial People's Government; and Cao Yi, head of the "
        "office, attended the meeting. Qian Bo presided over the meeting; Sun Li, who had retired, "
        "attended a dinner."
    )
    parts = attendees(found.events[0])
    assert {name: parts.get(name) for name in ("Bai Lin", "Wu Fan", "Cao Yi", "Qian Bo")} == {
        "Bai Lin": "attendee",
        "Wu Fan": "attendee",
        "Cao Yi": "attendee",
        "Qian Bo": "chair",
    }
    assert "Sun Li" not in parts


@pytest.mark.parametrize(
    "sentence, kind, place",
    [
        (
            "From August 3 to 5, Pan Deming, chairman of Huaxia Cement Group, led a team to Guizhou for research.",
            "visit",
            "Guizhou",
        ),
        ("On August 3, Pan Deming led a delegation to Yunnan.", "visit", "Yunnan"),
        ("On August 3, Pan Deming went to Hongda to investigate.", "visit", None),
    ],
)
def test_led_a_team_is_a_trip_to_a_listed_place(sentence, kind, place):
    events = extract_en(sentence).events
    assert [(e.kind, e.location) for e in events] == [(kind, place)]
    assert attendees(events[0]) == {"Pan Deming": "visitor"}


@pytest.mark.parametrize(
    "text, present",
    [
        (
            "On the 3rd, Pan Deming visited Tongda Cable. On August 4, he met with Long Jiaxin in Zunyi.",
            True,
        ),
        ("Pan Deming stressed the work. On August 4, she also visited Tongda Cable.", True),
        ("The report was long. On August 4, he met with Long Jiaxin in Zunyi.", False),
        (
            "On the 3rd, Pan Deming visited Tongda Cable. On August 4, Wu Lei said he met with Long Jiaxin.",
            False,
        ),
    ],
)
def test_pronoun_subject_of_an_event_sentence(text, present):
    found = extract_en(text)
    last = found.events[-1]
    assert ("Pan Deming" in attendees(last)) is present


@pytest.mark.parametrize(
    "later, kept",
    [
        (
            "On the morning of XNUMXth, Wu Bo went to a substation in Nanning to inspect the work.",
            False,
        ),
        ("XNUMX month XNUMX day, Wu Bo went to a substation in Nanning.", False),
        ('Wu Bo said that it is the first year of the "XNUMXth Five-Year Plan".', True),
    ],
)
def test_lost_day_number_ends_the_event(later, kept):
    found = extract_en(
        f"On May 2, Longxin Grid held the work meeting in Nanning. {later} Li Lei attended it."
    )
    parts = attendees(found.events[0])
    assert ("Wu Bo" in parts) is kept
    assert ("Li Lei" in parts) is kept


@pytest.mark.parametrize(
    "later",
    [
        "Attending the meeting were Hu Bo, Sun Qi and Wen Tao.",
        "Present at the meeting were Hu Bo, Sun Qi and Wen Tao.",
        "Among those present were company leaders Hu Bo, Sun Qi and Wen Tao.",
    ],
)
def test_fronted_attendance_before_the_names(later):
    found = extract_en(f"On May 2, Longxin Grid held the work meeting. {later}")
    assert attendees(found.events[0]) == {
        "Hu Bo": "attendee",
        "Sun Qi": "attendee",
        "Wen Tao": "attendee",
    }


def test_fronted_attendance_needs_only_names_between():
    found = extract_en(
        "On May 2, Longxin Grid held the work meeting. Attending the meeting were the staff who "
        "had worked with Hu Bo for years."
    )
    assert "Hu Bo" not in attendees(found.events[0])
