"""Appointment notices and bank round-ups in Chinese (sentences written for these tests; every name
and body is invented): a title modifier between a unit and its title, a chain whose last body is
not read, 免去其 after a semicolon, a bank's announcement of leavers, and words that only look
like names."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article
from tests.zh_article import roles_of, zh_extract

HEADLINE = "河湾环境集团召开干部任职宣布大会"
DATE = "2023年5月6日 "


def test_a_modifier_between_a_unit_and_its_title():
    got = roles_of(
        zh_extract(DATE + "市委组织部常务副部长邹明远宣读市委任命决定。", headline=HEADLINE)
    )
    assert ("Zou Mingyuan", "other", "市委组织部", "current") in got


def test_a_chain_whose_last_body_is_not_read_keeps_the_first():
    got = roles_of(
        zh_extract(
            DATE + "副市长、市河湾区委书记、市现代服务业产业园工委书记吴清远出席大会并讲话。",
            headline=HEADLINE,
        )
    )
    assert ("Wu Qingyuan", "party-secretary", "河湾区委", "current") in got


def test_a_post_removed_after_a_semicolon_is_the_appointee_s_former_one():
    got = roles_of(
        zh_extract(
            DATE + "市委任命决定:张秀远同志任河湾环境投资集团有限公司党委书记、董事长;"
            "免去其河湾环境投资集团有限公司总经理职务。",
            headline=HEADLINE,
        )
    )
    assert ("Zhang Xiuyuan", "chairman", "河湾环境投资集团有限公司", "current") in got
    assert ("Zhang Xiuyuan", "general-manager", "河湾环境投资集团有限公司", "former") in got


def test_a_bank_announcing_that_titled_people_left():
    found = zh_extract(
        "2023年12月20日 2023年9月,河湾银行公告董事长郑远航、行长潘卫城辞任。",
        headline="长三角银行高管变动一览",
    )
    got = roles_of(found)
    assert ("Zheng Yuanhang", "chairman", "河湾银行", "former") in got
    assert ("Pan Weicheng", "general-manager", "河湾银行", "former") in got
    assert not any(p.native in ("公告", "潘卫城辞") for p in found.persons)


def test_titled_people_who_speak_have_not_left():
    got = roles_of(
        zh_extract(
            DATE + "河湾银行董事长郑远航、行长潘卫城出席会议并讲话,王海涛辞任。",
            headline="长三角银行高管变动一览",
        )
    )
    assert ("Zheng Yuanhang", "chairman", "河湾银行", "current") in got
    assert ("Pan Weicheng", "general-manager", "河湾银行", "current") in got


def test_words_that_open_with_a_family_name_are_no_names():
    found = zh_extract(
        DATE
        + "多家银行官宣首席信息官。他说这是对干部的信任关怀。董事长在致全体员工信函中表示感谢。",
        headline="长三角银行高管变动一览",
    )
    natives = {p.native for p in found.persons}
    assert not natives & {"官宣", "任关怀", "信函中", "信函"}


def test_a_future_link_after_a_name():
    got = roles_of(
        zh_extract(
            DATE + "王冬远将转任河湾银行非执行主席,即时生效。李海峰即将接任河湾银行行长。",
            headline="河湾银行宣布管理层变动安排",
        )
    )
    assert ("Wang Dongyuan", "chairman", "河湾银行", "current") in got
    assert ("Li Haifeng", "general-manager", "河湾银行", "current") in got


def test_will_do_for_a_company_is_no_post():
    got = roles_of(
        zh_extract(DATE + "王冬远将为河湾银行发展作出贡献。", headline="河湾银行宣布管理层变动安排")
    )
    assert not got


def test_co_chief_executives_named_before_their_shared_post():
    found = zh_extract(
        DATE + "由廖宜远和王大川出任河湾银行联席行政总裁。",
        headline="河湾银行宣布管理层变动安排",
    )
    got = roles_of(found)
    assert {"廖宜远", "王大川"} <= {p.native for p in found.persons}
    assert ("Liao Yiyuan", "general-manager", "河湾银行", "current") in got
    assert ("Wang Dachuan", "general-manager", "河湾银行", "current") in got


def test_one_body_under_two_names_joined_by_ji():
    got = roles_of(
        zh_extract(
            DATE + "河湾集团党委书记、河湾集团暨河湾股份董事长陈建远出席签约仪式。",
            headline="河湾集团与山东省签署战略合作协议",
        )
    )
    assert ("Chen Jianyuan", "chairman", "河湾集团", "current") in got
    assert ("Chen Jianyuan", "chairman", "河湾股份", "current") in got
    assert ("Chen Jianyuan", "party-secretary", "河湾集团", "current") in got


def test_a_bank_announcing_a_name_then_its_titles():
    got = roles_of(
        zh_extract(
            "2023年12月20日 2023年8月河湾银行公告陆建远董事及董事长任职资格获批。",
            headline="长三角银行高管变动一览",
        )
    )
    assert ("Lu Jianyuan", "director", "河湾银行", "current") in got
    assert ("Lu Jianyuan", "chairman", "河湾银行", "current") in got


def test_a_menu_before_the_headline_and_a_weekday_with_its_day():
    items = ("澳廣視新聞", "政府消息", "濠江日報", "即時新聞", "澳聞", "中國", "國際", "生活")
    menu = "媒體\n" + "".join(f"  • {w}\n" for w in items * 2)
    page = (
        menu + "新聞\n\n特首訪京拜會多部門及領導 商深化合作保障特區繁榮發展\n\n2016-03-07 15:14\n\n"
        "特首崔世遠抵京,首先於上周五(4日)拜會海關總署署長于廣川。"
        "崔世遠列席上周六(5日)舉行的全國人民代表大會開幕式。\n"
    )
    found = extract_article(make_article("test.txt", page))
    assert str(found.article.published) == "2016-03-07"
    assert {"2016-03-04", "2016-03-05"} <= {str(e.start) for e in found.events}


def test_a_resignation_report_before_the_posts_left():
    got = roles_of(
        zh_extract(
            "3月21日,河湾银行公告,王天远已向河湾银行递交辞任报告,辞去河湾银行第七届董事会执行董事、"
            "董事长职务。",
            headline="河湾银行董事长辞任",
        )
    )
    assert ("Wang Tianyuan", "chairman", "河湾银行", "former") in got
    assert ("Wang Tianyuan", "director", "河湾银行", "former") in got


def test_a_family_name_that_is_also_a_preposition():
    found = zh_extract(
        DATE + "随后,陈建远拜会河湾市委副书记、市长于海川,双方进行深入交流。陈建远与于海川会谈。"
        "于海川简要介绍了城市规划。会议于今年召开。局长于今年3月到任。",
        headline="河湾集团与河湾市签署战略合作协议",
    )
    natives = {p.native for p in found.persons}
    assert "于海川" in natives
    assert "于今年" not in natives
    assert ("Yu Haichuan", "mayor", "河湾市", "current") in roles_of(found)


def test_together_after_a_name_is_no_given_name():
    found = zh_extract(DATE + "王大川与戴正远一起出席会议。", headline=HEADLINE)
    assert not any(p.native.endswith(("一起", "一同")) for p in found.persons)


def test_a_preposition_and_a_pronoun_are_no_name():
    found = zh_extract(
        DATE + "河湾集团董事长向我司赠送锦旗。客户代表也向我司表示感谢。", headline=HEADLINE
    )
    assert "向我司" not in {p.native for p in found.persons}


def test_a_company_and_a_titled_name_joined_by_he():
    found = zh_extract(DATE + "签约仪式上，华信和李建远董事长分别致辞。", headline=HEADLINE)
    assert "华信" not in {p.native for p in found.persons}


def test_leaving_one_post_and_keeping_another():
    got = roles_of(
        zh_extract(
            DATE + "河湾能源股份有限公司董事长张建远卸任总经理，继续担任董事长。",
            headline=HEADLINE,
        )
    )
    assert ("Zhang Jianyuan", "chairman", "河湾能源股份有限公司", "former") not in got


def test_a_proposed_post_and_a_coming_departure():
    got = roles_of(
        zh_extract(
            DATE + "经董事会研究，张建远拟任河湾能源股份有限公司总经理，尚需履行相关程序。"
            "李明远即将卸任河湾能源股份有限公司董事长。",
            headline=HEADLINE,
        )
    )
    assert not any(r[0] == "Zhang Jianyuan" for r in got)
    assert not any(r[0] == "Li Mingyuan" and r[3] == "former" for r in got)
