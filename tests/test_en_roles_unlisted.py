"""English titles the role vocabulary does not list, and titles whose organisation needs care.

Unlisted "chief X officer" / "X director" titles are `other` (not board `director`, and the
Western name after them is a person); "director of a commission" is `head`; a secretary-general
of a government is not the party's general secretary; a government post sharing a title list
with a party committee goes to that place's government; a name with its own titles ends the name
list of the titles before it. Invented names only.
"""

import pytest
from tests.helpers_en import extract_en, role_set


@pytest.mark.parametrize(
    "sentence, person, title, org",
    [
        (
            "Solvik Freight Chief Commercial Officer Lars Holm attended the talks.",
            "Lars Holm",
            "Chief Commercial Officer",
            "Solvik Freight",
        ),
        (
            "Qiao Yun, chief operating officer of Tongda Energy Transport, spoke.",
            "Qiao Yun",
            "chief operating officer",
            "Tongda Energy Transport",
        ),
    ],
)
def test_unlisted_chief_officer_is_other(sentence, person, title, org):
    found = extract_en(sentence)
    assert person in {p.name for p in found.persons}
    assert {(r.person, r.role, r.title, r.org) for r in found.roles} >= {
        (person, "other", title, org)
    }


@pytest.mark.parametrize(
    "sentence, person, title",
    [
        (
            "On May 2, Longxin Grid held a meeting. Company leaders Fu An and safety director Ge Tao attended.",
            "Ge Tao",
            "safety director",
        ),
        (
            "On May 2, Longxin Grid held a meeting. Technical director Ren Bo made a report.",
            "Ren Bo",
            "Technical director",
        ),
    ],
)
def test_qualified_director_is_not_a_board_director(sentence, person, title):
    roles = {(r.person, r.role, r.title) for r in extract_en(sentence).roles}
    assert (person, "other", title) in roles
    assert not any(p == person and role == "director" for p, role, _ in roles)


@pytest.mark.parametrize(
    "sentence, person, role, org",
    [
        (
            "Cao Ning, director of the Gansu Provincial Development and Reform Commission, attended.",
            "Cao Ning",
            "head",
            "Gansu Provincial Development and Reform Commission",
        ),
        (
            "Hou Ming, secretary-general of the Gansu Provincial People's Government, attended.",
            "Hou Ming",
            "other",
            "Gansu Provincial People's Government",
        ),
    ],
)
def test_commission_director_and_government_secretary_general(sentence, person, role, org):
    assert (person, role, org, "current") in role_set(extract_en(sentence))


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Wei Lan, member of the Standing Committee of the Gansu Provincial Party Committee and executive vice "
            "governor, visited Longxin Grid. Hou Ming, deputy secretary-general of the Gansu Provincial People's "
            "Government, accompanied.",
            "Gansu Provincial People's Government",
        ),
        (
            "Wei Lan, member of the Standing Committee of the Gansu Provincial Party Committee and vice governor, "
            "visited Longxin Grid.",
            "Gansu Province",
        ),
    ],
)
def test_government_post_goes_to_the_government(text, org):
    roles = role_set(extract_en(text))
    assert ("Wei Lan", "vice-governor", org, "current") in roles
    assert (
        "Wei Lan",
        "party-committee-member",
        "Gansu Provincial Party Committee",
        "current",
    ) in roles
    assert not any(r[1] == "vice-governor" and "Party" in r[2] for r in roles)


def test_name_with_own_titles_ends_the_name_list():
    found = extract_en(
        "Solvik Freight deputy general manager Bai Rui, and Kong Ming, general manager of "
        "Tongda Energy Transport, a subsidiary of Solvik Freight, attended the meeting."
    )
    roles = role_set(found)
    assert ("Bai Rui", "deputy-general-manager", "Solvik Freight", "current") in roles
    assert ("Kong Ming", "general-manager", "Tongda Energy Transport", "current") in roles
    assert not any(r[0] == "Kong Ming" and r[1] == "deputy-general-manager" for r in roles)


