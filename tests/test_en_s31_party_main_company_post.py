"""A company post printed with no company named ("the chairman of the company, X") on a page
whose own body is a Party committee is no post of that committee."""

from tests.helpers_en import extract_en, role_set

BODY = (
    "On May 20, 2020, the research group of the Provincial Party Committee, accompanied by "
    "Pan Dali, director of the Organization Department of the Hexi Municipal Party Committee, "
    "visited the company. The leaders of the research group listened to Mr Lu Dasong, the "
    "chairman of the company, about the production and operation of the company."
)


def test_company_chairman_not_given_to_party_committee():
    found = extract_en(BODY, headline="Research Group of Provincial Party Committee Visits")
    assert not any(r.person == "Lu Dasong" and "Party Committee" in r.org for r in found.roles)


def test_named_post_kept():
    found = extract_en(BODY, headline="Research Group of Provincial Party Committee Visits")
    assert (
        "Pan Dali",
        "head",
        "Organization Department of the Hexi Municipal Party Committee",
        "current",
    ) in role_set(found)
