"""'<title> of both A and B': the same post at each of the two organisations (sentences
invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_director_of_both_names_each_organisation():
    found = extract_en(
        "Marcus Ellery was named governor of the Central Bank of Ruritania on Monday. He is also "
        "a director of both Ortolan Holdings and Pelham Insurance.",
        headline="Regent names new central bank governor",
    )
    roles = {(p, r, o) for p, r, o, _ in role_set(found)}
    assert ("Marcus Ellery", "director", "Ortolan Holdings") in roles
    assert ("Marcus Ellery", "director", "Pelham Insurance") in roles


def test_and_after_one_organisation_without_both_is_not_a_second_post():
    found = extract_en(
        "Jane Corder, chairman of Ortolan Holdings and Pelham Insurance's largest shareholder, "
        "spoke on Monday.",
        headline="Ortolan Holdings chairman speaks",
    )
    assert not any(r.person == "Jane Corder" and r.org == "Pelham Insurance" for r in found.roles)
