"""Board seats told by joining a board or by a list of its members, in Chinese (sentences written
for these tests; every name and company is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

HEADLINE = "河湾电子董事长交棒刘远伟"
DATE = "2019年6月21日 "


def test_joining_a_named_board():
    got = roles_of(zh_extract(DATE + "刘远伟加入河湾电子公司董事会。", headline=HEADLINE))
    assert ("Liu Yuanwei", "director", "河湾电子公司", "current") in got


def test_the_members_of_a_named_board_listed():
    got = roles_of(
        zh_extract(DATE + "河湾电子公司董事会成员包括郭海铭、刘远伟、吕方明。", headline=HEADLINE)
    )
    for person in ("Guo Haiming", "Liu Yuanwei", "Lü Fangming"):
        assert (person, "director", "河湾电子公司", "current") in got


def test_a_board_of_supervisors_or_of_no_named_owner_gives_no_seat():
    got = roles_of(
        zh_extract(DATE + "刘远伟进入河湾电子公司监事会。王海涛进入董事会。", headline=HEADLINE)
    )
    assert not any(r[1] == "director" for r in got)


def test_a_leadership_team_and_its_members_listed():
    got = roles_of(
        zh_extract(
            "河湾医院召开会议。河湾医院领导班子范晓川、洪克远、柳东海陪同参观调研。",
            headline="区卫健委领导一行莅临医院参观调研",
        )
    )
    for person in ("Fan Xiaochuan", "Hong Keyuan", "Liu Donghai"):
        assert (person, "leadership-member", "河湾医院", "current") in got


def test_a_nominee_a_candidate_list_and_the_board_s_office_are_no_seats():
    got = roles_of(
        zh_extract(
            "控股股东提名张建远进入河湾能源股份有限公司董事会，该提名尚需股东大会审议。"
            "王小川进入河湾能源股份有限公司董事会候选人名单。"
            "李明远加入河湾能源股份有限公司董事会办公室，担任证券事务代表。",
            headline="河湾能源股份有限公司董事会公告",
        )
    )
    assert not any(r[1] == "director" for r in got)
