"""A title written short in brackets ("National Security Adviser (NSA)", "Special Assistant to
the President (SAP)") and a title's adjective ("Presidential Spokesperson") are no organisations,
so no post of the page goes to them. Invented page."""

from tests.helpers_en import extract_en

PAGE = (
    "Palace news\n\n"
    "President Amara Osei met with visiting Foreign Minister Lena Brandt in a working lunch.\n"
    "According to Presidential Spokesperson Kofi Mensah, both leaders discussed trade.\n"
    "President Osei was accompanied by Executive Secretary Yaw Boateng, National Security Adviser "
    "(NSA) Gen. Kwame Asante and Special Assistant to the President (SAP) Efua Owusu."
)


def test_titles_written_short_and_title_adjectives_are_no_organisations():
    found = extract_en(PAGE, published="2018-03-14", headline="Palace news")
    orgs = {o.name for o in found.orgs}
    assert not orgs & {"NSA", "SAP", "Presidential", "Special", "National Security Adviser"}
    assert not [r for r in found.roles if r.org in ("NSA", "SAP", "Presidential", "Special")]


def test_a_body_written_short_in_brackets_stays_an_organisation():
    found = extract_en(
        "The plan was approved by the Harbour Development Authority (HDA) on Monday, its "
        "chairman Kwame Asante said.",
        published="2018-03-14",
        headline="Harbour plan",
    )
    names = {n for o in found.orgs for n in (o.name, *o.aliases)}
    assert "HDA" in names or "Harbour Development Authority" in names


def test_a_region_s_post_is_at_the_company_named_after_it_and_programmes_are_no_bodies():
    found = extract_en(
        "Mr Tom Reyes, President of APJ Region, Kestrel Systems Inc., opened the plant. The firm "
        "joined the Partnership for Supplier Growth (PSG) programme last year, and its regional HQ "
        "now employs 900 people.",
        published="2018-03-14",
        headline="Plant opens",
    )
    posts = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Tom Reyes", "other", "Kestrel Systems Inc.") in posts
    orgs = {o.name for o in found.orgs}
    assert not orgs & {"APJ Region", "PSG", "HQ"}
