"""Chinese posts a country holds abroad, printed "<sender>驻<host><title>": a consul's or an
ambassador's post is the sending country's, never the host place's."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "body, person, sender, host",
    [
        ("5月6日，冰岛驻墨尔本总领事周明哲出席活动。", "Zhou Mingzhe", "冰岛", "墨尔本"),
        ("5月6日，冰島駐墨爾本總領事周明哲出席活動。", "Zhou Mingzhe", "冰島", "墨爾本"),
        ("5月6日，冰岛驻墨尔本副总领事周明哲出席活动。", "Zhou Mingzhe", "冰岛", "墨尔本"),
        ("5月6日，冰島駐墨爾本副總領事周明哲出席活動。", "Zhou Mingzhe", "冰島", "墨爾本"),
        ("5月6日，冰岛驻墨尔本领事宋嘉禾出席活动。", "Song Jiahe", "冰岛", "墨尔本"),
        ("5月6日，冰島駐墨爾本名譽領事宋嘉禾出席活動。", "Song Jiahe", "冰島", "墨爾本"),
        ("5月6日，挪威驻芬兰大使林书远出席活动。", "Lin Shuyuan", "挪威", "芬兰"),
    ],
)
def test_a_post_held_abroad_is_the_senders(body, person, sender, host):
    held = roles_of(zh_extract(body, headline="文化交流活动举行"))
    assert (person, "other", sender, "current") in held
    assert not [r for r in held if r[0] == person and r[2] == host]


@pytest.mark.parametrize(
    "body, person, host",
    [
        ("5月6日，驻墨尔本总领事周明哲出席活动。", "Zhou Mingzhe", "墨尔本"),
        ("5月6日，駐墨爾本總領事周明哲出席活動。", "Zhou Mingzhe", "墨爾本"),
    ],
)
def test_a_post_held_abroad_with_no_sender_is_not_the_hosts(body, person, host):
    held = roles_of(zh_extract(body, headline="文化交流活动举行"))
    assert not [r for r in held if r[0] == person and r[2] == host]


def test_a_consul_with_no_marker_keeps_the_place_printed():
    held = roles_of(zh_extract("5月6日，冰岛总领事周明哲出席活动。", headline="文化交流活动举行"))
    assert ("Zhou Mingzhe", "other", "冰岛", "current") in held


def orgs_of(found) -> set[str]:
    return {o.name for o in found.orgs}


@pytest.mark.parametrize(
    "body, mission",
    [
        ("5月6日，冰岛驻芬兰大使馆参赞周明哲出席活动。", "冰岛驻芬兰大使馆"),
        ("5月6日，冰島駐芬蘭大使館參贊周明哲出席活動。", "冰島駐芬蘭大使館"),
        ("5月6日，冰岛驻墨尔本总领事馆领事周明哲出席活动。", "冰岛驻墨尔本总领事馆"),
        ("5月6日，冰岛驻华大使馆一秘周明哲出席活动。", "冰岛驻华大使馆"),  # jieba's "驻华"
        ("5月6日，冰岛驻华使馆武官周明哲出席活动。", "冰岛驻华使馆"),
        ("5月6日，我驻芬兰大使馆参赞周明哲出席活动。", "驻芬兰大使馆"),  # no sender printed
    ],
)
def test_a_mission_abroad_is_named_whole_and_holds_its_officers_posts(body, mission):
    found = zh_extract(body, headline="文化交流活动举行")
    assert mission in orgs_of(found)
    held = roles_of(found)
    assert ("Zhou Mingzhe", "other", mission, "current") in held
    assert [r for r in held if r[0] == "Zhou Mingzhe"] == [
        ("Zhou Mingzhe", "other", mission, "current")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，市长李华参观了冰岛驻芬兰大使馆。",
        "5月6日，市長李華參觀了冰島駐芬蘭大使館。",
    ],
)
def test_a_mission_is_no_body_of_its_host_place(body):
    names = orgs_of(zh_extract(body, headline="文化交流活动举行"))
    assert not [n for n in names if n in ("芬兰", "芬蘭") or n.startswith(("芬兰", "芬蘭"))]


@pytest.mark.parametrize(
    "body, mission",
    [
        ("5月6日，冰岛驻芬兰大使周明哲出席活动，并参观冰岛驻芬兰大使馆。", "冰岛驻芬兰大使馆"),
        ("5月6日，冰島駐芬蘭大使周明哲出席活動，並參觀駐芬蘭大使館。", "駐芬蘭大使館"),
    ],
)
def test_an_envoy_holds_the_post_at_the_mission_the_page_names(body, mission):
    held = roles_of(zh_extract(body, headline="文化交流活动举行"))
    assert [r for r in held if r[0] == "Zhou Mingzhe"] == [
        ("Zhou Mingzhe", "other", mission, "current")
    ]


def test_an_envoy_keeps_the_sender_when_the_mission_named_is_another_countrys():
    body = "5月6日，冰岛驻芬兰大使周明哲出席活动。挪威驻芬兰大使馆也派员出席。"
    held = roles_of(zh_extract(body, headline="文化交流活动举行"))
    assert [r for r in held if r[0] == "Zhou Mingzhe"] == [
        ("Zhou Mingzhe", "other", "冰岛", "current")
    ]


@pytest.mark.parametrize(
    "body, office",
    [
        ("5月6日，冰岛驻芬兰经济文化代表处处长周明哲出席活动。", "冰岛驻芬兰经济文化代表处"),
        ("5月6日，冰島駐芬蘭經濟文化代表處處長周明哲出席活動。", "冰島駐芬蘭經濟文化代表處"),
        ("5月6日，冰岛驻上海代表处处长周明哲出席活动。", "冰岛驻上海代表处"),
    ],
)
def test_a_representative_office_abroad_is_named_with_its_sender(body, office):
    found = zh_extract(body, headline="文化交流活动举行")
    assert office in orgs_of(found)
    assert ("Zhou Mingzhe", "head", office, "current") in roles_of(found)


@pytest.mark.parametrize(
    "body, host_office",
    [
        ("5月6日，交易会驻香港办事处主任周明哲出席活动。", "香港办事处"),
        ("5月6日，交易會駐香港辦事處主任周明哲出席活動。", "香港辦事處"),
    ],
)
def test_an_office_stationed_in_a_place_is_not_that_places_office(body, host_office):
    found = zh_extract(body, headline="文化交流活动举行")
    assert host_office not in orgs_of(found)
    assert not [r for r in roles_of(found) if r[2] == host_office]


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，各国驻华使馆代表出席活动。",
        "5月6日，外國駐華使館官員出席活動。",
        "5月6日，驻外使馆参赞周明哲出席活动。",
        "5月6日，30多个国家驻华使馆的外交官出席活动。",
    ],
)
def test_missions_of_no_one_country_are_no_organisation(body):
    assert not [n for n in orgs_of(zh_extract(body, headline="文化交流活动举行")) if "使" in n]
