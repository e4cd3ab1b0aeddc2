"""Who took part: joined lists across 兼 and unnamed units, trips, listed names that are words."""

from __future__ import annotations

import pytest
from tests.zh_article import zh_extract


def _parts(event):
    return {p.person: p.part for p in event.participants}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "5月8日，宏达化工董事长柯文涛与青岚市委书记麻志刚、市长仝海燕举行工作会谈。",
            {"Ke Wentao": "attendee", "Ma Zhigang": "attendee", "Tong Haiyan": "attendee"},
        ),
        (
            "5月8日，宏达化工董事长柯文涛到西南分公司调研。宏达化工副总经理蒲晓东，集团总经理助理兼西南分公司总经理缪建国参加调研。",
            {"Ke Wentao": "visitor", "Pu Xiaodong": "attendee", "Miao Jianguo": "attendee"},
        ),
        (
            "5月8日，宏达化工董事长柯文涛到西南分公司调研。宏达化工总经理助理蒲晓东，办公室、财务部负责人陪同调研。",
            {"Ke Wentao": "visitor", "Pu Xiaodong": "accompanier"},
        ),
        (
            "5月8日，宏达化工董事长柯文涛主持召开座谈会，副总经理蒲晓东、甘露参加座谈。",
            {"Ke Wentao": "chair", "Pu Xiaodong": "attendee", "Gan Lu": "attendee"},
        ),
        ("5月8日，宏达化工董事长柯文涛一行参观了青岚重机装配车间。", {"Ke Wentao": "visitor"}),
    ],
)
def test_participants(body, expected):
    found = zh_extract(body, headline="宏达化工新闻", date="2024-05-10")
    assert _parts(found.events[0]) == expected


def test_who_went_along_on_a_trip_stated_after_its_stops():
    body = (
        "5月6日至8日，宏达化工董事长柯文涛赴湖南调研。\n\n7日上午，柯文涛主持召开座谈会。\n\n"
        "宏达化工副总经理蒲晓东陪同调研。西南分公司总经理缪建国参加有关活动。"
    )
    found = zh_extract(body, headline="柯文涛赴湖南调研", date="2024-05-10")
    trip, meeting = found.events
    assert _parts(trip) == {
        "Ke Wentao": "visitor",
        "Pu Xiaodong": "accompanier",
        "Miao Jianguo": "attendee",
    }
    assert _parts(meeting)["Ke Wentao"] == "chair"


def test_a_word_is_a_name_only_inside_a_list_of_names():
    found = zh_extract(
        "5月8日，副总经理蒲晓东、甘露参加座谈。甘露滋润大地。",
        headline="宏达化工新闻",
        date="2024-05-10",
    )
    assert [p.native for p in found.persons] == ["蒲晓东", "甘露"]
    found = zh_extract("5月8日，甘露参加座谈。", headline="宏达化工新闻", date="2024-05-10")
    assert found.persons == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # "省领导A、B" and "省政府秘书长C" join the list before them
        (
            "6月3日，省委书记车文远会见宏达化工董事长柯文涛。省委副书记、省长覃立民，省领导蒲晓东、仝海燕，"
            "省政府秘书长佘建新，宏达化工副总经理缪建国参加会见。",
            {"Qin Limin", "Pu Xiaodong", "Tong Haiyan", "She Jianxin", "Miao Jianguo"},
        ),
        # a short name the text defined joins the list as well as the full name
        (
            "6月3日，青岚重型机械有限公司（简称“青岚重机”）董事长柯文涛一行到宏达化工座谈。宏达化工副总经理蒲晓东，"
            "青岚重机副总经理缪建国、总会计师仝海燕参加座谈。",
            {"Pu Xiaodong", "Miao Jianguo", "Tong Haiyan"},
        ),
    ],
)
def test_lists_joined_across_place_organisations_and_short_names(body, expected):
    found = zh_extract(body, headline="湖南省人民政府", date="2024-06-05")
    assert expected <= {p for p, part in _parts(found.events[0]).items() if part == "attendee"}


def test_an_event_noun_inside_an_organisation_name_starts_no_meeting():
    found = zh_extract(
        "6月3日上午，省委书记、省人大常委会主任车文远在长沙会见宏达化工董事长柯文涛。",
        headline="车文远会见柯文涛",
        date="2024-06-05",
    )
    [event] = found.events
    assert event.kind == "talks" and event.name == "车文远会见柯文涛"


def test_a_visitor_of_several_places_named_in_one_clause():
    body = "3月9日至10日，宏达化工集团党委书记、董事长柯文涛赴宏达化工兰州分公司、宏达化工连云港分公司、宏达化工南昌分公司调研。"
    found = zh_extract(body, headline="柯文涛赴兰州分公司调研", date="2024-03-12")
    assert _parts(found.events[0]) == {"Ke Wentao": "visitor"}


