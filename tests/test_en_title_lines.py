"""English: the layout of a meeting's minutes and of speaker lists — a name on a line of its own,
its title on the next — gives the name that title; the headings of minutes ("PRESENT") are no
organisation, an all-capitals name loses the "OF" before it, and "binti" is part of a name.
Text written for these tests; every name is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

MINUTES = """MINUTES OF THE TENTH ANNUAL GENERAL MEETING OF KESTREL BERHAD HELD AT THE GRAND ROOM ON \
THURSDAY, 7 DECEMBER 2023

PRESENT

Y.Bhg. Dato' Ahmad Faizal
Chairman

Mr. Tan Wei Ming
Group Managing Director

Puan Siti Aminah binti Yusof
Independent Non-Executive Director

BY INVITATION

Mr. Ng Chee Keong
Chief Operating Officer, Kestrel Land Sdn Bhd

Dato' Ahmad Faizal, the Chairman of the Board, chaired the meeting."""


def test_a_title_on_the_line_under_a_name_is_the_name_s():
    got = role_set(extract_en(MINUTES, headline="Annual General Meeting minutes"))
    assert ("Ahmad Faizal", "chairman", "KESTREL BERHAD", "current") in got
    assert ("Tan Wei Ming", "general-manager", "KESTREL BERHAD", "current") in got
    assert (
        "Siti Aminah binti Yusof",
        "independent-director",
        "KESTREL BERHAD",
        "current",
    ) in got
    assert ("Ng Chee Keong", "other", "Kestrel Land Sdn Bhd", "current") in got


def test_the_headings_of_minutes_are_no_organisations():
    names = {o.name for o in extract_en(MINUTES, headline="Annual General Meeting minutes").orgs}
    assert "PRESENT" not in names
    assert not any(n.startswith("OF ") for n in names)
    assert not any("\n" in n for n in names)


def test_a_sentence_under_a_name_gives_no_title():
    text = "Our reporter\nJane Roe\nChairman Tan Wei Ming of Kestrel Berhad said profits rose."
    got = role_set(extract_en(text))
    assert not any(p == "Jane Roe" for p, _r, _o, _s in got)


def test_months_in_lower_case_and_in_capitals_date_a_meeting():
    found = extract_en(
        "On march 26, Jane Roe, chairman of Kestrel Holdings, chaired the annual general meeting."
    )
    assert any(str(e.start) == "2023-03-26" for e in found.events)
    found = extract_en(
        "THE ANNUAL GENERAL MEETING WAS HELD ON THURSDAY, 7 DECEMBER 2017. Jane Roe, chairman of "
        "Kestrel Berhad, chaired the meeting.",
        published=None,
    )
    assert any(str(e.start) == "2017-12-07" for e in found.events)


def test_may_in_lower_case_is_no_month():
    found = extract_en("Kestrel Holdings said sales may 5 times exceed costs, Jane Roe said.")
    assert not any(str(e.start).endswith("-05-05") for e in found.events)


def test_a_capitals_word_alone_on_its_line_is_no_organisation():
    found = extract_en(
        "MENU\n\nSHARE\n\nJane Roe, chairman of Kestrel Holdings, said profits rose."
    )
    names = {o.name for o in found.orgs}
    assert "MENU" not in names and "SHARE" not in names
    assert "Kestrel Holdings" in names


def test_a_number_word_opening_a_sentence_is_no_company():
    found = extract_en(
        "Two deans from Lanshan University spoke. Two deans also visited Kestrel Holdings, whose "
        "chairman Jane Roe received them."
    )
    assert "Two" not in {o.name for o in found.orgs}
