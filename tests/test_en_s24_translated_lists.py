"""Translated company and government news: plural titles shared by a list of names, a title
printed bare that the text gave the person at another body, and speeches reported by another
speaker (invented text)."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en, role_set


def test_members_of_the_companys_party_committee_shared_by_a_list():
    found = extract_en(
        "On May 3, the party committee of Borlan Power Corporation held a meeting. Ren Kai, "
        "Ma Lin and Lu Bo, members of the company's party committee and deputy general "
        "managers, attended the meeting. Tan Yu and Bo Lin, members of the delegation, toured "
        "the plant."
    )
    roles = role_set(found)
    for name in ("Ren Kai", "Ma Lin", "Lu Bo"):
        assert (name, "party-committee-member", "Borlan Power Corporation", "current") in roles
        assert (name, "deputy-general-manager", "Borlan Power Corporation", "current") in roles
    assert not [r for r in found.roles if r.person in ("Tan Yu", "Bo Lin")]  # no post


def test_the_vice_mayors_of_the_pages_government():
    found = extract_en(
        "On May 3, Mayor Tao Ming presided over the executive meeting of the Qinghe Municipal "
        "Government. The vice mayors Ren Kai, Ma Lin, Lu Bo attended the meeting."
    )
    roles = role_set(found)
    for name in ("Ren Kai", "Ma Lin", "Lu Bo"):
        assert (name, "other", "Qinghe Municipal Government", "current") in roles


def test_a_visitors_bare_title_stays_at_his_own_body():
    found = extract_en(
        "On May 3, at the invitation of Chairman Tan Wei and Borlan Group, Ren Kai, Chairman of "
        "CPPCC of Qinghe City, Hubei Province, and his delegation visited the headquarters of "
        "Borlan Group. Chairman Tan Wei extended a warm welcome. Chairman Ren Kai thanked "
        "Chairman Tan Wei and Borlan Group for the support."
    )
    roles = role_set(found)
    assert ("Tan Wei", "chairman", "Borlan Group", "current") in roles
    assert not [r for r in found.roles if r.person == "Ren Kai" and r.org == "Borlan Group"]


def test_a_speech_another_speaker_reports_is_no_part_in_the_meeting():
    found = extract_en(
        "On July 8, Tao Ming, chairman of Borlan Power, presided over the meeting of the party "
        "committee to study the spirit of the work conference. Tao Ming pointed out that Ren "
        "Kai, chairman of the group, has made an important speech at the conference. Tao Ming "
        "stressed that Ma Lin, general manager of the group, clearly put forward in the work "
        "report that the goal must be met."
    )
    (event,) = [e for e in found.events if e.kind == "meeting"]
    parts = attendees(event)
    assert parts.get("Tao Ming") == "chair"
    assert "Ren Kai" not in parts
    assert "Ma Lin" not in parts


def test_a_title_that_is_also_a_given_name_before_a_pinyin_name():
    found = extract_en(
        "On May 9, Dean Wu Haifeng and Party Secretary Yu Xiaolin of the School of Business "
        "visited Borlan Group."
    )
    names = {p.name for p in found.persons}
    assert "Wu Haifeng" in names
    assert "Dean Wu" not in names


def test_the_company_on_a_schools_page_is_another_body():
    found = extract_en(
        "On the morning of May 26, the Party Committee of the School of Materials of Qinghe "
        "Institute of Technology and the General Party Branch of the company jointly carried out "
        "a party building activity. Tao Ming, secretary of the Party Committee of the college, "
        "accompanied by Ren Kai, general manager of the company, held discussions."
    )
    assert not [r for r in found.roles if r.person == "Ren Kai"]
