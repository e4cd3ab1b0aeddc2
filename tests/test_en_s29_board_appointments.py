"""Board news of listed companies: "appointed X to the board as <title>" (also with an apposition,
"the appointment of its chief executive, Dr X, to the board as <title>"); "assume / take on the
role of <title>"; and "A, who currently serves as <title>, will take over from B": that title is
A's own, not B's former one."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "body, person, role, org",
    [
        (
            "Tarnwell Resources has appointed Sarah Quillon to the board as an independent "
            "non-executive director.",
            "Sarah Quillon",
            "independent-director",
            "Tarnwell Resources",
        ),
        (
            "Tarnwell Resources announced the appointment of Sarah Quillon to the Board as "
            "Managing Director with immediate effect.",
            "Sarah Quillon",
            "general-manager",
            "Tarnwell Resources",
        ),
        (
            "Tarnwell Resources has appointed its chief operating officer, Dr Sarah Quillon, to the "
            "Board as Managing Director.",
            "Sarah Quillon",
            "general-manager",
            "Tarnwell Resources",
        ),
    ],
)
def test_appointed_to_the_board_as_a_title(body, person, role, org):
    assert (person, role, org, "current") in role_set(extract_en(body))


@pytest.mark.parametrize(
    "body, person, role, org",
    [
        (
            "Thomas Lendl will assume the role of chair of Brindle Foods in June.",
            "Thomas Lendl",
            "chairman",
            "Brindle Foods",
        ),
        (
            "Thomas Lendl will take on the role of chief executive at Brindle Foods.",
            "Thomas Lendl",
            "general-manager",
            "Brindle Foods",
        ),
    ],
)
def test_assume_the_role_of_a_title(body, person, role, org):
    assert (person, role, org, "current") in role_set(extract_en(body))


def test_a_title_served_now_stays_with_the_successor():
    roles = role_set(
        extract_en(
            "Helen Vrane, who currently serves as non-executive chairman, will take over from "
            "David Holt as chief executive of Brindle Foods."
        )
    )
    assert ("David Holt", "general-manager", "Brindle Foods", "former") in roles
    assert not any(p == "David Holt" and r == "chairman" for p, r, _o, _s in roles)


@pytest.mark.parametrize("opener", ["Prior to this", "Before this"])
def test_prior_to_this_sets_a_former_post(opener):
    roles = role_set(
        extract_en(
            "Brindle Foods has named Peter Kwan its finance director. "
            f"{opener}, Mr Kwan was financial controller at Tarnwell Holdings."
        )
    )
    assert ("Peter Kwan", "chief-financial-officer", "Tarnwell Holdings", "former") in roles
    assert ("Peter Kwan", "chief-financial-officer", "Tarnwell Holdings", "current") not in roles
