"""English: a group's company of a Chinese place ("X Mobile Shanghai") is its own organisation;
an adverb inside a title link ("has recently been appointed") leaves the link; "Sir Henry" stands
for the article's one Sir Henry. Sentences written for these tests; names and bodies invented,
the groups taken from the organisation table."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_a_table_group_then_a_chinese_place_is_the_place_s_company():
    found = extract_en(
        "Li Hua, Party chief and chairman of China Mobile Shanghai, and Wu Dan, general manager "
        "of China Telecom Guangdong, signed the agreement."
    )
    got = role_set(found)
    assert ("Li Hua", "chairman", "China Mobile Shanghai", "current") in got
    assert ("Wu Dan", "general-manager", "China Telecom Guangdong", "current") in got
    assert not any(o == "China Mobile" for _p, _r, o, _s in got)


def test_a_table_group_before_a_word_that_is_no_place_stays_the_group():
    got = role_set(extract_en("Li Hua, chairman of China Mobile Limited, spoke on Monday."))
    assert not any(
        o.startswith("China Mobile ") and o != "China Mobile Limited" for _p, _r, o, _s in got
    )


def test_an_adverb_after_the_auxiliary_of_a_title_link():
    text = (
        "Kestrel plc announces changes to its Board. Mr Henry Marlow, a director, will retire. "
        "Mr Marlow has recently been appointed Chairman of Avonmere Water plc."
    )
    assert ("Henry Marlow", "chairman", "Avonmere Water plc", "current") in role_set(
        extract_en(text)
    )


def test_sir_and_a_given_name_stand_for_the_article_s_one_knight_of_that_name():
    text = (
        "Kestrel plc announces changes to its Board. Sir Henry Marlow, a director, will retire "
        "in May. Sir Henry has been appointed Chairman of Avonmere Water plc."
    )
    assert ("Henry Marlow", "chairman", "Avonmere Water plc", "current") in role_set(
        extract_en(text)
    )


def test_sir_and_a_given_name_two_knights_share_stands_for_neither():
    text = (
        "Kestrel plc announces changes to its Board. Sir Henry Marlow and Sir Henry Ashby, "
        "directors, will retire in May. Sir Henry has been appointed Chairman of Avonmere Water plc."
    )
    got = role_set(extract_en(text))
    assert not any(o == "Avonmere Water plc" for _p, _r, o, _s in got)


def test_vice_glued_to_a_title_is_the_vice_title():
    got = role_set(
        extract_en(
            "Zhao Lei has served as deputy Party secretary and vicegovernor of Lanshan Province."
        )
    )
    assert ("Zhao Lei", "vice-governor", "Lanshan Province", "current") in got
    assert ("Zhao Lei", "deputy-party-secretary", "Lanshan Province", "current") in got


def test_a_company_named_for_its_trade_then_a_place_is_that_place_s_company():
    got = role_set(
        extract_en(
            "Chris Lake, vice president and general manager of Kestrel Steel Utah, and Jane Roe, "
            "chief executive of Kestrel Mining Ghana, met the governor."
        )
    )
    assert ("Chris Lake", "general-manager", "Kestrel Steel Utah", "current") in got
    assert ("Jane Roe", "general-manager", "Kestrel Mining Ghana", "current") in got


def test_evp_is_an_executive_vice_president():
    got = role_set(extract_en("Dan Noble, EVP of Kestrel Corporation, said sales rose."))
    assert ("Dan Noble", "deputy-general-manager", "Kestrel Corporation", "current") in got


def test_the_president_of_a_company_s_named_unit_is_the_unit_s():
    got = role_set(
        extract_en("Shannon Pike, president of Kestrel's Verco Group, toured the plant.")
    )
    assert ("Shannon Pike", "general-manager", "Verco Group", "current") in got
    assert not any(o == "Kestrel" for _p, _r, o, _s in got)


def test_a_company_named_holdings_is_no_person():
    found = extract_en("Tom Baker joins Kestrel Holdings as chairman.")
    assert "Kestrel Holdings" not in {p.name for p in found.persons}
    assert ("Tom Baker", "chairman", "Kestrel Holdings", "current") in role_set(found)


def test_would_step_down_and_stood_down_leave_the_post():
    got = role_set(
        extract_en(
            "Kestrel Holdings said Tom Baker would step down as chief executive. Jane Roe stood "
            "down as chairman of Avonmere Water in May."
        )
    )
    assert ("Tom Baker", "general-manager", "Kestrel Holdings", "former") in got
    assert ("Jane Roe", "chairman", "Avonmere Water", "former") in got
