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


LOWER_COMPANY_PAGE = (
    "on the morning of march 3, the annual work meeting of Kestrel Lanting Power Co., Ltd. was "
    "held in the lecture hall of the company headquarters in the county town. the meeting was "
    "attended by the leaders of the company, the heads of the departments and branches, and the "
    "representatives of the staff and workers. {sentence} the meeting reviewed the work of the "
    "past year, praising the staff for their diligence and their many achievements in safety, "
    "service, customer satisfaction and the construction of the rural power grid. the speakers "
    "said that the company will continue to strengthen communication and collaboration with the "
    "local governments, jointly assist in the clean transformation of energy supply and fully "
    "serve the development of the villages with reliable energy supply, and hoped that everyone "
    "would keep working hard in the coming year for the lives of ordinary people. after the "
    "meeting, the participants visited the exhibition hall of the company and learned about the "
    "history of the power supply in the mountain villages, the repair teams working through the "
    "winter storms and the training centre built for young workers and technicians."
)


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("vopak chief financial officer fu jiahui was also present.", "fu jiahui"),
        ("chairman qiu mingtao and deputy director yan qin were also present.", "yan qin"),
        ("the guests included lan haoyu, chief financial officer, of a partner.", "lan haoyu"),
    ],
)
def test_lower_case_page_post_of_no_organisation_read_is_no_main_company_post(sentence, person):
    """On a page printed in lower case the names of organisations are mostly not read: a post
    printed with none read is not given to the page's company ("vopak" may be the holder's)."""
    found = extract_en(LOWER_COMPANY_PAGE.format(sentence=sentence), headline="annual work meeting")
    assert found.main_org == "Kestrel Lanting Power Co., Ltd."
    assert person in {p.name for p in found.persons}  # the name is still read
    assert not [r for r in found.roles if r.person == person]


def test_lower_case_page_post_of_an_organisation_read_is_kept():
    sentence = "fu jiahui, chief financial officer of the company, spoke."
    found = extract_en(LOWER_COMPANY_PAGE.format(sentence=sentence), headline="annual work meeting")
    assert ("fu jiahui", "chief-financial-officer") in {(r.person, r.role) for r in found.roles}


def test_capitalised_page_post_of_no_organisation_read_is_the_main_company_post():
    body = (
        "The annual work meeting of Kestrel Lanting Power Co., Ltd. was held on Friday. Chief "
        "Financial Officer Fu Jiahui presented the accounts of the past year."
    )
    roles = {(r.person, r.role, r.org) for r in extract_en(body).roles}
    assert ("Fu Jiahui", "chief-financial-officer", "Kestrel Lanting Power Co., Ltd.") in roles
