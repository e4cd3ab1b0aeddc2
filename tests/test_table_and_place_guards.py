"""False links the larger organisation table and the place keys must not make (a review's
invented shapes; every name is invented)."""

from __future__ import annotations

from kg.placenames import place_body
from kg.vocab import load_vocab
from tests.helpers_en import extract_en, role_set
from tests.zh_article import zh_extract

VOCAB = load_vocab()


def test_a_table_name_opening_a_longer_capitalised_name_is_not_that_company():
    got = role_set(extract_en("Lu Junsi, Chairman of Gree Real Estate, presided over the meeting."))
    assert ("Lu Junsi", "chairman", "Gree Real Estate", "current") in got


def test_ordinary_phrases_are_no_names_of_the_table():
    for phrase in (
        "standard bank",
        "first quantum",
        "public investment fund",
        "new development bank",
    ):
        assert VOCAB.org_key(phrase) is None, phrase


def test_students_of_a_city_are_no_university():
    found = zh_extract(
        "5月8日，天津大学生志愿者代表柯文涛发言。", headline="志愿者大赛新闻", date="2024-05-10"
    )
    assert not any(VOCAB.org_key(o.name) for o in found.orgs)


def test_a_hospital_s_administrative_dean_is_no_executive_yuan():
    found = zh_extract(
        "5月8日，医院行政院长柯文涛主持会议。", headline="医院新闻", date="2024-05-10"
    )
    assert not any(VOCAB.org_key(o.name) == "executive-yuan" for o in found.orgs)


def test_another_country_s_party_body_is_not_the_cpc_s():
    found = zh_extract(
        "5月8日，省委书记柯文涛会见越共中央组织部部长阮文海。",
        headline="会见新闻",
        date="2024-05-10",
    )
    assert not any((VOCAB.org_key(o.name) or "").startswith("cpc-") for o in found.orgs)


def test_a_school_s_administrative_meeting_is_no_executive_council():
    assert VOCAB.org_key("行政会议") is None


def test_a_country_is_no_level_of_its_capital():
    assert place_body("Guatemala City") is None
    assert place_body("Panama City") is None


def test_a_list_after_a_colon_stops_at_a_line_that_is_no_item():
    found = zh_extract(
        "5月8日，青岚市与央企合作座谈会在北京举行。出席座谈会的还有：\n\n秘书长蒲晓东\n\n"
        "此前，市委书记赵海涛已作出批示。\n\n（记者 缪建国 通讯员 林小红）",
        headline="青岚市与央企合作座谈会举行",
        date="2024-05-10",
    )
    people = {p.person for p in found.events[0].participants}
    assert "Pu Xiaodong" in people and not people & {"Zhao Haitao", "Miao Jianguo"}


def test_a_meeting_of_the_afternoon_is_not_the_named_one_of_the_morning():
    found = zh_extract(
        "5月8日上午，市委召开民营企业座谈会，市委书记赵海涛主持。"
        "在5月8日下午召开的座谈会上，副市长蒲晓东出席。",
        headline="青岚市召开座谈会",
        date="2024-05-10",
    )
    named = [e for e in found.events if e.name != "座谈会"]
    assert all("Pu Xiaodong" not in {p.person for p in e.participants} for e in named)


def test_a_company_s_top_post_before_another_title_stays_with_the_name_before():
    got = role_set(
        extract_en(
            "Minister Wang Lei met Chen Jie, Chairman of Sunrise Holdings Chief Executive Officer "
            "Tom Baker, on Monday."
        )
    )
    assert ("Chen Jie", "chairman", "Sunrise Holdings", "current") in got
    assert ("Tom Baker", "chairman", "Sunrise Holdings", "current") not in got
