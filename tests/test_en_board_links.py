"""Board changes as native English pages word them: appointed to the board as, joins the X board
as, has named Name its new <title>, takes over from Y as, and a relative clause between a name and
its leaving the board. Invented names only.
"""

from tests.helpers_en import extract_en

HEADLINE = "Kestrel Mining announces board changes"


def held(text: str) -> set[tuple[str, str, str, str]]:
    return {(r.person, r.role, r.org, r.status) for r in extract_en(text, headline=HEADLINE).roles}


def test_appointed_to_the_board_as_a_director():
    found = held(
        "Kestrel Mining Ltd announced that Anna Berg has been appointed to the board as a "
        "non-executive director."
    )
    assert ("Anna Berg", "director", "Kestrel Mining Ltd", "current") in found


def test_joins_the_companys_board_as_a_director():
    found = held(
        "Anna Berg will join the Kestrel Mining board as an independent non-executive director "
        "on 1 March."
    )
    assert ("Anna Berg", "independent-director", "Kestrel Mining", "current") in found


def test_named_its_new_title():
    found = held("Harrow Metals has named Paul Novak its new chief executive, effective today.")
    assert ("Paul Novak", "general-manager", "Harrow Metals", "current") in found


def test_a_name_before_its_without_an_appointing_verb_takes_no_title():
    found = held("Shareholders thanked Paul Novak its founder chairman for his work.")
    assert not [r for r in found if r[0] == "Paul Novak" and r[1] == "chairman"]


def test_takes_over_from_makes_the_new_holder_current_and_the_old_one_former():
    found = held("Paul Novak takes over from Anna Berg as chief executive of Kestrel Mining.")
    assert ("Paul Novak", "general-manager", "Kestrel Mining", "current") in found
    assert ("Anna Berg", "general-manager", "Kestrel Mining", "former") in found
    assert ("Anna Berg", "general-manager", "Kestrel Mining", "current") not in found


def test_a_relative_clause_between_the_name_and_its_leaving_the_board():
    found = held("Anna Berg, who chairs the audit committee, will retire from the board.")
    assert ("Anna Berg", "director", "Kestrel Mining", "former") in found


def test_an_upper_case_title_before_a_name_is_no_initial_of_it():
    found = extract_en(
        "Kestrel Mining reported results. CEO Anna Berg said the results were strong.",
        headline=HEADLINE,
    )
    assert {p.name for p in found.persons} == {"Anna Berg"}
    assert ("Anna Berg", "general-manager", "Kestrel Mining") in {
        (r.person, r.role, r.org) for r in found.roles
    }


def test_the_companys_titles_in_apposition():
    found = held("Kestrel Mining reported results. Anna Berg, the company's chief executive, said.")
    assert ("Anna Berg", "general-manager", "Kestrel Mining", "current") in found


def test_an_age_between_the_name_and_the_link():
    found = held("Anna Berg, 54, has been appointed as chief executive of Kestrel Mining.")
    assert ("Anna Berg", "general-manager", "Kestrel Mining", "current") in found


def test_a_possessive_owner_in_apposition_gives_the_titles_organisation():
    found = held("Jane Roe, Kenya's High Commissioner to Canada, attended the reception.")
    assert ("Jane Roe", "other", "Kenya", "current") in found
    found = held("Jane Roe, Harrow Metals' chief executive, attended the reception.")
    assert not [r for r in found if r[2] == "Kestrel Mining"]


def test_plural_titles_then_were_list_their_holders_with_their_own_firms():
    found = held(
        "Kestrel Mining held its meeting. Elected as directors, representing the large brokers "
        "were Anna Berg of Harrow Securities, Paul Novak (Delta Capital), Lars Moe (Orvanta "
        "Partners Inc.), Jane Roe."
    )
    for name in ("Anna Berg", "Paul Novak", "Lars Moe", "Jane Roe"):
        assert (name, "director", "Kestrel Mining", "current") in found
    assert not [r for r in found if r[2] in ("Harrow Securities", "Delta Capital")]


def test_plural_titles_then_a_verb_and_no_names_give_nothing():
    found = held("Kestrel Mining said the directors were paid and Anna Berg said so.")
    assert not [r for r in found if r[0] == "Anna Berg"]


def test_a_director_said_to_be_on_a_named_board_since_a_year():
    found = held(
        "Kestrel Mining Ltd said Anna Berg has been on the Kestrel Group board since 2016."
    )
    assert ("Anna Berg", "director", "Kestrel Group", "current") in found


def test_a_port_company_named_port_of_a_place_keeps_its_head_word():
    text = (
        "Shareholders at Port of Kestrel Limited's general meeting in June 2022 re-elected Anna Berg "
        "as a director."
    )
    found = extract_en(text, headline="Annual Meeting results")
    assert "Port of Kestrel Limited" in {o.name for o in found.orgs}
    assert "Kestrel Limited" not in {o.name for o in found.orgs}


def test_a_title_case_preposition_ends_a_name_in_a_headline():
    found = extract_en(
        "Board Changes Announced At Port of Kestrel Limited General Meeting\n\nIn June 2022 "
        "shareholders re-elected Anna Berg.",
        headline="Annual Meeting results",
    )
    names = {o.name for o in found.orgs}
    assert not any(n.startswith("Independence") for n in names)
