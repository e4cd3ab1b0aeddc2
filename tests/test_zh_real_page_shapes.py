"""Chinese shapes met on real news pages (sentences written for the tests; every name and
organisation here is invented): sector lists that are no organisations, verbs glued to an
administrative level, ordinals inside hospital names, names after a title followed by a time
word or a greeting verb, permanent secretaries.
"""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.extract.zh.orgs import sentence_orgs
from kg.read import make_article
from kg.vocab import load_vocab
from tests.zh_article import roles_of, zh_extract


def orgs(sentence: str) -> list[str]:
    return [name for _, _, name in sentence_orgs(sentence, load_vocab())]


def found(body: str):
    return extract_article(make_article("x.txt", f"虚构新闻标题用于测试\n2024年3月2日\n{body}\n"))


def test_a_list_of_trades_before_a_counter_names_no_organisation():
    assert orgs("成员来自航运及有关行业、中药材、粮油加工、仓储、会计及审计等九十六家企业。") == []
    assert orgs("代表团上午参观了三家企业。") == []


def test_a_list_of_names_before_a_counter_still_names_organisations():
    got = orgs("会上，岭东锰业、华泽物流、青禾国际3家企业作交流发言。")
    assert {"岭东锰业", "华泽物流", "青禾国际"} <= set(got)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("方立言同志任市妇幼保健院院长。", "市妇幼保健院"),
        ("会议宣布，曹如山同志任梧岭市第三人民医院党委书记。", "梧岭市第三人民医院"),
    ],
)
def test_appointment_verbs_and_ordinals_around_hospital_names(sentence, name):
    assert orgs(sentence) == [name]


@pytest.mark.parametrize("sentence", ["全院要把准医院发展方向。", "他代表市委提出三点意见。"])
def test_a_verb_before_a_generic_word_makes_no_organisation(sentence):
    assert orgs(sentence) == []


def test_names_after_a_title_end_at_time_words_and_greeting_verbs():
    got = found(
        "行政长官罗嘉铭今日率领代表团前往梧岭。代表团抵达机场，获副省长韩振国迎接。"
        "局长汪永宁、常任秘书长郑晓岚出席。"
    )
    names = {p.name for p in got.persons}
    assert {"Luo Jiaming", "Han Zhenguo", "Wang Yongning", "Zheng Xiaolan"} <= names
    assert "Chang Ren" not in names  # 常任 (permanent) is part of a title, not a name


def roles(body: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in found(body).roles}


def test_an_appointment_verb_glued_to_the_name_of_a_company_opens_it():
    got = roles("会议宣布：方立言同志任青禾矿业集团有限公司董事长、党组书记。")
    assert ("Fang Liyan", "chairman", "青禾矿业集团有限公司") in got
    assert ("Fang Liyan", "party-secretary", "青禾矿业集团有限公司") in got


@pytest.mark.parametrize(
    "body, person, role",
    [
        ("青禾矿业集团董事长为曹如山。", "Cao Rushan", "chairman"),
        ("青禾矿业集团总经理由汪永宁担任。", "Wang Yongning", "general-manager"),
    ],
)
def test_a_name_completing_titles_as_a_predicate_holds_them(body, person, role):
    assert (person, role, "青禾矿业集团") in roles(body)


@pytest.mark.parametrize("title", ["董事局主席", "董事會主席", "董事长"])
def test_the_chairman_of_a_board_in_hong_kong_usage_is_the_chairman(title):
    assert ("Cao Rushan", "chairman", "青禾控股有限公司") in roles(
        f"青禾控股有限公司{title}曹如山出席。"
    )


def parts(body: str) -> dict[str, str]:
    return {p.person: p.part for e in found(body).events for p in e.participants}


def test_both_sides_of_talks_take_part():
    got = parts(
        "3月13日，青禾集团董事长方立言，总经理曹如山在公司总部与梧岭省委书记汪永宁，"
        "省长郑晓岚举行会谈。"
    )
    assert {"Fang Liyan", "Cao Rushan", "Wang Yongning", "Zheng Xiaolan"} <= set(got)


