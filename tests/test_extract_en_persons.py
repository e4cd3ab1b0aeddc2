"""English person names (kg/extract/en/persons.py): pinyin, Western, honorific and title-context names."""

import pytest
from tests.helpers_en import extract_en


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Tan Haoyu, chairman of the company, delivered a speech.", {"Tan Haoyu"}),
        ("QIN Mingzhe, chief financial officer, made a report.", {"QIN Mingzhe"}),
        (
            "Company leaders Bai Xuefeng, Lou Tianyi and Cen Mingzhu attended.",
            {"Bai Xuefeng", "Lou Tianyi", "Cen Mingzhu"},
        ),
        ("The delegation was led by Ouyang Qiming.", {"Ouyang Qiming"}),
        ("Vice president Nie Zhuo and Shi Wen spoke.", {"Nie Zhuo", "Shi Wen"}),
        ("The hyphenated Wei Jian-guo attended.", {"Wei Jian-guo"}),
        ("Erik Lindqvist thanked the hosts.", {"Erik Lindqvist"}),
        ("For details contact Frank QIU by mail.", {"Frank QIU"}),
        ("Ms. Ana Lopez toured the plant.", {"Ana Lopez"}),
        ("Gerd Brandstetter, chairman of Alpen Metall Group, spoke.", {"Gerd Brandstetter"}),
        ("They studied General Secretary Gao Wenming's important speech.", {"Gao Wenming"}),
    ],
)
def test_persons_found_as_printed(sentence, names):
    assert {p.name for p in extract_en(sentence).persons} == names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Party Secretary stressed the work of the Party Committee.",
        "They went to Guangdong Huaxin and the Hu Tian Mine.",
        "He pointed out that Long March spirit matters.",
        "Yunnan Province and Hunan Province signed the agreement.",
        "The Smelting Business Department made exchange speeches.",
        "He said that the plan was good.",
        "The branch in Hong Kong opened.",
    ],
)
def test_persons_not_taken_from_other_capitalised_words(sentence):
    assert extract_en(sentence).persons == []


def test_person_evidence_is_the_sentence():
    found = extract_en("The meeting opened. Luo Weiming presided over the meeting. It closed.")
    person = found.persons[0]
    assert person.evidence.quote == "Luo Weiming presided over the meeting."
    text = found.article.text
    assert text[person.evidence.start : person.evidence.end] == person.evidence.quote
