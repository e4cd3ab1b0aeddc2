"""A person named in full once, then by the family name alone ("Quist also met ..."), takes part
in the meeting the later sentence dates."""

from datetime import date

from tests.helpers_en import attendees, extract_en


def test_family_name_subject_attends() -> None:
    found = extract_en(
        "Northland Foreign Minister Alma Quist arrived in Ruritania on Thursday for a two-day "
        "trip.\nQuist also met Ruritania's chief trade negotiator Boris Teller on Friday."
    )
    dated = [e for e in found.events if e.start == date(2023, 5, 5)]
    assert dated, [(e.start, e.kind) for e in found.events]
    parts = attendees(dated[0])
    assert "Alma Quist" in parts and "Boris Teller" in parts


def test_shared_family_name_stands_for_nobody() -> None:
    found = extract_en(
        "Northland Foreign Minister Alma Quist and Southland Trade Minister Dirk Quist arrived "
        "in Ruritania on Thursday.\nQuist also met Ruritania's chief trade negotiator Boris Teller on Friday."
    )
    for event in found.events:
        if event.start == date(2023, 5, 5):
            parts = attendees(event)
            assert "Alma Quist" not in parts and "Dirk Quist" not in parts


def test_a_family_name_that_is_a_common_word_stands_for_no_one() -> None:
    found = extract_en(
        "Prime Minister Bill English met Governor Tomas Reinholt on Monday in Wellton. "
        "On Tuesday, officials discussed English teaching at a school board meeting.",
        published="2024-03-06",
    )
    tuesday = [e for e in found.events if e.start == date(2024, 3, 5)]
    assert all("Bill English" not in {p.person for p in e.participants} for e in tuesday)
