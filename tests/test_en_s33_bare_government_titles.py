"""Session 33: a government title printed without its place ("Premier A", "Chief Minister B",
"Vice Mayor C") takes the page's one place of the title's level (`place_level_titles`,
`state_places` of kg/vocab/en.yml), the English analogue of the bare 縣長 taking the page's one
county (tests/test_zh_s32_council_county.py); none, several, a guest's title or a capitalised
word of no place read before the title give nothing. A listed place of several words printed
before the title ("Arunachal Pradesh Chief Minister A") is the post's."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


def test_bare_premier_takes_the_one_state_the_page_names() -> None:
    found = extract_en(
        "HOBART: Premier Ann Vale met a trade delegation on Monday. She said Tasmania "
        "welcomes investment in clean energy.",
        headline="Premier meets trade delegation",
    )
    assert ("Ann Vale", "other", "Tasmania", "current") in role_set(found)


def test_lower_case_chief_minister_takes_the_one_state() -> None:
    found = extract_en(
        "Bolt Motors chairman Ravi Dunn met chief minister Omar Pell here on Friday and "
        "discussed investment in Mizoram."
    )
    assert ("Omar Pell", "other", "Mizoram", "current") in role_set(found)


def test_two_states_named_give_no_post() -> None:
    found = extract_en(
        "Chief Minister Omar Pell met investors from Nagaland and Mizoram on Friday.",
    )
    assert not any(r.person == "Omar Pell" for r in found.roles)


def test_a_visiting_chief_minister_is_no_post_of_the_page_state() -> None:
    found = extract_en("The visiting Chief Minister Omar Pell toured a plant in Mizoram on Friday.")
    assert not any(r.person == "Omar Pell" for r in found.roles)


@pytest.mark.parametrize(
    "lead",
    [
        "Zorland",  # an unread place: the post is Zorland's, never Mizoram's
        "Press Secretary",  # a title word no rule reads as a place: only the word before tells
    ],
)
def test_a_capitalised_word_no_reader_took_for_the_place_gives_no_post(lead: str) -> None:
    found = extract_en(f"{lead} Chief Minister Omar Pell toured a plant in Mizoram on Friday.")
    assert not any(r.org == "Mizoram" for r in found.roles)


def test_premier_on_a_page_of_china_is_no_province_post() -> None:
    # one province and a Chinese city: without the national reading, Yunnan's premier
    found = extract_en(
        "KUNMING: Premier Lin Shu met a group of overseas investors on Tuesday. She said "
        "Yunnan welcomes capital in green farming.",
        headline="Premier meets overseas investors",
    )
    assert not any(r.person == "Lin Shu" and r.org == "Yunnan" for r in found.roles)


def test_a_city_printed_with_a_mayor_makes_the_bare_vice_mayor_unknown() -> None:
    found = extract_en(
        "A delegation from Baotou was received by Vice Mayor Tom Bright on Monday. "
        "Kelby Mayor Ann Reed hosted a lunch for the guests."
    )
    assert not any(r.person == "Tom Bright" for r in found.roles)


def test_multiword_listed_place_before_the_title() -> None:
    found = extract_en(
        "Arunachal Pradesh Chief Minister Omar Pell will address investors in Shillong on Monday."
    )
    assert ("Omar Pell", "other", "Arunachal Pradesh", "current") in role_set(found)
