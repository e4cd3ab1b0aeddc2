"""Traditional Chinese: "率團"/"率隊" after a family-name character is no given name.

"各國元首都率團出席" is heads of state who all lead delegations, not a person 都率團.
Every name here is invented for the tests.
"""

import pytest
from kg.extract import extract_article
from kg.read import make_article


def natives(body: str) -> set[str | None]:
    text = f"虛構新聞標題用於測試\n2024年3月5日\n{body}\n"
    return {p.native for p in extract_article(make_article("x.txt", text)).persons}


@pytest.mark.parametrize(
    "body,name,wrong",
    [
        ("各國元首都率團出席典禮，總統林志明今（5）日致詞。", "林志明", "都率團"),
        ("多位部長都率隊出席論壇，院長周文彬今（5）日致詞。", "周文彬", "都率隊"),
    ],
)
def test_lead_word_after_a_family_character_is_no_name(body, name, wrong):
    found = natives(body)
    assert name in found
    assert wrong not in found
