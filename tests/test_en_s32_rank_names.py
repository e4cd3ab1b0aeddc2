"""A naval rank of two words before a name ("Rear Admiral A B"): the rank is no person, the
name after it is one (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_rear_admiral_before_a_name():
    found = extract_en(
        "A delegation of the Coastal Defence College headed by Rear Admiral Zain Tarik Monday "
        "visited the port authority."
    )
    names = {p.name for p in found.persons}
    assert "Zain Tarik" in names
    assert "Rear Admiral" not in names
