"""English: an organisation named with its bracketed acronym right before a title and a name
("X Chamber of Trade (XCT) President A"): the post is at that organisation.
Sentences written for these tests; every name and organisation is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def _posts(body: str) -> set[tuple[str, str]]:
    return {(person, org) for person, _role, org, _status in role_set(extract_en(body))}


def test_a_chamber_president_after_the_chamber_and_its_acronym():
    got = _posts(
        "A trade delegation led by Korvale Chamber of Trade and Industry (KCTI) President "
        "Idris Fakhouri left on Sunday for a week of meetings in three ports."
    )
    assert ("Idris Fakhouri", "Korvale Chamber of Trade and Industry") in got


def test_a_town_commissioner_after_the_corporation_and_its_acronym():
    got = _posts(
        "The opposition objected to the presence of the Municipal Corporation of Elmstead (MCE) "
        "Commissioner R. Talwani at a meeting the minister held with party workers."
    )
    assert ("R. Talwani", "Municipal Corporation of Elmstead") in got


def test_the_acronym_org_not_the_page_own_org():
    got = _posts(
        "Brenmoor Shipping Ltd hosted the visitors on Friday, Brenmoor Shipping Ltd said.\n\n"
        "Also present were Ferndale Growers Council (FGC) executive director Mira Santos and "
        "Lakeview Traders Union (LTU) chairman Omar Basri."
    )
    assert ("Mira Santos", "Ferndale Growers Council") in got
    assert ("Omar Basri", "Lakeview Traders Union") in got
    assert (
        not {("Mira Santos", "Brenmoor Shipping Ltd"), ("Omar Basri", "Brenmoor Shipping Ltd")}
        & got
    )
