"""People outside the pinyin pattern: initials, particles, apostrophes, mixed case, honorifics.

Every name, company and sentence here is invented for the tests.
"""

import pytest
from kg.extract import extract_article
from kg.read import make_article


def persons(body: str) -> list[str]:
    text = f"Invented news about people\nMarch 3, 2021\n{body}\n"
    return [p.name for p in extract_article(make_article("x.txt", text)).persons]


@pytest.mark.parametrize(
    "body,name",
    [
        (
            "Harlow Metals said Peter J. Vantreight, chairman of the board, will retire.",
            "Peter J. Vantreight",
        ),
        ("Chief executive Orla O'Donnell said the results were strong.", "Orla O'Donnell"),
        ("The talks were attended by Senator Grant McAllister and his staff.", "Grant McAllister"),
        (
            "Sheikh Rashid bin Saqr Al Qasimi, chairman of Gulfwater Ports, received the delegation.",
            "Rashid bin Saqr Al Qasimi",
        ),
        (
            "Makhdoom Javed Hussain Bukhari met the visiting delegation on Monday.",
            "Javed Hussain Bukhari",
        ),
        (
            "RK Venkatesan, the managing director of Deccan Looms, attended the meeting.",
            "RK Venkatesan",
        ),
        ("Ms Tara Smith-Jones, director of finance, spoke at the meeting.", "Tara Smith-Jones"),
    ],
)
def test_a_name_of_another_shape_in_a_person_context_is_found_whole(body, name):
    assert name in persons(body)


@pytest.mark.parametrize(
    "body,wrong",
    [
        ("Chief Commercial Officer Lena Fosse attended the meeting.", "Commercial Officer"),
        ("The Harbour Authority Board approved the plan.", "Harbour Authority Board"),
    ],
)
def test_titles_and_organisations_are_not_names(body, wrong):
    assert wrong not in persons(body)


@pytest.mark.parametrize(
    "body,name",
    [
        ("He met the Head of the Civil Service Francis Mwangi on Monday.", "Francis Mwangi"),
        ("The founding Dean of KLSB Allen Farrow said the course was useful.", "Allen Farrow"),
        (
            "The visit was led by Federal Minister for Railways Tariq Nadeem Bhatti.",
            "Tariq Nadeem Bhatti",
        ),
    ],
)
def test_common_given_names_of_many_countries_open_a_name(body, name):
    assert name in persons(body)


def test_an_envoy_after_his_excellency_is_named_whole_on_a_list_line():
    body = (
        "Envoys presented credentials:\n  • H.E. Ramon Ortiz Delgado of the Republic of Palmera\n"
    )
    assert "Ramon Ortiz Delgado" in persons(body)
    assert "Ramon Ortiz" not in persons(body)


def test_a_name_shortened_later_is_the_same_person():
    body = (
        "Kelantan Timber Bhd said Tan Sri Zainal Arif Mokhtar has resigned as chairman. "
        "Directors praised Zainal Arif for his long tenure."
    )
    got = extract_article(
        make_article("x.txt", f"Kelantan Timber Bhd board news\nMarch 3, 2021\n{body}\n")
    )
    assert [p.name for p in got.persons] == ["Zainal Arif Mokhtar"]
    assert {r.person for r in got.roles} == {"Zainal Arif Mokhtar"}


def test_a_short_name_two_longer_names_share_stays_apart():
    body = "Abdul Karim Yusof and Abdul Karim Osman met. Abdul Karim said the talks went well."
    assert "Abdul Karim" in persons(body)


def test_a_long_list_with_one_known_person_before_a_verb_of_people():
    text = "Visit news\nMay 4, 2021\nThandiwe Mokoena, Lerato Dube and Grace Porter are part of the visit.\n"
    names = {p.name for p in extract_article(make_article("x.txt", text)).persons}
    assert {"Thandiwe Mokoena", "Lerato Dube", "Grace Porter"} <= names


def test_a_list_of_places_ending_with_a_person_adds_no_people():
    text = "Sales news\nMay 4, 2021\nSales rose in Kelby Valley, Marlow Heights and Jane Roe's home town.\n"
    names = {p.name for p in extract_article(make_article("x.txt", text)).persons}
    assert "Kelby Valley" not in names and "Marlow Heights" not in names


def test_a_hyphenated_family_name_with_a_mixed_case_half_is_a_name():
    found = persons("Harrow Metals has named Orla McTavish-Venn as its new chief executive.")
    assert "Orla McTavish-Venn" in found


def test_an_acronym_that_ends_a_sentence_is_no_initial_of_the_next_name():
    names = persons(
        "A delegation from Trier visited HWU. Tom Fisk, President of HWU, welcomed them."
    )
    assert "Tom Fisk" in names
    assert not any(name.startswith("HWU") for name in names)


def test_his_excellency_abbreviated_is_no_part_of_the_name():
    names = persons(
        "H.E. Lin Hao, Ambassador of Kenya to Ruritania, and H. E. Ann Roe were present."
    )
    assert "Lin Hao" in names
    assert not any(name.startswith("H") and "." in name for name in names)


@pytest.mark.parametrize(
    "body,name",
    [
        (
            "Officials met State Secretary for Federal Affairs Tilde Varnholt on May 5.",
            "Tilde Varnholt",
        ),
        ("The chamber of Orvanta Corp hosted MNA Qasim Darwani on May 5.", "Qasim Darwani"),
        (
            "Officials met Chief of Protocol Anselmo Rivadeo Quiñones on May 5.",
            "Anselmo Rivadeo Quiñones",
        ),
    ],
)
def test_a_name_after_a_portfolio_a_short_title_or_a_protocol_post(body, name):
    assert name in persons(body)


def test_a_member_of_an_assembly_is_not_the_page_companys():
    text = (
        "Orvanta hosts lawmaker\nMarch 3, 2021\nOrvanta Corp hosted MNA Qasim Darwani on May 5.\n"
    )
    found = extract_article(make_article("x.txt", text))
    assert not any(r.person == "Qasim Darwani" for r in found.roles)


def test_three_names_set_off_by_commas_after_a_title():
    body = "The share price fell after its CEO, Solomon Thandeka Rabe, had resigned on Friday."
    assert "Solomon Thandeka Rabe" in persons(body)


def test_a_two_word_honorific_between_a_title_and_its_holder():
    text = (
        "Orvanta hosts results\nMarch 3, 2021\nOrvanta Bhd has promoted its executive vice "
        "chairman, Tan Sri Lee Hock Wan, to group executive chairman. The chairman, Datuk Seri "
        "Azman Rahim, said the group was well placed.\n"
    )
    held = {(r.person, r.role) for r in extract_article(make_article("x.txt", text)).roles}
    assert ("Lee Hock Wan", "vice-chairman") in held
    assert ("Azman Rahim", "chairman") in held


def test_a_title_in_apposition_to_a_name_keeps_to_that_name():
    text = (
        "Orvanta hosts results\nMarch 3, 2021\nOrvanta Bhd held its meeting. Jane Roe, chairman, "
        "Mr Tom Lee, and the auditors attended.\n"
    )
    held = {(r.person, r.role) for r in extract_article(make_article("x.txt", text)).roles}
    assert ("Tom Lee", "chairman") not in held
