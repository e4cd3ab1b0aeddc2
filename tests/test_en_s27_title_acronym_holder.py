"""Session 27 (track h1): the acronym of a body the text reads, written alone between a title
and the name of its holder ("CEO KIEDC A", "Managing Director KVML, A", "CMD, HMDC Shri A"),
is the organisation of that title, not the page's main one."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_acronym_between_title_and_name_is_the_titles_body():
    found = extract_en(
        "A delegation of Harlow Ceramics called on Provincial Industries Minister Adil Khan on "
        "Tuesday. CEO KIEDC Javed Baig, CEO SIEDMC Amir Rana and Director PBTI Sohail Nawaz "
        "also attended the meeting."
    )
    roles = role_set(found)
    assert ("Javed Baig", "general-manager", "KIEDC", "current") in roles
    assert ("Amir Rana", "general-manager", "SIEDMC", "current") in roles
    assert not any(r[0] == "Javed Baig" and r[2] != "KIEDC" for r in roles)


def test_acronym_then_comma_before_the_holder():
    found = extract_en(
        "The annual general meeting was attended by Managing Director KVML, Vikram K. Sood; "
        "Director Industries Kashmir, Nazim Khan; and Company Secretary, Mir Ahmad."
    )
    assert ("Vikram K. Sood", "general-manager", "KVML", "current") in role_set(found)