@pytest.mark.parametrize("word", ["任期制"])
def test_genre_words_with_a_family_name_first_are_no_persons(word):
    found = zh_extract(f"4月2日，宏达化工推进经理层成员{word}和契约化管理。")
    assert found.persons == []


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # a name before its title, then what follows a person; a group after the list's 等
            "4月9日上午，柯文涛副校长带队到学院开展调研，学院党委书记麻志刚、院长仝海燕等党政领导班子成员等参加座谈。",
            {"Ke Wentao": "visitor", "Ma Zhigang": "attendee", "Tong Haiyan": "attendee"},
        ),
        (  # those listed after "陪同<someone>…来…调研的…有"
            "4月9日上午，柯文涛副校长带队到学院开展调研。陪同柯文涛副校长一同来学院调研的机关部门负责人有人事部部长蒲晓东、财务部副部长缪建国等。",
            {"Ke Wentao": "visitor", "Pu Xiaodong": "accompanier", "Miao Jianguo": "accompanier"},
        ),
    ],
)
def test_visits_with_names_before_titles_and_listed_escorts(body, expected):
    (event,) = zh_extract(body, headline="学院召开教学工作调研会").events
    assert _parts(event) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "5月8日，秦冬光、蒲亚中等出席座谈会。",  # jieba's "中等": the name's end and 等
            {"Qin Dongguang": "attendee", "Pu Yazhong": "attendee"},
        ),
        (
            "5月8日，副市长蒲建平等出席座谈会。",  # jieba's "平等"
            {"Pu Jianping": "attendee"},
        ),
        (
            "5月8日，梧岭市政府秘书长柯文涛，市发改委主任蒲晓东等组成的代表团一行20余人到宏达化工调研。",
            {"Ke Wentao": "visitor", "Pu Xiaodong": "visitor"},
        ),
    ],
)
def test_names_closed_by_deng_and_the_delegation_they_make_up(body, expected):
    found = zh_extract(body, headline="宏达化工新闻", date="2024-05-10")
    assert _parts(found.events[0]) == expected


def test_an_ordinary_word_glued_to_deng_is_no_name():
    found = zh_extract(
        "5月8日，会议要求提高等级保护水平，实现男女平等。",
        headline="宏达化工新闻",
        date="2024-05-10",
    )
    assert not found.persons


def test_a_title_holder_jieba_reads_as_a_place_and_those_who_joined_the_meeting():
    body = (
        "5月8日，座谈会在宏达化工举行，董事长柯文涛出席。外语学院院长龙川，"
        "教务处副处长沈丽，财务处副处长葛文林等参会。"
    )
    found = zh_extract(body, headline="宏达化工新闻", date="2024-05-10")
    assert {"Long Chuan", "Shen Li", "Ge Wenlin"} <= set(_parts(found.events[0]))


def test_a_verb_after_a_title_is_no_name():
    found = zh_extract(
        "5月8日，会上，市委书记强调，要抓好落实。市长宣布，项目开工。",
        headline="宏达化工新闻",
        date="2024-05-10",
    )
    assert not found.persons


def test_an_adverb_between_a_name_and_its_verb():
    found = zh_extract(
        "2024年5月18日，省卫健委副主任石冰一行到青川医院调研指导工作。"
        "座谈会上，青川医院院长秦鸿详细汇报了医院运营情况。",
        headline="省卫健委副主任石冰一行到青川医院调研指导工作",
    )
    assert ("Qin Hong", "reporter") in {(p.person, p.part) for p in found.events[0].participants}


def test_attendees_also_present_and_the_organiser_printed_as_holding_it():
    found = zh_extract(
        "5月10日，青岚市政府副市长柯文涛出席由青岚总商会举办的经济论坛并致辞。"
        "总商会会长麻志刚、民政局局长仝海燕亦有出席。",
        headline="青岚市政府新闻",
    )
    (event,) = found.events
    assert set(_parts(event)) == {"Ke Wentao", "Ma Zhigang", "Tong Haiyan"}
    assert event.organizer == "青岚总商会"


def test_a_bracketed_date_after_today_between_the_host_and_the_verb():
    found = zh_extract("行政长官柯文涛今日（五月八日）在礼宾府会见由青岚省省长仝海燕率领的代表团。")
    parts = {p.person: p.part for e in found.events for p in e.participants}
    assert parts.get("Ke Wentao") == "host"
    assert parts.get("Tong Haiyan") == "met"


