"""Session 26: courtesy calls and audiences in native English official news: those named after
"Accompanying A were ..." go with A, "A, title, accompanied by B and C, received D" makes A the
host (not an accompanier), an audience granted ("was granted an audience with", "granted an
audience to") and a courtesy visit paid are talks, and "while hosting" makes a host."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en

HEADLINE = "Governor receives energy executives"


def _parts(body: str) -> dict[str, str]:
    found = extract_en(body, headline=HEADLINE)
    [event] = [e for e in found.events if e.start and e.start.isoformat() == "2023-05-03"]
    return attendees(event)


def test_those_accompanying_a_caller_take_part() -> None:
    parts = _parts(
        "On May 3, Governor Adebayo Okonkwo received a courtesy call from Daniel Ferrant, the "
        "managing director of Brightwell Energy Limited, at his office. Accompanying Ferrant were "
        "Brightwell chairman Samuel Obi and general manager Ruth Adeyemi."
    )
    assert parts["Samuel Obi"] == "accompanier"
    assert parts["Ruth Adeyemi"] == "accompanier"
    assert parts["Adebayo Okonkwo"] == "host"


def test_others_accompanying_after_an_opening_phrase() -> None:
    parts = _parts(
        "On May 3, a delegation led by Daniel Ferrant paid a courtesy call on Chief Minister "
        "Adebayo Okonkwo. Apart from Grace Ekpo, others accompanying Ferrant during the visit "
        "were deputy president Samuel Obi and members Ruth Adeyemi and Musa Bello."
    )
    assert parts["Samuel Obi"] == "accompanier"
    assert parts["Musa Bello"] == "accompanier"


def test_the_one_accompanied_is_the_host() -> None:
    parts = _parts(
        "On May 3, Daniel Ferrant, Cabinet Secretary for Trade, accompanied by the Principal "
        "Secretaries, Ms. Ruth Adeyemi (Industry) and Mr. Samuel Obi (Commerce) received a team "
        "led by Musa Bello, Chairman of the Westmark Chamber."
    )
    assert parts["Daniel Ferrant"] == "host"
    assert parts["Ruth Adeyemi"] == "accompanier"
    assert parts["Musa Bello"] == "visitor"


def test_an_audience_granted_is_talks() -> None:
    found = extract_en(
        "Deputy Prime Minister Tomas Vinter was on Wednesday granted an audience with the Sultan "
        "of Westmark, Sultan Omar Aziz, at the palace.",
        headline=HEADLINE,
    )
    [event] = [e for e in found.events if e.start and e.start.isoformat() == "2023-05-03"]
    assert event.kind == "talks"
    parts = attendees(event)
    assert "Tomas Vinter" in parts and "Omar Aziz" in " ".join(parts)


def test_an_audience_granted_to_a_visitor() -> None:
    parts = _parts(
        "On May 3, Sultan Omar Aziz granted an audience to Chief Minister Daniel Ferrant at the "
        "palace."
    )
    assert parts["Daniel Ferrant"] == "visitor"


def test_a_courtesy_visit_paid_to_a_governor() -> None:
    parts = _parts(
        "On May 3, Trade Minister Ruth Adeyemi paid a courtesy visit to Governor Samuel Obi."
    )
    assert parts["Ruth Adeyemi"] == "met"
    assert parts["Samuel Obi"] == "met"


def test_a_governor_hosting_a_courtesy_call() -> None:
    parts = _parts(
        "Governor Tomas Vinter spoke at Government House on May 3 while hosting the managing "
        "director of Brightwell Energy Limited, Grace Ekpo, and her team on a courtesy call."
    )
    assert parts["Grace Ekpo"] == "visitor"
