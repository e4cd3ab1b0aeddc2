"""A state's long form is one organisation ("Ambassador of the Republic of the Eastern Isles"
never makes an organisation "Republic"); clergy ranks before a name are honorifics ("Archbishop
A B" is A B); "ten", "ter", "dos" and "das" are particles inside a name ("Jan ten Brink").
Invented people; real countries.
"""

import pytest
from tests.helpers_en import extract_en


def roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in extract_en(text).roles}


def orgs(text: str) -> set[str]:
    return {o.name for o in extract_en(text).orgs}


def persons(text: str) -> set[str]:
    return {p.name for p in extract_en(text).persons}


@pytest.mark.parametrize(
    "text, state",
    [
        (
            "Jan Roe, Ambassador of the Republic of the Philippines to Kenya, opened the fair.",
            "Republic of the Philippines",
        ),
        (
            "Jan Roe, Ambassador of the Kingdom of the Netherlands to Kenya, opened the fair.",
            "Kingdom of the Netherlands",
        ),
    ],
)
def test_a_states_long_form_is_one_organisation(text, state):
    found = orgs(text)
    assert state in found
    assert not {"Republic", "Kingdom"} & found
    assert not any(org in ("Republic", "Kingdom") for _, _, org in roles(text))


def test_a_long_form_after_a_capitalised_word_is_not_cut_from_it():
    found = orgs("Jan Roe, Ambassador of the Islamic Republic of Iran to Kenya, opened the fair.")
    assert "Islamic Republic of Iran" in found
    assert "Republic of Iran" not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Archbishop Tomas Keller of the Eastvale Diocese blessed the new school.", "Tomas Keller"),
        ("Rev. Tomas Keller led the prayers at the opening.", "Tomas Keller"),
        ("Mr. Jan ten Brink, chief executive of Eastvale Port, said trade rose.", "Jan ten Brink"),
        ("Chief executive Joao dos Santos of Eastvale Port said trade rose.", "Joao dos Santos"),
    ],
)
def test_clergy_ranks_and_particles_around_a_name(text, name):
    assert name in persons(text)
