"""Posts at hospitals and prefectures in Chinese signing and meeting news (sentences written for
these tests; every name and hospital is invented):

- 院长 may be held at a medical centre ("X临床中心院长A");
- an autonomous prefecture's titles (州委书记, 州委常委, 州长, 副州长, 常务副州长) are the
  prefecture's, as a city's are the city's.
"""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_head_of_a_clinical_centre():
    found = zh_extract(
        "5月3日，南江市公共卫生临床中心院长马立文出席座谈会。双方就深化合作进行了交流。",
        headline="两地医院举行座谈会",
        date="2024-05-04",
    )
    assert ("Ma Liwen", "other", "南江市公共卫生临床中心", "current") in roles_of(found)


def test_prefecture_titles():
    found = zh_extract(
        "5月3日，东岭州委书记马立文，州委常委、常务副州长周和，副州长李强出席会议。",
        headline="东岭州召开会议",
        date="2024-05-04",
    )
    roles = roles_of(found)
    assert ("Ma Liwen", "party-secretary", "东岭州委", "current") in roles
    assert ("Zhou He", "party-committee-member", "东岭州委", "current") in roles
    assert any(r[0] == "Li Qiang" and r[2].startswith("东岭州") for r in roles)
