"""Three shapes of a person's name the English reader used to miss (sentences invented): a
double-barrelled family name after a given name it does not list ("Lirien Carvallo-Mensah"), a
pinyin name printed given name first ("Haoyu Tan"), and a name of one word set off by a comma
before a country's post ("Telmako, Gabon's finance minister, ..."). Places, companies, Chinese
family names alone and sentence adverbs stay no one."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en

_HEADLINE = "Quillon Foods delegation visits Arden Polytechnic"


def _persons(body: str) -> set[str]:
    return {p.name for p in extract_en(body, headline=_HEADLINE).persons}


@pytest.mark.parametrize(
    "body, name",
    [
        (
            "The trade mission was led by Lirien Carvallo-Mensah, Special Trade Representative "
            "for Exports.",
            "Lirien Carvallo-Mensah",
        ),
        (
            "Present were the Minister of Works, Tobin Arkwell and Director of Projects at the "
            "Office of the President, Odalys Pretorius-Naidoo. (Office of the President)",
            "Odalys Pretorius-Naidoo",
        ),
        (  # a hyphenated given name whose second piece is in lower case, as before
            "The fund KVX, Bando Works, and Cho Min-ah, former vice president of Kestrel Air, "
            "are confronting the chairman.",
            "Cho Min-ah",
        ),
        (
            "Replacing him on an interim basis is geologist Haoyu Tan, a member of the "
            "technical team.",
            "Haoyu Tan",
        ),
        (
            "The delegation also had a meeting with alumnus Mingzhe Qin, who is the consul "
            "general in the city.",
            "Mingzhe Qin",
        ),
        (
            "On June 3, Valdoro, the Gabonese ambassador to China, and his delegation visited "
            "Arden Polytechnic.",
            "Valdoro",
        ),
    ],
)
def test_name_of_the_shape_is_a_person(body, name):
    assert name in _persons(body)


def test_one_word_names_before_a_countrys_posts_attend_the_talks():
    found = extract_en(
        "On June 3, Chairman Li Dawei held talks with the Gabonese delegation. Telmako, Gabon's "
        "finance minister, Rusemba, Gabon's transport minister, and Zhao Wenzhong, vice "
        "president of Quillon Foods, attended the talks.",
        headline=_HEADLINE,
    )
    assert {"Telmako", "Rusemba"} <= {p.name for p in found.persons}
    assert any({"Telmako", "Rusemba"} <= {p.person for p in e.participants} for e in found.events)


@pytest.mark.parametrize(
    "body",
    [
        "Shares of Asia-Pacific Holdings rose after the results.",
        "The forum was held in the Guangxi Zhuang autonomous region last week.",
        "Meanwhile, the Gabonese minister said the plan was good.",
        "Libreville, Gabon's capital, hosted the forum.",
        "Wang, China's foreign minister, said the talks were useful.",
    ],
)
def test_no_person_in_other_words_of_the_shapes(body):
    assert _persons(body) == set()


def test_a_countrys_possessive_before_a_lower_case_body_is_no_organisation():
    found = extract_en(
        "The guests included Jane Roe, member of China’s national committee of Higher "
        "Education Institutions, and Tom Fisk, vice director of the centre.",
        headline=_HEADLINE,
    )
    assert not any("’s" in o.name for o in found.orgs)
    assert not any(r.person == "Jane Roe" and "’s" in (r.org or "") for r in found.roles)


@pytest.mark.parametrize(
    "body",
    [
        "Director of Finance at the Office of the President, Jane Roe, spoke.",
        "Director of Projects at the Office of the President, Jane Roe, spoke.",
    ],
)
def test_a_fields_director_at_an_office_is_no_head_of_the_office(body):
    roles = {(r.person, r.role, r.org) for r in extract_en(body, headline=_HEADLINE).roles}
    assert roles == {("Jane Roe", "other", "Office of the President")}
