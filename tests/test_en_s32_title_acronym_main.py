"""A bare capitals word that the text only prints before a person's name ("VM Roe") is a title
written short, not a body: a headline opening with it is a person's page, of no main organisation."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_short_title_before_a_name_is_no_main_org():
    found = extract_en(
        "Vice Minister Dario Venk attended the meeting of the Norland-Estavia Trade Committee "
        "in Kesta on Monday. VM Venk said the two sides agreed on new steps.",
        headline="VM Venk attends Norland-Estavia Trade Committee meeting",
    )
    assert found.main_org is None


def test_acronym_of_a_body_stays_main_org():
    found = extract_en(
        "Tarvel Mining Exchange (TMX) said on Monday that its chief executive Ana Brill will "
        "retire. TMX thanked Ana Brill for her service.",
        headline="TMX chief Ana Brill to retire",
    )
    assert found.main_org is not None
