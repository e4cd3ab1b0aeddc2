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
        "Students tour the State Council\ndate:2021-09-08\n\n"
        "HELSINKI: Forty engineering students from Chile toured the State Council building "
        "on Thursday. Aino Lepparanta, State Council member, showed them the debating chamber.\n"
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
        "Trade week opens in Santiago\ndate:2022-03-17\n\n"
        "Ms. Rosa Quintal, Deputy Chair of Chinese General Chamber of Commerce of Chile, hosted "
        "the visiting traders on Thursday. She said the Chinese General Chamber of Commerce would "
        "send forty members to the autumn expo.\n"
    )
    (orgs,) = page_orgs(text)
    assert orgs and "cgcc-hk" not in orgs


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice chairman of CPPCC of Lanshan Guo Meiling cut the ribbon of the new library.",
        "The library was opened by Guo Meiling, chairman of the municipal CPPCC.",
    ],
)
def test_a_local_cppcc_is_not_the_national_one(sentence):
    text = f"Library opens in Lanshan\ndate:2018-10-23\n\n{sentence}\n"
    (orgs,) = page_orgs(text)
    assert orgs and "cppcc" not in orgs


def test_a_country_before_a_name_that_says_no_place_is_no_namesake():
    text = (
        "Advisers tour library\ndate:2018-10-23\n\n"
        "Guo Meiling, vice chairwoman of China's CPPCC, toured the library on Tuesday.\n"
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
    first = (
        "考察团抵达青川\ndate:2023-05-12\n\n特区政府考察团今日抵达青川，团长冯启航介绍了行程。\n"
    )
    second = "灯光节筹备会议\ndate:2023-05-13\n\n该会会长表示，会员将协助特区政府办好灯光节。\n"
    a, b = page_orgs(first, second)
    assert a and b and not (a & b)
