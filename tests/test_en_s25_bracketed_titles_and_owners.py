"""Session 25 (track 1): a title's bracketed unit before its organisation, an owner read as a
person's name before a lower-case title, and a page's credits kept out of its organisation."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_title_with_a_bracketed_unit_takes_the_organisation_after_the_comma():
    found = extract_en(
        "Coastline Power Ltd signed an agreement with the Northern Wind Agency on Monday. The "
        "agreement was signed in the presence of Mr. Tomas Haverl, Joint Secretary (Europe & "
        "Americas), Ministry of Trade, Government of Kenya. It was signed by Mr. Oren Blay, "
        "Executive Director (Operations) and acting Director of Planning, Northern Wind Agency."
    )
    roles = role_set(found)
    assert ("Tomas Haverl", "other", "Ministry of Trade", "current") in roles
    assert not any(
        r[0] in ("Tomas Haverl", "Oren Blay") and r[2] == "Coastline Power Ltd" for r in roles
    )


def test_owner_read_as_a_name_before_a_lower_case_title_is_not_the_page_company():
    found = extract_en(
        "The meeting was attended by Kestrel Motor chairman Vijay Raman, former Ashwin Marlow "
        "chairman R Devakumar and Solano Hospitals MD Mira Kapoor, among others."
    )
    roles = role_set(found)
    assert ("Vijay Raman", "chairman", "Kestrel Motor", "current") in roles
    assert not any(r[0] == "R Devakumar" and r[2] == "Kestrel Motor" for r in roles)


def test_photo_credit_is_not_the_page_organisation():
    found = extract_en(
        "Foreign Minister Lena Ostrova meets Prime Minister Ravi Menon in the capital on 4 May. "
        "Photo: BNI\n\nForeign Minister Lena Ostrova said the visit would help. Vice President "
        "Tom Acker was present."
    )
    assert found.main_org != "BNI"
    assert not any(r[2] == "BNI" for r in role_set(found))
