"""A name printed with its acronym before its last word ("Ghana Export-Import (GEXIM) Bank") is one
organisation, also called "GEXIM Bank" and "GEXIM"; a lower-case chain stops at "shall"; a bare
"President" before a name that is not Chinese is a head of state's title, not the page company's.
Invented page."""

from tests.helpers_en import extract_en

PAGE = (
    "The re-appointment of the management of Ghana Export-Import (GEXIM) Bank has been approved "
    "by President Kwabena Mensah Darko.\n\n"
    "Those re-appointed are Kofi Asare, managing director, and Ama Boateng, executive director "
    "(operations).\n\n"
    "Section 9 of the GEXIM Bank Act says the Managing Director and the Executive Directors shall "
    "hold office for four years."
)


def test_a_name_with_its_acronym_before_its_last_word_is_one_organisation():
    found = extract_en(PAGE, published="2022-05-02", headline="Bank management")
    full = "Ghana Export-Import (GEXIM) Bank"
    bank = [o for o in found.orgs if o.name == full]
    assert bank and {"GEXIM", "GEXIM Bank"} <= set(bank[0].aliases)
    assert ("Kofi Asare", "general-manager", full) in {
        (r.person, r.role, r.org) for r in found.roles
    }
    assert not [o for o in found.orgs if "shall" in o.name]


def test_a_bare_president_before_a_non_chinese_name_is_no_company_post():
    found = extract_en(PAGE, published="2022-05-02", headline="Bank management")
    assert not [r for r in found.roles if r.person == "Kwabena Mensah Darko"]


def test_a_bare_president_before_a_chinese_name_is_still_the_company_s():
    found = extract_en(
        "Kestrel Heavy Industry Group held its annual work meeting on March 3 in Wuhan. President "
        "Zhou Minghai delivered a work report at the meeting of Kestrel Heavy Industry Group.",
        published="2022-03-04",
        headline="Kestrel Heavy Industry Group holds work meeting",
    )
    assert ("Zhou Minghai", "general-manager") in {(r.person, r.role) for r in found.roles}
