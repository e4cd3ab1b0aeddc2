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
