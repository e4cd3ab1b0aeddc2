"""A Malaysian state's head of government, "Menteri Besar", is a place head's title like "Chief
Minister": "of X" or "X Menteri Besar" names the state; a company the sentence names is never the
organisation of such a title."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "sentence",
    [
        "Menteri Besar of Pahang Datuk Seri Rizal Hamdan chaired the state council on Wednesday.",
        "Pahang Menteri Besar Datuk Seri Rizal Hamdan chaired the state council on Wednesday.",
    ],
)
def test_menteri_besar_holds_a_post_at_the_state(sentence):
    found = extract_en(sentence)
    assert ("Rizal Hamdan", "other", "Pahang") in {(r.person, r.role, r.org) for r in found.roles}


@pytest.mark.parametrize("title", ["Menteri Besar", "Chief Minister"])
def test_a_state_heads_title_is_never_the_companys(title):
    found = extract_en(
        f"Lembah Timber Bhd said on Monday that {title} Datuk Seri Rizal Hamdan opened its "
        "new mill."
    )
    assert not {r for r in found.roles if r.person == "Rizal Hamdan" and "Lembah" in r.org}