def test_a_leader_cited_in_a_slogan_takes_no_part():
    got = parts(
        "3月13日，青禾集团董事长方立言在梧岭调研。他表示，要深入贯彻曹如山总书记考察梧岭重要讲话精神。"
    )
    assert "Fang Liyan" in got and "Cao Rushan" not in got


def test_a_word_jieba_takes_for_a_number_inside_a_legal_name_stays_in_it():
    got = roles(
        "会议宣布：方立言同志任青禾矿业集团有限公司董事长，免去其梧岭一方集团有限公司董事职务。"
    )
    assert ("Fang Liyan", "director", "梧岭一方集团有限公司") in got
    assert orgs("会上，三家企业作交流发言。") == []


def _career(sentence: str) -> set[tuple[str, str, str, str]]:
    text = f"集团公司召开干部大会宣布领导班子调整事项\n\n{sentence}\n"
    found = extract_article(make_article("career.txt", text), load_vocab())
    return {(r.person, r.role, r.org, r.status) for r in found.roles}


@pytest.mark.parametrize(
    "sentence",
    [
        "罗启航，曾任青川港务公司总经理，现任沧澜航运集团董事长。",
        "罗启航曾任青川港务公司总经理，现任沧澜航运集团董事长。",
        "青川港务公司总经理罗启航升任沧澜航运集团董事长。",
        "沧澜航运集团董事长罗启航，曾任青川港务公司总经理。",
    ],
)
def test_a_career_after_a_name_gives_former_and_current_posts(sentence: str) -> None:
    roles = _career(sentence)
    assert ("Luo Qihang", "general-manager", "青川港务公司", "former") in roles
    assert ("Luo Qihang", "chairman", "沧澜航运集团", "current") in roles


def test_a_career_lists_posts_at_several_organisations() -> None:
    roles = _career("罗启航此前担任青川港务公司总经理、沧澜航运集团副总经理。")
    assert roles == {
        ("Luo Qihang", "general-manager", "青川港务公司", "former"),
        ("Luo Qihang", "deputy-general-manager", "沧澜航运集团", "former"),
    }


def test_a_city_jieba_reads_as_a_name_is_a_place_and_its_committee_an_organisation() -> None:
    text = "市领导会见客商代表团并座谈交流合作事项\n\n5月19日，韩立新在曲靖会见了曲靖市委书记洪晓岚、市长邬定远。\n"
    found = extract_article(make_article("city.txt", text), load_vocab())
    names = {p.name for p in found.persons}
    assert names == {"Han Lixin", "Hong Xiaolan", "Wu Dingyuan"}  # not "Qu Jing"
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Hong Xiaolan", "party-secretary", "曲靖市委") in roles
    assert ("Wu Dingyuan", "mayor", "曲靖市") in roles


def test_a_biography_with_ascii_commas_and_dated_posts() -> None:
    roles = _career(
        "罗启航,现任沧澜航运集团有限公司董事长、党组书记,青川港务股份有限公司董事。"
        "罗启航于2009年8月起任青川港务公司副总经理。"
    )
    assert ("Luo Qihang", "chairman", "沧澜航运集团有限公司", "current") in roles
    assert ("Luo Qihang", "party-secretary", "沧澜航运集团有限公司", "current") in roles
    assert any(
        r[1:] == ("director", r[2], "current") and r[2].startswith("青川港务") for r in roles
    )
    assert ("Luo Qihang", "deputy-general-manager", "青川港务公司", "former") in roles


def test_a_resignation_of_titles_listed_with_yiji() -> None:
    roles = _career("罗启航申请辞去沧澜航运集团董事长、董事以及审计委员会主任委员职务。")
    assert roles >= {
        ("Luo Qihang", "chairman", "沧澜航运集团", "former"),
        ("Luo Qihang", "director", "沧澜航运集团", "former"),
    }


