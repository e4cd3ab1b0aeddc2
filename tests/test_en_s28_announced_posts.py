"""Board news of listed companies: the company that announces a post's holder ("X has announced the
retirement of A as its deputy managing director", "X (XY) on Monday announced the resignation of A,
its vice chairman") holds the post, even when an opening clause named another body first; and a
possessive after a longer capitalised name ("Kestrel Property Malaysia's chief executive") ends
that name, not a place's or a one-word company's."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "body, person, role, org",
    [
        (
            "Following the new tenure limits set recently by the Reserve Bank of Zembla (RBZ), "
            "Harbor Lane Bank has announced the retirement of Mary Quell as its deputy managing "
            "director. The RBZ circular was signed by its director, Ivo Rask. The RBZ said the "
            "rules apply to all lenders.",
            "Mary Quell",
            "deputy-general-manager",
            "Harbor Lane Bank",
        ),
        (
            "Under the rules of the Zembla Securities Commission, Corvane Leasing and Trust "
            "Services (CLTS) on Monday announced the resignation of Peter Alvo, its executive vice "
            "chairman. The Zembla Securities Commission had asked for the change, and the Zembla "
            "Securities Commission welcomed it.",
            "Peter Alvo",
            "vice-chairman",
            "Corvane Leasing and Trust Services",
        ),
    ],
)
def test_the_announcing_company_holds_its_post(body, person, role, org):
    roles = {(p, r, o) for p, r, o, _s in role_set(extract_en(body))}
    assert (person, role, org) in roles
    assert not any(p == person and o != org for p, _r, o in roles)


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
