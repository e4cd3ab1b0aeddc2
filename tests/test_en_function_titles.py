"""A title's function in capitals ("Vice President of Human Resources", "senior vice president
of Communications") is no organisation: the organisation is the one printed after the function
(", X" or "at X"), else none. Invented names only.
"""

from tests.helpers_en import extract_en


def test_a_capitalised_function_then_at_names_the_company():
    found = extract_en(
        "Mara Stoll, senior vice president of Communications at Pellbrook Foods, said the "
        "results were strong."
    )
    assert ("Mara Stoll", "deputy-general-manager", "Pellbrook Foods") in {
        (r.person, r.role, r.org) for r in found.roles
    }


def test_a_function_then_a_comma_and_the_company():
    found = extract_en(
        "Tobin Hale, Vice President of Human Resources, Pellbrook Foods Ltd, welcomed the "
        "graduates."
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Tobin Hale", "deputy-general-manager", "Pellbrook Foods Ltd") in held
    assert "Human Resources" not in {o.name for o in found.orgs}


def test_a_function_with_no_company_after_it_is_no_organisation_and_no_guess():
    found = extract_en(
        "Pellbrook Foods opened a plant on Monday. Lina Marsh, Vice President of Human "
        "Resources, spoke at the ceremony.",
        headline="Pellbrook Foods opens plant",
    )
    assert "Human Resources" not in {o.name for o in found.orgs}
    assert not [r for r in found.roles if r.org == "Human Resources"]


def test_a_body_named_by_field_words_and_an_institution_word_is_an_organisation():
    found = extract_en(
        "The meeting was chaired by Tobin Hale, Head of the National Energy Administration, "
        "and other officials."
    )
    assert ("Tobin Hale", "head", "National Energy Administration") in {
        (r.person, r.role, r.org) for r in found.roles
    }


def test_a_ministers_portfolio_in_lower_case_names_the_ministry():
    found = extract_en(
        "The State Council appointed Tobin Hale as vice minister of civil affairs. Mara Stoll, "
        "minister of commerce, attended."
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Tobin Hale", "other", "Ministry of Civil Affairs") in held
    assert ("Mara Stoll", "other", "Ministry of Commerce") in held
    names = {o.name: o.aliases for o in found.orgs}
    assert names["Ministry of Civil Affairs"] == ("civil affairs",)


def test_a_minister_of_something_not_a_field_names_no_ministry():
    found = extract_en("Tobin Hale, vice minister of the county, attended the ceremony.")
    assert not [o for o in found.orgs if o.name.startswith("Ministry of")]