def test_an_organisation_defined_as_the_company_itself_is_what_the_generic_words_mean():
    got = found(
        "瀚川电讯集团有限公司（「本公司」）董事会宣布，区志明先生已辞任本公司执行董事。"
        "董事会主席蔡永康先生表示感谢。"
    )
    assert got.main_org == "瀚川电讯集团有限公司"
    assert ("Cai Yongkang", "chairman", "瀚川电讯集团有限公司") in {
        (r.person, r.role, r.org) for r in got.roles
    }
    assert not [o for o in got.orgs if "本公司" in (o.name, *o.aliases)]


def test_a_quoted_short_name_in_brackets_is_an_alias_without_a_marker():
    got = found("瀚川电讯集团有限公司（「瀚川电讯」）今日公布业绩，瀚川电讯行政总裁区志明出席。")
    (org,) = [o for o in got.orgs if "瀚川电讯集团有限公司" in (o.name, *o.aliases)]
    assert {org.name, *org.aliases} >= {"瀚川电讯", "瀚川电讯集团有限公司"}


@pytest.mark.parametrize(
    "body, role",
    [
        ("嘉泓集团主席罗志坤出席典礼。", "chairman"),  # a company's chair
        ("嘉泓集团副主席罗志坤出席典礼。", "vice-chairman"),
        ("嘉泓市人大常委会主席罗志坤出席典礼。", "other"),  # a political office
        ("嘉泓市政协副主席罗志坤出席典礼。", "other"),
    ],
)
def test_a_chair_title_is_a_chairman_except_at_a_political_body(body, role):
    assert {r.role for r in found(body).roles if r.person == "Luo Zhikun"} == {role}


def test_an_appointing_verb_is_not_part_of_the_organisation_after_it():
    names = orgs("董事会昨日议决，委任嘉泓医院管理局主席罗志坤为基金会主席。")
    assert not [n for n in names if n.startswith("委任")]


def test_a_resignation_after_a_reason_points_back_to_the_bank_named_before():
    got = found(
        "据嘉泓银行公告，罗志坤因工作安排需要，辞去该行董事长、非执行董事以及董事会风险管理委员会主席职务。"
        "辞任后罗志坤不再担任该行任何职务。"
    )
    assert {
        ("Luo Zhikun", "chairman", "嘉泓银行", "former"),
        ("Luo Zhikun", "director", "嘉泓银行", "former"),
    } <= {(r.person, r.role, r.org, r.status) for r in got.roles}


def test_a_board_term_between_the_organisation_and_the_title():
    got = found("嘉泓银行公告称，该行董事会已选举区志明为该行第六届董事会董事长。区志明表示感谢。")
    assert ("Ou Zhiming", "chairman", "嘉泓银行") in {(r.person, r.role, r.org) for r in got.roles}


def test_a_company_printed_with_its_stock_code_and_an_announcements_posts():
    got = zh_extract(
        "嘉泓科技(600123.SH)发布公告，公司于今日收到董事长区志明先生的辞职报告。"
        "区志明先生因工作变动，申请辞去公司董事长职务。辞职后，区志明先生仍担任公司董事、总裁。",
        headline="嘉泓科技董事长辞职",
    )
    assert "嘉泓科技" in {o.name for o in got.orgs}
    assert {
        ("Ou Zhiming", "chairman", "嘉泓科技", "former"),
        ("Ou Zhiming", "director", "嘉泓科技", "current"),
        ("Ou Zhiming", "general-manager", "嘉泓科技", "current"),
    } <= roles_of(got)


def test_a_stock_code_names_the_company_without_the_words_before_it():
    got = zh_extract("据悉，近日腾龙控股（00888.HK）公布年度业绩。")
    assert "腾龙控股" in {o.name for o in got.orgs}


def test_a_name_glued_to_the_appointment_verb_before_a_title():
    got = found("经研究决定，郭浩明任华原银行党委书记，李建国任华原银行行长。")
    assert {p.native for p in got.persons} >= {"郭浩明", "李建国"}
    assert ("Guo Haoming", "party-secretary", "华原银行") in {
        (r.person, r.role, r.org) for r in got.roles
    }


