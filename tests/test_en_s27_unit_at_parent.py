"""Session 27 (track 3): "A, secretary of the School of X at Y University, and B, deputy
secretary": the bare title of the second entry is a post at the unit the first entry's post is
at (the school), not at the parent body printed last in that entry."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_bare_title_after_unit_at_parent_takes_the_unit():
    found = extract_en(
        "On the afternoon of May 12, 2024, Lin Qiao, Party Secretary of the School of Physics at "
        "Dongfang University, and Zhou Mingde, Deputy Party Secretary, visited the Kexin Institute."
    )
    roles = role_set(found)
    assert ("Lin Qiao", "party-secretary", "School of Physics", "current") in roles
    assert ("Zhou Mingde", "deputy-party-secretary", "School of Physics", "current") in roles
    assert not any(r[0] == "Zhou Mingde" and r[2] == "Dongfang University" for r in roles)
    found = extract_en(
        "On May 12, 2024, Lin Qiao, general manager of Harlow Marine Co., Ltd., and Zhou Mingde, "
        "deputy general manager, visited the Kexin Institute."
    )
    roles = role_set(found)
    assert ("Zhou Mingde", "deputy-general-manager", "Harlow Marine Co., Ltd.", "current") in roles


def test_president_visiting_a_branch_is_not_the_bank_president():
    found = extract_en(
        "On the afternoon of August 30, 2024, President Hu Lanfeng visited the Kunming Branch of "
        "the Bank of Dorland and held talks with Qiu Wenda, President of the Kunming Association "
        "of Commerce. The Bank of Dorland said the talks went well.",
        headline="President Hu Lanfeng Visits Kunming Branch of Bank of Dorland",
    )
    roles = role_set(found)
    assert not any(r[0] == "Hu Lanfeng" and "Dorland" in r[2] for r in roles)
    assert ("Qiu Wenda", "other", "Kunming Association of Commerce", "current") in roles
