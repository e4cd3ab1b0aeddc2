"""English: in a list of "Name, title of Organisation" items, an item with a bare title ("and B,
vice president,") holds it at the organisation of the item before, not at the page's own
organisation. Sentences written for these tests; every name and body is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_a_bare_title_after_an_item_with_an_organisation():
    got = role_set(
        extract_en(
            "Gao Ju, secretary of the Party Committee of Lanshan Chemical Vocational College, and "
            "Yan Xiaoli, vice president, warmly received the guests.",
            headline="Kestrel Seed Industry delegation visits Lanshan University",
        )
    )
    assert ("Yan Xiaoli", "other", "Lanshan Chemical Vocational College", "current") in got
    assert not any(p == "Yan Xiaoli" and o.startswith("Kestrel") for p, _r, o, _s in got)


def test_a_bare_title_between_two_items_with_organisations():
    got = role_set(
        extract_en(
            "Wang Derun, Director of the Science and Technology Department of Lanshan Province, "
            "Ding Wenzhen, Deputy Director, Dai Zuyun, chairman of Kestrel Seed Co., Ltd., "
            "attended the meeting.",
            headline="Kestrel Seed Co., Ltd. delegation visits Lanshan University",
        )
    )
    assert (
        "Ding Wenzhen",
        "other",
        "Science and Technology Department of Lanshan Province",
        "current",
    ) in got
    assert not any(p == "Ding Wenzhen" and o.startswith("Kestrel") for p, _r, o, _s in got)


def test_a_title_that_goes_on_is_no_bare_title():
    got = role_set(
        extract_en(
            "Gao Ju, secretary of the Party Committee of Lanshan Vocational College, and Yan Xiaoli, "
            "vice president of Kestrel Seed Co., Ltd., received the guests."
        )
    )
    assert ("Yan Xiaoli", "deputy-general-manager", "Kestrel Seed Co., Ltd.", "current") in got


def test_the_head_of_a_bank_s_branch_printed_after_a_comma_heads_the_branch():
    found = extract_en(
        "Mayor Zhou Hong met Wang Jing, head of Kestrel Bank of Lanshan, Guangzhou Sub-Branch, "
        "on Monday."
    )
    got = role_set(found)
    assert ("Wang Jing", "head", "Kestrel Bank of Lanshan, Guangzhou Sub-Branch", "current") in got
    assert not any(o == "Kestrel Bank of Lanshan" for _p, _r, o, _s in got)
    branch = next(o for o in found.orgs if o.name.endswith("Sub-Branch"))
    assert "Guangzhou Sub-Branch" in branch.aliases


def test_a_description_in_lower_case_between_a_name_and_its_link():
    got = role_set(
        extract_en("Jane Roe, a former banker, was named chief executive of Kestrel Holdings.")
    )
    assert ("Jane Roe", "general-manager", "Kestrel Holdings", "current") in got


def test_two_names_after_one_title_as_one_item_of_a_longer_list():
    text = (
        "On March 8, Kestrel Mining's Vice President Tang Peiyu and Lu Dongsheng, and Lanshan's "
        "Executive Deputy Mayor Zhou Yun attended the meeting."
    )
    got = role_set(extract_en(text, headline="Kestrel Mining meets Lanshan"))
    assert ("Lu Dongsheng", "deputy-general-manager", "Kestrel Mining", "current") in got


def test_two_names_after_one_title_alone_are_not_both_its_holders():
    text = "On March 8, Vice Governor Tang Peiyu and Lu Dongsheng signed the agreement in Lanshan."
    got = role_set(extract_en(text, headline="Agreement signed"))
    assert not any(p == "Lu Dongsheng" for p, _r, _o, _s in got)


def test_a_department_named_by_its_field_is_an_organisation():
    text = (
        "On Monday, heads of Kestrel Mining's General Office, Department of Corporate Planning and "
        "Department of Operations attended the meeting. The Department of Health said it would help."
    )
    orgs = {o.name for o in extract_en(text, headline="Kestrel Mining meeting").orgs}
    assert "Department of Operations" in orgs
    assert "Department of Health" in orgs
    assert not any(n.startswith("Corporate Planning") for n in orgs)


def test_a_company_described_by_its_trade_in_lower_case_is_no_organisation():
    text = (
        "Kestrel Energy said on Monday that Tom Baker, the chief financial officer at Kestrel "
        "Energy, has been named chief executive of the power company."
    )
    found = extract_en(text, headline="Kestrel Energy names new chief")
    assert "power company" not in {o.name for o in found.orgs}
    assert not any(r.org == "power company" for r in found.roles)


def test_a_region_s_chief_executive_is_no_chief_executive_of_the_bank():
    for text in (
        "On Monday, Kestrel Bank said Tom Baker, its Asia-Pacific chief executive, would retire.",
        "On Monday, Tom Baker, chief executive for Asia Pacific at Kestrel Bank, said he would go.",
        "On Monday, Kestrel Bank Asia Pacific CEO Tom Baker said he would retire.",
    ):
        found = extract_en(text, headline="Kestrel Bank executive to retire")
        assert not any(r.role == "general-manager" for r in found.roles), text
        assert not any(o.name.startswith("Asia") for o in found.orgs), text
    text = "On Monday, Kestrel Bank Asia Pacific CEO Tom Baker said he would retire."
    got = role_set(extract_en(text, headline="Kestrel Bank executive to retire"))
    assert ("Tom Baker", "other", "Kestrel Bank", "current") in got
