"""Guests named before "共同剪彩/揭牌" took part in the dated ceremony of their sentence."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_guests_cutting_the_ribbon_attend_the_opening() -> None:
    found = zh_extract(
        "星河鄉公所今(29)日上午舉行新建行政大樓落成啟用典禮,立委王大明、鄉長陳小華等共同剪綵。",
        date="2026-01-29",
    )
    parts = parts_of(found)
    assert {parts.get("Wang Daming"), parts.get("Chen Xiaohua")} == {"attendee"}


def test_guests_unveiling_the_plaque_attend() -> None:
    found = zh_extract(
        "星河市政府今(12)日上午舉行創新中心揭牌典禮,議員李文德、局長周志強等共同揭牌。",
        date="2025-04-12",
    )
    parts = parts_of(found)
    assert {parts.get("Li Wende"), parts.get("Zhou Zhiqiang")} == {"attendee"}
