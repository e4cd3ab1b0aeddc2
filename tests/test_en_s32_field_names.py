"""Words of a portfolio's field or of a body read where a name stands: "Secretary Coordination
Jane Roe" is Jane Roe, "Secretary Rural Policy and ..." or "Joint Secretary, Kestrel Division"
names no person, while a common given name before such a word still opens a name ("Jane Law")
(invented sentences)."""

from tests.helpers_en import extract_en


def _persons(found) -> set[str]:
    return {p.name for p in found.persons}


def test_field_word_between_title_and_name_is_no_part_of_it():
    x = extract_en(
        "The delegation, consisting of Provincial Secretary Coordination Rafiq Dolan and Senator "
        "Kamal Baig, met the Governor on Monday."
    )
    persons = _persons(x)
    assert "Rafiq Dolan" in persons
    assert not any(p.startswith("Coordination") for p in persons)


def test_portfolio_ending_in_coordination_before_the_name():
    x = extract_en(
        "Federal Minister for National Health, Services, Regulations and Coordination Abdul Karim "
        "Bano, Minister for Planning Asad Umar attended the meeting."
    )
    persons = _persons(x)
    assert "Abdul Karim Bano" in persons
    assert "Coordination Abdul Karim Bano" not in persons


def test_title_word_before_a_name_is_no_part_of_it():
    x = extract_en(
        "The delegation, consisting of Provincial Secretary Rafiq Dolan, Media Coordinator Hamid "
        "Wazir, and Senator Kamal Baig, met the Governor on Monday."
    )
    persons = _persons(x)
    assert "Hamid Wazir" in persons
    assert "Coordinator Hamid Wazir" not in persons


def test_portfolio_words_after_a_title_are_no_person():
    x = extract_en(
        "Principal Secretary Mineral Policy and Water Promotion Shri Anil Kumar Verma and "
        "Principal Secretary Urban Development Shri Ravi Sethi were present."
    )
    persons = _persons(x)
    assert "Mineral Policy" not in persons
    assert {"Anil Kumar Verma", "Ravi Sethi"} <= persons


def test_a_division_after_a_title_is_no_person():
    x = extract_en(
        "Ms. Rina Dolan, Joint Secretary, ZARC Division at the Ministry of External Affairs, "
        "and Mrs. Kamala Rao attended the talks."
    )
    persons = _persons(x)
    assert "ZARC Division" not in persons
    assert "Rina Dolan" in persons


def test_a_field_of_a_vice_president_is_no_person():
    x = extract_en(
        "Before Kestrel, Dolan had served as the Vice President of Strategy and Venture "
        "Development at Harlow Industries for three years."
    )
    assert "Venture Development" not in _persons(x)
    # a common given name before such a word still opens a person's name
    y = extract_en("The mayor met Joshua Law on Friday.")
    assert "Joshua Law" in _persons(y)
