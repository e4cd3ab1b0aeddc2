"""The notation of a chair's, a chief executive's or a governor's title follows the kind of body
that holds it, not the word alone: a board's chairman or general manager only at a company, a
province's governor only at a province (invented sentences)."""

from tests.helpers_en import extract_en


def _roles(found) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in found.roles}


def test_chair_of_an_industry_confederation_is_other():
    x = extract_en(
        "Arvin Delacroix, Chairman of the Confederation of Indian Industry, met the Lieutenant "
        "Governor on Thursday."
    )
    assert ("Arvin Delacroix", "other", "Confederation of Indian Industry") in _roles(x)


def test_chair_of_a_forum_is_other():
    x = extract_en(
        "Talia Brandt, vice-chairperson, and directors of the Northgate Global Forum met the "
        "Chief Minister in Chennai on Thursday."
    )
    roles = _roles(x)
    assert ("Talia Brandt", "other", "Northgate Global Forum") in roles
    assert not any(r[1] in ("chairman", "vice-chairman") for r in roles)


def test_chair_of_a_government_council_or_committee_is_other():
    x = extract_en(
        "Selma Kravitz, Chairman of the Executive Council of Norvale, met the delegation. "
        "Chairman of the Dongshan People's Committee Le Van Hoa received the delegation."
    )
    roles = _roles(x)
    assert ("Selma Kravitz", "other", "Executive Council of Norvale") in roles
    assert ("Le Van Hoa", "other", "Dongshan People's Committee") in roles


def test_chair_of_a_region_is_other():
    x = extract_en("Mr. Paulo Quispe, chairman of Tacna Region, led a team to Lima on Monday.")
    assert ("Paulo Quispe", "other", "Tacna Region") in _roles(x)


def test_chair_of_a_department_heads_it():
    x = extract_en(
        "Jorin Maxwell, Chairman of the Department of Finance, attended the meeting on Monday."
    )
    assert ("Jorin Maxwell", "head", "Department of Finance") in _roles(x)


def test_chair_of_a_peoples_congress_standing_committee_heads_it():
    x = extract_en(
        "The forum was attended by Wei Lan, Chairman of the Dongshan Provincial People's Congress "
        "Standing Committee."
    )
    assert (
        "Wei Lan",
        "head",
        "Dongshan Provincial People's Congress Standing Committee",
    ) in _roles(x)


def test_chief_executive_of_a_special_administrative_region_is_other():
    x = extract_en(
        "Premier Zhang met with Chief Executive of Hong Kong Special Administrative Region "
        "Marcus Tenby on Monday."
    )
    assert ("Marcus Tenby", "other", "Hong Kong Special Administrative Region") in _roles(x)


def test_central_bank_governors_are_other():
    x = extract_en(
        "Ellen Oduya, deputy governor of the Central Bank of Nigeria, and Kofi Adeyemi, Governor "
        "of the Central Bank of Nigeria, attended the meeting on Monday."
    )
    roles = _roles(x)
    assert ("Ellen Oduya", "other", "Central Bank of Nigeria") in roles
    assert ("Kofi Adeyemi", "other", "Central Bank of Nigeria") in roles


def test_chairman_of_a_company_stays_chairman():
    x = extract_en("Arvin Delacroix, Chairman of Quillfield Holdings Limited, attended on Monday.")
    assert ("Arvin Delacroix", "chairman", "Quillfield Holdings Limited") in _roles(x)
