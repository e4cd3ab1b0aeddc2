"""A place's name before its level of government ("X鄉長A", "X市長A", "X鎮農會"), before a
fellow-townsmen's association ("X同鄉總會"), and body words that open with a family name's
character ("陸軍", "海巡", "顧問") are no persons."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _natives(found) -> set[str]:
    return {p.native or p.name for p in found.persons}


def test_town_before_its_heads_title_and_holder_is_no_person():
    found = zh_extract(
        "典禮由縣長王大明主持，柯坪鄉長林小謀、石河市長吳小叡、縣議員林小亭出席。"
        "黃小哲市長表示，今年將擴大舉辦。",
        headline="縣府舉行典禮",
    )
    natives = _natives(found)
    assert {"林小謀", "吳小叡", "林小亭", "黃小哲"} <= natives  # a name before 市長 stays
    assert not {"柯坪", "石河"} & natives


def test_town_before_its_council_is_no_person():
    found = zh_extract(
        "縣議員林小亭、何坪鎮長林小壬、何坪鎮民代表會主席周小方出席。",
        headline="鎮公所舉行典禮",
    )
    natives = _natives(found)
    assert {"林小壬", "周小方"} <= natives
    assert "何坪" not in natives


def test_home_town_before_fellow_townsmen_association_is_no_person():
    found = zh_extract(
        "行政長官會見澳門洪塘同鄉總會永遠會長王大明及領導一行。"
        "出席會見的包括辦公室主任柯小嵐、洪塘同鄉總會會長王小權、常務副會長蔡小平等。",
        headline="行政長官會見同鄉總會",
    )
    natives = _natives(found)
    assert {"王小權", "蔡小平"} <= natives
    assert "洪塘" not in natives


def test_army_and_coast_guard_are_no_persons():
    found = zh_extract(
        "縣長王大明、陸軍第三旅旅長陳小全出席。他感謝海巡同仁的辛勞，並與顧問林小亭交流。",
        headline="縣府舉行典禮",
    )
    natives = _natives(found)
    assert not {"陸軍", "海巡", "顧問"} & natives
