"""Those "present at the signing ceremony were A, <title>, B, <title>": they took part in it
(sentences invented for these tests)."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en


def test_those_present_at_a_signing_ceremony_attended_it():
    found = extract_en(
        "The signing ceremony between Brightriver Group and Yulin City was held in Yulin on"
        " May 3. Present at the signing ceremony were Mr. Gao Lin, Chairman of Brightriver Group,"
        " Mr. Pan Wei, Deputy General Manager of Brightriver Group, and Ms Lu Ming, Vice Mayor"
        " of Yulin City."
    )
    dated = [e for e in found.events if str(e.start) == "2023-05-03"]
    assert dated
    assert {"Gao Lin", "Pan Wei", "Lu Ming"} <= set(attendees(dated[0]))
