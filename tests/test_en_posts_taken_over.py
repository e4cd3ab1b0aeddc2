"""A person named only as the subject of "took over as" or "joined as" and a title, and a post
"of the national carrier" (an organisation described, not named), on invented pages."""

from tests.helpers_en import extract_en


def test_the_subject_of_took_over_as_a_title_is_a_person():
    found = extract_en(
        "Former brewing executive Ines Varga took over as chief executive of Kowhai Farms in "
        "September.",
        published="2021-11-02",
        headline="Cooperative news",
    )
    assert "Ines Varga" in {p.name for p in found.persons}


def test_the_subject_of_joined_as_a_title_is_a_person():
    found = extract_en(
        "Ines Varga joined as the new finance director in May, the cooperative said.",
        published="2021-11-02",
        headline="Cooperative news",
    )
    assert "Ines Varga" in {p.name for p in found.persons}


def test_a_company_that_took_over_as_a_supplier_is_no_person():
    found = extract_en(
        "Tarn Dairy took over as the main supplier of the region in 2020.",
        published="2021-11-02",
        headline="Cooperative news",
    )
    assert "Tarn Dairy" not in {p.name for p in found.persons}


def test_a_post_of_a_described_body_goes_to_no_named_organisation():
    found = extract_en(
        "KOTA BHARU: Chief Minister Idris Kamal on Friday named Tan Sri Wan Rashid Wan Ali, the "
        "chief executive of Kenari Power Bhd (Kenari), as chairman of Merpati Air (MA).\n\n"
        "Wan Rashid will take over as chairman of the national carrier from May 1, Idris said.",
        published="2021-04-10",
        headline="New chairman for airline",
    )
    posts = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Wan Rashid Wan Ali", "chairman", "Merpati Air") in posts
    assert ("Wan Rashid Wan Ali", "chairman", "Kenari Power Bhd") not in posts


def test_a_title_before_a_lone_family_name_makes_no_two_word_person():
    found = extract_en(
        "Councillor Pryce said the harbour plan would be put to the council in June. "
        "Dean Holloway, the harbour master, welcomed it.",
        published="2021-11-02",
        headline="Harbour plan",
    )
    names = {p.name for p in found.persons}
    assert "Councillor Pryce" not in names
    assert "Dean Holloway" in names


def test_a_common_short_given_name_opens_a_name_before_a_possessive():
    found = extract_en(
        "Matt Corrigan's decision means the dairy will replace its chair this year.",
        published="2021-11-02",
        headline="Dairy news",
    )
    assert "Matt Corrigan" in {p.name for p in found.persons}
