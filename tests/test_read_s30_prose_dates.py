"""A page with no date line of its own: a date after "from"/"by" in a sentence is a term's or a
deadline's day, not the page's (texts invented)."""

from __future__ import annotations

from kg.read import make_article


def _published(text: str):
    return make_article("t.txt", text).published


def test_date_after_from_is_not_the_pages():
    text = (
        "Kestrel Foods names new chief executive\n"
        "Kestrel Foods Plc has announced the appointment of Mr Tom Hale as its new chief "
        "executive, replacing Mr Bob Ray, who resigns from the position from June 30, 2025.\n"
        "The company confirmed this in a statement to the exchange on Thursday.\n"
    )
    assert _published(text) is None


def test_date_at_a_lines_start_is_the_pages():
    text = (
        "Kestrel Foods names new chief executive\n"
        "KUALA LUMPUR, June 30, 2025 — Kestrel Foods Bhd has announced the appointment of Mr Tom "
        "Hale as its new chief executive with immediate effect, the company said.\n"
    )
    assert _published(text).isoformat() == "2025-06-30"


def test_date_after_by_is_not_the_pages():
    text = (
        "Kestrel Foods chief to retire\n"
        "Mr Tom Hale, Managing Director of Kestrel Foods Plc, is set to retire by December 31, "
        "2020.\n"
    )
    assert _published(text) is None
