"""Posts and days in Chinese meeting and visit news (sentences written for these tests; every
name and company is invented):

- a relative day inside a sentence that is not before the act dates nothing;
- a title jieba glues to 兼 ("总裁兼|X水泥|董事长") is no part of the next company's name;
- 创始人 is a title: "X集团创始人、董事长A" is X's chairman, not the body of the item before;
- in a list, "党委常委、组织部部长B，党委常委、宣传部部长C": C's 党委常委 is the list's body,
  not the department named in B's item;
- "原" before a body in a chain ("X会长、原Y市市长A") makes A's Y post former and keeps X's;
- "X市市长、Y会会长A" with Y not known: A is still X's mayor.
"""

from __future__ import annotations

from datetime import date

from tests.zh_article import roles_of, zh_extract


def test_yesterday_not_before_an_act_gives_no_day():
    found = zh_extract(
        "南岭市市长周和介绍了昨天的情况，并会见了东岭市市长马立文一行。双方进行了交流。",
        headline="周和会见马立文一行",
        date="2024-06-12",
    )
    assert not any(e.start == date(2024, 6, 11) for e in found.events)


def test_title_glued_to_jian_stays_out_of_the_company_name():
    found = zh_extract(
        "5月3日，华锦集团党委副书记、总裁兼东岭水泥董事长马立文出席会议。",
        headline="华锦集团召开会议",
        date="2024-05-04",
    )
    roles = roles_of(found)
    assert ("Ma Liwen", "chairman", "东岭水泥", "current") in roles
    assert ("Ma Liwen", "general-manager", "华锦集团", "current") in roles
    assert not any("兼" in o.name for o in found.orgs)


def test_founder_title_keeps_the_company():
    found = zh_extract(
        "5月3日，江南省卫健委党组成员、副主任周和，华锦保险集团创始人、董事长兼首席执行官马立文等"
        "出席会议并致辞。",
        headline="健康论坛举办",
        date="2024-05-04",
    )
    roles = roles_of(found)
    assert ("Ma Liwen", "chairman", "华锦保险集团", "current") in roles
    assert not any(r[0] == "Ma Liwen" and r[2] == "江南省卫健委" for r in roles)


def test_party_title_after_a_department_item_is_the_lists_body():
    found = zh_extract(
        "5月3日，东岭职业大学党委书记周和一行到南江大学考察交流。南江大学党委书记李强，"
        "党委副书记王东，党委常委、组织部部长赵亮，党委常委、宣传部部长孙伟出席活动。",
        headline="东岭职业大学到南江大学考察交流",
        date="2024-05-04",
    )
    roles = roles_of(found)
    assert ("Sun Wei", "party-committee-member", "南江大学", "current") in roles
    assert not any(
        r[0] == "Sun Wei" and r[1] == "party-committee-member" and r[2] == "组织部" for r in roles
    )


def test_former_mayor_after_a_current_title():
    found = zh_extract(
        "5月3日，南江商会会长、原东岭市市长马立文出席座谈会。双方就深化合作进行了交流。",
        headline="南江商会举行座谈会",
        date="2024-05-04",
    )
    roles = roles_of(found)
    assert ("Ma Liwen", "mayor", "东岭市", "former") in roles
    assert ("Ma Liwen", "mayor", "东岭市", "current") not in roles
    assert any(r[0] == "Ma Liwen" and r[2] == "南江商会" and r[3] == "current" for r in roles)


def test_city_post_before_a_post_at_an_unknown_body():
    found = zh_extract(
        "5月3日，南江市委书记周和会见了来南江出席论坛的东岭市市长、全国城市协作会会长马立文。",
        headline="周和会见马立文",
        date="2024-05-04",
    )
    assert ("Ma Liwen", "mayor", "东岭市", "current") in roles_of(found)
