"""Government bodies named for a list of fields or places, cut at a comma or before their last
field word: "Ministry of A, B and C Management", "Office of P, Q and R Affairs", "Department of
X and Y Affairs" (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def _orgs(found) -> set[str]:
    return {o.name for o in found.orgs}


def test_list_of_fields_with_abstract_nouns_stays_one_ministry():
    found = extract_en(
        "The team was led by Hon. Peter Otieno, Cabinet Secretary, Ministry of Labour, "
        "Employment and Workforce Management."
    )
    name = "Ministry of Labour, Employment and Workforce Management"
    assert name in _orgs(found)
    assert any(r.person == "Peter Otieno" and r.org == name for r in found.roles)
    assert "Ministry of Labour" not in _orgs(found)


def test_agency_named_for_fields_goes_past_the_comma():
    found = extract_en(
        "The delegation visited the Agency for Science, Innovation and Higher Education, and "
        "later toured a port."
    )
    assert "Agency for Science, Innovation and Higher Education" in _orgs(found)


def test_list_of_places_before_affairs_stays_one_office():
    found = extract_en(
        "Jane Roe, an official of the Office of Hong Kong, Macao and Taiwan Affairs of the "
        "provincial government, met the guests."
    )
    assert "Office of Hong Kong, Macao and Taiwan Affairs" in _orgs(found)
    assert "Office of Hong Kong" not in _orgs(found)


def test_department_named_for_regions_keeps_its_affairs_word():
    found = extract_en("Mr Sun Li is director of the Department of Asian and African Affairs.")
    assert "Department of Asian and African Affairs" in _orgs(found)
    assert not any(r.org == "Department of Asian and African" for r in found.roles)
