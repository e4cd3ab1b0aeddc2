""" "chairman of its board of directors" is the article's company's chair, never an organisation
called "its board" (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_its_board_of_directors_is_the_companys():
    found = extract_en(
        "Kestrel Chemicals Plc has announced the appointment of Jane Roe as the new chairman of "
        "its board of directors. Tom Hale was appointed chairman of the company's board of "
        "directors at Borrow Foods Plc."
    )
    assert ("Jane Roe", "chairman", "Kestrel Chemicals Plc", "current") in role_set(found)
    assert not any("board" in o.name.casefold() for o in found.orgs)


def test_director_of_both_names_the_companies_not_the_page_s():
    found = extract_en(
        "Kestrel Foods Plc said on 4 May 2023 that Tom Hale is a director of both Alder Foods "
        "and Cedar Mills Limited."
    )
    roles = role_set(found)
    assert ("Tom Hale", "director", "Alder Foods", "current") in roles
    assert ("Tom Hale", "director", "Kestrel Foods Plc", "current") not in roles
