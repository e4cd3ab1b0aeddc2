"""Chinese: a place's body named by its level alone ("区政协", "区人大常委会") is the page's own
organisation even where jieba glues the body to the title; a description between an appointment
link and the organisation ("转任新设央企X集团董事长") is read past. Sentences written for these
tests; every name is invented."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_district_s_cppcc_named_by_its_level_alone():
    got = roles_of(
        zh_extract(
            "3月2日，区政协召开主席会议。区政协主席柯文涛主持会议并讲话。副主席蒲晓东、"
            "宁海波参加会议。区人大常委会主任韦立新出席。",
            headline="区政协召开主席会议",
            date="2024-03-04",
        )
    )
    assert ("Ke Wentao", "other", "区政协", "current") in got
    assert ("Ning Haibo", "other", "区政协", "current") in got
    assert ("Wei Lixin", "head", "区人大常委会", "current") in got


def test_a_level_glued_inside_a_longer_word_names_no_body():
    got = roles_of(
        zh_extract(
            "3月2日，河湾银行召开会议。该行工会主席柯文涛在会上讲话。",
            headline="河湾银行召开工作会议",
            date="2024-03-04",
        )
    )
    assert not any(o.startswith("行") for _p, _r, o, _s in got)


def test_a_description_between_the_link_and_the_organisation():
    text = "2022年7月12日，原青岚集团董事长蒲晓东转任新设央企华远矿业集团董事长。"
    got = roles_of(zh_extract(text, headline="央企高管变动", date="2022-07-13"))
    assert ("Pu Xiaodong", "chairman", "华远矿业集团", "current") in got
    text = "2022年7月12日，蒲晓东出任新组建的华远矿业集团总经理。"
    got = roles_of(zh_extract(text, headline="央企高管变动", date="2022-07-13"))
    assert ("Pu Xiaodong", "general-manager", "华远矿业集团", "current") in got


def test_a_move_in_a_later_clause_is_the_sentence_s_person_s():
    text = (
        "2022年7月12日，执掌青岚集团三年的蒲晓东，离任董事长之位，转任新设央企华远矿业集团董事长。"
    )
    got = roles_of(zh_extract(text, headline="央企高管变动", date="2022-07-13"))
    assert ("Pu Xiaodong", "chairman", "华远矿业集团", "current") in got


def test_that_association_is_the_one_named_last_not_the_visitors():
    text = (
        "5月3日，青岚工商联合会会长苏有信一行七人访问河湾中华总商会，受到该会理事长高开明，"
        "副理事长崔煜林、何富强等的热情接待。"
    )
    got = roles_of(zh_extract(text, headline="青岚客商来访", date="2024-05-04"))
    assert ("Gao Kaiming", "other", "河湾中华总商会", "current") in got
    assert ("Cui Yulin", "other", "河湾中华总商会", "current") in got
    assert not any(p == "Gao Kaiming" and o == "青岚工商联合会" for p, _r, o, _s in got)


def test_today_is_the_lead_s_day_and_yesterday_the_day_before():
    text = (
        "本报8月29日讯（记者柯文）今天上午，市委副书记、市长韦立新会见了青岚银行党委书记、"
        "行长蒲晓东一行。"
    )
    found = zh_extract(text, headline="韦立新会见青岚银行客人", date="2019-08-30")
    assert [str(e.start) for e in found.events] == ["2019-08-29"]
    text = "昨日，市委副书记、市长韦立新会见了青岚银行党委书记、行长蒲晓东一行。"
    found = zh_extract(text, headline="韦立新会见青岚银行客人", date="2019-08-30")
    assert [str(e.start) for e in found.events] == ["2019-08-29"]
