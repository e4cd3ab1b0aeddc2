"""A trip told in two clauses: the name, its date or its leading of a delegation, then a comma and
the journey ("A将于下周二(14日)傍晚，启程前往X进行访问", "A将率领代表团，于5月12日至15日到访X"):
the name is the visitor. Also 主礼 and 参与 after a name (Hong Kong, Macau, Taiwan ceremonies)."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_departure_after_comma_makes_a_visitor():
    found = zh_extract(
        "交通署署長陳志遠將於下周二(14日)傍晚,啟程前往日本北海道進行訪問,副署長林美華亦會隨行。",
        headline="署長下周二訪北海道",
        date="2024-05-10",
    )
    assert parts_of(found).get("Chen Zhiyuan") == "visitor"


def test_led_delegation_then_setting_off_after_comma():
    found = zh_extract(
        "環境局局長周文彬將於五月二十日率領由政府官員和業界代表組成的經貿代表團,啟程前往江西考察四天。",
        headline="局長率團考察江西",
        date="2024-05-10",
    )
    assert parts_of(found).get("Zhou Wenbin") == "visitor"


def test_will_lead_delegation_then_dated_visit_after_comma():
    found = zh_extract(
        "發展局局長何家樂將率領特區政府代表團,於五月十二日至十五日到訪雲南,與當地官員會面。",
        headline="局長率團訪問雲南",
        date="2024-05-10",
    )
    assert parts_of(found).get("He Jiale") == "visitor"


def test_officiating_guest_after_you():
    found = zh_extract(
        "7月1日上午8時,特區政府將在金紫荊廣場舉行升旗儀式,由市政局局長李志強主禮。"
        "李志強表示,儀式歡迎市民觀禮。",
        headline="特區政府舉行升旗儀式",
        date="2024-06-28",
    )
    assert parts_of(found).get("Li Zhiqiang") == "attendee"


def test_leader_of_team_taking_part_after_you():
    found = zh_extract(
        "新竹市政府今(1)日一早在市府廣場舉行元旦升旗典禮。由新竹市長吳志成率領市府團隊各局處首長參與,"
        "與市民一同迎接新年。",
        headline="市府舉行元旦升旗典禮",
        date="2024-01-01",
    )
    assert parts_of(found).get("Wu Zhicheng") == "attendee"
