"""Traditional-Chinese heads of a government's division printed with the division's field
("農業處長A" for 農業處處長A, "縣府社會處長B"): the head of that division; an assistant's title
("助理處長C") names no division."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_division_head_after_the_county_government_abbreviated():
    found = zh_extract(
        "青山鄉農產品展售會今日開幕，縣府農業處長周明遠、青山鄉農會總幹事吳志成到場參觀。",
        headline="青山鄉農產品展售會開幕",
        date="2025-05-05",
    )
    assert ("Zhou Mingyuan", "head", "農業處", "current") in roles_of(found)


def test_division_head_accompanying_the_county_head():
    found = zh_extract(
        "宜蘭縣長許大華今日上午由民政處長鄭志明陪同，前往各村拜訪長者。",
        headline="縣長拜訪長者",
        date="2025-05-05",
    )
    assert ("Zheng Zhiming", "head", "民政處", "current") in roles_of(found)


def test_division_heads_in_a_guest_list():
    found = zh_extract(
        "出席貴賓包括縣府機要秘書林小東、社會處長黃文德、建設處副處長陳美玉等人。",
        headline="工商團體聯誼會",
        date="2025-05-05",
    )
    assert ("Huang Wende", "head", "社會處", "current") in roles_of(found)


def test_assistant_director_names_no_division():
    found = zh_extract(
        "代表團成員包括新聞處長梁志強及助理處長吳家明。",
        headline="代表團訪問",
        date="2025-05-05",
    )
    assert ("Liang Zhiqiang", "head", "新聞處", "current") in roles_of(found)
    assert not any(r.person == "Wu Jiaming" and r.org.endswith("助理處") for r in found.roles)
