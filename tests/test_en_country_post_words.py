"""A country printed as the body of a post whose title or portfolio words the vocabulary lacked:
an honorary consul ("Country's honorary consul to X Dr A"), a transportation minister ("A,
Country's transportation minister"), a minister of animal husbandry, and the Congos named by their
capitals. The post is the country's (the place is named by the text, never guessed). A bare
"Consul A" stays no title: beside another title ("Head of X Office Consul A") it would give the
consul's post to that office."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_a_countrys_honorary_consul_before_the_name():
    found = extract_en(
        "Energy Minister Tom Brackley and Uruguay's honorary consul to Norway Dr Alan Pikeman "
        "also attended the meeting."
    )
    assert ("Alan Pikeman", "other", "Uruguay", "current") in role_set(found)


def test_a_countrys_honorary_consul_general_before_the_name():
    found = extract_en(
        "Uruguay's honorary consul general Alan Pikeman opened the trade fair on Monday."
    )
    assert ("Alan Pikeman", "other", "Uruguay", "current") in role_set(found)


def test_a_countrys_transportation_minister_after_the_name():
    found = extract_en("Tom Brackley, Uruguay's transportation minister, met Bo Linwei.")
    assert ("Tom Brackley", "other", "Uruguay", "current") in role_set(found)


def test_a_minister_of_animal_husbandry_of_a_country():
    found = extract_en(
        "Tom Brackley, Minister of Fisheries and Animal Husbandry of Uruguay, visited the university."
    )
    assert ("Tom Brackley", "other", "Uruguay", "current") in role_set(found)
    assert "Animal Husbandry" not in {p.name for p in found.persons}


def test_a_congo_named_by_its_capital():
    found = extract_en("Tom Brackley, Congo-Kinshasa's finance minister, met Bo Linwei.")
    assert ("Tom Brackley", "other", "Congo-Kinshasa", "current") in role_set(found)


def test_a_bare_consul_is_no_post_of_the_company_of_the_page():
    found = extract_en(
        "Kavomer Holdings opened its new plant on Monday. Consul Alan Pikeman cut the ribbon "
        "with the chairman of Kavomer Holdings, Tom Brackley."
    )
    assert not any(person == "Alan Pikeman" for person, _, _, _ in role_set(found))