def test_a_glued_verb_without_a_title_names_nobody():
    assert [p.native for p in found("该同志任职期间表现突出，新任领导出席。").persons] == []


def test_a_name_before_an_honorific_and_after_a_glued_function_word():
    got = found("因年龄原因，秦立明先生不再担任本行董事长。本次会议由韩启山先生主持。")
    assert {p.native for p in got.persons} >= {"秦立明", "韩启山"}
    assert [p.native for p in found("各位先生、女士出席了会议。").persons] == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("教育及人力发展局局长苏立德出席。", "教育及人力发展局"),
        ("文化和旅游发展局局长出席。", "文化和旅游发展局"),
    ],
)
def test_a_government_unit_named_for_two_fields_is_one_name(sentence, name):
    assert orgs(sentence) == [name]


def test_two_companies_joined_by_and_stay_two():
    got = orgs("青禾和华泽集团的代表出席。")
    assert got and not any("和" in name for name in got)


def test_our_own_people_visiting_another_group_is_no_page_about_it():
    text = (
        "集团领导赴青禾集团考察调研\n2024年1月6日\n1月5日，集团公司党委书记、董事长秦立明一行"
        "赴青禾集团考察调研，与青禾集团党委书记、董事长郭浩明进行座谈。\n"
    )
    got = extract_article(make_article("x.txt", text))
    assert got.main_org is None
    held = {(r.person, r.org) for r in got.roles}
    assert ("Guo Haoming", "青禾集团") in held
    assert ("Qin Liming", "青禾集团") not in held


def test_an_official_visiting_the_group_keeps_the_page_about_it():
    got = extract_article(
        make_article(
            "x.txt",
            "省领导赴青禾集团调研\n2024年3月2日\n副省长郭浩明赴青禾集团调研，集团公司董事长秦立明陪同。\n",
        )
    )
    assert got.main_org == "青禾集团"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("广东省发改委主任苏文澜出席。", "广东省发改委"),
        ("深圳国资委主任出席。", "深圳国资委"),
        ("国家发改委副主任出席。", "国家发改委"),
    ],
)
def test_a_place_before_a_national_bodys_short_name_makes_it_the_places(sentence, name):
    assert orgs(sentence) == [name]


def test_titles_at_two_organisations_separated_by_a_comma_before_one_name():
    got = roles_of(found("华电集团党组书记、董事长，华能集团党委书记、董事长范启航出席。"))
    assert {
        ("Fan Qihang", "chairman", "华电集团", "current"),
        ("Fan Qihang", "chairman", "华能集团", "current"),
    } <= got
    got = roles_of(found("出席会议的有华电集团总经理，华能集团董事长范启航。"))
    assert ("Fan Qihang", "general-manager", "华电集团", "current") not in got


def test_a_secretary_of_a_party_body_is_its_party_secretary():
    got = roles_of(found("青州市委教育工委副书记王晓川出席。"))
    assert ("Wang Xiaochuan", "deputy-party-secretary", "青州市委教育工委", "current") in got
    got = roles_of(found("青州市团委副书记张明出席。"))
    assert ("Zhang Ming", "other", "青州市团委", "current") in got


def test_dismissed_comrade_then_the_post():
    got = roles_of(found("免去熊永川同志梧岭市第二人民医院党委书记职务。"))
    assert got == {("Xiong Yongchuan", "party-secretary", "梧岭市第二人民医院", "former")}
    assert roles_of(found("李四明同志主持会议。")) == set()


def test_the_site_named_in_the_source_field_is_the_pages_own_organisation():
    text = (
        "集团召开年度工作会议\n来源:青禾集团网 时间:2024-01-06\n"
        "1月5日，集团召开年度工作会议，会议由党委书记、董事长秦立明主持，青禾集团各部门负责人参加。\n"
    )
    got = extract_article(make_article("x.txt", text))
    assert got.main_org == "青禾集团"
    assert ("Qin Liming", "chairman", "青禾集团", "current") in roles_of(got)


