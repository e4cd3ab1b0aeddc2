"""Session 26: "Governor Name of X State" places the post at the state even when the lexicon does
not know X; a longer name that goes on after "State" is not cut to a state."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_governor_name_of_an_unknown_state() -> None:
    found = extract_en("On Monday, Governor Musa Bello of Kwara State received the delegation.")
    assert ("Musa Bello", "governor", "Kwara State", "current") in role_set(found)


def test_a_name_going_on_after_state_is_no_state() -> None:
    found = extract_en("Governor Musa Bello of Kwara State Oil Company met them on Monday.")
    assert not any(r.org == "Kwara State" for r in found.roles)
