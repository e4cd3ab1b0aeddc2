"""Board news of listed companies: a possessive after a longer capitalised name ("Kestrel Property
Malaysia's chief executive") ends that name, not a place's or a one-word company's; a province
written short in a dateline is no organisation."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "body, person, org",
    [
        (
            "Kestrel Property Malaysia's chief executive Paul Tarrow said profits rose.",
            "Paul Tarrow",
            "Kestrel Property Malaysia",
        ),
        (
            "Orland Harbour Tanbury's chief executive Ruth Kessel said sales fell.",
            "Ruth Kessel",
            "Orland Harbour Tanbury",
        ),
    ],
)
def test_a_possessive_ends_the_longer_name(body, person, org):
    roles = {(p, o) for p, _r, o, _s in role_set(extract_en(body))}
    assert (person, org) in roles
    assert not any(o in ("Malaysia", "Tanbury") for _p, o in roles)


def test_a_province_written_short_in_a_dateline_is_no_organisation():
    found = extract_en(
        "TORONTO, ONT. – Harvest Pine Foods announced Carl Remy, currently chief operating "
        "officer, will be the company’s next chief executive officer."
    )
    assert "ONT" not in {o.name for o in found.orgs}
    assert all(r.org == "Harvest Pine Foods" for r in found.roles)
