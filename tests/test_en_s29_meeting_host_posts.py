"""A bare title before a host who meets someone of another body ("Vice President A met with the
head of X"): X is the guest's body, so A's title is not X's, even when X is the only body named."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "body",
    [
        "On May 3, Vice President Liang Dewei met with the head of Corvane University, Tomas "
        "Brell, and his delegation.",
        "On May 3, Vice President Liang Dewei met with the delegation of Corvane University.",
        "On May 3, Chairman Liang Dewei received a delegation from Corvane University.",
    ],
)
def test_the_host_holds_no_post_at_the_guests_body(body):
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert ("Liang Dewei", "Corvane University") not in roles


def test_a_title_of_the_guests_body_stays():
    body = (
        "On May 3, Vice President Liang Dewei met with the head of Corvane University, Tomas "
        "Brell, and his delegation."
    )
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert ("Tomas Brell", "Corvane University") in roles
