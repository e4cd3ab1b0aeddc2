"""Session 26: Malaysian two-word honorifics whose second word is no name ("Datuk Patinggi",
"Datuk Amar", "Datuk Seri") stand before a name and are no part of it."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Chief Minister Datuk Patinggi Abang Rahman Osman on Monday met the visitors.",
            "Abang Rahman Osman",
        ),
        ("Deputy Premier Datuk Amar Douglas Entang met the visitors on Monday.", "Douglas Entang"),
        (
            "Deputy Premier of Westmark Datuk Amar Awang Tengah Ali Hasan joined a delegation on "
            "Monday.",
            "Awang Tengah Ali Hasan",
        ),
        (
            "Also present were State Secretary Tan Sri Datuk Amar Hamid Yusof Bakar and Professor "
            "Datuk Seri Dr Lim Kok Wah.",
            "Hamid Yusof Bakar",
        ),
    ],
)
def test_a_two_word_honorific_is_no_part_of_the_name(sentence: str, name: str) -> None:
    found = extract_en(sentence, headline="Premier meets officials")
    names = {p.name for p in found.persons}
    assert name in names
    assert not any(n.startswith(("Amar ", "Patinggi ", "Datuk ")) for n in names)
