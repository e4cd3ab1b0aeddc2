"""A government printed with no place before place titles ("县政府党组书记、县长A"), visitors
coming to an organisation of the page's own kind ("X一行莅临Y医院调研。我院院长A"), and generic
words that are no organisation (sentences written for these tests; every name is invented)."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


def _orgs(found):
    return {o.name for o in found.orgs}


def test_bare_county_government_is_no_place():
    found = zh_extract(
        "3月21日，县政府党组书记、县长云海峰主持召开县政府党组会议。副县长林春生出席会议。",
        headline="县政府党组召开会议",
        date="2024-03-22",
    )
    assert not any("政府县" in name for name in _orgs(found))
    roles = roles_of(found)
    assert ("Yun Haifeng", "other", "县政府", "current") in roles
    assert ("Lin Chunsheng", "other", "县政府", "current") in roles


def test_named_county_government_before_party_group_title():
    found = zh_extract(
        "3月21日，云岭县政府党组书记、县长云海峰主持召开会议。",
        headline="云岭县召开会议",
        date="2024-03-22",
    )
    assert not any("政府县" in name for name in _orgs(found))
    assert ("Yun Haifeng", "other", "云岭县政府", "current") in roles_of(found)


def test_committee_title_before_bare_government_keeps_its_place():
    found = zh_extract(
        "3月21日，云岭县委常委、县政府党组副书记、副县长云海峰出席会议。",
        headline="云岭县召开会议",
        date="2024-03-22",
    )
    assert not any("政府县" in name for name in _orgs(found))
    roles = roles_of(found)
    assert ("Yun Haifeng", "party-committee-member", "云岭县委", "current") in roles


def test_own_word_means_the_organisation_visitors_came_to():
    found = zh_extract(
        "4月10日，青河市政协党组成员、副主席张大山一行莅临青河市人民医院调研。"
        "我院党委副书记、院长李明远，党委委员、副院长王春华陪同调研。",
        headline="市政协领导来院调研",
        date="2024-04-11",
    )
    roles = roles_of(found)
    assert ("Li Mingyuan", "other", "青河市人民医院", "current") in roles
    assert ("Wang Chunhua", "party-committee-member", "青河市人民医院", "current") in roles
    assert not any(r[0] == "Wang Chunhua" and r[2] == "青河市政协" for r in roles)


def test_unknown_own_word_keeps_its_list_from_the_visitors():
    found = zh_extract(
        "4月10日，青河市政协副主席张大山一行来院调研。"
        "我院党委副书记、院长李明远，党委委员、副院长王春华陪同调研。",
        headline="市政协领导来院调研",
        date="2024-04-11",
    )
    assert not any(r[0] in ("Li Mingyuan", "Wang Chunhua") for r in roles_of(found))


def test_local_government_is_no_organisation():
    found = zh_extract(
        "12月17日上午，党委副书记、副校长关云飞在会议室会见了来访的青河区副区长刘金山一行。"
        "关云飞表示，在当地政府的支持下，学校发展稳步推进。",
        headline="关云飞会见刘金山一行",
        date="2024-12-18",
    )
    assert not {"当地政府", "会议室"} & _orgs(found)
    assert not any(r[0] == "Guan Yunfei" for r in roles_of(found))


@pytest.mark.parametrize(
    ("body", "headline", "committee"),
    [
        (
            "6月6日上午，区委书记云海峰到青禾科技有限公司调研。区委常委、统战部部长林春生陪同。",
            "云海峰到企业调研",
            "区委",
        ),
        (
            "6月6日上午，區委書記雲海峰到青禾科技有限公司調研。區委常委、統戰部部長林春生陪同。",
            "雲海峰到企業調研",
            "區委",
        ),
    ],
)
def test_bare_committee_title_on_a_page_naming_no_place_is_the_committee_as_printed(
    body, headline, committee
):
    roles = roles_of(zh_extract(body, headline=headline, date="2024-06-07"))
    assert ("Yun Haifeng", "party-secretary", committee, "current") in roles
    assert ("Lin Chunsheng", "party-committee-member", committee, "current") in roles


def test_bare_provincial_committee_title_stays_nobodys():
    roles = roles_of(
        zh_extract("6月6日上午，省委书记云海峰到青禾科技有限公司调研。", headline="云海峰调研")
    )
    assert not any(r[0] == "Yun Haifeng" for r in roles)


def test_bare_committee_title_keeps_the_place_the_page_names():
    found = zh_extract(
        "6月6日上午，区委书记云海峰到青禾科技有限公司调研。云岭区区长林春生陪同。",
        headline="云岭区召开企业座谈会",
        date="2024-06-07",
    )
    roles = roles_of(found)
    assert ("Yun Haifeng", "party-secretary", "云岭区委", "current") in roles
    assert not any(r[2] == "区委" for r in roles)
