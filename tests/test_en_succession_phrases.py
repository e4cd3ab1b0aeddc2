"""Board changes told as successions and continuations (English): "appointed to succeed Y as
the group chairman", "appointed to the position of", "will continue as", "held the role of",
"have retired as". Every name, company and sentence here is invented for the tests."""

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str) -> set[tuple[str, str, str, str]]:
    text = f"Board changes at Westmark\nMarch 3, 2021\n{body}\n"
    return {
        (r.person, r.role, r.org, r.status)
        for r in extract_article(make_article("x.txt", text)).roles
    }


def test_appointed_to_succeed_as_the_group_chairman():
    held = roles(
        "Alan Brody has been appointed to succeed Tom Fisk as the group chairman of Westmark, "
        "the food group, with immediate effect."
    )
    assert ("Alan Brody", "chairman", "Westmark", "current") in held
    assert ("Tom Fisk", "chairman", "Westmark", "former") in held


def test_a_capitalised_group_belongs_to_the_name_before_it():
    held = roles("The governor met Tarn Group Chairman Qiu Mingda in Kelby on Monday.")
    assert ("Qiu Mingda", "chairman", "Tarn Group", "current") in held


def test_appointed_to_the_position_of_and_will_continue_as():
    held = roles(
        "Peter Lyle has been appointed to the position of vice-chairman of Westmark, while "
        "Jim Lyle will continue as a vice-chairman."
    )
    assert ("Peter Lyle", "vice-chairman", "Westmark", "current") in held
    assert ("Jim Lyle", "vice-chairman", "Westmark", "current") in held


def test_held_the_role_of_is_a_former_post():
    held = roles(
        "Prior to this appointment, Alan Brody held the role of vice-chairman of Westmark plc."
    )
    assert ("Alan Brody", "vice-chairman", "Westmark plc", "former") in held


def test_names_that_have_retired_as_directors():
    held = roles("Ruth Dole and Sam Pell have retired as non-executive directors of Westmark plc.")
    assert ("Ruth Dole", "director", "Westmark plc", "former") in held
    assert ("Sam Pell", "director", "Westmark plc", "former") in held


def _orgs(body: str) -> list[str]:
    text = f"Provincial visit abroad\nMarch 3, 2021\n{body}\n"
    return [o.name for o in extract_article(make_article("x.txt", text)).orgs]


def test_an_event_named_in_capitals_is_no_organisation():
    names = _orgs(
        "Premier Jane Roe will attend the Annual Trade Meeting (ATM) which opens on Monday, "
        "spokesperson John Doe said."
    )
    assert not [n for n in names if "Meeting" in n or n == "ATM"]


def test_a_title_in_capitals_is_no_organisation():
    body = (
        "MEC for Finance, Wendy Nolan, is expected to promote the provincial strategy, Mr Roe said."
    )
    assert "MEC" not in _orgs(body)
    assert not [r for r in roles(body) if r[2] == "MEC"]


def test_be_re_elected_as_a_director():
    held = roles(
        "The resolutions passed were: That Ms Jane Roe be re-elected as a Director of Westmark Limited."
    )
    assert ("Jane Roe", "director", "Westmark Limited", "current") in held


def test_a_name_then_its_organisation_and_title():
    held = roles("The plan was approved, said John Doe, Westmark chief executive.")
    assert ("John Doe", "general-manager", "Westmark", "current") in held
    held = roles(
        "The talks were attended by Khalid Alroe, Foreign Ministry Undersecretary for Political "
        "Affairs, and John Doe, Finance Ministry Director General."
    )
    assert ("Khalid Alroe", "other", "Foreign Ministry", "current") in held
    assert ("John Doe", "head", "Finance Ministry", "current") in held


def test_a_deputy_president_in_a_list_of_names_and_titles():
    held = roles(
        "Attending from Westmark Group were Wang Lihua, Chairman; "
        "Zhang Ming, Deputy President; and Li Bo, Secretary."
    )
    assert ("Zhang Ming", "deputy-general-manager", "Westmark Group", "current") in held


def test_the_chairman_of_a_governing_board_of_a_corporation_is_the_corporations():
    held = roles(
        "President Tobin Hale has appointed Dr Mara Stoll as the acting alternate chairman of the "
        "Governing Board of the Qorvan National Oil Corporation."
    )
    assert ("Mara Stoll", "chairman", "Qorvan National Oil Corporation", "current") in held


def test_a_bracketed_note_after_a_name_before_who_keeps_the_link():
    held = roles(
        "AVM Tobin Hale (Rtd) who was appointed as the Director-General of the Qorvan Emergency "
        "Agency, spoke on Monday."
    )
    assert ("Tobin Hale", "head", "Qorvan Emergency Agency", "current") in held
