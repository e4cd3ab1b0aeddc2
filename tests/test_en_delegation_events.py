"""A visit told of "the delegation" a sentence before introduced (sentences written for these
tests)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def attendees(body: str) -> set[str]:
    got = extract_article(make_article("x.txt", f"Premier leads delegation\n\n{body}\n"))
    return {p.person for e in got.events for p in e.participants}


def test_the_delegation_introduced_before_visits():
    got = attendees(
        "Premier Ruth Alder will next week lead a delegation of ministers to Peru. Alder will be"
        " accompanied by ministers Tom Hale and Ann Vale. The delegation will visit Lima and"
        " Cusco from 28 April to 6 May 2019."
    )
    assert got == {"Ruth Alder", "Tom Hale", "Ann Vale"}


def test_a_sentence_between_ends_the_delegation():
    got = attendees(
        "Premier Ruth Alder will next week lead a delegation of ministers to Peru. The budget was"
        " passed on Monday. The delegation will visit Lima from 28 April to 6 May 2019."
    )
    assert got == set()


def test_an_accompanied_sentence_about_someone_else_adds_nobody():
    got = attendees(
        "Premier Ruth Alder will next week lead a delegation of ministers to Peru. The mayor"
        " was accompanied by Tom Hale. The delegation will visit Lima from 28 April to 6 May 2019."
    )
    assert got == {"Ruth Alder"}
