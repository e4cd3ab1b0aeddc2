"""Posts printed with only the words a company uses for itself ("集团党委书记", "公司董事长") on a
page that does not name that company: the people who follow in the list hold theirs at the same
unknown company, not at a visiting department, a committee or a visited project (sentences
written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_host_list_after_unnamed_group_is_not_the_visitors_department():
    found = zh_extract(
        "8月3日下午，省委组织部副部长陈志远率调研组莅临我司调研基层党建工作。"
        "集团党委书记、总经理周海明，党委副书记、副总经理孙立平，总经理助理钱文博陪同。",
        headline="省委组织部领导来我司调研",
    )
    orgs = {org for person, _, org, _ in roles_of(found) if person in ("Sun Liping", "Qian Wenbo")}
    assert orgs == set()


def test_company_posts_are_not_a_party_committee_or_a_department():
    found = zh_extract(
        "6月14日，集团党委副书记王明带领集团党委组织部、党群工作部负责人到基层单位进行专题调研，"
        "公司党委书记、董事长李强，党委委员、纪委书记赵刚，有关部门负责人参加座谈交流。",
        headline="集团领导到基层单位调研",
    )
    orgs = {org for person, _, org, _ in roles_of(found) if person in ("Li Qiang", "Zhao Gang")}
    assert orgs == set()


def test_group_chairman_is_not_the_visited_projects():
    found = zh_extract(
        "2021年3月5日，集团公司党委书记、董事长林国栋赴东方建工承建的江北新城科技创新园项目"
        "进行视察并指导工作。3月5日，林董事长实地察看了江北新城科技创新园项目现场，项目经理高建民陪同。",
        headline="集团公司党委书记、董事长林国栋赴东方建工承建的江北新城科技创新园项目视察指导工作",
    )
    assert not {r for r in roles_of(found) if r[0] == "Lin Guodong"}
