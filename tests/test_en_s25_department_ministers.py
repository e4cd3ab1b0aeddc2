"""Titles joined to a department's "Minister" in Chinese-to-English pages (部长 put in English):
the department is that minister's alone, the titles printed before it are the body's."""

from tests.helpers_en import extract_en, role_set

BODY = (
    "On May 3, Zhao Ming, Secretary of the Party Committee of Dongling University, met the "
    "delegation. Qian Hua, Chief Accountant and Minister of United Front Work Department, and "
    "Sun Li, member of the Standing Committee of the Party Committee and Minister of Organization "
    "Department, attended the meeting."
)


def test_earlier_title_is_not_the_departments():
    roles = role_set(extract_en(BODY))
    assert ("Qian Hua", "head", "United Front Work Department", "current") in roles
    assert (
        "Qian Hua",
        "chief-financial-officer",
        "United Front Work Department",
        "current",
    ) not in roles
    assert ("Sun Li", "head", "Organization Department", "current") in roles
    assert not any(
        r[0] == "Sun Li" and r[1] == "party-committee-member" and "Department" in r[2]
        for r in roles
    )


def test_member_before_the_minister_is_the_bodys():
    roles = role_set(extract_en(BODY))
    assert ("Sun Li", "party-committee-member", "Dongling University", "current") in roles
    assert not any(r[0] == "Sun Li" and r[2] == "United Front Work Department" for r in roles)
