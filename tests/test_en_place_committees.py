"""A place's committee named by its level alone ("X Municipal Committee") is its Party
committee: its secretary is a party secretary, and a mayor's title chained after it is held at
the place's government, not at the committee. A committee printed as another body's ("of the
CPPCC", "of the Communist Youth League") is no Party committee. Invented names only.
"""

from tests.helpers_en import extract_en


def roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in extract_en(text).roles}


def test_the_secretary_of_a_municipal_committee_is_its_party_secretary():
    assert ("Tan Weiming", "party-secretary", "Qianlan Municipal Committee") in roles(
        "Tan Weiming, Secretary of Qianlan Municipal Committee, visited the plant on Monday."
    )


def test_a_vice_mayor_chained_after_the_committee_is_the_citys():
    held = roles(
        "Zhou Pingshan, deputy secretary of the Qianlan Municipal Committee and executive vice "
        "mayor, visited the plant. Officials of the Qianlan Municipal Government attended."
    )
    assert ("Zhou Pingshan", "deputy-party-secretary", "Qianlan Municipal Committee") in held
    assert ("Zhou Pingshan", "other", "Qianlan Municipal Government") in held
    assert not [r for r in held if r[1] == "other" and r[2] == "Qianlan Municipal Committee"]


def test_a_committee_of_another_body_is_no_party_committee():
    held = roles(
        "Tan Weiming, secretary of the Qianlan Provincial Committee of the Communist Youth "
        "League, visited the plant on Monday."
    )
    assert not [r for r in held if r[1] == "party-secretary"]
