"""One-word company names, news agencies, and titles of government in English.

Every name, company and sentence here is invented for the tests.
"""

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, head: str = "Invented company news"):
    return extract_article(make_article("x.txt", f"{head}\nMarch 3, 2021\n{body}\n"))


def test_a_one_word_company_used_as_one_is_an_organisation():
    got = found(
        "Harlowe said on Tuesday that its board has named Peter Vantreight as chairman. "
        "Harlowe Chief Financial Officer Ruth Amberley is to oversee the handover. "
        "Harlowe expects the change to take effect at once."
    )
    assert "Harlowe" in {o.name for o in got.orgs}
    roles = {(r.person, r.role, r.org) for r in got.roles}
    assert ("Ruth Amberley", "chief-financial-officer", "Harlowe") in roles


def test_a_news_agency_in_the_dateline_is_not_what_the_article_is_about():
    got = found(
        "LONDON (Reuters) - Quarrow Estates PLC said it had picked Nora Pell as chair. "
        "Quarrow Estates PLC owns offices in London."
    )
    assert got.main_org == "Quarrow Estates PLC"


def test_a_capitalised_word_in_a_longer_name_is_not_a_company_on_its_own():
    got = found("Kong Bo, chairman of the board of supervisors of Tongda Leasing, attended.")
    assert "Tongda" not in {o.name for o in got.orgs}


def test_a_title_the_vocabulary_lacks_between_a_name_and_an_organisation():
    got = found(
        "The delegation met Orla Fenwick, Chief Group Sustainability Officer of Harlowe Group, "
        "and Dev Raman, MD and CEO of Quarrow Freight Ltd."
    )
    roles = {(r.person, r.role, r.title, r.org) for r in got.roles}
    assert ("Orla Fenwick", "other", "Chief Group Sustainability Officer", "Harlowe Group") in roles
    assert any(r[:2] == ("Dev Raman", "general-manager") for r in roles)
    assert "Harlowe Group" in {o.name for o in got.orgs}
