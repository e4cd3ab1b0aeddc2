"""Where English news prints a name that no given-name list knows: after a title and the place
or country it serves ("Ambassador to Kenya X", "Chief Minister Sindh X"), after "<Country>'s
<title>", opening a sentence whose verb states a post ("X has stepped down as ..."), and after a
portfolio and a comma, closed by "and" ("Minister for Law, K Roe and ..."). Invented names only.
"""

import pytest
from tests.helpers_en import extract_en


def people(text: str) -> set[str]:
    return {p.name for p in extract_en(text).persons}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Pakistani Ambassador to Kenya Mir Faraz Lehri called on the governor.",
            "Mir Faraz Lehri",
        ),
        (
            "He met Media Adviser to Chief Minister Sindh Malik Asif Javed at noon.",
            "Malik Asif Javed",
        ),
        ("Envoy to Ghana Tobias Wendt arrived on Monday.", "Tobias Wendt"),
    ],
)
def test_a_name_after_a_title_and_its_place_is_a_person(text, name):
    assert name in people(text)


def test_a_name_before_a_countrys_title_is_a_person():
    assert "Ansgar Lutz" in people(
        "Ansgar Lutz, Austria's ambassador to China, attended the reception."
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lwazi Zwane has stepped down from the position of managing director.", "Lwazi Zwane"),
        ("Kagiso Molefe has resigned as chief financial officer.", "Kagiso Molefe"),
        ("Dries van Wyk has been appointed as executive chairman.", "Dries van Wyk"),
    ],
)
def test_a_name_opening_a_sentence_whose_verb_states_a_post_is_a_person(text, name):
    assert name in people(text)


def test_a_company_opening_such_a_sentence_is_no_person():
    assert not people("Northern Star Mining has been appointed as the operator.")


def test_a_name_after_a_portfolio_and_a_comma_closed_by_and_is_a_person():
    assert "K Rajendran" in people(
        "She later called on the Minister for Home Affairs and Minister for Law, K Rajendran and "
        "discussed security."
    )


def test_a_portfolio_list_closed_by_and_names_no_one():
    assert not people("He met the Minister of Finance, Economic Planning and Development today.")


def test_leaving_a_post_from_the_position_of_is_a_former_role():
    found = extract_en(
        "Corvane Holdings said on Monday that Lwazi Zwane has stepped down from the position of "
        "managing director of Corvane Holdings.",
        headline="Corvane Holdings managing director steps down",
    )
    held = {(r.person, r.role, r.status) for r in found.roles}
    assert ("Lwazi Zwane", "general-manager", "former") in held


def test_a_company_ending_in_a_surname_like_word_is_no_person_by_a_verb_alone():
    assert "Corvane Holdings" not in people("Corvane Holdings said on Monday that sales rose.")


def test_a_name_after_said_that_opens_a_clause():
    assert "Lwazi Zwane" in people(
        "Corvane Holdings said on Monday that Lwazi Zwane has stepped down as chief executive."
    )


@pytest.mark.parametrize(
    "text, names",
    [
        (  # a caption: one name read by its title, the list's opener says the rest are names too
            "Seated from left - Asanka Rathnayake, Roshan Gamage, Ambassador Hiroshi Tanabe, "
            "Nuwan Bandara and Lasantha Weerasinghe.",
            {"Asanka Rathnayake", "Nuwan Bandara", "Lasantha Weerasinghe"},
        ),
        (
            "Absent: Chaminda Herath, Ruwan Dias and Andre Silva.",
            {"Chaminda Herath", "Ruwan Dias"},
        ),
        (
            "Messrs Chaminda Herath and Ruwan Dias stay on the Committee as advisers.",
            {"Chaminda Herath", "Ruwan Dias"},
        ),
        (  # items with their municipality in brackets; generations and a dotted initial kept
            "Town Mayors Ramon D. Villareal (Municipality of Pinagsama), Teodoro L. Bautista Jr. "
            "(Municipality of Malinaw) and Ana Liza M. Pascual (Municipality of Bagong Ilog) came.",
            {"Ramon D. Villareal", "Teodoro L. Bautista Jr.", "Ana Liza M. Pascual"},
        ),
        (
            "The delegation included Provincial Administrator Atty. Leandro Salazar III and "
            "Administrator Dr. Ma. Rosa Villanueva.",
            {"Leandro Salazar III", "Ma. Rosa Villanueva"},
        ),
    ],
)
def test_the_other_items_of_a_list_of_names_are_people(text, names):
    assert names <= people(text)


def test_a_list_of_people_and_organisations_keeps_the_organisations_out():
    found = people(
        "The meeting was attended by John Smith, Mary Jones, Crown Couriers and Kestrel Mining."
    )
    assert found == {"John Smith", "Mary Jones"}


def test_one_name_in_a_list_without_an_opener_makes_no_other_item_a_person():
    assert "Nuwan Bandara" not in people(
        "Visitors came from Kandy, Nuwan Bandara and Ambassador Hiroshi Tanabe."
    )


@pytest.mark.parametrize(
    "text, names",
    [
        (  # one name read by its title; the others full names, joined by commas and "and"
            "The delegation was received by its vice president Pieter Botha, Nolwazi "
            "Phakathi-Dube, and Tebogo Maseko.",
            {"Pieter Botha", "Nolwazi Phakathi-Dube", "Tebogo Maseko"},
        ),
        (
            "The pair succeed Marit Olsen and Xolani Zungu, respectively, who had filled both "
            "seats for a year.",
            {"Marit Olsen", "Xolani Zungu"},
        ),
    ],
)
def test_full_names_listed_with_one_person_are_people(text, names):
    assert names <= people(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (  # the tail of a list of titled people: a last name without a title may stand apart
            "The team included Provincial Director Ana Reyes, KRDA Administrator Dr. Ma. Luisa "
            "Santos, and Marisol Dantes.",
            "Marisol Dantes",
        ),
        (  # a place of three words is no full name
            "It was signed by Jane Holloway and Mecklenburg West Pomerania.",
            "Mecklenburg West Pomerania",
        ),
    ],
)
def test_a_list_with_one_person_adds_no_titled_tail_or_other_words(text, name):
    assert name not in people(text)


def test_a_title_between_the_items_makes_no_list_of_names():
    """The second person is read by the title, without it: no item holds the title's words (the
    list reader takes no titled run for an item, so `_paired_names` is not asked here)."""
    assert people("He was met by Jane Holloway and Regional Director Thandeka Ngubane.") == {
        "Jane Holloway",
        "Thandeka Ngubane",
    }


def test_portfolio_holders_listed_after_a_plural_title_are_people():
    found = people(
        "The premier will travel with MECs Lwazi Dlamini for Finance, Kagiso Mthembu for Health "
        "and Social Development and Mpho Khumalo for Agriculture."
    )
    assert {"Lwazi Dlamini", "Kagiso Mthembu", "Mpho Khumalo"} <= found


def test_names_after_a_plural_title_are_people():
    assert {"Chaminda Herath", "Ruwan Dias"} <= people(
        "Vice Presidents Chaminda Herath and Ruwan Dias attended."
    )


def test_items_of_a_semicolon_list_with_their_firms_are_people():
    found = people(
        "Seated from left - Saman Jayawardena, SJ Partners; Asanka Rathnayake, Ranmal "
        "Engineering (Pvt) Ltd; and Upul Karunaratne, Varuna Tile Co. (Pvt) Ltd."
    )
    assert {"Saman Jayawardena", "Asanka Rathnayake", "Upul Karunaratne"} <= found
