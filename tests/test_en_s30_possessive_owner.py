"""An owner's possessive before a title with an adjective between ("X's first CEO, A"), an owner
no reader took ("Y's CEO, B"), and mining metals as industry words of a company name."""

from tests.helpers_en import extract_en, role_set

_BODY = (
    "Harlow Mining Limited said on Tuesday it had appointed three directors. "
    "The company also works with Rendel Copper. "
)


def test_new_title_after_possessive():
    found = extract_en(_BODY + "Rendel's new CEO, Carl Dunmore, welcomed the move.")
    roles = role_set(found)
    assert ("Carl Dunmore", "general-manager", "Harlow Mining Limited", "current") not in roles
    own = extract_en(_BODY + "Harlow's new CEO, Abel Marsh, welcomed them.")
    assert ("Abel Marsh", "general-manager", "Harlow Mining Limited", "current") in role_set(own)


def test_unread_possessive_owner_gives_no_post_to_page_company():
    found = extract_en(
        "Harlow Mining Limited said on Tuesday it had appointed three directors. "
        "The company also works with Rendel Flooring. "
        "Rendel's CEO, Abel Marsh, joined the Harlow board."
    )
    assert not [r for r in found.roles if r.org == "Harlow Mining Limited"]


def test_platinum_company_name():
    found = extract_en(
        "Quarry Ventures said on Monday that Nelwick Platinum had agreed to buy its stake."
    )
    assert "Nelwick Platinum" in {o.name for o in found.orgs}


def test_first_title_of_short_owner_name_not_page_company():
    found = extract_en(_BODY + "Rendel's first CEO, Abel Marsh, joined the Harlow board.")
    assert ("Abel Marsh", "general-manager", "Harlow Mining Limited", "current") not in role_set(
        found
    )


def test_its_after_unread_reporting_subject():
    found = extract_en(
        "Harlow Mining Limited said on Tuesday it had appointed three directors. "
        "In August, Quovex announced that its CEO and director, Abel Marsh, would resign."
    )
    assert not [r for r in found.roles if r.org == "Harlow Mining Limited"]


def test_its_group_title_after_read_subject():
    found = extract_en(
        "Harlow Mining Limited said on Tuesday it had appointed three directors. "
        "In March, Quinta Holdings announced that its group president, Abel Marsh, would leave."
    )
    roles = role_set(found)
    assert not [r for r in roles if r[2] == "Harlow Mining Limited"]
