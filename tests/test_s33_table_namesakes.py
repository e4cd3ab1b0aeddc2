"""A name of the alias table that one country's or one city's body goes by is not linked to it
where the page shows the name is another place's: the page prints it with another place ("the
State Council of Norway", "Peru's State Council", "the CPPCC of Lanshan", "the municipal CPPCC"),
or the name says what the body does but not whose ("State Council") and the page, of another
country, never names the table body's own. A Han name that does not say whose government,
legislature or ministry it is ("特区政府", "立法会", "外交部") is its article's own; so are
"Central Government" and "University Council".

All persons, places and sentences here are invented for the tests.
"""

from __future__ import annotations

import pytest
from kg.assemble.merge import merge_extractions
from kg.extract import extract_article
from kg.orgnames import is_generic
from kg.read import make_article
from kg.vocab import load_vocab

VOCAB = load_vocab()


def page_orgs(*texts: str) -> list[set[str]]:
    """The organisation keys each invented page mentions, the pages built as one graph."""
    found = [
        extract_article(make_article(f"p{i}.txt", text), VOCAB) for i, text in enumerate(texts)
    ]
    result = merge_extractions([(f, ()) for f in found], VOCAB)
    return [
        {key for kind, key in result.mentions[f"p{i}.txt"] if kind == "org"}
        for i in range(len(texts))
    ]


def test_a_state_council_abroad_is_not_chinas():
    text = (
        "Delegation visits the State Council\ndate:2019-04-15\n\n"
        "OSLO: A delegation of Peruvian officers visited the State Council on Monday. "
        "Halvard Tornes, State Council member, received the delegation.\n"
    )
    (orgs,) = page_orgs(text)
    assert orgs and "state-council" not in orgs


def test_the_state_council_of_another_country_is_not_chinas():
    text = (
        "Minister meets council members\ndate:2019-04-15\n\n"
        "Halvard Tornes, a member of the State Council of Norway, met the visitors on Monday. "
        "The State Council was founded in 1991.\n"
    )
    (orgs,) = page_orgs(text)
    assert orgs and "state-council" not in orgs


def test_chinas_state_council_is_still_the_table_body():
    text = (
        "Premier meets visitors\ndate:2019-04-15\n\n"
        "Wu Peiran, Secretary-General of the State Council, met the visitors in Beijing, China, "
        "on Monday.\n"
    )
    (orgs,) = page_orgs(text)
    assert "state-council" in orgs


def test_a_chamber_of_the_same_name_in_another_country_is_not_the_table_one():
    text = (
        "Delegation visits Lima\ndate:2019-07-02\n\n"
        "The delegation met with Mr. Tan Weiguo, First Vice President of Chinese General "
        "Chamber of Commerce of Peru, and introduced to the Chinese General Chamber of Commerce "
        "the investment fair.\n"
    )
    (orgs,) = page_orgs(text)
    assert orgs and "cgcc-hk" not in orgs


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice president of CPPCC of Lanshan Wu Peiran attended the ceremony.",
        "Wu Peiran, chairman of the municipal CPPCC, attended the ceremony.",
    ],
)
def test_a_local_cppcc_is_not_the_national_one(sentence):
    text = f"Ceremony held in Lanshan\ndate:2017-05-06\n\n{sentence}\n"
    (orgs,) = page_orgs(text)
    assert orgs and "cppcc" not in orgs


def test_a_country_before_a_name_that_says_no_place_is_no_namesake():
    text = (
        "Advisers meet\ndate:2017-05-06\n\n"
        "Wu Peiran, vice chairman of China's CPPCC, met the visitors on Monday.\n"
    )
    (orgs,) = page_orgs(text)
    assert "cppcc" in orgs


@pytest.mark.parametrize("name", ["特区政府", "特區政府", "立法会", "立法會", "外交部", "中央政府"])
def test_a_han_government_without_its_place_is_generic(name):
    assert is_generic(name)


@pytest.mark.parametrize("name", ["Central Government", "University Council", "State Government"])
def test_an_english_government_or_council_without_its_owner_is_generic(name):
    assert is_generic(name)


@pytest.mark.parametrize(
    "name", ["Arland Government", "Government of Arland", "Lanshan University"]
)
def test_a_government_that_says_whose_is_not_generic(name):
    assert not is_generic(name)


def test_two_pages_special_region_governments_are_not_joined():
    first = "行政长官率团访问青川\ndate:2023-05-12\n\n特区政府代表团团长吴培然表示,访问取得成果。\n"
    second = "社团支持施政\ndate:2023-05-13\n\n社团表示支持特区政府依法施政。\n"
    a, b = page_orgs(first, second)
    assert a and b and not (a & b)
