"""English government pages: officials listed as present with a bare title after an item whose
organisation follows its title after a comma; a minister of another country's portfolio in a
sentence naming one government; a "BY X News Desk" byline line. Sentences written for these
tests; every person and body is invented (country names are real)."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set


def test_bare_titles_after_an_item_whose_organisation_follows_a_comma():
    got = role_set(
        extract_en(
            "Present on the occasion were Shri K. Velan, Additional Secretary, Ministry of Canals, "
            "Shri Mohan Tiwar, Joint Secretary, Shri P.K. Dorai, Joint Secretary and other "
            "officials of the Ministry.",
            headline="Minister of Canals meets Minister for Fisheries of Chile",
        )
    )
    for name in ("K. Velan", "Mohan Tiwar", "P.K. Dorai"):
        assert (name, "other", "Ministry of Canals", "current") in got
    assert all(o == "Ministry of Canals" for _p, _r, o, _s in got)


def test_a_minister_of_another_country_is_not_the_named_government_s():
    got = role_set(
        extract_en(
            "A meeting between a delegation led by Mrs Anna Kovela, Minister for Fisheries of "
            "Chile and Shri Ramesh Varunan, Minister of Canals, Government of India was held "
            "today.",
            headline="Minister of Canals meets a delegation",
        )
    )
    assert not any(p == "Anna Kovela" and "India" in o for p, _r, o, _s in got)


def test_a_news_desk_byline_is_no_organisation():
    x = extract_en(
        "Springfield, April 11, 2023: The Chief Minister met a delegation of Orvane Textiles "
        "Limited. Textiles department Secretary Dr Lal Monga was present in the meeting.",
        headline="BY QX News Desk",
    )
    assert "BY" not in {o.name for o in x.orgs}
    assert not any(o == "BY" for _p, _r, o, _s in role_set(x))
