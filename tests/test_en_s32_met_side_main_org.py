"""The organisations a headline names after a verb of meeting ("Chairman A meets B, Secretary of
X Committee") are the people met, not the page's own: the page's company is then one its text
names as a company, or none, and bare titles are not given to the body of the people met."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_the_met_body_is_not_the_page_company():
    found = extract_en(
        "On May 3, Chairman Rod Kestel and President Ann Vella of Quorvel Group met with Tim "
        "Harrow, Secretary of the Westmoor County Committee, and his party. Westmoor County "
        "Committee officials attended. Assistant President Lee Dunn of Quorvel Group joined.",
        headline="Chairman Rod Kestel meets Tim Harrow, Secretary of Westmoor County Committee",
    )
    assert found.main_org == "Quorvel Group"
    roles = role_set(found)
    assert not any(r[2] == "Westmoor County Committee" and r[0] != "Tim Harrow" for r in roles)


def test_no_company_named_gives_no_page_body():
    found = extract_en(
        "Governor Dana Pell met officials of the Harbour Trade Council on Monday. Secretary "
        "Joel Amis of the council briefed her. The Harbour Trade Council thanked the Governor.",
        headline="Governor Dana Pell meets officials of Harbour Trade Council",
    )
    assert found.main_org is None
    # the site's name after a bar is not one of the people met
    found = extract_en(
        "Gov. Dana Pell met with the officials of the Tarnia Trade Office. Joining her was "
        "Provincial Administrator Joel Amis.",
        headline="GOV. DANA PELL MET WITH THE TARNIA TRADE OFFICE | Westmoor Provincial Government",
    )
    assert found.main_org != "Tarnia Trade Office"
