"""A spokesperson (发言人, 發言人) of a named body holds a post there, as in English ("spokesperson"
is a title): role `other`."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _posts(found) -> set[tuple[str, str, str]]:
    return {(r.person, r.org, r.title) for r in found.roles}


def test_spokesperson_of_a_city_government():
    found = zh_extract(
        "5月8日，嘉南市政府发言人王小明在新闻发布会上介绍了有关情况。",
        headline="嘉南市举行新闻发布会",
        date="2025-05-09",
    )
    assert ("Wang Xiaoming", "嘉南市政府", "发言人") in _posts(found)


def test_deputy_spokesperson_in_traditional_characters():
    found = zh_extract(
        "嘉南市政府副發言人林小華8日表示，將加快推動相關工作。",
        headline="嘉南市政府回應",
        date="2025-05-09",
    )
    assert ("Lin Xiaohua", "嘉南市政府", "副發言人") in _posts(found)
