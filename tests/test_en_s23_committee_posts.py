"""A place's Party committee printed before its post, capitalised as translations print it
("Hubei Provincial Party Committee Secretary A"): the post is the committee's, not the page
company's (sentences invented for these tests)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEADLINE = "Provincial leaders visit Tongda Group"


def test_a_committee_printed_before_its_secretary_holds_the_post():
    held = role_set(
        extract_en(
            "On May 3, Hubei Provincial Party Committee Secretary Li Mingtao visited Tongda Group."
            " Qinglan Municipal Party Committee Deputy Secretary Wang Haisheng was also present.",
            headline=HEADLINE,
        )
    )
    assert ("Li Mingtao", "party-secretary", "Hubei Provincial Party Committee", "current") in held
    assert (
        "Wang Haisheng",
        "deputy-party-secretary",
        "Qinglan Municipal Party Committee",
        "current",
    ) in held
    assert not [r for r in held if r[2] == "Tongda Group"]
