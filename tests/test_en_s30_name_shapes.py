"""Names found by a modal departure link ("that A B would step down as its chief executive") and
names with particles in a row ("Ann van der Lowe", "Piet van den Berg")."""

from tests.helpers_en import extract_en, role_set


def test_would_step_down_marks_person():
    found = extract_en(
        "Vantoro Logistics Limited said on Monday that Ntombi Mahlangu would step down as its "
        "chief executive officer."
    )
    assert "Ntombi Mahlangu" in {p.name for p in found.persons}
    assert any(
        r[0] == "Ntombi Mahlangu" and r[2] == "Vantoro Logistics Limited" for r in role_set(found)
    )


def test_would_retire_marks_person():
    found = extract_en(
        "Vantoro Logistics Limited said on Monday that Zodwa Khumalo would retire as its chairman at the end of "
        "the year."
    )
    assert "Zodwa Khumalo" in {p.name for p in found.persons}


def test_two_particles_in_a_row():
    found = extract_en(
        "Vantoro Logistics Limited held its meeting on Monday. Ann van der Lowe, a director, "
        "resigned. Piet van den Berg was appointed as chairman."
    )
    names = {p.name for p in found.persons}
    assert {"Ann van der Lowe", "Piet van den Berg"} <= names
