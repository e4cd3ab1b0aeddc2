"""English: government news of envoys and company visitors. A weekday after "on" is the date, no
part of the name after it; a country of two words ends no name; an envoy's title may name the
sending and the host country before the name, and a one-word honorific ("Al-Sheikh") may stand
between; a company's short name in brackets may stand between its name and the holder of a post
there. Sentences written for these tests; every name is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def _names(found) -> set[str]:
    return {p.name for p in found.persons}


def test_a_weekday_after_on_is_no_part_of_the_name():
    found = extract_en(
        "The Ruler of Qarwan received on Wednesday Omar bin Khalid Al Tamimi, Ambassador of "
        "Kuwait to the UAE, at the palace."
    )
    assert "Omar bin Khalid Al Tamimi" in _names(found)
    assert not any("Wednesday" in n for n in _names(found))
    assert ("Omar bin Khalid Al Tamimi", "other", "Kuwait", "current") in role_set(found)
    assert {str(e.start) for e in found.events} == {"2023-05-03"}


def test_an_envoy_between_two_countries_before_the_name():
    found = extract_en(
        "The delegation comprised Ambassador of Oman to Sri Lanka Al-Sheikh Badr Hamdan "
        "Al-Rashdi and Ambassador of Kenya to the Sultanate of Oman Amir Tawfiq."
    )
    assert {"Badr Hamdan Al-Rashdi", "Amir Tawfiq"} <= _names(found)
    assert not any("Lanka" in n or "Sheikh" in n for n in _names(found))
    got = role_set(found)
    assert ("Badr Hamdan Al-Rashdi", "other", "Oman", "current") in got
    assert ("Amir Tawfiq", "other", "Kenya", "current") in got


def test_a_short_name_in_brackets_before_the_holder():
    found = extract_en(
        "Deputy Prime Minister Lin Dao hosted a reception in Hanoi on May 3 for President and "
        "CEO of Borland Petrol Co., Ltd. (BPC) Tomas Kerrin. He also received Executive Director "
        "of the Vestal Building Company (VBC) Amar Quist on May 2."
    )
    assert "Tomas Kerrin" in _names(found)
    got = role_set(found)
    assert ("Tomas Kerrin", "general-manager", "Borland Petrol Co., Ltd.", "current") in got
    assert ("Amar Quist", "director", "Vestal Building Company", "current") in got


def test_an_agency_dateline_with_a_colon_does_not_date_the_meeting():
    found = extract_en(
        "Qarwan [Ruritania], May 6 (Agency): The Ruler of Qarwan, Omar Zaid, received on "
        "Thursday Jamal Hadi, Ambassador of Kuwait, at the palace."
    )
    assert {str(e.start) for e in found.events} == {"2023-05-04"}