def test_a_site_field_without_the_self_words_decides_nothing():
    text = "华泽公司召开会议\n来源:青禾集团网 时间:2024-01-06\n1月5日，华泽公司召开会议，青禾集团派员参加。\n"
    assert extract_article(make_article("x.txt", text)).main_org == "华泽公司"


def test_a_name_before_an_adverb_of_manner():
    got = found("2月11日，青禾集团党委书记、董事长贾远航热情接待了来访客人。")
    assert ("Jia Yuanhang", "chairman", "青禾集团", "current") in roles_of(got)


def test_visitors_coming_to_us_do_not_make_their_bureau_the_page():
    text = (
        "副市长到集团调研\n2022年9月16日\n9月15日下午，副市长邵文杰在市发改委副主任龚晓宁的陪同下，"
        "到集团公司考察调研。集团公司董事长柏成林参加了调研。\n"
    )
    got = extract_article(make_article("x.txt", text))
    assert got.main_org is None
    assert not any(r.person == "Bai Chenglin" for r in got.roles)


def test_a_group_and_its_listed_company_under_one_short_name_stay_two():
    got = found("瑞华黄金集团董事长王明出席瑞华黄金股份有限公司年会。")
    by_name = {o.name: o.aliases for o in got.orgs}
    assert "瑞华黄金集团" in by_name and "瑞华黄金股份有限公司" in by_name
    assert "瑞华黄金股份有限公司" not in by_name["瑞华黄金集团"]
    single = found("南方航运股份有限公司召开会议，南方航运总经理李华致辞。")
    assert [(o.name, o.aliases) for o in single.orgs] == [("南方航运", ("南方航运股份有限公司",))]


def test_a_short_form_is_not_read_from_the_start_of_a_longer_name():
    """ "X股份召开…" is X股份 speaking, not X: no bare X beside the full name and the group."""
    got = found(
        "青岚锡业股份召开年度工作会议。青岚锡业股份党委书记周明出席，会议学习了青岚锡业集团"
        "工作会议精神。青岚锡业股份有限公司办公室供稿。"
    )
    names = {o.name for o in got.orgs}
    assert "青岚锡业" not in names
    assert {"青岚锡业股份", "青岚锡业集团"} <= names


def test_a_rare_surname_and_common_words_that_look_like_names():
    got = found(
        "会上，省卫生健康委党组书记、主任蒯雯同志强调要打造高水平人才队伍，并宣布聘任杜海平为荣誉院长。"
    )
    names = {p.native for p in got.persons}
    assert "蒯雯" in names and not names & {"高水平", "荣誉"}


def test_a_name_before_its_title_and_a_short_name_before_a_holders_title():
    got = found("3月4日下午，柯文涛副校长率队来学院调研。青岚董事长舒明出席会议，宣布了决定。")
    assert {p.native for p in got.persons} == {"柯文涛", "舒明"}
    assert "柯文涛" not in {o.name for o in got.orgs}


def test_a_visit_verb_glued_into_a_word_is_no_part_of_an_organisations_name():
    got = found("3月3日，京都市議會訪問團拜會青嵐市議會，當天由邱麗華議長親自接待。")
    names = {o.name for o in got.orgs}
    assert "青嵐市議會" in names or "青岚市议会" in names
    assert not any("拜" in n for n in names)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("国家卫生健康委主任冉立平出席会议。", "国家卫生健康委"),
        ("青岚市卫生健康委员会主任冉立平出席会议。", "青岚市卫生健康委员会"),
        ("宏远能源董事长李明出席会议。", "宏远能源"),
    ],
)
def test_a_field_adjective_inside_a_units_name_does_not_cut_it(sentence, name):
    assert orgs(sentence) == [name]


def test_a_stationed_discipline_group_names_no_organisation_drawn_from_its_prefix():
    got = found("驻委纪检监察组组长祝文山出席会议。")
    assert not any(o.name.startswith("驻") for o in got.orgs)
    assert not got.roles


