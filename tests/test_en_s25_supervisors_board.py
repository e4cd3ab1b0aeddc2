"""Titled names listed before "from the Board of Supervisors" chair that board, not the company's
board of directors (invented text)."""

from tests.helpers_en import extract_en, role_set


def test_board_of_supervisors_chairman_is_not_the_company_chairman():
    found = extract_en(
        "On May 3, Norvale Group held its board meeting. The meeting was presided over by "
        "Chairman Tom Reed, Vice Chairman Amy Fox and Directors Lou Hart attended, and Chairman "
        "Ann Bell, Vice Chairman Ruth Quill and Supervisors Kim Lee and Sam Roe from the Board of "
        "Supervisors sat in on the meeting."
    )
    roles = role_set(found)
    assert ("Tom Reed", "chairman", "Norvale Group", "current") in roles
    assert ("Amy Fox", "vice-chairman", "Norvale Group", "current") in roles
    assert not {r for r in roles if r[0] in {"Ann Bell", "Ruth Quill"} and r[1] != "other"}
    titles = {(r.person, r.title) for r in found.roles}
    assert ("Ann Bell", "Chairman of the Board of Supervisors") in titles


def test_chairman_before_a_verb_keeps_the_company_post():
    found = extract_en(
        "On May 3, Chairman Tom Reed of Norvale Group met the team, and the members of the board "
        "of supervisors attended."
    )
    assert ("Tom Reed", "chairman", "Norvale Group", "current") in role_set(found)
