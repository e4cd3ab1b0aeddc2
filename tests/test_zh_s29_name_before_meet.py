"""Chinese events: a name ending in 峰 or 年 right before 会见 is a person meeting someone, not a
summit (峰会) or an annual meeting (年会) (s29)."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_a_name_ending_in_feng_before_huijian_is_a_meeting() -> None:
    found = zh_extract("5月3日，市长陈峰会见宏达集团董事长刘明一行，双方就合作进行交流。")
    assert [e.kind for e in found.events] == ["talks"]
    assert not found.events[0].name.endswith("峰会")


def test_a_name_ending_in_nian_before_huijian() -> None:
    found = zh_extract("5月3日，县长赵永年会见远航科技总经理孙立，双方就合作进行交流。")
    assert [e.kind for e in found.events] == ["talks"]
