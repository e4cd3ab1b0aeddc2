"""English: a post printed in brackets after its holder's name with its organisation after a comma
("Name (Title, Org)") is that organisation's, never the page's own; a headline's verb ends the
organisation named after a title. Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set

HEADLINE = "Marlow University hosts forum"
OPENING = "Marlow University hosted the forum on Monday. "


def _posts(body: str, headline: str = HEADLINE) -> set[tuple[str, str, str]]:
    return {(p, role, org) for p, role, org, _ in role_set(extract_en(body, headline=headline))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Guests included Tom Hale (Chief Executive Officer, Arden Bank) and Ann Best "
            "(Vice President, Halden University).",
            {
                ("Tom Hale", "general-manager", "Arden Bank"),
                ("Ann Best", "other", "Halden University"),
            },
        ),
        (
            "Guests included Tom Hale (Deputy Director-General, Harbour Trade Agency).",
            {("Tom Hale", "other", "Harbour Trade Agency")},
        ),
    ],
)
def test_a_bracketed_post_is_at_the_organisation_printed_in_it(sentence, expected):
    assert _posts(OPENING + sentence) == expected


def test_a_bracket_naming_another_body_never_gives_the_pages_organisation():
    assert _posts(OPENING + "Guests included Tom Hale (Director, Brandt Kessler).") == set()


def test_a_bracketed_former_post_stays_former_at_its_organisation():
    found = extract_en(
        OPENING + "Guests included Tom Hale (Former Director, Harbour Trade Agency).",
        headline=HEADLINE,
    )
    assert {(p, org, status) for p, _, org, status in role_set(found)} == {
        ("Tom Hale", "Harbour Trade Agency", "former")
    }


def test_a_headlines_verb_ends_the_organisation_after_a_title():
    posts = _posts(
        "Ann Kale arrived at Kelby College on Monday for talks on student exchange.",
        headline="Vice-Chancellor Ann Kale of Tarn University Visits Kelby College",
    )
    assert posts == {("Ann Kale", "other", "Tarn University")}
