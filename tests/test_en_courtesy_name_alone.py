"""A person the page names only by one word after a courtesy title ("Mr. Barthelme, the regional
director of ...") is a person of that one word, with the posts and the events of the page; not
when a longer name of the page holds the word, nor for a Chinese family name or a pinyin given
name alone, nor for a place. A name of one word never joins another article's person by the name
alone. A title joined to the next by "-cum-" is no organisation's word (sentences invented)."""

from __future__ import annotations

import pytest
from kg.assemble.namesakes import name_identifies
from tests.helpers_en import extract_en

_HEADLINE = "Quillon Foods delegation visits Arden Polytechnic"


def _persons(body: str) -> set[str]:
    return {p.name for p in extract_en(body, headline=_HEADLINE).persons}


def test_one_word_after_a_courtesy_title_is_a_person_and_attends():
    found = extract_en(
        "On May 2, Mr. Barthelme, the regional director of Quillon Foods, visited Arden "
        "Polytechnic. Rector Hallie Ostrander welcomed Mr. Barthelme and his party.",
        headline=_HEADLINE,
    )
    assert "Barthelme" in {p.name for p in found.persons}
    assert any(p.person == "Barthelme" for e in found.events for p in e.participants)


def test_a_courtesy_title_before_a_one_word_name_at_a_sentence_end():
    assert "Vandersloot" in _persons(
        "The guests were received by the head of the faculty, Dr Vandersloot."
    )


_NAMED_ALONE = "The guests were welcomed by Ms. Adebanjo of the host faculty. "


@pytest.mark.parametrize(
    "body",
    [
        # the word belongs to a longer name of the page: that name only
        "Ravi Tandavar, the chairman of Quillon Foods, visited the campus. Mr. Tandavar said "
        "the visit was useful.",
        # a Chinese family name alone names no one person
        "The partnership was proposed by Dr. Wang in 2019 and signed last week.",
        # a pinyin given name alone: half of a name printed back to front
        "Guests included the director of the port authority, Mr. Jianhua, Wang; and others.",
    ],
)
def test_no_one_word_person_where_the_word_names_no_one(body):
    persons = _persons(_NAMED_ALONE + body)
    assert "Adebanjo" in persons
    assert not any(" " not in p for p in persons - {"Adebanjo"}), persons


def test_a_title_joined_by_cum_is_no_part_of_an_organisation():
    found = extract_en(
        "Quillon Foods Chairman-cum-Managing Director Jide Oyelaran met the rector on Monday.",
        headline=_HEADLINE,
    )
    assert not any("Chairman" in r.org for r in found.roles)
    assert not any("Chairman" in o.name for o in found.orgs)


@pytest.mark.parametrize("printed", ["Barthelme", "Zhaoyan"])
def test_a_one_word_name_never_joins_on_the_name_alone(printed):
    assert name_identifies("", printed) is False
