"""A national ministry's department (司) printed after the ministry, a visitor's name that
jieba reads as a place, closed by 一行 after a title, a group's unit named with its brand, a
short biography before a career, titles of a group before an unnamed unit's title, and units
named for two fields ("规划与信息化处"). Every name and sentence here is invented."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_ministry_department_and_its_head():
    found = zh_extract("6月3日，商务部综合司司长柯文涛一行来我市调研，市长仝海燕陪同。")
    names = {o.name: o for o in found.orgs}
    assert "商务部综合司" in names
    assert names["商务部综合司"].parent == "商务部"
    assert ("Ke Wentao", "head", "商务部综合司", "current") in roles_of(found)


def test_a_departments_main_official_with_a_place_like_name():
    found = zh_extract("6月3日，商务部工业司主要负责人江宁一行来我市调研，市长仝海燕陪同。")
    assert "Jiang Ning" in {p.name for p in found.persons}
    assert ("Jiang Ning", "head", "商务部工业司", "current") in roles_of(found)


def test_a_lawsuit_is_no_department():
    found = zh_extract("宏达化工董事长柯文涛表示，公司多年来打官司耗费了大量精力。")
    assert not any(o.name.endswith("官司") for o in found.orgs)


def test_a_planning_exhibition_hall_is_no_department():
    found = zh_extract("6月3日，宏达化工代表前往新区城市展示厅和规划厅参观学习。")
    assert not any(o.name.endswith("规划厅") for o in found.orgs)


def test_a_hotel_where_a_meeting_is_held_is_no_person():
    found = zh_extract("6月11日下午，市委书记麻志刚在青岚宾馆会见了宏达集团董事长柯文涛一行。")
    assert {p.name for p in found.persons} == {"Ma Zhigang", "Ke Wentao"}


def test_a_name_jieba_knows_as_a_place_closed_by_deng_after_a_title():
    found = zh_extract("6月11日，宏达集团副总经理缪建国，集团办公室主任江宁等参加会见。")
    assert "Jiang Ning" in {p.name for p in found.persons}


def test_a_biography_after_a_name_and_its_past_posts():
    found = zh_extract(
        "宏达集团召开干部大会。缪建国，男，汉族，1970年3月生，中共党员，研究生学历，高级工程师，"
        "曾任宏达集团财务部部长、青岚铝业有限公司副总经理。"
    )
    held = roles_of(found)
    assert ("Miao Jianguo", "deputy-general-manager", "青岚铝业有限公司", "former") in held
    assert ("Miao Jianguo", "head", "宏达集团财务部", "former") in held
    assert "中共" not in {o.name for o in found.orgs}  # a party member's field, no mention


def test_the_groups_titles_before_an_unnamed_units_title():
    found = zh_extract(
        "7月1日，宏达集团董事长柯文涛到西南公司调研。集团副总经理、办公室主任蒲晓东参加调研。"
    )
    assert ("Pu Xiaodong", "deputy-general-manager", "宏达集团", "current") in roles_of(found)
    found = zh_extract("7月1日，宏达集团副总经理兼办公室主任蒲晓东到西南公司调研。")
    assert ("Pu Xiaodong", "deputy-general-manager", "宏达集团", "current") in roles_of(found)


def test_plural_county_governments_are_no_organisation():
    found = zh_extract(
        "各区县人民政府，市政府各部门：经市政府研究决定，任命柯文涛为青岚市财政局局长。"
    )
    assert "区县人民政府" not in {o.name for o in found.orgs}


def test_a_ministrys_department_and_its_division_printed_together():
    found = zh_extract("12月3日，商务部国际合作司亚非处调研员柯文涛一行到宏达集团调研交流。")
    names = {o.name for o in found.orgs}
    assert "商务部国际合作司" in names
    assert "亚非处" in names
    assert "国际合作司" not in names  # the department keeps its ministry's name


def test_a_judges_title_after_a_court_makes_no_unit():
    found = zh_extract(
        "宏达协会主席仝海燕获任为高等法院原讼法庭特委法官，柯文涛宣布任命为宏达协会主席。"
    )
    assert not any(o.name.endswith("特委") for o in found.orgs)


def test_the_groups_titles_are_not_a_departments_when_the_group_is_not_named():
    found = zh_extract(
        "11月24日上午，集团党组副书记、副总经理邵文海同志、人事部副总经理韩立新同志一行"
        "来到青岚公司宣布人事任命决定。",
        headline="人事部领导到青岚公司宣布任命",
    )
    held = roles_of(found)
    assert ("Han Lixin", "deputy-general-manager", "人事部", "current") in held
    assert not any(r[0] == "Shao Wenhai" and r[2] == "人事部" for r in held)


def test_a_second_stop_and_the_company_just_named():
    found = zh_extract(
        "9月14日，青岚省省长王刚到宏达集团调研，集团董事长柯文涛陪同。"
        "当天下午，王刚还到青岚钢铁有限公司调研，公司总经理蒲晓东参加。",
        headline="王刚到宏达集团调研",
    )
    assert ("Pu Xiaodong", "general-manager", "青岚钢铁有限公司", "current") in roles_of(found)
    assert len(found.events) == 2


def test_a_summit_and_a_league_are_no_names():
    found = zh_extract(
        "青嵐市議會和白石縣議會分別由柯文濤、蒲曉東會長率領「青白交流議員連盟」多位議員於5月8日"
        "參訪宏達市議會。議長甘明表示,去年參加第2屆青白交流高峰會時,接下主辦權。"
    )
    assert not {"高峰會", "連盟"} & {p.native for p in found.persons}


def test_a_resignation_leaves_the_post_former_only_and_a_reason_is_no_name():
    found = zh_extract(
        "公司董事会于近日收到副总经理甘明女士的书面辞职报告，甘明女士因个人原因申请辞去公司副总经理职务。",
        headline="宏达化工股份有限公司关于高级管理人员辞职的公告",
    )
    held = roles_of(found)
    assert {r for r in held if r[0] == "Gan Ming"} == {
        ("Gan Ming", "deputy-general-manager", "宏达化工股份有限公司", "former")
    }
    assert "原因" not in {p.native for p in found.persons}


def test_a_visiting_delegations_university_is_not_the_hosts():
    found = zh_extract(
        "2011年1月7日上午，校长仝海燕教授在第一会议室会见了由韦建新校长率领的北岭大学代表团。"
        "签字仪式结束后，北岭大学代表团在校长仝海燕教授、副校长蒲晓东教授的陪同下参观了书画展。",
        headline="乐山学院会见北岭大学代表团",
    )
    held = roles_of(found)
    assert not any(r[0] in ("Tong Haiyan", "Pu Xiaodong") and r[2] == "北岭大学" for r in held)


def test_our_own_delegation_travelling_out_keeps_our_school():
    found = zh_extract(
        "5月8日，北岭大学代表团赴青岚大学访问，我校校长仝海燕率团。",
        headline="北岭大学代表团访问青岚大学",
    )
    assert not any(r.person == "Tong Haiyan" and r.org == "青岚大学" for r in found.roles)


def test_a_company_signing_with_ours_does_not_take_our_general_manager():
    found = zh_extract(
        "5月8日，宏达公司与青岚钢铁有限公司签约，公司总经理蒲晓东出席。",
        headline="宏达公司签约",
    )
    assert not any(r.person == "Pu Xiaodong" and r.org == "青岚钢铁有限公司" for r in found.roles)


def test_xiao_opening_a_clause_is_the_pages_school_but_not_inside_gaoxiao():
    found = zh_extract(
        "1月7日上午，校党委书记柯文涛教授、校长仝海燕教授会见了代表团。全国高校党委书记蒲晓东出席。",
        headline="乐山学院会见代表团",
    )
    held = roles_of(found)
    assert ("Ke Wentao", "party-secretary", "乐山学院", "current") in held
    assert not any(r[0] == "Pu Xiaodong" and r[2] == "乐山学院" for r in held)


def test_yuan_opening_a_clause_is_the_pages_hospital_but_not_inside_fayuan():
    found = zh_extract(
        "1月7日上午，院党委书记柯文涛、院长仝海燕出席会议。市法院党组书记蒲晓东出席。",
        headline="青岚医院召开会议",
    )
    held = roles_of(found)
    assert ("Ke Wentao", "party-secretary", "青岚医院", "current") in held
    assert not any(r[0] == "Pu Xiaodong" and r[2] == "青岚医院" for r in held)


# -- a unit named for two fields joined by 和/与/及 --------------------------------------------


def test_a_division_named_for_two_fields_is_one_division():
    found = zh_extract("5月8日，省卫健委规划与信息化处副处长柯文涛一行到市人民医院调研指导工作。")
    assert any(o.name.endswith("规划与信息化处") for o in found.orgs)
    assert not any(o.name == "信息化处" for o in found.orgs)


def test_a_college_named_for_two_fields_is_one_college():
    found = zh_extract("5月8日，建筑与规划学院院长仝海燕教授会见了来访客人，双方召开座谈会。")
    assert any(r.person == "Tong Haiyan" and r.org == "建筑与规划学院" for r in found.roles)


def test_a_centre_named_for_an_abbreviation_and_a_field_is_one_centre():
    found = zh_extract("5月8日，区党建和人才服务中心副主任柯文涛参加会议，并召开座谈会进行交流。")
    assert any(
        r.person == "Ke Wentao" and r.org.endswith("党建和人才服务中心") for r in found.roles
    )


def test_a_congress_committee_named_for_two_fields_keeps_its_congress():
    found = zh_extract("5月8日，梧岭区人大监察和司法委员会主任委员柯文涛带队到市人民医院调研。")
    assert any(
        r.person == "Ke Wentao" and r.org == "梧岭区人大监察和司法委员会" for r in found.roles
    )


def test_a_hospital_and_a_centre_stay_two():
    found = zh_extract("5月8日，宏远医院和社区卫生服务中心签署协议，院长江宁出席仪式。")
    assert not any("医院和" in o.name for o in found.orgs)
