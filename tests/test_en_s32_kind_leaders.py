"""Collective titles of a kind ("city leaders A, B", "school leaders C, D", "university leaders")
name the body of that kind, never a committee whose name merely carries the kind's word, nor the
partner school the page pairs with "our university" (invented text)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def leaders(found) -> set[tuple[str, str]]:
    return {(r.person, r.org) for r in found.roles if r.role == "leadership-member"}


def test_city_leaders_are_not_the_municipal_party_committee():
    found = extract_en(
        "Lanxi Evening News (reporter Ke Fan) On March 3 the plenary session of the municipal "
        "committee was held. Bo Renhai, deputy secretary of the Municipal Party Committee, "
        "attended. City leaders Tao Wenlin, Mo Qiuyu and Gan Lixin attended the meeting.",
        headline="Municipal committee holds plenary session",
    )
    assert not [o for _, o in leaders(found) if "Committee" in o]


def test_school_leaders_are_not_a_provincial_working_committee():
    found = extract_en(
        "Approved by the College Working Committee of the Provincial CPC Committee, on May 9 the "
        "QNTU Party Committee held its democratic life meeting. Secretary Ren Boshan presided, "
        "and the school leaders Hua Lemin, Tan Qiyu and Bai Sunan made self-inspections.",
        headline="QNTU Party Committee holds democratic life meeting",
    )
    assert not [o for _, o in leaders(found) if "Working Committee" in o]


def test_university_leaders_are_our_university_not_the_partner():
    found = extract_en(
        "On May 12, Chairman Fen Daolu led a team to visit Corvale Forestry University to sign an "
        "agreement. University leaders Mei Shaoyan and Pan Kewei attended the event.\n\n"
        "Fen Daolu and Lin Qiao signed the agreement between Corvale Forestry University and "
        "Corvale Institute of Engineering.",
        headline="Our university and Corvale Forestry University signed a cooperation agreement",
    )
    got = leaders(found)
    assert ("Mei Shaoyan", "Corvale Institute of Engineering") in got
    assert not [o for _, o in got if o == "Corvale Forestry University"]


def test_university_leaders_of_an_institute_page():
    found = extract_en(
        "On June 2, Corvale Institute of Engineering held its graduation ceremony. University leaders "
        "Mei Shaoyan and Pan Kewei attended the ceremony.",
        headline="Corvale Institute of Engineering holds graduation ceremony",
    )
    assert ("Pan Kewei", "Corvale Institute of Engineering") in leaders(found)
