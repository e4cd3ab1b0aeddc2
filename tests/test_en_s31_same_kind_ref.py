"""'the bank' after another bank named earlier in the same sentence, on a page about a central
bank: that other bank's post, not the page's (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_the_bank_is_the_bank_named_before_in_the_sentence():
    found = extract_en(
        "The Central Bank of Ruritania (CBR) limited the tenure of bank directors on Monday. "
        "Likewise, the Harbour Lane Savings Bank announced the retirement of David Morgan who "
        "was an independent director at the bank.",
        headline="Central bank limits tenures",
    )
    roles = {(p, r, o) for p, r, o, _ in role_set(found)}
    assert ("David Morgan", "independent-director", "Harbour Lane Savings Bank") in roles
    assert not any(
        r.person == "David Morgan" and r.org == "Central Bank of Ruritania" for r in found.roles
    )


def test_the_bank_with_no_other_bank_before_is_the_pages():
    found = extract_en(
        "Harbour Lane Savings Bank said on Monday that David Morgan, an independent director at "
        "the bank, will retire.",
        headline="Harbour Lane Savings Bank director to retire",
    )
    roles = {(p, r, o) for p, r, o, _ in role_set(found)}
    assert ("David Morgan", "independent-director", "Harbour Lane Savings Bank") in roles
