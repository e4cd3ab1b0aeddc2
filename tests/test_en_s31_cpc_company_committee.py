"""A company's Party committee printed around the company's name ("Secretary of the CPC X
Committee and Chairman of the Board of Directors"): the chairman's and the president's posts are
the company's, not the committee's; the party posts stay at the committee."""

from tests.helpers_en import extract_en, role_set


def test_cpc_company_committee_chairman_is_the_companys():
    found = extract_en(
        "On March 3, Larkmoor Holdings Group (LHG) held a strategy meeting in Hefei. "
        "Zhou Lanqing, Secretary of the CPC LHG Committee and Chairman of the Board of Directors, "
        "presided over the meeting. Ma Dingxu, Vice Secretary of the CPC LHG Committee and "
        "President of LHG, delivered a report."
    )
    roles = {(p, r, o) for p, r, o, _ in role_set(found)}
    assert ("Zhou Lanqing", "chairman", "LHG") in roles
    assert ("Zhou Lanqing", "party-secretary", "CPC LHG Committee") in roles
    assert ("Ma Dingxu", "deputy-party-secretary", "CPC LHG Committee") in roles
    assert ("Zhou Lanqing", "chairman", "CPC LHG Committee") not in roles


def test_place_committee_keeps_its_own_post():
    found = extract_en(
        "On March 3, Wen Haoran, Secretary of the CPC Kelby Municipal Committee, visited "
        "Larkmoor Holdings Group."
    )
    roles = {(p, r, o) for p, r, o, _ in role_set(found)}
    assert ("Wen Haoran", "party-secretary", "CPC Kelby Municipal Committee") in roles
