"""Party posts of a level's committee in English put from Chinese, and bodies glued to a place."""

from tests.helpers_en import extract_en, role_set


def test_level_committee_in_title_beats_the_next_titles_body() -> None:
    found = extract_en(
        "On May 2, a meeting was held in Changsha. Zhang Weilin, Secretary of the Provincial "
        "Party Committee and Director of the Standing Committee of the Provincial People's "
        "Congress, presided over the meeting."
    )
    roles = role_set(found)
    assert ("Zhang Weilin", "party-secretary", "Provincial Party Committee", "current") in roles
    assert not any(r[1] == "party-secretary" and "Congress" in r[2] for r in roles)


def test_level_word_before_a_party_title() -> None:
    found = extract_en(
        "The Hengshan Water Bureau held a meeting on May 2. Municipal Party Committee Secretary "
        "Zhang Weilin presided over the meeting."
    )
    roles = role_set(found)  # a committee of no place named: no post, and not the bureau's
    assert not any(r[0] == "Zhang Weilin" for r in roles)


def test_place_and_the_bank_are_two_bodies() -> None:
    found = extract_en(
        "On May 2, Hunan Province and the Bank of Lakes held a meeting in Changsha. Li Mingqi, "
        "Secretary of the Party Committee and Chairman of the Bank of Lakes, attended the meeting."
    )
    names = {o.name for o in found.orgs}
    assert "Hunan Province and the Bank of Lakes" not in names
    assert ("Li Mingqi", "chairman", "Bank of Lakes", "current") in role_set(found)


def test_minister_of_a_bare_organisation_word_names_no_body() -> None:
    found = extract_en(
        "On May 2, the city held a meeting. Zhang Weilin, Member of the Standing Committee of the "
        "Municipal Party Committee and Minister of Organization, attended the meeting."
    )
    assert "Organization" not in {o.name for o in found.orgs}
    assert not any(r[2] == "Organization" for r in role_set(found))


def test_minister_of_propaganda_is_a_portfolio() -> None:
    found = extract_en(
        "On May 2, the Hengshan Institute held a meeting. Zhao Ganglin, Minister of Propaganda, "
        "attended the meeting."
    )
    assert "Propaganda" not in {o.name for o in found.orgs}
