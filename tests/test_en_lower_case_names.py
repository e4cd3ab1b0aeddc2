"""English persons (kg/extract/en/persons.py): pinyin names on a page printed all in lower case,
and words that only look like a name's ("No. 3", "Via", "Metal", "Animal Husbandry", "Dean"
before a given name)."""

import pytest
from tests.helpers_en import extract_en

LOWER_PAGE = (
    "on the morning of march 3, the kestrel county writers association held its annual meeting "
    "in the lecture hall of the county library. the meeting was attended by lan haoyu, director "
    "of the county culture bureau, and teacher fu jiahui of the second middle school of kestrel "
    "county. chairman qiu mingtao presided over the meeting and reviewed the work of the past "
    "year, praising the members for their diligence and their many published stories and poems. "
    "lan haoyu thanked the association and hoped that the members would keep writing about the "
    "changes of their hometown and the lives of ordinary people in the villages."
)


def test_lower_case_page_pinyin_names():
    names = {p.name for p in extract_en(LOWER_PAGE, headline="writers association meeting").persons}
    assert names == {"lan haoyu", "fu jiahui", "qiu mingtao"}


def test_lower_case_pinyin_pair_on_a_capitalised_page_is_no_name():
    body = (
        "The Kestrel Writers Association held its annual meeting on Friday. Its chairman "
        "qiu mingtao presided, and Lan Haoyu, director of the county culture bureau, attended."
    )
    assert {p.name for p in extract_en(body).persons} == {"Lan Haoyu"}


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Workers came to Kestrel Lanting No. 3 plant by bus on Monday.", set()),
        ("Photo credit: Peter Ferro Via Facebook.", {"Peter Ferro"}),
        (
            "Wu Dehai and his party visited Hongsheng Metal (Holdings) Co., Ltd. and other firms.",
            {"Wu Dehai"},
        ),
        (
            "On Monday, Alvaro Pinedo, Minister of Agriculture and Animal Husbandry of Peru, and "
            "his delegation visited the university.",
            {"Alvaro Pinedo"},
        ),
        (
            "Dean Haoran Qiu of the College of Arts and others accompanied the delegation.",
            {"Haoran Qiu"},
        ),
    ],
)
def test_words_that_only_look_like_names(sentence, names):
    assert {p.name for p in extract_en(sentence).persons} == names
