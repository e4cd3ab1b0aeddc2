"""Session 32: attendees listed after "were" or "included" with long titles whose body names
hold lower-case words between capitalised ones ("Secretary for Housing and Lands", "Committee on
Liaison with Overseas Partners"): the title's words, not a clause of their own."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en


def _event_with(found, name: str):
    return next(e for e in found.events if name in attendees(e))


def test_title_first_items_with_inner_words_after_present_were():
    found = extract_en(
        "On March 14, 2023, Governor Harald Moen met with a delegation of the Norlund Trade "
        "Council led by Ms Greta Sandvik. Also present were: Deputy Director of the Committee "
        "on Liaison with Overseas Partners, Mr Tomas Brandvik; Secretary for Housing and Lands, "
        "Ms Olga Rennick; and Adviser to the Governor's Office, Mr Paul Ostrander."
    )
    seen = attendees(_event_with(found, "Harald Moen"))
    for name in ("Tomas Brandvik", "Olga Rennick", "Paul Ostrander"):
        assert seen.get(name) == "attendee"


def test_name_first_items_with_inner_words_after_including():
    found = extract_en(
        "The national conference of trade officials was held in Oslo on May 2, 2023. More than "
        "90 officials attended the conference, including David Marsh, deputy secretary general "
        "of the Cabinet, Peter Lund, president of the Norlund People's Association for "
        "Friendship with Foreign Towns (NPAFFT), and Karen Holt, assistant minister of commerce."
    )
    seen = attendees(_event_with(found, "David Marsh"))
    assert seen.get("Karen Holt") == "attendee"
