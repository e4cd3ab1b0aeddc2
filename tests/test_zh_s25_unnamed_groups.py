"""Chinese participation: a list of named people that goes on with unnamed groups before its verb
("A，B，各部门、党支部代表参会"), and body names after 区 that are no person ("区政协主席A").

Every name and organisation here is invented for the tests.
"""

from tests.zh_article import parts_of, zh_extract


def test_named_people_then_unnamed_groups_attend():
    found = zh_extract(
        "4月18日，公司隆重召开青年表彰大会。公司党委副书记、总经理柯明远，党委委员、监事会主席"
        "甄海波，各职能部门、党支部代表、团委及团支部代表参会。"
    )
    got = parts_of(found)
    assert got.get("Ke Mingyuan") == "attendee"
    assert got.get("Zhen Haibo") == "attendee"


def test_a_list_goes_on_past_its_group_and_ends_with_unnamed_groups():
    found = zh_extract(
        "4月18日，学校党委召开迎春座谈会。党委书记柯明远出席会议。学生工作部部长柴永红，教务处处长"
        "卜立新、人事处处长冷志华等相关部门负责人，以及侨联主任贝文静、民盟主任阚晓东及民主党派代表"
        "和学生代表共同参会。"
    )
    got = parts_of(found)
    for person in ("Chai Yonghong", "Bu Lixin", "Leng Zhihua", "Bei Wenjing", "Kan Xiaodong"):
        assert got.get(person) == "attendee", person


def test_unnamed_groups_with_a_head_count_after_named_people():
    found = zh_extract(
        "4月18日，学校党外人士迎春座谈会在南校区召开。校党委书记柯明远出席座谈会。党外人士代表"
        "甄海波、柴永红，部分省政协委员、民主党派基层组织负责人、特邀代表人士近40人出席座谈会。"
    )
    got = parts_of(found)
    assert got.get("Zhen Haibo") == "attendee"
    assert got.get("Chai Yonghong") == "attendee"


def test_a_clause_of_its_own_after_a_name_gives_no_part():
    found = zh_extract(
        "4月18日，公司召开安全工作会议。董事长柯明远主持会议，总经理甄海波表示，全体员工代表参加了培训。"
    )
    assert "Zhen Haibo" not in parts_of(found)


def test_district_bodies_after_a_list_are_no_persons():
    found = zh_extract(
        "4月18日，区委常委会（扩大）会议召开。区委副书记、区长柯明远主持会议，区人大常委会主任甄海波、"
        "区政协主席柴永红等区四套班子领导，各乡镇和区直有关单位主要负责同志参加。",
        headline="区委常委会召开扩大会议",
    )
    names = {p.native for p in found.persons}
    assert not names & {"区政协", "区人大"}
    got = parts_of(found)
    assert got.get("Zhen Haibo") == "attendee"
    assert got.get("Chai Yonghong") == "attendee"


def test_each_standing_member_after_a_name_is_no_person():
    found = zh_extract(
        "4月18日，区委书记柯明远主持召开区委常委会。区委副书记、代区长甄海波及区委各常委参加会议。",
        headline="区委常委会召开",
    )
    assert "区委各" not in {p.native for p in found.persons}
    assert parts_of(found).get("Zhen Haibo") == "attendee"


def test_unnamed_heads_of_units_after_named_hosts():
    found = zh_extract(
        "4月18日下午，青山县中医院院长柯明远一行6人来我院参观交流。我院院长甄海波、书记柴永红等"
        "班子成员，及相关职能科长参加了交流会。"
    )
    got = parts_of(found)
    assert got.get("Zhen Haibo") == "attendee"
    assert got.get("Chai Yonghong") == "attendee"


def test_leaders_whose_group_is_followed_by_a_comma_visit_a_long_list_of_units():
    found = zh_extract(
        "4月18日开始，集团公司新任董事长、党委书记柯明远与甄海波副董事长、柴永红总经理等领导，"
        "先后深入青禾金属、青禾贸易、青禾能源、青禾环保和青禾化工等集团成员企业走访调研、慰问员工。"
    )
    got = parts_of(found)
    for person in ("Ke Mingyuan", "Zhen Haibo", "Chai Yonghong"):
        assert got.get(person) == "visitor", person


def test_a_manager_reporting_on_a_topic_is_no_chairman_stressing():
    found = zh_extract(
        "4月18日，集团党委书记、董事长柯明远前往上海调研。上午，在上海青禾公司，柯董事长听取总经理"
        "甄海波专题汇报公司经营情况。柯董事长强调要做好主业。"
    )
    assert parts_of(found).get("Zhen Haibo") == "reporter"
    assert "强调要" not in {p.native for p in found.persons}


def test_a_mayors_huddle_is_a_meeting_with_its_chair_and_attendees():
    found = zh_extract(
        "4月15日，市委副书记、市长柯明远主持召开市长碰头会，听取各副市长近期重点工作情况。"
        "市领导甄海波、柴永红参加会议。"
    )
    got = parts_of(found)
    assert got.get("Ke Mingyuan") == "chair"
    assert got.get("Zhen Haibo") == "attendee"
