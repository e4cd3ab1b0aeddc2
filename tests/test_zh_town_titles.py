"""A town's or township's Party secretary and head are posts of that town's committee and
government, like a county's (sentences written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_town_party_secretary_and_a_town_head():
    got = roles_of(
        zh_extract(
            "10月8日，青岚镇人民政府与河湾银行举行共建签约仪式。镇党委书记柯文涛出席签约仪式。",
            headline="青岚镇与河湾银行签订共建协议",
            date="2024-10-10",
        )
    )
    assert ("Ke Wentao", "party-secretary", "青岚镇党委", "current") in got


def test_a_township_deputy_party_secretary():
    got = roles_of(
        zh_extract(
            "10月8日，河湾乡人民政府召开会议。乡党委副书记蒲晓东主持会议。",
            headline="河湾乡召开工作会议",
            date="2024-10-10",
        )
    )
    assert ("Pu Xiaodong", "deputy-party-secretary", "河湾乡党委", "current") in got
