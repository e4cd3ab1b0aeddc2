"""Bare short titles, sentence adverbs before titles and compound vice-president titles."""

from tests.helpers_en import extract_en, role_set


def test_bare_secretary_yields_to_the_full_post():
    found = extract_en(
        "Dr. Wu Lan, Vice President of Borland Group, led a delegation to Fenwick University. "
        "Tao Ming, Secretary of the Party Committee of Fenwick University, attended. At the "
        "meeting, Vice President Wu Lan and Secretary Tao Ming held talks.",
        headline="Borland Group and Fenwick University Hold Talks",
    )
    roles = role_set(found)
    assert ("Tao Ming", "party-secretary", "Fenwick University", "current") in roles
    assert not [r for r in found.roles if r.person == "Tao Ming" and r.org == "Borland Group"]


def test_sentence_adverb_is_no_organisation():
    found = extract_en(
        "Tao Ming, President of Fenwick University, signed the deal. Afterwards President Tao "
        "Ming and Lu Fang, President of Dunmore University, jointly unveiled a laboratory."
    )
    assert "Afterwards" not in {o.name for o in found.orgs}
    assert not [r for r in found.roles if r.org == "Afterwards"]


def test_managing_vice_president_is_one_title():
    found = extract_en("Wang Bo, Managing Vice President of Borland Group, attended the meeting.")
    assert "Managing" not in {o.name for o in found.orgs}
    assert role_set(found) == {("Wang Bo", "deputy-general-manager", "Borland Group", "current")}
