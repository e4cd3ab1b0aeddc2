"""'replacing C' after a list of appointments gives C the post of the one appointee named last
in its clause, not every post the sentence gave (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_predecessor_takes_the_last_appointees_post_only():
    found = extract_en(
        "Kestrel Holdings Bhd said on 4 May 2023 that moves included the appointment of Borrow's "
        "chairman Jane Roe as non-executive chairman of Kestrel; a redesignation of its director "
        "Tom Hale as the group's executive director; as well as the appointment of Amy Lu as "
        "Kestrel's chief financial officer, replacing Bob Ray."
    )
    bob = {(r.role, r.org) for r in found.roles if r.person == "Bob Ray"}
    assert bob == {("chief-financial-officer", "Kestrel")}
    assert ("Amy Lu", "chief-financial-officer", "Kestrel", "current") in role_set(found)


def test_one_appointee_still_passes_every_new_post_to_the_predecessor():
    found = extract_en(
        "Kestrel Holdings Bhd said on 4 May 2023 that Jane Roe was named chief executive and "
        "director, succeeding Bob Ray."
    )
    bob = {r.role for r in found.roles if r.person == "Bob Ray"}
    assert bob == {"general-manager", "director"}
