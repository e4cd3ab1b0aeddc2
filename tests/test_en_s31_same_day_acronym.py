"""A dated sentence that names the day of the event again without an event word (the event's
short name, a photo line) keeps the event going: the people after it still take part."""

from tests.helpers_en import extract_en


def _parts(text: str) -> dict[str, str]:
    x = extract_en(text, published="2021-09-30", headline="Harbor forum opens")
    assert len(x.events) == 1
    return {p.person: p.part for p in x.events[0].participants}


def test_same_day_told_again_keeps_the_event():
    parts = _parts(
        "On Sept 24, the 4th Harbor Enterprise Forum was held in Jinan.\n"
        "Tan Ming, Vice-chairman of Lumen Federation, presents a keynote speech at the 4th HEF "
        "in Jinan on Sept 24.\n"
        "Wu Jianping, Secretary General of the Lumen Federation, presided over the forum.\n"
    )
    assert parts.get("Wu Jianping") == "chair"
