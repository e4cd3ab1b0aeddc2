"""Posts of a special administrative region's government (sentences written for these tests;
every name is invented): the secretaries of a Macao-style government ("X司司长"), a Hong Kong
secretary's short title ("财政司长"), and a name that ends where 临时 or 明日 begins."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

HEADLINE = "特区政府代表团访问内地"


def test_the_secretaries_of_a_macao_style_government():
    got = roles_of(
        zh_extract(
            "澳门特区政府代表团成员包括行政法务司司长林文海、社会文化司司长高志明、"
            "运输工务司司长方子华等。",
            headline=HEADLINE,
        )
    )
    assert ("Lin Wenhai", "other", "澳门特区政府", "current") in got
    assert ("Gao Zhiming", "other", "澳门特区政府", "current") in got
    assert ("Fang Zihua", "other", "澳门特区政府", "current") in got


def test_a_secretary_named_before_a_temporary_duty():
    found = zh_extract(
        "澳门特区政府代表团今日启程。行政长官不在澳门期间，由保安司司长方建华临时代理行政长官的职务。",
        headline=HEADLINE,
    )
    assert "Fang Jianhua" in {p.name for p in found.persons}
    assert ("Fang Jianhua", "other", "澳门特区政府", "current") in roles_of(found)


def test_a_short_secretary_title_and_a_name_before_tomorrow():
    found = zh_extract(
        "香港特区政府发布消息，财政司长林文海明日率领代表团到澳门出席合作会议。",
        headline=HEADLINE,
    )
    assert ("Lin Wenhai", "other", "香港特区政府", "current") in roles_of(found)