def test_a_taiwan_date_today_between_a_host_and_the_verb_and_vice_ministers():
    found = zh_extract(
        "经济部长柯文涛今（10）日接见交流协会会长仝海燕一行。台中市长蒲晓东、经济部次长缪建国陪同出席。",
        headline="经济部长会见访问团",
    )
    assert "Ke Wentao" in {p.name for p in found.persons}  # not "柯文涛今"
    parts = {p.person: p.part for e in found.events for p in e.participants}
    assert parts.get("Ke Wentao") == "host"
    assert parts.get("Miao Jianguo") == "accompanier"
    assert any(r.person == "Miao Jianguo" and r.org == "经济部" for r in found.roles)


def test_a_list_in_groups_closed_by_semicolons_shares_the_verb_after_it():
    body = (
        "5月9日，青岚市市长柯文涛带队到宏达化工考察。市商务局局长蒲晓东，东区区长杜明远；"
        "邻市工信局局长宁海波等组成的考察团一行20余人走访了生产车间。"
    )
    found = zh_extract(body, headline="宏达化工新闻", date="2021-05-10")
    assert _parts(found.events[0]) == {
        "Ke Wentao": "visitor",
        "Pu Xiaodong": "visitor",
        "Du Mingyuan": "visitor",
        "Ning Haibo": "visitor",
    }


def test_a_semicolon_after_a_clause_with_its_own_verb_carries_nothing():
    body = "5月9日，宏达化工召开会议。董事长柯文涛主持会议；总经理蒲晓东讲话。"
    found = zh_extract(body, headline="宏达化工召开会议", date="2021-05-10")
    assert _parts(found.events[0]) == {"Ke Wentao": "chair", "Pu Xiaodong": "speaker"}


def test_the_other_side_of_an_exchange_after_a_visit_took_part():
    body = (
        "4月3日至5日，县委书记柯文涛带队前往青岚考察，与青岚区委书记蒲晓东，区委副书记、"
        "区长宁海波等就产业协作深入交流。"
    )
    found = zh_extract(body, headline="县委书记带队赴青岚考察", date="2024-04-06")
    assert _parts(found.events[0]) == {
        "Ke Wentao": "visitor",
        "Pu Xiaodong": "attendee",
        "Ning Haibo": "attendee",
    }


def test_a_list_with_honorifics_aliases_and_portfolios_in_brackets_attended():
    body = (
        "宏达大学校务委员会主席蒲晓东(子安)先生、校长及讲座教授柯文涛教授和副校长(学术)"
        "宁海波教授于 2023 年 9 月 8 日出席合作论坛。"
    )
    found = zh_extract(body, headline="宏达大学出席合作论坛", date="2023-09-09")
    assert _parts(found.events[0]) == {
        "Pu Xiaodong": "attendee",
        "Ke Wentao": "attendee",
        "Ning Haibo": "attendee",
    }
    assert "子安" not in {p.native for p in found.persons}


def test_a_name_with_its_honorific_before_the_verb_attended():
    found = zh_extract(
        "2025年5月21日，宏达大学校长柯文涛教授出席推介洽谈会。",
        headline="宏达大学新闻",
        date="2025-05-22",
    )
    assert _parts(found.events[0]) == {"Ke Wentao": "attendee"}


def test_who_led_a_call_in_traditional_characters_with_a_space_in_the_phrase():
    body = "商會代表團一行八人，在孫立平會長、蒲曉東副會長的帶領 下，於三月九日上午拜訪了宏達議會。"
    found = zh_extract(body, headline="商會代表團拜訪宏達議會", date="2021-03-10")
    assert _parts(found.events[0]) == {"Sun Liping": "visitor", "Pu Xiaodong": "visitor"}


def test_who_led_a_call_on_a_body():
    body = "商会代表团一行八人，在孙立平会长、蒲晓东副会长的带领下，于3月9日上午拜访了宏达议会。"
    found = zh_extract(body, headline="商会代表团拜访宏达议会", date="2021-03-10")
    assert _parts(found.events[0]) == {"Sun Liping": "visitor", "Pu Xiaodong": "visitor"}


def test_a_list_through_a_commissioner_s_title_shares_the_verb():
    body = (
        "宏达同乡会新一届理事会成立大会4月2日举行。青岚办主任孙立平，文化局局长蒲晓东，"
        "外交部驻青岚公署特派员邓志刚，青岚办副主任宁海波等出席大会。"
    )
    found = zh_extract(body, headline="宏达同乡会成立大会举行", date="2023-04-03")
    assert set(_parts(found.events[0])) == {
        "Sun Liping",
        "Pu Xiaodong",
        "Deng Zhigang",
        "Ning Haibo",
    }
    assert "公署" not in {p.native for p in found.persons}
