"""Machine-translated guest lists print "the <title> of <unit>, <name>" pairs one after another,
set off by commas: a title after a name whose own item opened with a title is the next name's."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "body, pairs, wrong",
    [
        (
            "On May 3, the guests visited the campus. The dean of Student Affairs Office, Ma "
            "Jinwen, the secretary of the party committee of Chemistry Department, Qiu Lanfeng, "
            "the dean of Chemistry Department, He Baoyu, attended.",
            {("Ma Jinwen", "Student Affairs Office"), ("Qiu Lanfeng", "Chemistry Department")},
            ("Ma Jinwen", "Chemistry Department"),
        ),
        (
            "The delegation toured the plant. The director of the Tovar Bureau of Commerce, Lin "
            "Haoran, the deputy director of the Tovar Finance Bureau, Shen Kewei, joined them.",
            {("Lin Haoran", "Tovar Bureau of Commerce"), ("Shen Kewei", "Tovar Finance Bureau")},
            ("Lin Haoran", "Tovar Finance Bureau"),
        ),
    ],
)
def test_a_title_after_a_titled_item_is_the_next_names(body, pairs, wrong):
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert pairs <= roles
    assert wrong not in roles


def test_a_plain_apposition_keeps_its_name():
    body = "On May 3, Ma Jinwen, the dean of Student Affairs Office, met the guests."
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert ("Ma Jinwen", "Student Affairs Office") in roles


def test_a_list_that_opens_with_a_name_keeps_titles_after_names():
    body = (
        "The talks were attended by Lin Haoran, director of the Tovar Bureau of Commerce, Shen "
        "Kewei, deputy director of the Tovar Finance Bureau, and others."
    )
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert ("Lin Haoran", "Tovar Bureau of Commerce") in roles
    assert ("Shen Kewei", "Tovar Finance Bureau") in roles


def test_a_list_that_ends_with_a_name_and_its_title_is_left_as_read():
    body = (
        "On May 3, the general manager of Kelvane Group, Tan Yuming, secretary of the party "
        "committee and chairman of Kelvane Tech, Bai Xiaolu, vice president of Kelvane Tech, and "
        "heads of relevant departments attended the talks."
    )
    roles = {(p, r, o) for p, r, o, _s in role_set(extract_en(body))}
    assert ("Bai Xiaolu", "chairman", "Kelvane Tech") not in roles
