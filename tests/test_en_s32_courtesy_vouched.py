"""A name that no context marks as a person's, one of whose words the page also prints alone
after a courtesy title ("Mr Osei said"): the page calls that word a person's name, so the full
name is a person; a company's country arm is not (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def _names(found) -> set[str]:
    return {p.name for p in found.persons}


def test_unknown_given_name_after_title_and_comma_vouched_by_mr():
    found = extract_en(
        "The delegation called on chairman of the Coastal Heritage Commission, Abid Hameed "
        "Qureshi. Mr. Qureshi gave them copies of the report."
    )
    assert "Abid Hameed Qureshi" in _names(found)
    assert ("Abid Hameed Qureshi", "chairman", "Coastal Heritage Commission", "current") in (
        role_set(found)
    )


def test_family_name_first_vouched_by_mr():
    found = extract_en(
        "Meanwhile, Tiong Kiang Lok has relinquished his position as lead director of Kestrel "
        "Holdings. Mr Tiong remains on the board."
    )
    assert "Tiong Kiang Lok" in _names(found)


def test_name_after_lower_case_descriptor_vouched_by_mr():
    found = extract_en(
        "Kestrel Foods has picked Marlin executive Ravindra Ossai as its next chief executive. "
        "Mr. Ossai will join in May."
    )
    assert "Ravindra Ossai" in _names(found)


def test_company_country_arm_is_not_vouched():
    found = extract_en(
        "Mr Varkey met the premier on Monday. Varkey Australia chief executive Tom Bell said the "
        "mine would open."
    )
    assert "Varkey Australia" not in _names(found)
