"""A board named after an organisation the article names ("the Grain Growers Council of Canada
Board", "the GGC Board") is that organisation's board: posts on it are posts at the
organisation. A board of its own name stays an organisation. Invented pages."""

from tests.helpers_en import extract_en

PAGE = (
    "GRAIN GROWERS COUNCIL OF CANADA (GGC)\n\n"
    "Ms Dana Whitfield was today elected Chairman of the Grain Growers Council of Canada Board. "
    "She has been on the GGC Board since 2011."
)


def test_a_board_named_after_the_article_s_organisation_is_that_organisation_s():
    found = extract_en(PAGE, published="2019-05-02", headline="New chairman")
    posts = {(r.person, r.role, r.org.casefold()) for r in found.roles}
    assert ("Dana Whitfield", "chairman", "grain growers council of canada") in posts
    assert not [o for o in found.orgs if o.name.endswith("Board")]


def test_a_board_of_its_own_name_stays_an_organisation():
    found = extract_en(
        "Mr Colm Reddy, chairman of the Coastal Development Board, opened the new harbour office.",
        published="2019-05-02",
        headline="Harbour office opens",
    )
    assert "Coastal Development Board" in {o.name for o in found.orgs}


def test_a_one_word_company_that_issued_its_results_and_its_board_committee():
    found = extract_en(
        "Hugh Tait will retire from Kelvinmoor in March, and chairman Ann Cole will stand down at "
        "the AGM.\nThe news came as Kelvinmoor issued its preliminary results for the year.\n"
        "Non-executive director Rhys Bell has been named as Cole's successor, while Kelvinmoors "
        "Nominations Committee has started the search for a successor for Tait.",
        published="2001-02-02",
        headline="Paper maker results",
    )
    assert "Kelvinmoor" in {o.name for o in found.orgs}
    assert not [o for o in found.orgs if "Committee" in o.name]
    assert ("Rhys Bell", "director", "Kelvinmoor") in {
        (r.person, r.role, r.org) for r in found.roles
    }
