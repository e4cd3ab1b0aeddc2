"""Posts stated of a pronoun ("Currently, she is chair of A and B", "From 1990 to 1998, he was
CFO of C") and chairs stated with a verb ("chairs A", "previously chaired B"): the pronoun stands
for the one person the sentence before gave a post to or names, else for nobody. Invented names
only.
"""

from tests.helpers_en import extract_en


def held(text: str, headline: str = "Board changes at Harrow Metals") -> set[tuple[str, ...]]:
    found = extract_en(text, headline=headline)
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


def test_a_pronoun_after_an_opening_phrase_holds_the_posts_of_a_list():
    roles = held(
        "Harrow Metals appointed Helen Drake as chair. Currently, she is chair of Kestrel Mining "
        "PLC and Dunmore Foods PLC."
    )
    assert ("Helen Drake", "chairman", "Kestrel Mining PLC", "current") in roles
    assert ("Helen Drake", "chairman", "Dunmore Foods PLC", "current") in roles


def test_a_pronoun_stands_for_the_one_person_the_sentence_before_names():
    roles = held(
        "Harrow Metals named Peter Brandt as a director. Peter Brandt is 58 years old and lives in "
        "Hamburg. He is also a non-executive director of Kestrel Mining."
    )
    assert ("Peter Brandt", "director", "Kestrel Mining", "current") in roles


def test_a_pronoun_after_two_people_stands_for_nobody():
    roles = held(
        "Peter Brandt met Helen Drake on Monday. He is also chairman of Kestrel Mining. "
        "The talks went well."
    )
    assert not [r for r in roles if r[2] == "Kestrel Mining"]


def test_a_pronoun_with_no_post_after_it_stands_for_nobody():
    roles = held(
        "Harrow Metals appointed Helen Drake as chair. She said the chair of Kestrel Mining agreed."
    )
    assert not [r for r in roles if r[2] == "Kestrel Mining"]


def test_a_past_range_before_a_pronoun_makes_the_post_former():
    roles = held(
        "Harrow Metals named Peter Brandt as a director. Peter Brandt is 58 years old and lives in "
        "Hamburg. From 1990 to 1998, he was CFO of Kestrel Mining."
    )
    assert ("Peter Brandt", "chief-financial-officer", "Kestrel Mining", "former") in roles


def test_chairs_and_previously_chaired_give_chairs_current_and_former():
    roles = held(
        "Helen Drake chairs Kestrel Mining PLC. Peter Brandt previously chaired Dunmore Foods PLC "
        "and Selby Paper PLC."
    )
    assert ("Helen Drake", "chairman", "Kestrel Mining PLC", "current") in roles
    assert ("Peter Brandt", "chairman", "Dunmore Foods PLC", "former") in roles
    assert ("Peter Brandt", "chairman", "Selby Paper PLC", "former") in roles


def test_positions_as_chairman_for_a_list_are_chairs():
    roles = held(
        "Helen Drake keeps her positions as chairman for Kestrel Mining Ltd and Selby Paper Ltd "
        "this year."
    )
    assert ("Helen Drake", "chairman", "Kestrel Mining Ltd", "current") in roles
    assert ("Helen Drake", "chairman", "Selby Paper Ltd", "current") in roles


def test_chaired_a_meeting_is_no_post():
    roles = held("Helen Drake previously chaired the annual meeting of the shareholders.")
    assert not [r for r in roles if r[0] == "Helen Drake" and r[1] == "chairman"]


def test_has_been_chair_of_is_a_current_post():
    roles = held("Helen Drake has been chair of Kestrel Mining PLC since April.")
    assert ("Helen Drake", "chairman", "Kestrel Mining PLC", "current") in roles


def test_a_supervisory_board_in_a_phrase_is_no_company():
    found = extract_en(
        "Speaking for all Supervisory Board members, I thank Peter Brandt.",
        headline="Harrow Metals names a new chair",
    )
    assert "Supervisory" not in {o.name for o in found.orgs}


def test_a_short_form_ending_in_a_number_is_the_full_name_or_nothing():
    roles = held(
        "Currently, Helen Drake is chair of Radio 5 Media Corp. Drake has been chair of Radio 5 "
        "since April. Peter Brandt has been chair of Formula 3 since May."
    )
    assert ("Helen Drake", "chairman", "Radio 5 Media Corp.", "current") in roles
    assert not [r for r in roles if r[2] in ("Radio", "Formula")]


def test_where_someone_also_is_a_director_names_the_organisation_before():
    roles = held(
        "Helen Drake is chair of Harrow Metals. Radio group Selby Media PLC, where Drake also is "
        "a non-executive director, said she would remain."
    )
    assert ("Helen Drake", "director", "Selby Media PLC", "current") in roles
    assert ("Helen Drake", "director", "Harrow Metals", "current") not in roles


def test_a_field_in_lower_case_then_at_names_the_organisation():
    roles = held("Owen Pritchard, vice-president of corporate development at Selby Paper, spoke.")
    assert ("Owen Pritchard", "deputy-general-manager", "Selby Paper", "current") in roles
    assert not [r for r in roles if r[2] == "Harrow Metals"]


def test_leaving_a_position_makes_it_former():
    roles = held(
        "Peter Brandt is leaving his position as president of Selby Paper at the end of June."
    )
    assert ("Peter Brandt", "general-manager", "Selby Paper", "former") in roles


def test_a_courtesy_title_and_a_family_name_stand_for_the_one_person_who_has_it():
    roles = held(
        "Harrow Metals announced the appointment of Ms Orla Venn as a director. The board "
        "welcomed her. Ms Venn previously served as chief financial officer at Dunmore Foods."
    )
    assert ("Orla Venn", "chief-financial-officer", "Dunmore Foods", "former") in roles


def test_a_courtesy_title_and_a_family_name_two_people_have_stand_for_nobody():
    roles = held(
        "Harrow Metals appointed Ms Orla Venn and Mr Tom Venn as directors. Ms Venn previously "
        "served as chief financial officer at Dunmore Foods."
    )
    assert not [r for r in roles if r[2] == "Dunmore Foods"]


def test_where_she_was_after_an_organisation_gives_its_former_posts():
    roles = held(
        "Harrow Metals named Orla Venn as chief executive. Orla Venn joins from Dunmore Foods Ltd, "
        "where she was chief financial officer and company secretary."
    )
    assert ("Orla Venn", "chief-financial-officer", "Dunmore Foods Ltd", "former") in roles
    assert ("Orla Venn", "board-secretary", "Dunmore Foods Ltd", "former") in roles


def test_where_he_was_with_two_people_before_it_gives_nobody_a_post():
    roles = held(
        "Orla Venn and Tom Brack join from Dunmore Foods Ltd, where he was chief financial officer."
    )
    assert not [r for r in roles if r[2] == "Dunmore Foods Ltd"]