def test_a_date_never_reads_across_lines_and_a_month_stamp_gives_its_year():
    page = "青岚集团召开年度工作会议\n2021年5月\n\n5月9日，省长胡明率代表团莅临青岚集团总部调研。\n"
    article = make_article("x.txt", page)
    assert article.published is None  # "2021年5月" and the next line's "5" are no date
    (event,) = extract_article(article).events
    assert event.start.isoformat() == "2021-05-09"
    other = (
        "青岚集团召开年度工作会议\n2021年5月\n\n6月9日，省长胡明率代表团莅临青岚集团总部调研。\n"
    )
    assert not extract_article(make_article("x.txt", other)).events  # another month: no year


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("梧岭市投资促进局局长罗一鸣介绍了项目情况。", "梧岭市投资促进局"),
        ("青川县文化广电和旅游局局长付晓东出席。", "青川县文化广电和旅游局"),
        ("县文化广电和旅游局局长付晓东出席。", "县文化广电和旅游局"),
        ("梧岭市行政审批服务管理局局长罗一鸣出席。", "梧岭市行政审批服务管理局"),
        ("此前任安徽省住房和城乡建设厅副厅长。", "安徽省住房和城乡建设厅"),
        ("省退役军人事务厅厅长曹如山出席。", "省退役军人事务厅"),
        ("商务部投资促进事务局副局长罗一鸣致辞。", "商务部投资促进事务局"),
    ],
)
def test_a_government_departments_standard_name_is_read_whole(sentence, name):
    assert name in orgs(sentence)


def test_a_departments_name_takes_no_verb_nor_a_joined_body_before_it():
    assert "省卫生健康委" in orgs("全院上下要珍惜省卫生健康委党组给予的信任。")
    assert not any("珍惜" in name for name in orgs("全院上下要珍惜省卫生健康委党组给予的信任。"))
    assert "自然资源部" in orgs("会见前，省政府与自然资源部举行工作会谈。")
    assert not any("与" in name for name in orgs("会见前，省政府与自然资源部举行工作会谈。"))


def test_a_departments_head_holds_the_post_at_the_whole_department():
    got = roles_of(found("梧岭市投资促进局局长罗一鸣介绍了项目情况。"))
    assert ("Luo Yiming", "head", "梧岭市投资促进局", "current") in got


def test_a_name_jieba_cuts_inside_a_list_of_names_is_read_from_its_mates():
    got = found("另有4名委员，即祁少华、罗宝山、韦思远和葛俊豪教授均获续聘。")
    assert {"Qi Shaohua", "Luo Baoshan", "Wei Siyuan", "Ge Junhao"} <= {p.name for p in got.persons}


def test_a_list_mate_is_read_only_beside_a_name():
    got = found("会议邀请北京、上海、宝山等地代表参加。")
    assert not got.persons


def test_a_heads_contracted_title_after_an_abbreviated_bureau_names_the_bureau():
    got = found("商经局长丘文浩说，新安排将于7月1日起实施。")
    assert ("Qiu Wenhao", "head", "商经局", "current") in roles_of(got)


def test_a_name_between_an_organisation_and_its_title_is_its_members():
    got = found("青禾公益基金会韦嘉诚主任及梧岭医科大学严立峰教授下周也将出席。")
    assert {"Wei Jiacheng", "Yan Lifeng"} <= {p.name for p in got.persons}
    assert ("Wei Jiacheng", "head", "青禾公益基金会", "current") in roles_of(got)
    got = found("梧岭市议会邹雅琴议长、孟家豪副议长出席。")
    assert ("Zou Yaqin", "other", "梧岭市议会", "current") in roles_of(got)


def test_a_title_joiner_is_no_part_of_the_next_organisations_name():
    assert "康咨会" in orgs("青禾控股常务董事、行政总监兼康咨会主席叶思琪出席。")
    assert not any(
        name.startswith("兼") for name in orgs("青禾控股常务董事、行政总监兼康咨会主席叶思琪出席。")
    )


