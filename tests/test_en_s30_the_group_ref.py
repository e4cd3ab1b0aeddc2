"""'chairman of the Group' on a page whose own organisation read is another body (a county
committee visiting a group): the post is the one group the article names, not the page's body."""

from tests.helpers_en import extract_en, role_set

HEAD = "Lin Wei, secretary of Haoshan County Party Committee, visited Brightfield Textile Group"


def test_the_group_is_the_named_group_not_the_visiting_committee():
    found = extract_en(
        "On January 8, Lin Wei, secretary of Haoshan County Party Committee, visited Brightfield "
        "Textile Group. Sun Ke, chairman of the board of the Group, and Lin Wei had a discussion.",
        headline=HEAD,
    )
    roles = role_set(found)
    assert ("Sun Ke", "chairman", "Brightfield Textile Group", "current") in roles
    assert not any(p == "Sun Ke" and o == "Haoshan County Party Committee" for p, _, o, _ in roles)


def test_the_group_on_a_group_page_stays_the_page_group():
    found = extract_en(
        "Corvane Group held its annual meeting on May 2. Tao Ming, general manager of the Group, "
        "presented the report.",
        headline="Corvane Group holds annual meeting",
    )
    assert ("Tao Ming", "general-manager", "Corvane Group", "current") in role_set(found)
