"""A body's name whose field jieba reads as a verb ("警察|總局", "終審|法院"), printed right before
its head's title and a name: the body is an organisation and the head holds the post there."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _orgs_of(found) -> set[str]:
    return {o.name for o in found.orgs}


def test_police_bureau_head_in_an_escort_list():
    found = zh_extract(
        "行政長官李大文今日在東京出席歡迎午宴，警察總局局長何志明、終審法院院長張志強陪同出席。",
        headline="行政長官率團訪問東京",
        date="2024-05-10",
    )
    orgs = _orgs_of(found)
    assert {"警察總局", "終審法院"} <= orgs
    assert any(r[0] == "He Zhiming" and r[2] == "警察總局" for r in roles_of(found))
