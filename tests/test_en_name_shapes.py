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
