"""Government posts printed with no organisation on pages of companies and ministries (invented
text): a field secretary, a vice president, a repeated head's title, a ministry's name before its
spokesperson."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_field_secretary_is_no_company_post():
    found = extract_en(
        "Kelvor Mining Limited on Monday signed an agreement with Kenya, the company said.\n\n"
        "Home Secretary Ann Cole attended. Foreign Secretary Jim Rowe, among others, was present."
    )
    assert not [r for r in found.roles if r.org == "Kelvor Mining Limited"]


def test_vice_president_is_no_ministry_post():
    found = extract_en(
        "The Ministry of Trade of Kenya held a forum on Monday, the Ministry of Trade said.\n\n"
        "The guests will call on President Ann Rolt and Vice President Bob Hart."
    )
    assert not [r for r in found.roles if r.person == "Bob Hart" and "Ministry" in r.org]


def test_ministry_name_stops_before_its_spokesperson():
    found = extract_en(
        "Kelvor Mining Limited signed a pact in Kenya on Monday.\n\n"
        "A spokesperson at the Ministry of Trade Randal Okafor said the pact was welcome."
    )
    names = {o.name for o in found.orgs}
    assert "Ministry of Trade" in names
    assert not any("Okafor" in n for n in names)


def test_repeated_head_title_is_not_shared():
    found = extract_en(
        "At the invitation of Kenyan Prime Minister Tom Hale, Prime Minister Carl Dune is paying "
        "a state visit to Kenya.\n\n"
        "During the visit, apart from talks with the Kenyan Prime Minister, Prime Minister Carl "
        "Dune is to call on the President."
    )
    roles = role_set(found)
    assert ("Tom Hale", "other", "Kenya", "current") in roles
    assert not [r for r in found.roles if r.person == "Carl Dune" and r.org == "Kenya"]


def test_country_list_still_shared():
    found = extract_en(
        "Kenyan Prime Minister Tom Hale, Foreign Minister Ann Rolt and Trade Minister Bo Jin "
        "attended the talks on Monday."
    )
    roles = role_set(found)
    assert ("Ann Rolt", "other", "Kenya", "current") in roles
    assert ("Bo Jin", "other", "Kenya", "current") in roles
