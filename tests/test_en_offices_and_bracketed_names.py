"""English: a head of government's office as an organisation ("the Prime Minister's Office",
"the Office of the President") and a company's name with a place or word in brackets inside
it ("X Power (Arland) Co., Ltd."). Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest
from kg.orgnames import is_generic, is_title_office
from tests.helpers_en import extract_en, role_set


def _org_names(body: str) -> set[str]:
    return {o.name for o in extract_en(body).orgs}


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "A statement from the Prime Minister’s Office said the talks with Halvard Steel "
            "would resume in March.",
            "Prime Minister’s Office",
        ),
        (
            "Talks were held at the Chief Minister's Office in the provincial capital on Monday.",
            "Chief Minister's Office",
        ),
        (
            "Rosa Mendel, Director of Planning at the Office of the President, briefed reporters.",
            "Office of the President",
        ),
    ],
)
def test_a_heads_office_is_an_organisation(sentence, office):
    assert office in _org_names(sentence)


def test_a_heads_office_is_not_the_pages_own_organisation():
    found = extract_en(
        "The Governor's Office said the visit would deepen trade.\n\n"
        "Present were Deputy Secretary Ivo Brandt and other senior officers."
    )
    assert "Governor's Office" in {o.name for o in found.orgs}
    assert found.main_org != "Governor's Office"
    assert not any(org == "Governor's Office" for _, _, org, _ in role_set(found))


@pytest.mark.parametrize("name", ["Prime Minister's Office", "President’s Office"])
def test_a_heads_office_names_no_country(name):
    assert is_generic(name)


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Prime Minister's Office", True),
        ("Office of the Vice-President", True),
        ("Mayor’s  Office", True),
        ("Office of the Governor of Arland", False),
        ("Kestrel Mining's Office", False),
        ("Office of Planning Affairs", False),
    ],
)
def test_a_heads_office_is_told_by_its_holders_title(name, office):
    assert is_title_office(name) is office


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Deputy Director Tam Orwell went to Kestrel Power (Arland Bay) Co., Ltd. for research.",
            "Kestrel Power (Arland Bay) Co., Ltd.",
        ),
        (
            "The delegation visited the Velmor (Qinghe) New Material Technology Co. and two mills.",
            "Velmor (Qinghe) New Material Technology Co.",
        ),
        (
            "Tomas Berg, chairman of Kallo (Nordic) Limited, signed the agreement.",
            "Kallo (Nordic) Limited",
        ),
    ],
)
def test_a_bracketed_word_inside_a_company_name(sentence, company):
    names = _org_names(sentence)
    assert company in names
    assert not names & {"Co., Ltd.", "Arland Bay", "New Material Technology Co."}


def test_a_bracketed_name_holds_the_post():
    got = role_set(
        extract_en("Tomas Berg, chairman of Kallo (Nordic) Limited, signed the agreement.")
    )
    assert ("Tomas Berg", "chairman", "Kallo (Nordic) Limited", "current") in got
