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
