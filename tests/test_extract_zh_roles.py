"""Chinese roles: title chains, organisations before them, lists, implied organisations, former roles."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract

HEADLINE = "宏达化工召开年度工作会议"


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "宏达化工党委书记、董事长孙立平出席会议。",
            {
                ("Sun Liping", "party-secretary", "宏达化工", "current"),
                ("Sun Liping", "chairman", "宏达化工", "current"),
            },
        ),
        (
            "宏达化工党委副书记、工会主席曾晓梅主持会议。",
            {
                ("Zeng Xiaomei", "deputy-party-secretary", "宏达化工", "current"),
                ("Zeng Xiaomei", "union-chairman", "宏达化工", "current"),
            },
        ),
        (
            "公司领导班子成员芦军、马征宇出席会议。",
            {
                ("Lu Jun", "leadership-member", "宏达化工", "current"),
                ("Ma Zhengyu", "leadership-member", "宏达化工", "current"),
            },
        ),
        (
            "南方电网公司副总经理郑洁出席。",
            {("Zheng Jie", "deputy-general-manager", "南方电网公司", "current")},
        ),
        (
            "公司总经理助理吴桐出席。",
            {("Wu Tong", "assistant-general-manager", "宏达化工", "current")},
        ),
        (
            "学习贯彻党的二十大精神和习近平总书记重要讲话精神。",
            {("Xi Jinping", "general-secretary", "中国共产党", "current")},
        ),
        ("宏达化工原董事长王建国出席。", {("Wang Jianguo", "chairman", "宏达化工", "former")}),
        (
            "免去王建国的公司董事长职务，任命李振华为公司董事长。",
            {
                ("Wang Jianguo", "chairman", "宏达化工", "former"),
                ("Li Zhenhua", "chairman", "宏达化工", "current"),
            },
        ),
        ("金川市市长任振宇出席。", {("Ren Zhenyu", "mayor", "金川市", "current")}),
        (
            "山东省委副书记、省长周立人出席。副省长俞文博陪同。",
            {
                ("Zhou Liren", "deputy-party-secretary", "山东省委", "current"),
                ("Zhou Liren", "governor", "山东省", "current"),
                ("Yu Wenbo", "vice-governor", "山东省", "current"),
            },
        ),
        (
            "金川市长会见中国五矿集团董事长万立新。",
            {("Wan Lixin", "chairman", "中国五矿集团", "current")},
        ),
        ("中国华能原董事长欧振东出席。", {("Ou Zhendong", "chairman", "中国华能", "former")}),
        ("金川市委书记林涛出席。", {("Lin Tao", "party-secretary", "金川市委", "current")}),
        (
            "华电国际党委书记、董事长区振东陪同。",
            {
                ("Ou Zhendong", "party-secretary", "华电国际", "current"),
                ("Ou Zhendong", "chairman", "华电国际", "current"),
            },
        ),
        ("公司总工程师翟明出席。", {("Zhai Ming", "other", "宏达化工", "current")}),
        (
            "常青、安然等公司领导出席会议。",
            {
                ("Chang Qing", "leadership-member", "宏达化工", "current"),
                ("An Ran", "leadership-member", "宏达化工", "current"),
            },
        ),
        (
            "宏达化工党委常委、副总经理兼安全总监乔宇作工作报告。",
            {
                ("Qiao Yu", "party-committee-member", "宏达化工", "current"),
                ("Qiao Yu", "deputy-general-manager", "宏达化工", "current"),
                ("Qiao Yu", "other", "宏达化工", "current"),
            },
        ),
        (
            "宏达化工常务副总经理冉丽出席。",
            {("Ran Li", "deputy-general-manager", "宏达化工", "current")},
        ),
        (
            "宏达化工党委常委、纪委书记向红作工作报告。",
            {
                ("Xiang Hong", "party-committee-member", "宏达化工", "current"),
                ("Xiang Hong", "discipline-secretary", "宏达化工", "current"),
            },
        ),
    ],
)
def test_roles_in_sentence(body, expected):
    assert roles_of(zh_extract(body, headline=HEADLINE)) == expected


def test_roles_keep_the_title_as_printed_and_the_sentence():
    found = zh_extract("宏达化工党委副书记、总经理周敏出席会议。", headline=HEADLINE)
    titles = {r.title for r in found.roles}
    assert titles == {"党委副书记", "总经理"}
    assert all(r.evidence.quote == "宏达化工党委副书记、总经理周敏出席会议。" for r in found.roles)


def test_roles_unrecognised_organisation_is_not_replaced_by_another():
    found = zh_extract("宏达化工董事长孙立平，兄弟单位党委书记王建国出席。", headline=HEADLINE)
    assert ("Wang Jianguo", "party-secretary", "宏达化工", "current") not in roles_of(found)


def test_roles_government_title_without_place_gets_no_company():
    assert roles_of(zh_extract("副省长杜江出席。", headline=HEADLINE)) == set()


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "恒远集团召开安全工作会议",
            "集团公司党委书记白国华出席。",
            {("Bai Guohua", "party-secretary", "恒远集团", "current")},
        ),
        ("集团领导赴基层企业调研指导工作", "集团公司董事长欧阳明到宏达化工西南分公司调研。", set()),
        (
            "宏达化工召开安全工作会议",
            "会上，恒远集团董事长白国华讲话，集团公司副总经理宁远航出席。",
            {
                ("Bai Guohua", "chairman", "恒远集团", "current"),
                ("Ning Yuanhang", "deputy-general-manager", "恒远集团", "current"),
            },
        ),
    ],
)
def test_roles_group_words_mean_the_group_not_any_company(headline, body, expected):
    assert roles_of(zh_extract(body, headline=headline)) == expected


def test_roles_title_glued_to_an_unread_school_takes_no_earlier_organisation():
    # jieba reads "医学大学校长" as one word: the school before the title was not recognised,
    # and the organisation named earlier in the list is not the principal's.
    got = zh_extract("宏达化工总经理访问南方、东方财经大学校长贺明远出席。")
    assert not [r for r in got.roles if r.person == "He Mingyuan" and r.org == "宏达化工"]


def test_roles_council_titles_after_names_take_the_council_named_before():
    # Taiwan pages print the title after the name ("A议长", "B、C等议员"); the council is the one
    # the sentence before named.
    got = zh_extract(
        "訪問團拜會東港市議會，當天由黃美玲議長親自接待。何志遠副議長及郭文彬、蔡明德等議員出席與會。",
        headline="東港市議會接待訪問團",
    )
    held = {(r.person, r.org) for r in got.roles}
    for person in ("Huang Meiling", "He Zhiyuan", "Guo Wenbin", "Cai Mingde"):
        assert (person, "東港市議會") in held


def test_roles_council_titles_take_no_other_kind_of_organisation():
    got = zh_extract("宏达化工与东港商会座谈，黄美玲议长出席。", headline="宏达化工举行座谈")
    assert not [r for r in got.roles if r.person == "Huang Meiling"]


def test_roles_unit_before_a_name_and_its_title_is_an_organisation():
    # Taiwan pages print "unit + name + title": the unit with a body's name in it is the
    # organisation; a bare unit ("服務中心") is none, and "市府官員" is nobody.
    got = zh_extract(
        "交流活動由交通部中區辦事處劉明德副處長、聯合服務中心蘇啟航執行長及市府官員出席。",
        headline="東港市舉辦交流活動",
    )
    held = {(r.person, r.org) for r in got.roles}
    assert ("Liu Mingde", "交通部中區辦事處") in held
    assert not [r for r in got.roles if r.person == "Su Qihang"]
    assert "Guan Yuan" not in {p.name for p in got.persons}


def test_roles_a_portfolio_in_brackets_between_title_and_name():
    got = zh_extract(
        "香港東方大學副校長（學術）王大明出席。會上宣布，副校長（研究）樊立新明年卸任。",
        headline="香港東方大學公布人事任命",
    )
    held = {(r.person, r.org) for r in got.roles}
    assert ("Wang Daming", "香港東方大學") in held
    # no organisation printed before the bracketed title: none is guessed
    assert not [r for r in got.roles if r.person == "Fan Lixin"]


def test_roles_a_place_opening_the_headline_is_the_page_home():
    got = zh_extract(
        "3月3日，石岭区召开经济工作会议。区委书记甘振宇出席并讲话。",
        headline="石岭区召开经济工作会议",
    )
    assert ("Gan Zhenyu", "party-secretary", "石岭区委", "current") in roles_of(got)


def test_roles_a_list_item_ending_in_a_person_word_is_no_organisation():
    got = zh_extract(
        "南华大学医学院、林氏基金教授（遗传学）马晓蕾获委任为副院长。",
        headline="南华大学公布人事任命",
    )
    assert not [o for o in got.orgs if o.name.endswith("教授")]


def test_roles_a_home_body_named_by_its_level_before_a_title():
    got = zh_extract(
        "会议由市人大常委会主任洪子明主持，市检察院检察长高远航、市中级法院院长陈志出席。",
        headline="泉南市召开人大常委会会议",
    )
    assert ("Gao Yuanhang", "other", "市检察院", "current") in roles_of(got)


def test_roles_an_acting_head_of_a_place_holds_an_other_post():
    got = zh_extract(
        "3月3日，瑞平市召开经济工作会议。市委副书记、代市长秦晓明出席。",
        headline="瑞平市召开经济工作会议",
    )
    held = roles_of(got)
    assert ("Qin Xiaoming", "other", "瑞平市", "current") in held
    assert ("Qin Xiaoming", "mayor", "瑞平市", "current") not in held


@pytest.mark.parametrize(
    "headline, body",
    [
        ("瑞平市政府举办产业论坛", "3月3日，论坛开幕。秦晓明市长出席并致词。"),
        ("瑞平市政府舉辦產業論壇", "3月3日，論壇開幕。秦曉明市長出席並致詞。"),
    ],
)
def test_roles_a_place_title_after_a_name_on_the_places_own_page(headline, body):
    got = roles_of(zh_extract(body, headline=headline))
    assert [r for r in got if r[1] == "mayor" and r[2].startswith("瑞平市")]


@pytest.mark.parametrize("headline", ["南华大学举办产业论坛", "宏达化工接待瑞平市代表团"])
def test_roles_a_place_title_after_a_name_elsewhere_is_no_post(headline):
    got = zh_extract("3月3日，论坛开幕。秦晓明市长出席并致词。", headline=headline)
    assert not [r for r in roles_of(got) if r[1] == "mayor"]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "3月3日，礼拜举行。南屿长老教会林德生牧师主持。",
            ("Lin Desheng", "other", "南屿长老教会"),
        ),
        (
            "3月3日，禮拜舉行。南嶼長老教會林德生牧師主持。",
            ("Lin Desheng", "other", "南嶼長老教會"),
        ),
    ],
)
def test_roles_a_churchs_pastor_after_its_name(body, expected):
    got = roles_of(zh_extract(body, headline="社区举办节日活动"))
    assert (*expected, "current") in got


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "清溪职业学院召开学习会议",
            "1月29日，清溪职业学院党委书记郝建中主持会议。学院领导梁宇辰、陶晓峰出席会议。",
        ),
        (
            "清溪職業學院召開學習會議",
            "1月29日，清溪職業學院黨委書記郝建中主持會議。學院領導梁宇辰、陶曉峰出席會議。",
        ),
    ],
)
def test_roles_a_colleges_leaders_on_its_own_page(headline, body):
    held = {(r[0], r[1]) for r in roles_of(zh_extract(body, headline=headline))}
    assert {("Liang Yuchen", "leadership-member"), ("Tao Xiaofeng", "leadership-member")} <= held


def test_roles_a_hospitals_leaders_are_not_the_visiting_bureaus():
    got = zh_extract(
        "6月14日，市卫生局余国磊局长一行到中医院调研，医院领导陈志明、王建强陪同。",
        headline="市卫生局领导到中医院调研",
    )
    assert not [r for r in roles_of(got) if r[1] == "leadership-member"]


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # "继续兼任": still held, as current as the post taken up
            "2017年5月，段立峰出任鞍华集团公司党委常委、副总经理，并继续兼任奋进集团党委书记、董事长。",
            {("Duan Lifeng", "chairman", "奋进集团", "current")},
        ),
        (  # "曾任A，并兼任B": B is as past as A
            "段立峰曾任溪华集团党委副书记、总经理，并兼任溪能公司董事。",
            {
                ("Duan Lifeng", "general-manager", "溪华集团", "former"),
                ("Duan Lifeng", "director", "溪能公司", "former"),
            },
        ),
        (
            "段立峰現任溪華集團黨委副書記、總經理，並兼任溪能公司董事。",
            {("Duan Lifeng", "director", "溪能公司", "current")},
        ),
    ],
)
def test_roles_a_concurrent_post_after_a_career_clause(body, expected):
    assert expected <= roles_of(zh_extract(body, headline="宏达集团人事变动"))


def test_roles_a_preposition_glued_to_a_brand_is_no_part_of_its_name():
    got = zh_extract("王志强升任至鞍华集团董事长。", headline="宏达集团人事变动")
    assert "鞍华集团" in {o.name for o in got.orgs}
    assert ("Wang Zhiqiang", "chairman", "鞍华集团", "current") in roles_of(got)


def test_roles_a_brand_read_as_a_verb_after_a_posts_link():
    got = zh_extract("段立峰曾任远航集团党委副书记、总经理。", headline="宏达集团人事变动")
    assert ("Duan Lifeng", "general-manager", "远航集团", "former") in roles_of(got)


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "11月24日，任命李亚明同志为青川机械进出口(集团)公司党委书记。",
            ("Li Yaming", "party-secretary", "青川机械进出口(集团)公司", "current"),
        ),
        (
            "11月24日，青川置业（中国）有限公司总经理王志强出席。",
            ("Wang Zhiqiang", "general-manager", "青川置业（中国）有限公司", "current"),
        ),
    ],
)
def test_roles_at_a_company_with_a_word_in_brackets_in_its_name(body, expected):
    assert expected in roles_of(zh_extract(body, headline="集团宣布人事任命"))


def test_a_conjunction_after_a_name_is_no_part_of_it():
    got = zh_extract(
        "3月25日，青川医院院长鲁振川一行来到我院参观交流。我院纪委书记郑立军及对口科室负责人陪同参访。",
        headline="青川医院参观交流",
    )
    assert "郑立军" in {p.native for p in got.persons}
    assert "郑立军及" not in {p.native for p in got.persons}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "3月3日，青川师范学院副书记冯志远出席。",
            ("Feng Zhiyuan", "deputy-party-secretary", "青川师范学院", "current"),
        ),
        (
            "3月3日，青川矿业公司书记赵立明出席。",
            ("Zhao Liming", "party-secretary", "青川矿业公司", "current"),
        ),
    ],
)
def test_roles_a_bare_secretary_of_a_school_or_company_is_its_party_secretary(body, expected):
    assert expected in roles_of(zh_extract(body, headline="青川召开工作会议"))


def test_a_title_passes_along_a_list_whose_names_carry_honorifics():
    got = roles_of(
        zh_extract(
            "出席仪式的有青川师范学院副校长韩立新教授、邓春梅教授、贺文涛教授，党委副书记严志刚教授。",
            headline="青川师范学院举行签约仪式",
        )
    )
    for name in ("Han Lixin", "Deng Chunmei", "He Wentao"):
        assert (name, "other", "青川师范学院", "current") in got
    assert ("Yan Zhigang", "deputy-party-secretary", "青川师范学院", "current") in got
    assert ("Yan Zhigang", "other", "青川师范学院", "current") not in got


def test_a_name_before_weituo_is_read():
    got = zh_extract("受青川市委书记唐明杰委托，副市长李向东出席会议。", headline="青川市召开会议")
    assert {"唐明杰", "李向东"} <= {p.native for p in got.persons}


def test_a_descriptive_word_before_a_generic_unit_makes_no_organisation():
    got = zh_extract(
        "5月8日，青川医院院长鲁振川一行来访，双方主要职能科室负责人参加座谈。",
        headline="青川医院来访交流",
    )
    names = {o.name for o in got.orgs}
    assert not [n for n in names if "科室" in n]


def test_a_government_title_is_at_the_one_government_the_article_names():
    got = roles_of(
        zh_extract(
            "澳門特別行政區政府代表團昨日抵達。行政長官梁國興出席酒會，政務司司長陳嘉樂陪同。",
            headline="特區政府代表團訪問",
        )
    )
    assert ("Liang Guoxing", "other", "澳門特別行政區政府", "current") in got
    assert ("Chen Jiale", "other", "澳門特別行政區政府", "current") in got


def test_a_government_title_with_two_governments_named_is_at_neither():
    got = roles_of(
        zh_extract(
            "香港特區政府與澳門特區政府簽署協議。行政長官梁國興出席。",
            headline="兩地政府簽署協議",
        )
    )
    assert not [r for r in got if r[0] == "Liang Guoxing"]


def test_a_name_run_into_the_place_of_the_post_after_mianqu_is_read():
    got = zh_extract(
        "任命王立新为青川市人民政府副市长；免去卢文彬洛阳市人民政府副市长、市公安局局长的职务。",
        headline="青川市人大常委会人事任免",
    )
    assert "卢文彬" in {p.native for p in got.persons}
    held = roles_of(got)
    assert ("Lu Wenbin", "other", "洛阳市人民政府", "former") in held
    assert not [r for r in held if r[0] == "Lu Wenbin" and r[2] == "青川市人民政府"]


def test_a_place_title_is_at_the_government_printed_before_it():
    held = roles_of(
        zh_extract(
            "任命王立新为青川市人民政府副市长；免去张伟的洛阳市人民政府副市长职务。",
            headline="青川市人大常委会人事任免",
        )
    )
    assert ("Zhang Wei", "other", "洛阳市人民政府", "former") in held
    assert ("Wang Lixin", "other", "青川市人民政府", "current") in held


def test_tongzhi_before_ren_and_a_count_of_comrades_before_wei():
    held = roles_of(
        zh_extract("张立勇同志任青川市立第一医院党委副书记、院长。", headline="人事任命")
    )
    assert ("Zhang Liyong", "deputy-party-secretary", "青川市立第一医院", "current") in held
    got = zh_extract("同意聘任吴晓秋、俞春华两位同志为青川市眼科医院副院长。", headline="人事任命")
    held = roles_of(got)
    assert ("Wu Xiaoqiu", "other", "青川市眼科医院", "current") in held
    assert ("Yu Chunhua", "other", "青川市眼科医院", "current") in held


def test_mianqu_name_tongzhi_then_the_post():
    held = roles_of(
        zh_extract("免去熊子健同志青川市第二人民医院党委书记职务。", headline="人事任免")
    )
    assert ("Xiong Zijian", "party-secretary", "青川市第二人民医院", "former") in held


def test_a_name_tongzhi_and_a_resignation_gives_the_post_as_former():
    held = roles_of(
        zh_extract("会议接受庄启明同志辞去青川市人民政府市长职务的请求。", headline="人事任免")
    )
    assert ("Zhuang Qiming", "mayor", "青川市人民政府", "former") in held
