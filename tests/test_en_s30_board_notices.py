"""Board notices of listed companies: a headline naming another company's parent, a stock
exchange news service's header, "Group" before a title, and an annual meeting named only by its
month (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_headline_naming_a_companys_parent_is_not_about_that_company():
    found = extract_en(
        "Harrowgate, the parent company of Pebble Stores and Lantern Outfitters, has announced "
        "that current chairman Oliver Brandt will retire. Harrowgate group ceo Mira Castell "
        "thanked him.",
        headline="Pebble Stores parent announces new chairman",
    )
    assert found.main_org == "Harrowgate"
    assert ("Oliver Brandt", "chairman", "Harrowgate", "current") in role_set(found)
    assert not any(r.org == "Pebble Stores" for r in found.roles)


def test_headline_naming_the_company_itself_stays_its_page():
    found = extract_en(
        "Pebble Stores has announced that current chairman Oliver Brandt will retire. Pebble "
        "Stores is owned by Harrowgate.",
        headline="Pebble Stores announces new chairman",
    )
    assert found.main_org == "Pebble Stores"


def test_news_service_number_is_no_organisation_and_keeps_the_day():
    found = extract_en(
        "RNS Number : 4417Q Corvane PLC 14 March 2022\n"
        "Corvane plc announces that Dana Whitlow, Chairman of Corvane, will retire.",
        published=None,
        headline="Board change",
    )
    assert found.article.published.isoformat() == "2022-03-14"
    assert "RNS" not in {o.name for o in found.orgs}
    assert {(r.person, r.role) for r in found.roles} == {("Dana Whitlow", "chairman")}


def test_group_before_a_title_after_a_comma_or_a_lower_case_verb():
    found = extract_en(
        "Corvane Holdings plc announces board changes. Priya Lomax, currently Group Finance "
        "Director, is appointed Group Chief Executive. Ewan Stroud, Group Operations Director, "
        "will retire."
    )
    roles = role_set(found)
    assert ("Priya Lomax", "chief-financial-officer", "Corvane Holdings plc", "current") in roles
    assert ("Priya Lomax", "general-manager", "Corvane Holdings plc", "current") in roles
    assert any(r.person == "Ewan Stroud" for r in found.roles)


def test_group_ending_a_company_name_still_names_the_company():
    found = extract_en("Talbridge Group Chairman Owen Pryce met Lena Ross on 2 May 2023.")
    assert ("Owen Pryce", "chairman", "Talbridge Group", "current") in role_set(found)


def test_annual_meeting_named_by_its_month_takes_no_other_day():
    found = extract_en(
        "Corvane Holdings plc announces board changes. Dana Whitlow will step down as Chief "
        "Executive on 31 March 2024 and from the Board at the Annual General Meeting in July 2024."
    )
    assert found.events == []


def test_annual_meeting_with_its_own_day_is_an_event():
    found = extract_en(
        "Dana Whitlow chaired the Annual General Meeting of Corvane Holdings plc on 12 July 2023."
    )
    assert [e.start.isoformat() for e in found.events] == ["2023-07-12"]
