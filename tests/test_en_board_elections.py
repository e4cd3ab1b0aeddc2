"""English board elections as companies print them (sentences written for these tests): names with
honours after them ("Sir A B KNZM"), AGM resolutions, and lists of new directors each described by
an apposition."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Results of the annual meeting"):
    return extract_article(make_article("x.txt", f"{headline}\n date 2021-03-04 {body}\n"))


def roles(got) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in got.roles}


def test_honours_after_a_name_are_no_organisation_and_keep_the_link():
    got = found(
        "At Norvale Holdings Limited's annual meeting, held today, shareholders passed these "
        "resolutions: o That Ms Ada Jane Corwen be re-elected as a Director. o That Sir Tobias "
        "Grant Welby KNZM be re-elected as a Director."
    )
    assert "KNZM" not in {o.name for o in got.orgs}
    assert {
        ("Ada Jane Corwen", "director", "Norvale Holdings Limited"),
        ("Tobias Grant Welby", "director", "Norvale Holdings Limited"),
    } <= roles(got)


def test_honours_between_commas_keep_the_apposition_title():
    got = found("Dame Lina Ortley, DBE, FCA, chairman of Norvale Holdings, opened the meeting.")
    assert ("Lina Ortley", "chairman", "Norvale Holdings") in roles(got)
    assert not {"DBE", "FCA"} & {o.name for o in got.orgs}


def test_an_unlisted_capital_word_after_a_name_is_still_read_as_before():
    got = found("Ada Corwen NBC said the talks went well.")
    assert "NBC" in {o.name for o in got.orgs}


def test_new_directors_each_described_by_an_apposition():
    got = found(
        "Norvale Corporation announced changes to its board. Maria Castell, a business strategist "
        "and past Executive Vice-President, Strategy at Arvo Bank, and Thomas Ferrin, retired "
        "Principal of Ostrey Partners, have been elected to the Board effective March 1, 2021.",
        headline="Norvale Corporation announces board changes",
    )
    assert {
        ("Maria Castell", "director", "Norvale Corporation"),
        ("Thomas Ferrin", "director", "Norvale Corporation"),
    } <= roles(got)
    assert not {r for r in roles(got) if r[1] == "director" and r[2] != "Norvale Corporation"}


def test_an_apposed_name_before_a_singular_verb_is_not_listed():
    got = found(
        "Norvale Corporation announced changes to its board. Maria Castell, who retired as "
        "chairman, and Thomas Ferrin, a lawyer, has been elected to the Board.",
        headline="Norvale Corporation announces board changes",
    )
    assert ("Thomas Ferrin", "director", "Norvale Corporation") in roles(got)
    assert ("Maria Castell", "director", "Norvale Corporation") not in roles(got)


def test_the_organisation_of_an_apposition_does_not_get_the_board_seat():
    got = found(
        "Norvale Corporation announced changes to its board. Ivo Brandt, chairman of Ostrey "
        "Partners, has been elected to the board.",
        headline="Norvale Corporation announces board changes",
    )
    assert ("Ivo Brandt", "director", "Norvale Corporation") in roles(got)
    assert ("Ivo Brandt", "director", "Ostrey Partners") not in roles(got)


def test_a_title_of_a_lower_case_field_before_the_name():
    got = found(
        "Orvane Mining said vice-president of operations Bob Hanley and project director Mark "
        "Wheeler will continue in their roles. The board has appointed current vice-president "
        "of corporate development Greg Fenton as interim CEO.",
        headline="Orvane Mining names an interim chief executive",
    )
    assert {
        ("Bob Hanley", "deputy-general-manager", "Orvane Mining"),
        ("Greg Fenton", "deputy-general-manager", "Orvane Mining"),
        ("Greg Fenton", "general-manager", "Orvane Mining"),
    } <= roles(got)


def test_a_title_of_a_lower_case_word_that_is_no_field_gives_no_post():
    got = found(
        "Orvane Mining said the head of state visitors Bob Hanley will come.",
        headline="Orvane Mining news",
    )
    assert not {r for r in roles(got) if r[0] == "Bob Hanley"}


def test_an_aside_between_dashes_after_the_name_keeps_the_link():
    got = found(
        "Prior to this appointment, Ivo Brandt – who has served 11 years on the board – held the "
        "role of vice-chairman of Norvale plc since 2010. John Brandt – a veteran of the sector – "
        "was appointed chief executive of Ostrey plc."
    )
    assert ("Ivo Brandt", "vice-chairman", "Norvale plc") in roles(got)
    assert ("John Brandt", "general-manager", "Ostrey plc") in roles(got)
    held = {r.status for r in got.roles if r.person == "Ivo Brandt"}
    assert held == {"former"}


def test_held_the_role_of_is_a_former_post():
    got = found("Alan Corwen held the role of chief financial officer of Norvale plc until 2019.")
    assert [(r.role, r.org, r.status) for r in got.roles if r.person == "Alan Corwen"] == [
        ("chief-financial-officer", "Norvale plc", "former")
    ]


def test_a_dash_after_a_name_without_a_closing_dash_links_nothing():
    got = found(
        "Ivo Brandt – and others – said the vice-chairman of Norvale plc, Ada Corwen, left."
    )
    assert ("Ivo Brandt", "vice-chairman", "Norvale plc") not in roles(got)


def test_a_relative_clause_closed_by_a_comma_and_a_pronoun_with_also():
    got = found(
        "Norvale Ltd said its chairman quit. Separately, Liu Changsheng, who is currently a "
        "non-executive, non-independent director of the company, has been appointed as "
        "non-executive chairman from March 3. He has also been appointed as director of Nolash "
        "Tech, Norvale's wholly-owned subsidiary.",
        headline="Norvale chairman quits",
    )
    assert {
        ("Liu Changsheng", "director", "Norvale Ltd"),
        ("Liu Changsheng", "chairman", "Norvale Ltd"),
        ("Liu Changsheng", "director", "Nolash Tech"),
    } <= roles(got)


def test_a_post_said_to_be_at_the_company_does_not_yield_to_the_same_post_elsewhere():
    got = found(
        "Norvale Ltd said so. John Brandt, who joined in 2010, is a director of the company. John "
        "Brandt was also appointed as director of Ostrey Partners.",
        headline="Norvale board news",
    )
    assert {
        ("John Brandt", "director", "Norvale Ltd"),
        ("John Brandt", "director", "Ostrey Partners"),
    } <= roles(got)


def test_two_capitalised_words_alone_on_a_line_are_page_furniture():
    got = found("Norvale Ltd named a new chairman.\n\nVIEW ALL\n\nSUPPORT SO\n\nThe board met.")
    assert not {"VIEW", "ALL", "SUPPORT", "SO"} & {o.name for o in got.orgs}


def test_madame_is_an_honorific_not_part_of_the_name():
    got = found(
        "The minister met Madame Cai Qihua, chair of the Kestrel Water Partnership, on March 3."
    )
    assert "Cai Qihua" in {p.name for p in got.persons}
    assert not {p.name for p in got.persons if p.name.startswith("Madame")}


def test_apposed_new_directors_whose_appositions_hold_a_comma_and_and():
    got = found(
        "Kestrel Holdings Ltd announced board changes. Jane Ruddock, a strategist and past"
        " Executive Vice-President, Strategy at Harlow Bank, and Peter Lowe, retired Principal of"
        " Oakfield Partners, and President of Tamsin Consulting, have been elected to the Board"
        " effective March 1, 2021."
    )
    held = roles(got)
    assert ("Jane Ruddock", "director", "Kestrel Holdings Ltd") in held
    assert ("Peter Lowe", "director", "Kestrel Holdings Ltd") in held
    assert not {r for r in held if r[1] == "director" and r[2] != "Kestrel Holdings Ltd"}
