"""Session 26 (track 3): attendees listed after the main sentence of a diplomatic or campus
readout: a group of a mission's officials before "including", and title-first items parted by
semicolons."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en


def _event_with(found, name: str):
    return next(e for e in found.events if name in attendees(e))


def test_officials_of_a_mission_before_including_attended():
    found = extract_en(
        "The Consul General of Korvia in Pune, Edgar Holm, met with Governor Ravi Pillai on "
        "Tuesday (May 7, 2024). The meeting was also attended by key consulate officials, "
        "including Trade Chief Nora Lind, Political Officer Sam Greve, and Press Advisor Ida "
        "Marsh."
    )
    seen = attendees(_event_with(found, "Edgar Holm"))
    for name in ("Nora Lind", "Sam Greve", "Ida Marsh"):
        assert seen.get(name) == "attendee"


def test_first_of_title_first_items_parted_by_semicolons_attended():
    found = extract_en(
        "Anna Gruber, Vice President of Ferndale College, visited Qinghe University on May 3 and "
        "was met by President Li Dongming. The Director of the Office of International "
        "Cooperation, Wang Jiamin; Secretary General of the Alumni Association, Xu Kaiwen and "
        "Deputy Dean of the Law School, Liu Chen, were also present at the meeting."
    )
    seen = attendees(_event_with(found, "Li Dongming"))
    for name in ("Wang Jiamin", "Xu Kaiwen", "Liu Chen"):
        assert seen.get(name) == "attendee"
