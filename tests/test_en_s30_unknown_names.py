"""Persons whose given name kg does not know, read from the context around the name (s30)."""

from tests.helpers_en import extract_en, role_set


def test_title_short_form_in_brackets_before_the_name():
    found = extract_en(
        "Zorvane Freight announced the resignation of its Chief Financial Officer (CFO) "
        "Nthabiseng Qobo, with a successor to be named later."
    )
    assert "Nthabiseng Qobo" in {p.name for p in found.persons}
    assert ("Nthabiseng Qobo", "chief-financial-officer", "Zorvane Freight", "former") in role_set(
        found
    )


def test_title_field_in_brackets_before_an_initial_and_surname():
    found = extract_en(
        "The delegation included Orvane Limited's executive director (Finance) K. Thirumaran "
        "and two managers."
    )
    assert "K. Thirumaran" in {p.name for p in found.persons}
    assert ("K. Thirumaran", "director", "Orvane Limited", "current") in role_set(found)


def test_name_before_a_bare_departure_verb():
    found = extract_en(
        "The union confirmed that Lwazikazi Mbokodo resigned last month after three months "
        "in charge of the finances."
    )
    assert "Lwazikazi Mbokodo" in {p.name for p in found.persons}


def test_name_before_was_promoted():
    found = extract_en("Thembeka Nqoloba was promoted from head of retail credit in March.")
    assert "Thembeka Nqoloba" in {p.name for p in found.persons}


def test_company_before_a_departure_verb_is_no_person():
    found = extract_en("Kestrel Holdings retired its old bonds last month.")
    assert not found.persons


def test_name_before_would_step_down_with_no_title():
    found = extract_en(
        "Zorvane Freight said on Friday that Nkosinathi Mqadi would step down at the end "
        "of the year."
    )
    assert "Nkosinathi Mqadi" in {p.name for p in found.persons}
