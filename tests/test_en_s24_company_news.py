"""Company news as English wires and exchanges print it: "its" titles of the sentence's company,
family names printed first, and the page's date beside the dates of terms."""

from kg.read import make_article
from tests.helpers_en import extract_en, role_set


def test_its_title_is_the_subject_company_s():
    found = extract_en(
        "Tanvale Group said on Monday that Tanvale Group sales rose. Tanvale Group expects more.\n\n"
        "Harlow Systems announced on Tuesday in its quarterly report that its CFO, Adam Fenwick, "
        "will leave the company in January.\n\n"
        "Borland Exchange Ltd (BEL) appointed veteran banker Dario Kessel as its chief executive.",
        headline="Tanvale Group sales rise as peers change their officers",
    )
    roles = role_set(found)
    assert ("Adam Fenwick", "chief-financial-officer", "Harlow Systems", "current") in roles
    assert ("Dario Kessel", "general-manager", "Borland Exchange Ltd", "current") in roles
    assert not [r for r in found.roles if r.org == "Tanvale Group"]


def test_family_name_first_stands_alone_later():
    found = extract_en(
        "Fenmoor Post has appointed Quek Swee Hoon to the board. Quek is currently chairman of "
        "Harlow Capital Trust. Quek was a director of Vexa Bank from 2004 to 2012.\n\n"
        "Vexa Bank has appointed Mark Anthony Dunmore to the board. Dunmore is currently "
        "chairman of Borland Capital Trust."
    )
    roles = role_set(found)
    assert ("Quek Swee Hoon", "chairman", "Harlow Capital Trust", "current") in roles
    assert ("Quek Swee Hoon", "director", "Vexa Bank", "former") in roles
    # a three-word name opening with a given name keeps its last word as its family name
    assert ("Mark Anthony Dunmore", "chairman", "Borland Capital Trust", "current") in roles


def _published(text: str):
    return make_article("a.txt", text).published


def test_a_written_date_line_above_the_headline_is_the_page_s_date():
    text = (
        "Board changes\n"
        "14 March 2019\n"
        "Fenmoor plc\n"
        "Appointment of a new Chief Executive at the group\n"
        "Adam Fenwick will step down on 30 June 2020 and Dario Kessel succeeds him.\n"
    )
    assert str(_published(text)) == "2019-03-14"


def test_a_term_s_date_is_not_the_page_s_date():
    text = (
        "Fenmoor Bank names a new chairman for its board of directors\n\n"
        "The board announces the appointment of Dario Kessel as chairman with effect from "
        "12th February 2021.\n"
    )
    assert _published(text) is None
    text = (
        "Fenmoor Bank reports higher profit for the third quarter of its year\n\n"
        "Fenmoor Bank posted a profit for the quarter ended December 31, 2021, it said.\n"
    )
    assert _published(text) is None


def test_title_of_a_company_and_its_acronym_before_a_name_is_that_name_s():
    found = extract_en(
        "Minister Raj Patel met chairman of Vexa Steel Ravi Gupta, chairman and MD of Hindmoor "
        "Foods Ltd (HFL) Sunil Mehra in Mumbai on Thursday."
    )
    roles = role_set(found)
    assert ("Sunil Mehra", "chairman", "Hindmoor Foods Ltd", "current") in roles
    assert ("Ravi Gupta", "chairman", "Vexa Steel", "current") in roles
    assert not [r for r in found.roles if r.person == "Ravi Gupta" and r.org != "Vexa Steel"]
