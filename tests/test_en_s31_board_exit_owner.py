"""'B, who resigned from the board of the company': the page's company's seat, not that of an
organisation named earlier in the sentence for someone else (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_board_of_the_company_left_is_not_another_persons_organisation():
    found = extract_en(
        "The board of Pellucid Telecom has elected Omar Haddad as its chair, the company said on "
        "Thursday. Haddad, who is an advocate of the High Court of Ruritania with 30 years of "
        "experience, replaces John Mills, who resigned from the board of the company in December.",
        headline="Pellucid Telecom appoints new chair",
    )
    assert not any(
        r.person == "John Mills" and r.org == "High Court of Ruritania" for r in found.roles
    )
    assert ("John Mills", "director", "Pellucid Telecom", "former") in role_set(found)


def test_chairman_of_another_body_leaving_its_board_stays_that_bodys():
    found = extract_en(
        "Pellucid Telecom said on Monday that its supplier was sold. The chairman of Orbital "
        "Mining, John Mills, has stepped down from the board.",
        headline="Pellucid Telecom supplier sold",
    )
    assert ("John Mills", "director", "Orbital Mining", "former") in role_set(found)
