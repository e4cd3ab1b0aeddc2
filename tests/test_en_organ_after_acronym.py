"""An organ printed after its parent's name and the parent's acronym ("X Workers' Party (XWP)
Central Committee") is one organisation, the organ, also called "XWP Central Committee"; the
acronym alone is not its name, and a chair of such an organ of a consultative conference is no
board's chairman. A longer body's "of" before the parent leaves the name as it was. Invented
names only."""

from tests.helpers_en import extract_en


def _found(text: str):
    found = extract_en(text)
    roles = {(r.person, r.role, r.org) for r in found.roles}
    return {o.name: o for o in found.orgs}, roles


def test_an_organ_after_its_parent_s_acronym_is_one_organisation():
    orgs, roles = _found(
        "Lin Hao, secretary of the Kestrel Workers' Party (KWP) Dorlan Provincial Committee, "
        "visited the plant on Monday."
    )
    organ = "Kestrel Workers' Party (KWP) Dorlan Provincial Committee"
    assert organ in orgs
    assert orgs[organ].aliases == ("KWP Dorlan Provincial Committee",)
    assert ("Lin Hao", "party-secretary", organ) in roles
    assert "Kestrel Workers' Party" not in orgs


def test_the_chair_of_a_consultative_conference_s_organ_is_no_board_chairman():
    orgs, roles = _found(
        "Zhou Ming, chairman of the Arland People's Political Consultative Conference (APPCC) "
        "National Committee, attended the meeting on Monday."
    )
    organ = "Arland People's Political Consultative Conference (APPCC) National Committee"
    assert orgs[organ].aliases == ("APPCC National Committee",)
    assert ("Zhou Ming", "other", organ) in roles


def test_an_acronym_that_is_not_the_parent_s_initials_makes_no_organ():
    orgs, _ = _found(
        "Lin Hao, secretary of the Kestrel Workers' Party (ZQ) Dorlan Provincial Committee, "
        "visited the plant on Monday."
    )
    assert "Kestrel Workers' Party (ZQ) Dorlan Provincial Committee" not in orgs


def test_a_longer_body_s_of_before_the_parent_leaves_the_name_alone():
    orgs, _ = _found(
        "Lin Hao, member of the Political Bureau of the Kestrel Workers' Party (KWP) Central "
        "Committee, visited the plant on Monday."
    )
    assert "Kestrel Workers' Party (KWP) Central Committee" not in orgs
