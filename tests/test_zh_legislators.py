"""Members of Taiwan's Legislative Yuan (立法委员, short 立委): the short title marks a person in a
list of guests, and both titles are the legislature's whatever party or county is printed before
them; the legislature is named on the page, or no post is given (kg.extract.implied_orgs)."""

from __future__ import annotations

import pytest
from tests.zh_article import parts_of, roles_of, zh_extract


@pytest.mark.parametrize(
    "guests",
    [
        "副县长苏雅文、立委高振宇、议员罗秀兰等人到场祝贺。",
        "副縣長蘇雅文、立委高振宇、議員羅秀蘭等人到場祝賀。",
    ],
)
def test_short_title_keeps_the_guest_list(guests: str) -> None:
    body = f"4月10日，福林县渔会举办渔民节表扬大会，{guests}"
    parts = parts_of(zh_extract(body, headline="福林县渔会举办渔民节表扬大会"))
    assert {"Su Yawen", "Gao Zhenyu", "Luo Xiulan"} <= set(parts)


@pytest.mark.parametrize(
    "sentence",
    [
        "立法院新会期4月10日开议，民进党立委高振宇当天出席会议。",
        "立法院新會期4月10日開議，福林縣立法委員高振宇當天出席會議。",
        "立法院新會期4月10日開議，高振宇立委當天出席會議。",
    ],
)
def test_legislator_is_the_legislatures(sentence: str) -> None:
    roles = roles_of(zh_extract(sentence, headline="立法院开议"))
    assert roles == {("Gao Zhenyu", "other", "立法院", "current")}


def test_no_county_government_for_a_countys_legislator() -> None:
    body = "4月10日，福林县立法委员高振宇出席渔会活动。"
    roles = roles_of(zh_extract(body, headline="渔会活动"))
    assert not any(person == "Gao Zhenyu" for person, _, _, _ in roles)
