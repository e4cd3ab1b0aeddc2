"""Names on pages about officials: Vietnamese letters, a governor's residence, an Indian state.

Every name, company and sentence here is invented for the tests.
"""

from tests.helpers_en import extract_en, role_set


def _persons(body: str) -> set[str]:
    return {p.name for p in extract_en(body).persons}


def test_a_vietnamese_name_keeps_its_letters_with_diacritics():
    found = extract_en(
        "Prime Minister Lạc Minh Tường on May 4 received Dorin Vessel, chairman of Kestrel Group."
    )
    names = {p.name for p in found.persons}
    assert "Lạc Minh Tường" in names
    assert "Minh Tường" not in names
    assert ("Dorin Vessel", "chairman", "Kestrel Group", "current") in role_set(found)


def test_a_vietnamese_name_with_hooked_letters_is_a_person():
    names = _persons("On May 4, Deputy Minister Võ Hữu Thạnh met Dorin Vessel in Hanoi.")
    assert "Võ Hữu Thạnh" in names


def test_the_governor_house_is_no_person():
    found = extract_en(
        "On Monday envoy Dorin Vessel called on Kano Governor Talib Orrin at the Governor House."
    )
    names = {p.name for p in found.persons}
    assert "House" not in names
    assert not any(r.person == "House" for r in found.roles)
    assert ("Talib Orrin", "governor", "Kano", "current") in role_set(found)


def test_a_pradesh_before_a_title_is_a_state_not_a_person():
    names = _persons("On Monday Dorin Vessel called on Kethari Pradesh Governor Talib Orrin.")
    assert "Kethari Pradesh" not in names
    assert "Talib Orrin" in names


def test_a_place_before_a_lower_case_board_of_is_not_the_directors_body():
    found = extract_en(
        "Talib Orrin, Director of the Kano board of Investment, also attended the meeting."
    )
    assert not any(r.person == "Talib Orrin" and r.org == "Kano" for r in found.roles)
    found = extract_en(
        "Talib Orrin, Director of the Kano Board of Investment, also attended the meeting."
    )
    assert ("Talib Orrin", "director", "Kano Board of Investment", "current") in role_set(found)
