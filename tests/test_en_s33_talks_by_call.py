"""Talks held in "friendly exchanges" or by a video call or virtual meeting: those who held
them take part in the talks (`participation.met`)."""

from tests.helpers_en import extract_en


def _parts(found):
    return {p.person: p.part for e in found.events for p in e.participants}


def test_friendly_exchanges_are_talks():
    found = extract_en(
        "On the afternoon of May 3, a delegation of the Norland government visited Brevik Group. "
        "Tan Weiming, Chairman of Brevik Group, conducted friendly exchanges with the delegation "
        "on the cooperation."
    )
    assert _parts(found).get("Tan Weiming") == "met"


def test_video_call_is_talks():
    found = extract_en(
        "On Tuesday, Minister Anna Berg held a video call with Karl Brenner, the mayor of Wellford."
    )
    parts = _parts(found)
    assert parts.get("Anna Berg") == "met" and parts.get("Karl Brenner") == "met"


def test_virtual_meeting_is_talks():
    found = extract_en(
        "On Tuesday, Minister Anna Berg held a virtual meeting with Karl Brenner, the mayor of "
        "Wellford."
    )
    parts = _parts(found)
    assert parts.get("Anna Berg") == "met" and parts.get("Karl Brenner") == "met"
