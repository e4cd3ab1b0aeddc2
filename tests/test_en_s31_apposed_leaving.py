"""Posts left, told after an apposed title or by a list of resignations (invented sentences)."""

from tests.helpers_en import extract_en, role_set


def test_apposed_holder_has_resigned():
    x = extract_en(
        "Mr Tobias Wren, chairman of Quillfield Holdings Limited, has resigned with effect "
        "from 1 June 2023."
    )
    assert ("Tobias Wren", "chairman", "Quillfield Holdings Limited", "former") in role_set(x)
    # another post left: this one is kept
    y = extract_en(
        "Mr Tobias Wren, chairman of Quillfield Holdings Limited, has resigned as director of "
        "Marrow Bank."
    )
    assert ("Tobias Wren", "chairman", "Quillfield Holdings Limited", "current") in role_set(y)


def test_apposed_holder_and_other_directors_have_resigned():
    x = extract_en(
        "Mr Tobias Wren, chairman of the board of Quillfield Holdings Limited, and three other "
        "directors have resigned."
    )
    assert ("Tobias Wren", "chairman", "Quillfield Holdings Limited", "former") in role_set(x)


def test_list_of_resignations_all_former():
    x = extract_en(
        "Quillfield Holdings Limited announced the retirement of Tobias Wren as chairman, "
        "Nadia Ferro as CEO and Olga Brandt as chief financial officer."
    )
    roles = role_set(x)
    assert (
        "Olga Brandt",
        "chief-financial-officer",
        "Quillfield Holdings Limited",
        "former",
    ) in roles
    assert ("Tobias Wren", "chairman", "Quillfield Holdings Limited", "former") in roles
    # a resignation then an appointment: the appointee's post is current
    y = extract_en(
        "The Board announced the resignation of Mr Tobias Wren as Chairman and the appointment "
        "of Ms Olga Brandt as Non-Executive Director of Quillfield Holdings Limited."
    )
    assert ("Olga Brandt", "director", "Quillfield Holdings Limited", "current") in role_set(y)


def test_titled_holder_and_other_directors_of_the_bank_have_resigned():
    x = extract_en(
        "Chairman of the board of Marrow Bank, Mr. Tobias Wren and three other directors of the "
        "bank have resigned."
    )
    assert ("Tobias Wren", "chairman", "Marrow Bank", "former") in role_set(x)
