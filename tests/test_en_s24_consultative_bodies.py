"""A consultative body or a legislature printed with the place it serves after "of" ("Vice Chairman
of the CPPCC of Dongshan County"): the post is that body's, named with its place, never the place's
own government's; and a translated page's company union printed before its chairman ("Labor Union
Chairman A") is a title, no organisation of its own (sentences invented for these tests)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEADLINE = "County delegation visits Brightriver Machinery"


def test_a_consultative_body_of_a_place_holds_the_post():
    found = extract_en(
        "On May 3, Gao Lin, Vice Chairman of the CPPCC of Dongshan County, and Pan Wei,"
        " Chairman of CPPCC of Yulin City, visited Brightriver Machinery.",
        headline=HEADLINE,
    )
    held = role_set(found)
    assert ("Gao Lin", "other", "CPPCC of Dongshan County", "current") in held
    assert ("Pan Wei", "other", "CPPCC of Yulin City", "current") in held
    assert not [r for r in held if r[2] in ("Dongshan County", "Yulin City")]
    assert {"CPPCC of Dongshan County", "CPPCC of Yulin City"} <= {o.name for o in found.orgs}


def test_a_labor_union_chairman_printed_before_the_name_is_a_title():
    found = extract_en(
        "On May 3, Brightriver Machinery held a work meeting. Party Secretary Gao Lin, General"
        " Manager Pan Wei, Discipline Inspection Commission Secretary and Labor Union Chairman"
        " Lu Ming, and 40 staff representatives attended the meeting.",
        headline=HEADLINE,
    )
    held = role_set(found)
    assert ("Lu Ming", "union-chairman", "Brightriver Machinery", "current") in held
    assert ("Lu Ming", "discipline-secretary", "Brightriver Machinery", "current") in held
    assert not [r for r in held if r[0] == "Pan Wei" and r[1] == "discipline-secretary"]
    assert "Labor Union" not in {o.name for o in found.orgs}
