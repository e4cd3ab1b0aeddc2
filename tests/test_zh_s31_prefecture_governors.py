"""A Japanese prefecture's governor (X县知事, X府知事, their deputies 副知事) holds the governor's
post at the prefecture printed before the title, in both scripts."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _posts(found) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in found.roles}


def test_prefecture_governor_met_by_a_mayor():
    found = zh_extract(
        "5月8日，嘉南市市长王建国会见了日本福岛县知事内田雅夫一行。",
        headline="市长会见日本客人",
        date="2025-05-09",
    )
    assert any(role == "governor" and org == "福岛县" for _, role, org in _posts(found))


def test_deputy_governor_of_a_fu_in_traditional_characters():
    found = zh_extract(
        "5月8日，日本大阪府副知事吉田一郎率團訪問嘉南市。",
        headline="大阪府訪問團來訪",
        date="2025-05-09",
    )
    assert any(role == "vice-governor" and org == "大阪府" for _, role, org in _posts(found))
