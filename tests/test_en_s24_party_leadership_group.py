"""A company's Party Leadership Group printed before "of <company>" ("the Party Leadership Group
of X Corporation held a meeting") is a body of the company, not the company's name: posts said to be
"of the company" are the company's (sentences invented for these tests)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_a_party_leadership_group_of_a_company_names_the_company():
    found = extract_en(
        "On May 12, the Party Leadership Group of Brightriver Power Corporation held a meeting."
        " Gao Lin, Secretary of the Party Committee and Chairman of the Board of Directors of the"
        " company, presided over the meeting."
    )
    held = role_set(found)
    assert ("Gao Lin", "chairman", "Brightriver Power Corporation", "current") in held
    assert ("Gao Lin", "party-secretary", "Brightriver Power Corporation", "current") in held
    assert not [o for o in found.orgs if o.name.startswith("Party Leadership Group")]
