"""A room of a building where a meeting is held ("在市政府贵宾室会见") is no organisation."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _orgs(found) -> set[str]:
    return {o.name for o in found.orgs}


def test_a_reception_room_is_no_organisation():
    found = zh_extract(
        "5月8日，嘉南市市长王建国在市政府贵宾室会见了客商李小梅一行。",
        headline="市长会见客商",
        date="2025-05-09",
    )
    assert not any(name.endswith("贵宾室") for name in _orgs(found))


def test_a_meeting_hall_in_traditional_characters_is_no_organisation():
    found = zh_extract(
        "5月8日，嘉南市市長王建國在市政府會見廳會見了客商李小梅一行。",
        headline="市長會見客商",
        date="2025-05-09",
    )
    assert not any(name.endswith(("會見廳", "会见厅")) for name in _orgs(found))