def test_name_list_without_own_titles_still_shares_the_title():
    roles = role_set(
        extract_en(
            "On May 2, Longxin Grid held a meeting. Company leaders Bai Rui, Kong Ming and "
            "Fu An attended the meeting."
        )
    )
    assert {r[0] for r in roles if r[1] == "leadership-member"} == {"Bai Rui", "Kong Ming", "Fu An"}


@pytest.mark.parametrize(
    "text, person, role, org",
    [
        (
            "On May 2, Xinhe Port Group held talks. Meridia Lines Executive Vice President Paolo Ferri attended.",
            "Paolo Ferri",
            "deputy-general-manager",
            "Meridia Lines",
        ),
        (
            "On May 2, Xinhe Port Group held talks. Fjord Cargo Chief Executive Officer Anna Berg attended.",
            "Anna Berg",
            "general-manager",
            "Fjord Cargo",
        ),
        (
            "On May 2, Xinhe Port Group held talks. Qinghai Vice Governor Mao Qing attended.",
            "Mao Qing",
            "vice-governor",
            "Qinghai",
        ),
        (
            "On May 2, Xinhe Port Group held talks. Qinghai Vice Governor Mao Qing and Lu Bo, deputy secretary-general "
            "of the Qinghai Provincial People's Government, attended.",
            "Mao Qing",
            "vice-governor",
            "Qinghai Provincial People's Government",
        ),
        (
            "On May 2, Xinhe Port Group held talks. Meanwhile Chairman Yan Shoucheng spoke.",
            "Yan Shoucheng",
            "chairman",
            "Xinhe Port Group",
        ),
        (
            "On May 2, Xinhe Port Group held talks. Deputy General Manager Li Hong attended.",
            "Li Hong",
            "deputy-general-manager",
            "Xinhe Port Group",
        ),
    ],
)
def test_unknown_organisation_written_before_the_title(text, person, role, org):
    roles = role_set(extract_en(text))
    assert (person, role, org, "current") in roles
    assert {r[2] for r in roles if r[0] == person} == {org}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On May 2, Tongda Group held a meeting. Bai Lin, member of the Party Committee and vice president of Tongda "
            "Group, was appointed as chief financial officer of the company.",
            ("Bai Lin", "chief-financial-officer", "Tongda Group", "current"),
        ),
        (
            "On May 2, Tongda Group held a meeting. Wu Fan, general manager of Qinghe Copper, no longer serves as "
            "chairman of Tongda Mining.",
            ("Wu Fan", "chairman", "Tongda Mining", "former"),
        ),
    ],
)
def test_link_after_an_apposition_of_titles(text, expected):
    roles = role_set(extract_en(text))
    assert expected in roles
    assert len({r for r in roles if r[0] == expected[0]}) == 2 + (expected[0] == "Bai Lin")


@pytest.mark.parametrize(
    "text, person, title, org",
    [
        (
            "On May 2, Tongda Group held a meeting. Chairman of the Board of Supervisors Lu Ming attended.",
            "Lu Ming",
            "Chairman of the Board of Supervisors",
            "Tongda Group",
        ),
        (
            "On May 2, Tongda Group held a meeting. Kong Bo, chairman of the board of supervisors of Tongda Leasing, "
            "spoke.",
            "Kong Bo",
            "chairman of the board of supervisors",
            "Tongda Leasing",
        ),
        (
            "On May 2, Tongda Group held a meeting. Chief supervisor Wen Tao attended.",
            "Wen Tao",
            "Chief supervisor",
            "Tongda Group",
        ),
    ],
)
def test_supervisory_board_titles_are_other(text, person, title, org):
    roles = {(r.person, r.role, r.title, r.org) for r in extract_en(text).roles}
    assert roles == {(person, "other", title, org)}


def test_city_post_goes_to_the_city_and_vice_mayor_is_not_the_companys():
    roles = role_set(
        extract_en(
            "On May 2, Tongda Group held talks. Zhao Wen, deputy secretary of the Lanzhou Municipal Party Committee "
            "and mayor, received the guests. Mayor of Lanzhou Wang Bo attended. Vice Mayor Hu Qing attended."
        )
    )
    assert ("Zhao Wen", "mayor", "Lanzhou", "current") in roles
    assert ("Wang Bo", "mayor", "Lanzhou", "current") in roles
    assert not any(r[0] == "Hu Qing" for r in roles)
