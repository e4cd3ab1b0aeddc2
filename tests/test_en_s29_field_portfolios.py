"""A minister's title printed after its field ("Transport Minister B") in a list after a place's
head ("Province Chief Minister A, Transport Minister B"): the portfolio is B's own, not a post at
A's place; two field ministers in one list still share their body."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "body, head, head_org, minister, place",
    [
        (
            "Also present were Kedah Menteri Besar Datuk Seri Harun Osmanli, Transport Minister "
            "Lim Kok Weng and Director-General of Public Service Datuk Ramli Osmanto.",
            "Harun Osmanli",
            "Kedah",
            "Lim Kok Weng",
            "Kedah",
        ),
        (
            "Goa Chief Minister Ravi Kandelkar, Health Minister Ajit Pamberi and others attended "
            "the meeting on Monday.",
            "Ravi Kandelkar",
            "Goa",
            "Ajit Pamberi",
            "Goa",
        ),
    ],
)
def test_a_field_portfolio_is_not_at_the_head_s_place(body, head, head_org, minister, place):
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert (head, head_org) in roles
    assert (minister, place) not in roles

    shared = (
        "Delegates included the Yukon premier, Finance Minister Carl Dunmore and Health Minister "
        "Tom Reedley."
    )  # two field ministers in one list still share their body
    assert ("Tom Reedley", "Yukon") in {(p, o) for p, _r, o, _s in role_set(extract_en(shared))}
