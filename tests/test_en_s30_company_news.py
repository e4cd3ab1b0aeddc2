"""Company news: a dateline or a share code before a company's name, and family names with
particles ("Mr de Wit") standing for the person."""

from tests.helpers_en import extract_en, role_set


def test_dateline_before_industry_word_is_no_company():
    found = extract_en(
        "July 4 Iron ore producer Kestrel Mining said on Tuesday its chief executive Ann Lowe "
        "will step down."
    )
    names = {o.name for o in found.orgs}
    assert "July 4 Iron" not in names
    assert not any(org == "July 4 Iron" for _, _, org, _ in role_set(found))


def test_bare_share_code_is_no_company():
    found = extract_en(
        "Kestrel Platinum (Kesplat) KSPJ.J said on Tuesday that its chairman Tom Quill will "
        "retire. Quill is chairman of Kestrel Platinum."
    )
    names = {o.name for o in found.orgs}
    assert "KSPJ" not in names
    assert found.main_org != "KSPJ"


def test_family_name_with_particle_after_courtesy_title():
    found = extract_en(
        "Kestrel Bank named Jon de Pell as chairman. Mr. de Pell will become chief executive of "
        "Rendel Group PLC in November. De Pell will become chairman of Borrow Group PLC in 2025."
    )
    roles = role_set(found)
    assert ("Jon de Pell", "general-manager", "Rendel Group PLC", "current") in roles
    assert ("Jon de Pell", "chairman", "Borrow Group PLC", "current") in roles
