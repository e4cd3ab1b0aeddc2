"""Session 26: people who present a report or a presentation, or have a talk with someone, at an
event take part in it (translated English writes "presented the work report", "had a talk
with")."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en

BODY = (
    "On May 3, Kestrel Power Group held its 2023 work conference in Jinan. Dong Wei, chairman "
    "of the group, chaired the meeting. Tao Ran, president of the group, presented the work "
    "report. Next, vice president Fei Min had a talk with the delegates from the branches. "
    "Hua Yu, deputy general manager, made a presentation on safety."
)


def test_presenters_and_talkers_take_part() -> None:
    found = extract_en(BODY, headline="Kestrel Power Group holds 2023 work conference")
    [event] = [e for e in found.events if e.start and e.start.isoformat() == "2023-05-03"]
    parts = attendees(event)
    assert parts["Tao Ran"] == "reporter"
    assert parts["Hua Yu"] == "reporter"
    assert "Fei Min" in parts
    assert parts["Dong Wei"] == "chair"
