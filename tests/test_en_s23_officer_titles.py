"""English titles of party and civil-service posts, and the organisations they are held at."""

from tests.helpers_en import extract_en, role_set


def test_deputy_party_committee_secretary_is_deputy():
    found = extract_en(
        "Leaders of Fenwick University, including Deputy Party Committee Secretary and "
        "President Tao Minghui, attended the ceremony."
    )
    roles = role_set(found)
    assert ("Tao Minghui", "deputy-party-secretary", "Fenwick University", "current") in roles
    assert ("Tao Minghui", "party-secretary", "Fenwick University", "current") not in roles


def test_communist_party_secretary_of_a_province():
    found = extract_en(
        "Tao Minghui, Communist Party Secretary of Hebei Province, and Lu Fangqi, Deputy "
        "Communist Party Secretary and Governor of Hebei Province, visited Borland Group."
    )
    roles = role_set(found)
    assert ("Tao Minghui", "party-secretary", "Hebei Province", "current") in roles
    assert ("Lu Fangqi", "deputy-party-secretary", "Hebei Province", "current") in roles
    assert ("Lu Fangqi", "governor", "Hebei Province", "current") in roles


def test_cpc_secretary_of_a_university():
    found = extract_en("Tao Minghui, CPC Secretary of Fenwick University, spoke at the ceremony.")
    assert ("Tao Minghui", "party-secretary", "Fenwick University", "current") in role_set(found)


def test_permanent_secretary_for_the_ministry():
    found = extract_en(
        "Tobias Wanjala, the Permanent Secretary for the Finance Ministry, says that the funds "
        "were released on time."
    )
    roles = {(r.person, r.role, r.org, r.title) for r in found.roles}
    assert ("Tobias Wanjala", "other", "Finance Ministry", "Permanent Secretary") in roles


def test_secretary_to_the_ministry():
    found = extract_en(
        "Secretary to the Ministry of Finance Kamal Perera said the reports are due."
    )
    assert ("Kamal Perera", "other", "Ministry of Finance", "current") in role_set(found)
    # a field after "for the" is no organisation
    found = extract_en(
        "Kamal Perera, the Minister for Trade and Industry, said the talks went well."
    )
    assert not [r for r in found.roles if r.org]


def test_glued_initials_stay_with_the_name():
    found = extract_en("Secretary to the Ministry of Finance K.L. Perera said the reports are due.")
    assert "K.L. Perera" in {p.name for p in found.persons}
    assert ("K.L. Perera", "other", "Ministry of Finance", "current") in role_set(found)


def test_co_chief_executive_is_the_post():
    found = extract_en(
        "Mayor Lin Hao met Peter Grant, co-chief executive officer of Harbor Bank Ltd, in Fuzhou. "
        "Ann Lowe, co-chairman of Harbor Bank Ltd, also attended."
    )
    roles = role_set(found)
    assert ("Peter Grant", "general-manager", "Harbor Bank Ltd", "current") in roles
    assert ("Ann Lowe", "chairman", "Harbor Bank Ltd", "current") in roles


def test_lower_case_committee_before_its_secretary():
    found = extract_en(
        "Chairman Wu Lan of Borland Group visited the port and met with Linhai municipal Party "
        "committee secretary Tao Ming."
    )
    roles = role_set(found)
    assert ("Tao Ming", "party-secretary", "Linhai municipal Party committee", "current") in roles
    assert ("Tao Ming", "party-secretary", "Borland Group", "current") not in roles
