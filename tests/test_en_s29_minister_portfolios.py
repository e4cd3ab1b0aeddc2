"""A minister's portfolio printed before the title, and a caretaker minister: no organisation."""

from tests.helpers_en import extract_en


def test_livestock_portfolio_before_minister_is_no_company():
    found = extract_en(
        "Forestry, Water and Livestock Minister Karel Novak on Tuesday received a trade "
        "delegation from Moravia at his office."
    )
    assert not {o.name for o in found.orgs} & {"Livestock", "Water and Livestock"}
    assert not any(r.org == "Livestock" for r in found.roles)


def test_caretaker_before_minister_is_no_company():
    found = extract_en(
        "Caretaker Minister for Finance Jana Dvorak on Tuesday met a delegation of the "
        "Brevik Traders Association in the capital."
    )
    assert "Caretaker" not in {o.name for o in found.orgs}
    assert not any(r.org == "Caretaker" for r in found.roles)
