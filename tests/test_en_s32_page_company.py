"""What "the company" means is the page's own company, never a word that only describes a field:
an abstract noun of a portfolio before a title ("Digitisation Principal Secretary A") and a
product's acronym before a company's kind and its name ("ABC provider Harlow Systems") are no
organisations, so neither is taken for the page's company."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_a_portfolio_noun_is_no_company():
    found = extract_en(
        "Modernisation Principal Secretary Jane Wambui toured the Tarvos Plastics Ltd in "
        "Eastfield.\n\nAlso present was the company's Managing Director Paul Odera.",
        headline="Modernisation Principal Secretary Jane Wambui toured the Tarvos Plastics Ltd",
    )
    assert "Modernisation" not in {o.name for o in found.orgs}
    assert found.main_org == "Tarvos Plastics Ltd"
    assert ("Paul Odera", "general-manager", "Tarvos Plastics Ltd", "current") in role_set(found)


def test_a_product_acronym_before_a_kind_is_no_company():
    found = extract_en(
        "QRX provider Bellwind Systems has named Ann Bole as the company's chief financial "
        "officer. Commenting, company CEO Tom Rake said the board was pleased.",
        headline="Bellwind Names New Finance Chief",
    )
    assert "QRX" not in {o.name for o in found.orgs}
    assert ("Tom Rake", "general-manager", "Bellwind Systems", "current") in role_set(found)

    rival = extract_en(
        "QRX rival Bellwind Systems has named Ann Bole as its chief financial officer.",
        headline="Bellwind Names New Finance Chief",
    )
    assert "QRX" in {o.name for o in rival.orgs}  # a relation's noun: the word before is a company