def test_an_alias_inside_a_name_and_its_link_is_no_organisation():
    got = found("梧岭市人民政府决定任命张华为市财政局局长，免去刘伟的市财政局局长职务。")
    assert not [o.name for o in got.orgs if "华为" in o.name]
    assert ("Zhang Hua", "head", "梧岭市财政局", "current") in roles_of(got)


def test_a_post_left_in_the_next_clause_is_the_same_persons():
    got = zh_extract(
        "宏达化工宣布：秦冬光任公司党委书记、董事长，不再担任公司总经理职务；蒲晓东任公司总经理。",
        headline="宏达化工召开干部大会",
        date="2024-05-10",
    )
    assert ("Qin Dongguang", "general-manager", "宏达化工", "former") in roles_of(got)
    assert ("Pu Xiaodong", "general-manager", "宏达化工", "current") in roles_of(got)


def test_a_name_before_a_separate_appointing_verb_and_a_title():
    got = zh_extract(
        "会上宣布柯文涛任公司总经理。", headline="宏达化工召开干部大会", date="2024-05-10"
    )
    assert ("Ke Wentao", "general-manager", "宏达化工", "current") in roles_of(got)
    got = zh_extract("经研究，同意任命。", headline="宏达化工召开干部大会", date="2024-05-10")
    assert not got.persons


def test_a_government_post_printed_alone_is_not_the_pages_companys():
    got = zh_extract(
        "财政司司长陈启衡昨日表示，经济持续复苏。",
        headline="宏达化工召开干部大会",
        date="2024-05-10",
    )
    assert not [r for r in got.roles if r.org == "宏达化工"]
    got = zh_extract(
        "香港特区政府财政司司长陈启衡昨日表示，经济持续复苏。",
        headline="宏达化工召开干部大会",
        date="2024-05-10",
    )
    assert ("Chen Qiheng", "other", "香港特区政府", "current") in roles_of(got)


def test_an_acting_post_and_a_numbered_congress_are_read():
    got = found(
        "梧岭市第十四届人民代表大会常务委员会第九次会议决定：秦冬光同志代理梧岭市人民政府市长。"
    )
    names = {o.name for o in got.orgs}
    assert "梧岭市第十四届人民代表大会常务委员会" in names
    assert "梧岭市人民政府" in names and not any(n.startswith("代理") for n in names)
    # acting: the acting post (other, 代理市长) only, as the gold's convention reads 代理 posts
    assert ("Qin Dongguang", "other", "梧岭市人民政府", "current") in roles_of(got)
    assert {r.title for r in got.roles if r.person == "Qin Dongguang"} == {"代理市长"}


def test_our_school_visiting_a_list_of_universities_is_no_page_about_any():
    text = (
        "2024年1月5日至8日，校党委书记秦立明率队赴青禾大学、华泽大学、东岭科技大学调研交流。\n"
        "1月6日上午，秦立明一行来到青禾大学，与青禾大学党委书记郭浩明座谈。\n"
    )
    got = extract_article(make_article("x.txt", text))
    assert got.main_org is None
    held = {(r.person, r.org) for r in got.roles}
    assert ("Guo Haoming", "青禾大学") in held
    assert not {org for person, org in held if person == "Qin Liming"}


def test_ordinary_words_ending_like_a_bureau_are_no_organisations():
    assert not orgs("双方探讨了学科布局、一流大学建设经费支持等内容。")


def test_a_city_jieba_tags_otherwise_opens_its_university():
    got = found("12月27日上午，大连大学党委书记秦立明出席会议并讲话。")
    assert ("Qin Liming", "party-secretary") in {(r.person, r.role) for r in got.roles}
    assert "大连大学" in {r.org for r in got.roles}


def test_a_word_that_opens_with_a_family_name_opens_no_name():
    got = found("6月1日，秦立明出席会议。他希望新的领导班子能以饱满的精神投入工作。")
    assert {p.native for p in got.persons} == {"秦立明"}
