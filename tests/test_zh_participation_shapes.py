"""Chinese participation: escorts (在...的陪同下), lists joined across unknown organisations, talks.

Every name and organisation here is invented for the tests.
"""

from kg.extract import extract_article
from kg.read import make_article


def parts(body: str) -> dict[str, str]:
    text = f"虚构活动新闻标题用于测试\n2023年6月2日\n{body}\n"
    found = extract_article(make_article("x.txt", text))
    return {p.person: p.part for e in found.events for p in e.participants}


def test_escorted_visitor_and_escorts():
    got = parts(
        "6月1日上午，副市长柴文博在市政府副秘书长贝永红、市水务局副局长卜建川等领导的陪同下，"
        "来到东岭水务集团，开展走访调研活动。集团董事长冷志刚携全体高管参加了调研。"
    )
    assert got["Chai Wenbo"] == "visitor"
    assert got["Bei Yonghong"] == "accompanier"
    assert got["Bu Jianchuan"] == "accompanier"
    assert got["Leng Zhigang"] == "attendee"


def test_a_list_with_organisations_the_lexicon_does_not_know_stays_one_list():
    got = parts(
        "6月1日，省政府与三家企业签订合作协议。省委副书记、省长甄立国，青川矿业控股集团党委书记、董事长"
        "池海波，东岭新材料集团党委副书记、总经理满庆华等出席签约仪式。"
    )
    assert {"Zhen Liguo", "Chi Haibo", "Man Qinghua"} <= set(got)


def test_the_other_side_of_talks_took_part():
    got = parts(
        "6月1日，集团公司董事长闻博涛、总经理亢立伟等一行赴青川矿业集团考察调研，"
        "与青川矿业集团党委书记、董事长尉迟浩、总经理佟克明等进行了座谈交流。"
    )
    assert got["Wen Botao"] == "visitor"
    assert {"Yuchi Hao", "Tong Keming"} <= set(got)


def test_a_list_that_ends_with_a_bodys_unnamed_officials_still_attends():
    got = parts(
        "6月1日上午，区委书记甘明远到东岭碳素等企业实地调研。区政府副区长韦永泉、区开发区主任"
        "卜保国、区住建局相关负责同志一同参加调研。"
    )
    assert got.get("Wei Yongquan") == "attendee"
    assert got.get("Bu Baoguo") == "attendee"


def test_a_name_whose_clause_sends_officials_somewhere_does_not_attend():
    got = parts("6月1日上午，区委书记甘明远到东岭碳素调研。区长韦永泉要求企业负责人参加培训。")
    assert "Wei Yongquan" not in got


def test_the_leaders_of_a_delegation_named_in_a_lead_phrase_are_visitors():
    got = parts(
        "6月1日上午，青川市考察团在市领导邓一鸣、邱德海的带领下，来到江东区政府参观交流，并与区政府领导"
        "进行座谈。"
    )
    assert got.get("Deng Yiming") == "visitor"
    assert got.get("Qiu Dehai") == "visitor"


def test_the_members_a_delegation_lists_are_visitors():
    got = parts(
        "6月1日，青川市长苗丽娟率团访问北岭市，代表团成员包括教育局长贺文涛、数字局长石凯东。"
    )
    assert got.get("He Wentao") == "visitor"
    assert got.get("Shi Kaidong") == "visitor"
    trad = parts(
        "6月1日，青川市長苗麗娟率團訪問北嶺市。訪團成員包括教育局長賀文濤、數字局長石凱東。"
    )
    assert trad.get("He Wentao") == "visitor"


def test_a_delegation_going_to_consult_are_visitors_of_the_talks():
    got = parts(
        "6月1日上午，校党委书记胡金城、校长夏东海一行赴青岚市会商合作工作。青岚市委书记刘建国，"
        "市委副书记、市长毕维华会见并举行座谈。"
    )
    assert got["Hu Jincheng"] == "visitor"
    assert got["Xia Donghai"] == "visitor"
    assert got["Liu Jianguo"] == "host"


def test_a_returning_group_of_entrepreneurs_and_its_hosts():
    got = parts(
        "6月1日，松岭商会会长、东岭健康管理有限公司董事长冷文博博士，松岭商会名誉会长、青川酒店有限公司"
        "董事长池海波等12位松岭籍企业家组团返乡参观考察。区委书记满庆华，区长赖晓松热情接待了考察团一行。"
    )
    assert got["Leng Wenbo"] == "visitor"
    assert got["Chi Haibo"] == "visitor"
    assert got["Man Qinghua"] == "host"
    assert got["Lai Xiaosong"] == "host"


def test_an_honorary_title_is_no_post_of_the_company_before_it():
    text = "虚构活动新闻标题用于测试\n2023年6月2日\n松岭商会名誉会长、青川酒店有限公司董事长池海波出席。\n"
    found = extract_article(make_article("x.txt", text))
    got = {(r.person, r.title, r.org) for r in found.roles}
    assert ("Chi Haibo", "名誉会长", "松岭商会") in got
    assert not {r for r in got if r[1].endswith("会长") and r[2] != "松岭商会"}


def test_a_list_closed_by_the_officials_of_several_units_attends():
    got = parts(
        "6月1日下午，副市长冷文博来我校调研。我校党委书记甄立国，党委副书记、校长池海波，副校长满庆华"
        "及校办、研究生处、就业处负责同志出席调研座谈会。"
    )
    assert {"Zhen Liguo", "Chi Haibo", "Man Qinghua"} <= set(got)


def test_names_closed_by_guests_as_their_group_attend():
    got = parts(
        "6月1日，青川县商业会会员大会举行。县长甄立国、副县长池海波、青川市长满庆华等贵宾共同出席。"
    )
    assert {"Zhen Liguo", "Chi Haibo", "Man Qinghua"} <= set(got)
    trad = parts(
        "6月1日，青川縣商業會會員大會舉行。縣長甄立國、副縣長池海波、青川市長滿慶華等貴賓共同出席。"
    )
    assert {"Zhen Liguo", "Chi Haibo", "Man Qinghua"} <= set(trad)


def test_names_all_attending_attend():
    got = parts("6月1日，青川县举行交流会议。县长甄立国、副县长满庆华都出席。")
    assert {"Zhen Liguo", "Man Qinghua"} <= set(got)


def test_more_members_of_a_visiting_party_after_a_lead_in():
    got = parts(
        "6月1日，青川市外事办主任甄立国访问松岭商会。到访松岭商会的还有青川市外事办处长池海波，"
        "礼宾处处长满庆华。"
    )
    assert got.get("Chi Haibo") == "visitor"
    assert got.get("Man Qinghua") == "visitor"


def test_the_host_a_visit_was_received_by_after_a_bare_huo():
    got = parts("6月1日，松岭商会领导层一行拜会青川市议会，获议长甄立国 亲切接见，双方交换了意见。")
    assert got.get("Zhen Liguo") == "host"
