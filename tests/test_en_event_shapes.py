"""English event shapes of machine-translated university and government pages (sentences written
for these tests): present-tense verbs, a dateline's filing date, a year's possessive glued to a
day ("March 3,2018's meeting"), "is attended by"."""

from __future__ import annotations

from datetime import date

from kg.extract import extract_article
from kg.extract.dates import find_dates
from kg.read import make_article
from tests.helpers_en import extract_en


def events(text: str, headline: str = "Delegation visits the university"):
    return extract_article(make_article("x.txt", f"{headline}\n{text}\n")).events


def test_a_present_tense_inspection_on_its_own_day_not_the_datelines():
    (event,) = events(
        "Lanshan, 23rd November, 2020 (LSU)—Deputy Director Xu Yingmei of Lanshan Trade Bureau "
        "visits LSU on 20th November 2020. The briefing is attended by Vice President Mo Qingyang "
        "of LSU."
    )
    assert event.start == date(2020, 11, 20)
    assert {p.person for p in event.participants} == {"Xu Yingmei", "Mo Qingyang"}


def test_a_years_possessive_glued_to_a_day_is_not_the_days_year():
    (mention,) = find_dates("On March 3,2018’s Review Meeting was held")
    assert (mention.day, mention.month, mention.year) == (3, 3, None)
    (full,) = find_dates("On March 3, 2018, the meeting was held")
    assert full.year == 2018


def test_calls_on_and_tours_are_events():
    got = events(
        "Time: 2023-10-19\nOn October 18, Minister Jane Roe calls on Prime Minister Lee Tan. "
        "On October 19, Minister Jane Roe tours the Kopano Ltd plant."
    )
    assert sorted(e.start for e in got) == [date(2023, 10, 18), date(2023, 10, 19)]


def test_a_list_that_ends_with_unnamed_directors_still_attends():
    found = extract_en(
        "The seminar on joint training programs took place on December 25. Song Qingfa, vice "
        "president; Xu Yinlin, head of the training office; and directors of the department of "
        "finance attended the seminar.",
        published="2020-12-26",
    )
    assert {"Song Qingfa", "Xu Yinlin"} <= _attending(found)


def test_co_chairs_named_after_the_verb_with_their_titles():
    found = extract_en(
        "The Second Water Forum took place in Geneva on October 21. The forum was co-chaired by "
        "Lin Haotian, Head of the National Water Office, and Amara Keita, Secretary General of the "
        "Union of River States.",
        published="2019-10-22",
    )
    assert {"Lin Haotian", "Amara Keita"} <= _attending(found)


def _attending(found) -> set[str]:
    return {p.person for e in found.events for p in e.participants}
