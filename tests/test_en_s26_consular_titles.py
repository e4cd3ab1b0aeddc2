"""Consular and mission staff named by a bare title ("Vice Consul A", "Education Counsellor B",
"Consul-General C") hold their post at the one consulate or embassy the page names; with two
missions named, or none, no post is guessed."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set

HEADLINE = "University delegation visits consulate"


@pytest.mark.parametrize(
    ("person", "title"),
    [
        ("Li Wenbo", "Consul-General"),
        ("Zhao Minghua", "Deputy Consul General"),
        ("Qian Hao", "Vice Consul"),
        ("Sun Peiyu", "Education Counsellor"),
    ],
)
def test_a_bare_consular_title_is_at_the_one_consulate_named(person, title):
    text = (
        "On May 3, a delegation of Northbridge University visited the Consulate-General of "
        f"the People's Republic of China in Chicago. {title} {person} met the delegation."
    )
    held = role_set(extract_en(text, headline=HEADLINE))
    org = "Consulate-General of the People's Republic of China in Chicago"
    assert (person, "other", org, "current") in held


def test_a_counsellor_is_at_the_one_embassy_named():
    text = (
        "On May 3, a delegation of Northbridge University visited the Chinese Embassy in Nepal. "
        "Education Counsellor Sun Peiyu received the delegation."
    )
    held = role_set(extract_en(text, headline=HEADLINE))
    assert ("Sun Peiyu", "other", "Chinese Embassy in Nepal", "current") in held


def test_no_post_when_two_missions_are_named():
    text = (
        "On May 3, a delegation of Northbridge University visited the Chinese Embassy in Nepal "
        "and the Chinese Embassy in India. Education Counsellor Sun Peiyu received the delegation."
    )
    held = role_set(extract_en(text, headline=HEADLINE))
    assert not [r for r in held if r[0] == "Sun Peiyu"]


def test_no_post_when_no_mission_is_named():
    text = "On May 3, Vice Consul Qian Hao met a delegation of Northbridge University in Chicago."
    held = role_set(extract_en(text, headline=HEADLINE))
    assert not [r for r in held if r[0] == "Qian Hao"]


def test_a_consulate_general_printed_with_a_space_is_one_name():
    text = (
        "On May 3, Deputy Consul General Zhao Minghua from the Chinese Consulate General in "
        "Chicago visited Northbridge University."
    )
    found = extract_en(text, headline=HEADLINE)
    assert "Chinese Consulate General in Chicago" in {o.name for o in found.orgs}
    held = role_set(found)
    assert ("Zhao Minghua", "other", "Chinese Consulate General in Chicago", "current") in held


def test_a_mission_in_a_city_before_a_capitalised_verb():
    found = extract_en(
        "The Chinese Embassy in Nepal held a reception on May 3.",
        headline="Chinese Embassy in Nepal Holds Reception",
    )
    names = {o.name for o in found.orgs}
    assert "Chinese Embassy in Nepal" in names
    assert "Chinese Embassy" not in names


def test_an_educational_counselor_of_a_named_embassy():
    text = (
        "On May 3, Sun Peiyu, educational counselor of the Embassy of the People's Republic of "
        "China in the Republic of Finland, visited Northbridge University."
    )
    held = role_set(extract_en(text, headline=HEADLINE))
    org = "Embassy of the People's Republic of China in the Republic of Finland"
    assert ("Sun Peiyu", "other", org, "current") in held


@pytest.mark.parametrize(
    "text",
    [
        "On May 3, Li Wenbo, Consul General of the People's Republic of China in Mumbai, "
        "visited Northbridge University.",
        "On May 3, Li Wenbo, Acting Consul-General of Hungary in Chongqing, visited Northbridge "
        "University.",
        "On May 3, the Consul General of Canada in Monterrey, Li Wenbo, visited Northbridge "
        "University.",
    ],
)
def test_a_consul_general_of_a_state_is_no_post_at_the_state(text):
    held = role_set(extract_en(text, headline=HEADLINE))
    assert not [r for r in held if r[0] == "Li Wenbo"]
