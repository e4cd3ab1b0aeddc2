"""Titles of a place's committee or government whose place is only implied ("省委书记", "市长")."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


def _orgs(found):
    return {o.name: o.aliases for o in found.orgs}


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # The page is the province's government: its place is the one implied.
        (
            "湖南省人民政府",
            "6月3日，省委书记车文远会见宏达化工董事长柯文涛。",
            {("Che Wenyuan", "party-secretary", "湖南省委", "current")},
        ),
        (
            "湖南省人民政府",
            "6月3日，省委副书记、省长覃立民会见宏达化工董事长柯文涛。",
            {
                ("Qin Limin", "deputy-party-secretary", "湖南省委", "current"),
                ("Qin Limin", "governor", "湖南省人民政府", "current"),
            },
        ),
        # No government named: the first province the body names.
        (
            "宏达化工与省政府签约",
            "6月3日，副省长蒲晓东会见宏达化工董事长柯文涛。蒲晓东说，湖南欢迎宏达化工。",
            {("Pu Xiaodong", "vice-governor", "湖南省", "current")},
        ),
    ],
)
def test_province_titles_take_the_implied_province(headline, body, expected):
    found = zh_extract(body, headline=headline, date="2024-06-05")
    assert expected <= roles_of(found)


def test_an_implied_committee_keeps_its_printed_name_and_a_government_its_place_name():
    found = zh_extract(
        "6月3日，省委书记车文远、副省长蒲晓东会见柯文涛。车文远说，湖南欢迎宏达化工。",
        headline="车文远会见柯文涛",
        date="2024-06-05",
    )
    orgs = _orgs(found)
    assert orgs["湖南省委"] == ("省委",) and orgs["湖南省"] == ("湖南",)


def test_a_title_after_a_place_title_is_at_the_same_committee():
    found = zh_extract(
        "6月3日，省委常委、秘书长詹立群参加会见。", headline="湖北省人民政府", date="2024-06-05"
    )
    assert {
        ("Zhan Liqun", "party-committee-member", "湖北省委", "current"),
        ("Zhan Liqun", "other", "湖北省委", "current"),
    } == roles_of(found)


def test_an_unknown_city_printed_before_the_title_and_remembered_for_the_next():
    found = zh_extract(
        "5月8日，宏达化工董事长柯文涛与青岚市委书记麻志刚、市长仝海燕举行会谈。"
        "市委常委、常务副市长佘建新参加会谈。",
        headline="宏达化工与青岚市举行会谈",
        date="2024-05-10",
    )
    assert {
        ("Ma Zhigang", "party-secretary", "青岚市委", "current"),
        ("Tong Haiyan", "mayor", "青岚市", "current"),
        ("She Jianxin", "party-committee-member", "青岚市委", "current"),
        ("She Jianxin", "other", "青岚市", "current"),
    } <= roles_of(found)


def test_no_place_no_role():
    found = zh_extract(
        "6月3日，市长仝海燕会见柯文涛。", headline="仝海燕会见柯文涛", date="2024-06-05"
    )
    assert not any(r[1] == "mayor" for r in roles_of(found))


def test_an_autonomous_region_named_short_takes_its_full_name():
    found = zh_extract(
        "6月3日，自治区党委书记车文远会见宏达化工董事长柯文涛。车文远说，欢迎宏达化工到广西投资。",
        headline="车文远会见柯文涛",
        date="2024-06-05",
    )
    assert ("Che Wenyuan", "party-secretary", "广西壮族自治区党委", "current") in roles_of(found)


def test_a_government_jieba_knows_as_one_word_is_an_organisation():
    found = zh_extract(
        "6月3日，宏达化工与广西壮族自治区人民政府签署合作协议。自治区主席覃立民出席。",
        headline="宏达化工与自治区政府签约",
        date="2024-06-05",
    )
    assert "广西壮族自治区人民政府" in _orgs(found)
    assert ("Qin Limin", "governor", "广西壮族自治区人民政府", "current") in roles_of(found)


def test_a_committee_and_a_government_named_together_are_no_place():
    from tests.zh_article import roles_of, zh_extract

    got = zh_extract(
        "省委副书记、省长区志明在嘉州会见客人。区志明代表省委省政府对客人表示欢迎。",
        headline="区志明会见客人",
    )
    assert not [o for o in got.orgs if o.name.startswith("省委")]
    assert not [r for r in roles_of(got) if r[2].startswith("省委")]


def test_titles_of_two_places_joined_before_one_name():
    from tests.zh_article import roles_of, zh_extract

    got = roles_of(
        zh_extract(
            "5月9日，湖南省委副书记、长沙市委书记区志明陪同调研。", headline="区志明陪同调研"
        )
    )
    assert {("Ou Zhiming", "party-secretary"), ("Ou Zhiming", "deputy-party-secretary")} <= {
        (p, r) for p, r, _, _ in got
    }
    orgs = {org for p, r, org, _ in got if r == "deputy-party-secretary"}
    assert orgs == {"湖南省委"}


def test_a_department_named_by_its_level_is_the_department_of_the_articles_province():
    from tests.zh_article import roles_of, zh_extract

    got = zh_extract(
        "9月19日，湖南省卫生健康委召开会议。省卫生健康委党组书记、主任区志明到嘉州调研。",
        headline="区志明到嘉州调研",
    )
    assert ("Ou Zhiming", "party-secretary", "湖南省卫生健康委") in {
        (p, r, o) for p, r, o, _ in roles_of(got)
    }


def test_a_department_of_an_unknown_place_keeps_its_printed_name_and_no_role_goes_elsewhere():
    from kg.assemble.resolve import is_generic
    from tests.zh_article import roles_of, zh_extract

    got = zh_extract(
        "9月19日，省卫生健康委党组书记、主任区志明到省嘉康医院调研。",
        headline="区志明到省嘉康医院调研",
    )
    assert {o for p, _, o, _ in roles_of(got) if p == "Ou Zhiming"} == {"省卫生健康委"}
    assert is_generic("省卫生健康委")  # kept to its article: no node shared by every province


def test_a_dated_biography_through_posts_of_places():
    from tests.zh_article import roles_of, zh_extract

    got = roles_of(
        zh_extract(
            "区志明于1999年8月起任湖南省建工总公司副总经理，2003年7月起任湖南省衡阳市副市长，"
            "2006年9月起任湖南省衡阳市委常委、常务副市长，2008年3月起任湖南省水利厅厅长。",
            headline="区志明简历",
        )
    )
    assert {
        ("Ou Zhiming", "deputy-general-manager", "湖南省建工总公司", "former"),
        ("Ou Zhiming", "party-committee-member", "衡阳市委", "former"),
        ("Ou Zhiming", "head", "湖南省水利厅", "former"),
    } <= got
    assert ("Ou Zhiming", "other") in {(p, r) for p, r, o, _ in got if o.startswith("衡阳")}


def test_an_acting_mayor_is_no_place():
    from tests.zh_article import roles_of, zh_extract

    got = roles_of(zh_extract("衡阳市委副书记、代理市长区志明出席。", headline="区志明出席"))
    assert not [o for _, _, o, _ in got if o.startswith("代理")]


def test_a_title_after_an_unnamed_places_title_is_nobodys_not_the_pages():
    found = zh_extract(
        "11月20日，省委书记柯文涛会见了青岚集团董事长麻志刚一行。省委常委、秘书长仝海燕参加会见。",
        headline="青岚集团新闻",
    )
    assert not [r for r in found.roles if r.person == "Tong Haiyan"]
